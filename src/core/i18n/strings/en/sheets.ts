/**
 * The strings of Google Sheets and CSV sources (src/core/sheets.ts), downloaded with that module,
 * only for a sheet in `src` or an answer sent as CSV. English: the reference the other languages
 * match key for key.
 */
export const strings = {
  'state.sheet': 'This Google Sheet could not be read. If it is yours, open it in Google Sheets and choose File → Share → Publish to the web, then Publish.',
} as const;

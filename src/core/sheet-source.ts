/**
 * Tells a Google Sheets source from any other `src` token without loading the code that reads
 * sheets (./sheets.ts): a link to docs.google.com/spreadsheets, or a bare sheet key as TimelineJS3
 * takes one (letters, digits, `-` and `_`, optionally `v2:` before a published key). Keys are 33
 * characters or more; no file name or path is, since it would need a dot or a slash.
 */
export const looksLikeSheet = (token: string): boolean => /^(v2:)?[\w-]{33,}$|^https:\/\/docs\.google\.com\/spreadsheets\//.test(token);

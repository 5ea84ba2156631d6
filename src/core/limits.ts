/**
 * Longest markdown field accepted, in UTF-16 code units; a longer one is refused, not cut.
 * The schema reports it with the field's path; markdown.ts refuses it again before parsing.
 */
export const MARKDOWN_MAX_LENGTH = 100_000;

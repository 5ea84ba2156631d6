/**
 * TimelineJS3's text fields. Headlines, captions, credits, groups and display dates may hold HTML
 * there; ours are plain text, so they are read as the text a reader would see. Body text stays HTML
 * (the timeline says `textFormat: 'html'`) and is sanitised when shown.
 */
import { plainTextFromHtml } from './html-text.js';
import type { Notes } from './timelinejs-notes.js';

/**
 * Markup whose loss loses content, not only looks: a link's address, an image. No part of LINK
 * reads past a `<`, so each try ends where the next tag starts and a text is read in linear time
 * (`<a ` repeated took seconds when a quoted value could run on to the end); a `<` inside a
 * link's other attributes only costs the note.
 */
const LINK = /<a\s(?:[^<>"']|"[^<"]*"|'[^<']*')*href/i;
const IMAGE = /<img[\s/>]/i;

/** Absent, or text with nothing but white space: TimelineJS3's exports write `""` for empty fields. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Cuts at a word boundary near `max`, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A plain-text field at `path`, at most `max` characters; undefined when absent or blank. */
export function readPlainText(value: unknown, path: string, max: number, notes: Notes): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    notes.add(path, 'expected text; not carried');
    return undefined;
  }
  const text = plainTextFromHtml(value);
  if (LINK.test(value)) notes.add(path, 'its links are not carried: this field is plain text');
  if (IMAGE.test(value)) notes.add(path, 'its images are not carried: this field is plain text');
  if (text.length > max) {
    notes.add(path, `shortened to ${max} characters`);
    return shorten(text, max);
  }
  return text === '' ? undefined : text;
}

/** An HTML field at `path`, carried as written; undefined when absent or blank. */
export function readHtml(value: unknown, path: string, notes: Notes): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    notes.add(path, 'expected text; not carried');
    return undefined;
  }
  return value.trim() === '' ? undefined : value;
}

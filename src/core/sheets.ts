/**
 * Google Sheets as a data source, read straight from Google in the reader's browser: every link
 * form TimelineJS3 accepts becomes the sheet's "Publish to the web" CSV, the one export Google
 * serves to any origin (CORS) without a sign-in; then the CSV is split into rows. Downloaded only
 * for a sheet or a CSV answer, with the widget's reader of its rows (base-element.ts `sheetReader`):
 * a page whose data is JSON carries none of it. docs/timelinejs.md explains the choice.
 */
import { csvParseRows } from 'd3-dsv';
import { LoadError, parseSourceList, type FetchedText } from './data-source.js';
import './i18n/strings/sheets.js';
import { looksLikeSheet } from './sheet-source.js';
import type { Steps } from './steps.js';

/**
 * What a widget that reads sheets and CSV downloads for them: its module of rows (the timeline's
 * timeline-sheet.ts, the people's people-sheet.ts) gives these, the first two from this module.
 */
export interface SheetReader {
  /** `src` as the URLs to fetch: a sheet's link or key as its CSV, any other token as a URL. */
  sheetUrls(src: string, tab: string | undefined): string[];
  /** A failed request for a sheet, worded for its owner when it is one. */
  sheetFailure(error: unknown): unknown;
  /** The payload the widget's steps take, from a CSV answer; the console hears `<tag> url: …` of rows left out. */
  readSheet(answer: FetchedText, signal: AbortSignal, tag: string): Promise<unknown>;
}

/** Where sheets live. The only host a sheet source sends a request to. */
const GOOGLE_ORIGIN = 'https://docs.google.com';
let googleOrigin = GOOGLE_ORIGIN;

/**
 * Tests cannot reach Google: they pass the test server's stand-in (`http://localhost:8000/net/google`),
 * which then gets the very paths and queries Google would; `undefined` restores Google.
 */
export function setGoogleOriginForTesting(origin: string | undefined): void {
  googleOrigin = origin ?? GOOGLE_ORIGIN;
}

/**
 * The CSV URL of a Sheets link or key, or undefined when `token` is not one.
 * - `…/spreadsheets/d/e/<published key>/pubhtml` (or `/pub?…`): the key of "Publish to the web";
 * - `…/spreadsheets/d/<key>/edit#gid=<gid>` (or `/htmlview`, `/pub`, `/u/0/d/…`): the sheet's own key;
 * - `…?key=<key>` (the oldest links), a bare key, or `v2:<published key>` as TimelineJS3 writes them.
 * The tab is `sheet` when given (a gid, the number after `gid=` in the tab's link), else the
 * link's own `gid`, else the first tab.
 */
export function sheetCsvUrl(token: string, sheet?: string): string | undefined {
  if (!looksLikeSheet(token)) return undefined;
  let path: string | undefined;
  let gid: string | undefined;
  const bare = /^(v2:)?([\w-]+)$/.exec(token);
  if (bare) {
    path = bare[1] ? `d/e/${bare[2]}` : `d/${bare[2]}`;
  } else {
    const url = new URL(token);
    const published = /^\/spreadsheets(?:\/u\/\d+)?\/d\/e\/([\w-]+)/.exec(url.pathname);
    const own = /^\/spreadsheets(?:\/u\/\d+)?\/d\/([\w-]+)/.exec(url.pathname);
    const oldKey = url.searchParams.get('key');
    if (published) path = `d/e/${published[1]}`;
    else if (own) path = `d/${own[1]}`;
    else if (oldKey && /^[\w-]+$/.test(oldKey)) path = `d/${oldKey}`;
    gid = url.searchParams.get('gid') ?? /(?:^#|[#&])gid=(\d+)/.exec(url.hash)?.[1] ?? undefined;
  }
  if (!path) return undefined;
  const tab = sheet?.trim() || gid;
  const query = new URLSearchParams(tab && /^\d+$/.test(tab) ? { gid: tab, single: 'true', output: 'csv' } : { output: 'csv' });
  return `${googleOrigin}/spreadsheets/${path}/pub?${query}`;
}

/** `src`'s tokens as the URLs to fetch, in turn: a sheet's link or key as its CSV (`tab` as in sheetCsvUrl), any other as a URL. */
export function sheetUrls(src: string, tab: string | undefined): string[] {
  return src
    .trim()
    .split(/\s+/)
    .flatMap((token) => sheetCsvUrl(token, tab) ?? parseSourceList(token));
}

/** True when `url` (as fetched) is a sheet's CSV: its failures are worded for the sheet's owner. */
export const isSheetCsvUrl = (url: string): boolean => url.startsWith(`${googleOrigin}/spreadsheets/`);

/** The rows of a CSV text (RFC 4180), a byte-order mark dropped. Cells are strings, never interpreted. */
export function parseCsvRows(text: string): string[][] {
  return csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;
const COMMA = 44;

/**
 * Where the first row that starts at or after `atLeast` starts, reading from `from` (a row's
 * start) as d3-dsv's csvParseRows reads: a field that starts with `"` runs to the quote that is not
 * doubled, and the character after it ends the field; any other field runs to a comma or a line
 * break. `text.length` when no row starts there.
 */
function rowStartAfter(text: string, from: number, atLeast: number): number {
  const end = text.length;
  let index = from;
  while (index < end) {
    let rowEnds = false;
    if (text.charCodeAt(index) === QUOTE) {
      do index += 1;
      while (index < end && (text.charCodeAt(index) !== QUOTE || text.charCodeAt(++index) === QUOTE));
      if (index >= end) return end;
      const next = text.charCodeAt(index++);
      rowEnds = next === NEWLINE || next === RETURN;
      if (next === RETURN && text.charCodeAt(index) === NEWLINE) index += 1;
    } else {
      while (index < end) {
        const next = text.charCodeAt(index++);
        if (next === COMMA) break;
        if (next === NEWLINE || next === RETURN) {
          rowEnds = true;
          if (next === RETURN && text.charCodeAt(index) === NEWLINE) index += 1;
          break;
        }
      }
    }
    if (rowEnds && index >= atLeast) return index;
  }
  return end;
}

/**
 * parseCsvRows as steps: the text cut where a row starts, every `sliceLength` characters or so,
 * and each piece parsed by d3-dsv on its own, with a pause between pieces. The rows are those
 * parseCsvRows gives: no piece is a lone line break, the one text d3-dsv reads otherwise alone
 * (as no row, where it ends a row in the whole).
 */
export function* parsingCsvRows(text: string, sliceLength = 64 * 1024): Steps<string[][]> {
  const csv = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const length = Math.max(3, sliceLength);
  const rows: string[][] = [];
  let start = 0;
  for (;;) {
    const cut = csv.length - start > length ? rowStartAfter(csv, start, start + length) : csv.length;
    const end = cut > csv.length - 3 ? csv.length : cut;
    for (const row of csvParseRows(csv.slice(start, end))) rows.push(row);
    if (end === csv.length) return rows;
    start = end;
    yield;
  }
}

/**
 * A Google Sheet that answers with an error, a sign-in page, or not at all (Google's sign-in
 * redirect is not shared with other origins) is, nearly always, not published: said so, so that its
 * owner knows what to click. Other failures stay as they are.
 */
export function sheetFailure(error: unknown): unknown {
  if (!(error instanceof LoadError) || error.source === undefined || !isSheetCsvUrl(error.source)) return error;
  if (!['http', 'not-json', 'network'].includes(error.reason)) return error;
  if (error.reason === 'http' && (error.status === 408 || error.status === 429 || (error.status ?? 0) >= 500)) return error;
  return new LoadError('sheet-not-published', `${error.message}: is the Google Sheet published to the web (File → Share → Publish to the web)?`, {
    source: error.source,
    ...(error.status === undefined ? {} : { status: error.status }),
  });
}

/**
 * A widget's `readSheet`: a CSV answer's rows, handed to its reader of rows in a task of their own,
 * with the label its console lines start with. What the reader throws, other than a LoadError,
 * refuses the data as invalid, naming the URL.
 */
export const csvReader =
  (read: (rows: string[][], signal: AbortSignal, label: string) => Promise<unknown>): SheetReader['readSheet'] =>
  async ({ text, url }, signal, tag) => {
    const rows = await stepsInSlices(parsingCsvRows(text), signal);
    await yieldToPage();
    signal.throwIfAborted();
    try {
      return await read(rows, signal, `[ahrca-widgets] <${tag}> ${url}`);
    } catch (error) {
      if (error instanceof LoadError || signal.aborted) throw error;
      throw new LoadError('invalid-data', `${url}: ${error instanceof Error ? error.message : String(error)}`, { source: url });
    }
  };

/**
 * Lets the page have its turn. Not next-task.ts's `nextTask`: importing it here would split it out
 * of the timeline's chunk into a file of its own, one more request on every timeline page.
 */
export function yieldToPage(): Promise<void> {
  // A message to ourselves, as nextTask's fallback: a timer nested this deep would wait 4 ms each time.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Runs `steps`, yielding to the page whenever a slice has run 8 ms; stops when `signal` aborts. */
export async function stepsInSlices<R>(steps: Steps<R>, signal: AbortSignal): Promise<R> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > 8) {
      await yieldToPage();
      signal.throwIfAborted();
      start = performance.now();
    }
  }
}

/** Calls `each` on every item, yielding to the page whenever a slice has run 8 ms; stops when `signal` aborts. */
export async function inSlices<T>(items: readonly T[], signal: AbortSignal, each: (item: T, index: number) => void): Promise<void> {
  let start = performance.now();
  for (const [index, item] of items.entries()) {
    if (performance.now() - start > 8) {
      await yieldToPage();
      signal.throwIfAborted();
      start = performance.now();
    }
    each(item, index);
  }
}

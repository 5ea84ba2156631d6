// What a browser downloads from dist/, measured as gzip at level 9, following the
// import graph in dist/.vite/manifest.json. Shared by bench.mjs and size-check.mjs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const distDir = new URL('../dist/', import.meta.url);

export const LOADER_SOURCE = 'src/ahrca-widgets.ts';
/** Loaded by a timeline only for TimelineJS3 data. */
export const TIMELINEJS_SOURCE = 'src/core/adapters/timelinejs.ts';
/** Loaded on the first text shown: the sanitiser's glue and the shared finishing pass (the Sanitizer API costs nothing). */
export const MARKDOWN_SOURCE = 'src/core/markdown-engine.ts';
/** marked, loaded beside the engine only for text written in markdown (text given as HTML skips it). */
export const MARKDOWN_PARSER_SOURCE = 'src/core/markdown-parser.ts';
/** Loaded by a timeline only for more than 50 events (a short one renders whole). */
export const VIRTUAL_WINDOW_SOURCE = 'src/components/timeline/virtual-window.ts';
/** A long timeline's checks in slices and first-screen reading, for more than 500 events only. */
export const LONG_TIMELINE_SOURCE = 'src/components/timeline/timeline-validation.ts';
/** Loaded by a timeline only when it has media (an image, a video or a post), with their styles. */
export const MEDIA_CARDS_SOURCE = 'src/components/timeline/media-cards.ts';
/** The store of kept copies (IndexedDB): loaded beside a widget's first request, never before it. */
export const KEPT_COPIES_SOURCE = 'src/core/kept-copies.ts';
/**
 * Issue #20: what reads a Google Sheet or a CSV answer (the link forms, d3-dsv's CSV parser, the
 * failures worded for the sheet's owner, their message), then the timeline's and the people widgets'
 * readers of its rows: loaded only for a sheet in `src` or an answer sent as CSV, never for JSON.
 * core/sheets.ts comes with either reader, so it is no entry of the manifest: size-check finds its chunk.
 */
export const SHEETS_SOURCES = ['src/core/sheets.ts', 'src/components/timeline/timeline-sheet.ts', 'src/components/shared/people-sheet.ts'];
/** Loaded after the engine only in browsers without the Sanitizer API. */
export const DOMPURIFY_SOURCE = 'node_modules/dompurify/dist/purify.es.mjs';
/**
 * TimelineJS3 3.9.11 (`@knight-lab/timelinejs`, dist/js/timeline.js + dist/css/timeline.css) at
 * gzip -9, measured from node_modules when it was added; `npm run bench` measures it again and
 * prints both. Its page also fetches a font CSS, an icon font and Google Fonts: not counted here.
 */
export const TIMELINEJS_BYTES = { js: 64_652, css: 11_534 };

/**
 * Budgets, gzip -9, checked by size-check.mjs in `npm test`: each sits a little above today's size
 * so that nothing grows unnoticed. `page` is what a page with the loader and one widget downloads;
 * `withText` adds the markdown engine and marked (~15 KB), fetched once a text written in markdown is shown.
 * Issue #9's target for a page with one timeline, 40% of TimelineJS3's JS + CSS, is checked beside them.
 */
export const TARGETS = {
  loader: 3 * 1024,
  /**
   * Issue #16's `media-on-request` added 0.3 to 0.5 KB to every page (the property, the rule each
   * image asks, the hook that holds images in texts, two UI strings, the templates' calls): the
   * card, the list and the timeline moved by 0.25 or 0.5 KB, the banner with text (which it
   * reached within 10 bytes) by 0.25 KB. The placeholders themselves (1 KB, with their styles)
   * are a chunk of their own, fetched only for a widget with the option.
   * Issue #16's time budget for every text added about 1.3 KB to what a page showing text fetches
   * (the markup scan, marked's counts and clock, the field each warning names, text shared across
   * tasks) and 0.02 KB to the first files: `withText` moved by 1 to 1.5 KB, the banner's and the
   * card's and the list's `page` by 0.25 KB.
   * Issue #17 put 1.85 KB more in the loader, on every page: the map of the files each widget
   * fetches (0.9 KB: every chunk, its UI strings in eight languages, the lazy parts) and the code
   * that starts them, and the data, in the first wave. Every budget moved by 2 KB; the round trips
   * it saves are in docs/performance.md ("Slow link"). The banner's and the card's withText 0.25 KB more
   * once the loader and the builder shared one rule for the parts ahead (src/loader-parts.ts).
   * The loader's warm-up of the browser's locale data while the page waits on the network, 0.13 KB
   * (20 to 130 ms off the first render): every withText 0.25 KB more.
   * Issue #21 added about 0.95 KB to every page: Karakalpak in two scripts in the loader's file map
   * and the core's table of importers (0.18 KB in the loader), the plural and ordinal rules the
   * browsers lack (Tajik, Karakalpak, Turkmen years), the rule that keeps `kk-Latn` off the
   * Cyrillic table and `lang=""` from inheriting (0.47 KB in the shared chunk), and durations in
   * each language's pattern through `Intl.DurationFormat` where it truly speaks the language (0.29 KB).
   * Every budget moved by 0.25 to 1.25 KB (to the next quarter above today's size).
   * Issue #20's Google Sheets and CSV added 0.45 KB to every page: in the shared code (0.4 KB) the
   * `data-sheet` property, the test that tells a sheet from a URL, the branch that fetches the
   * sheet's reader, the CSV answer's content type and the localised "publish the sheet" message
   * (English, which every page carries); in the loader (0.05 KB) the test that starts no early
   * request for a sheet; the timeline 0.15 KB more (its CSV hook and `eventIds`, which the embed
   * page's `start_at_*` use), the card and list 0.06 KB. The reading itself (links, d3-dsv, the
   * rows' readers: SHEETS_SOURCES) is fetched only for a sheet or CSV.
   * Merged over #21's budgets, every budget moved by 0.5 KB more (0.75 KB for the timeline).
   * Issue #20's dates before the common era and deep time put 0.85 KB on a timeline's page, where
   * the base had 0.1 KB left: the schema must read such a date in every timeline (the reading, its
   * messages, the order in mean Gregorian years, the year headings' keys) and the row must know
   * whether to ask for their writing, which is a chunk of its own (1 KB, with the strings in nine
   * languages), fetched only for a timeline that has such a date. Merged over #21's and the
   * sheets' budgets, the timeline's page and withText moved by 1 KB more. Merged, it also put
   * 0.6 KB on every other widget: the timeline's schema, which reads these dates, sits in the shared
   * chunk with the others (taken back below); their budgets moved by 0.5 to 0.75 KB.
   * Issue #19 (phones first) added "Try again" and the named empty states to the code every widget
   * shares (0.2 KB: the card and the list 0.5 KB more); to the timeline 1.7 KB (the folded "Filters (n)"
   * and the year menu, the one Tab stop for the events, the current year kept in view, the labelled
   * place, group and tags, the broken image's fallback, their styles): 2 KB more; to the banner
   * 1.5 KB (the appeal's image and the media-on-request hook it shares, the headline count, the
   * floating box's cap and stuck actions, the focus returned on dismissal): 1.75 KB more.
   * Merged over #20's and #21's budgets, each moved by #19's share.
   * Issue #20, then, took back what the sheets and the early dates had put on other pages: each
   * widget that reads sheets names its reader module (`sheetReader`, which brings core/sheets.ts),
   * the "publish the sheet" message is a strings part fetched with it, and the reading of dates
   * before the common era sits in timeline.js (only their bounds, core/i18n/deep-time.ts, 0.08 KB,
   * stay in the shared chunk, as the timeline's lazy parts import them too). The banner, the card
   * and the list fell by 0.62 to 0.66 KB, the timeline by 0.03 KB (its dates compress in a smaller
   * file); what the sheet path still puts on a JSON page, 0.48 KB, and why, is in docs/performance.md.
   * Every budget moved down to the next quarter above today's size (the timeline's stayed there).
   */
  pages: {
    'ahrca-appeal-banner': { page: 31 * 1024, withText: 48.75 * 1024 },
    'ahrca-prisoner-card': { page: 34.25 * 1024, withText: 52 * 1024 },
    'ahrca-timeline': { page: 37.25 * 1024, withText: 55 * 1024 },
    // The list brings the card with it, so opening a person needs no download (even offline).
    'ahrca-prisoner-list': { page: 40.5 * 1024, withText: 58.25 * 1024 },
  },
  /**
   * Issue #9's target was 40%: a page with one timeline at most this share of TimelineJS3's JS + CSS
   * (TIMELINEJS_BYTES). Issue #15's data lifecycle (one commit point, withdrawals, the 410 state)
   * added 0.7 KB to the code every widget shares, which put it at 40.8%; the kept copies' store
   * itself is a chunk of its own, off every page's first download. Issue #16's media-on-request
   * put it at 41.4%, and its time budget for every text (the field names the warnings give, the
   * directive's share of each task) at 41.6%. Issue #17's file map in the loader (see above), which
   * saves a slow link two or three round trips, at 44.1%; its warm-up of the locale data at 44.6%.
   * Issue #21's languages (Karakalpak, plural rules, durations; see above) at 45.5%; #20's sheets
   * and CSV hooks, 0.15 KB more for the timeline, and the two merged, at 46.4%; #20's reading of
   * dates before the common era and deep time (see above), 0.85 KB more, at 47.5%; #19's phone layout and states at 49.9%.
   */
  timelineShareOfTimelineJs: 0.5,
};

export function readManifest() {
  try {
    return JSON.parse(readFileSync(new URL('.vite/manifest.json', distDir), 'utf8'));
  } catch {
    console.error('dist/.vite/manifest.json is missing: run `npm run build` first.');
    process.exit(1);
  }
}

export function fileSizes(file) {
  const content = readFileSync(new URL(file, distDir));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** The dist files that loading `sources` fetches: each one's file and its static imports, transitively. */
export function staticClosure(manifest, sources) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in dist/.vite/manifest.json`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  sources.forEach(visit);
  return [...files];
}

export function totalOf(sizes) {
  return sizes.reduce((sum, { raw, gzip }) => ({ raw: sum.raw + raw, gzip: sum.gzip + gzip }), { raw: 0, gzip: 0 });
}

/** Every JS file in the build, entries first, as listed in the manifest. */
export function allChunks(manifest) {
  return Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .sort((a, b) => Number(Boolean(b.isEntry)) - Number(Boolean(a.isEntry)) || a.file.localeCompare(b.file))
    .map((chunk) => ({ ...fileSizes(chunk.file), isEntry: Boolean(chunk.isEntry) }));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Every widget entry in the build (`src/components/<name>/<name>.ts`), by its tag. */
export function widgetSources(manifest) {
  return Object.entries(manifest)
    .filter(([source, chunk]) => chunk.isEntry && /^src\/components\/([\w-]+)\/\1\.ts$/.test(source))
    .map(([source]) => ({ tag: `ahrca-${source.split('/')[2]}`, source }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * For each widget, what a page with the loader and one of it downloads: the widget's own file,
 * the shared chunks it imports, the page in all, the page once a markdown text is shown (engine and
 * marked), and once a text given as HTML is shown (the engine alone; a timeline's TimelineJS3 text).
 */
export function widgetPages(manifest) {
  const loader = manifest[LOADER_SOURCE].file;
  return widgetSources(manifest).map(({ tag, source }) => {
    const files = staticClosure(manifest, [LOADER_SOURCE, source]);
    const own = fileSizes(manifest[source].file);
    const shared = totalOf(files.filter((file) => file !== loader && file !== own.file).map(fileSizes));
    const withText = totalOf(staticClosure(manifest, [LOADER_SOURCE, source, MARKDOWN_SOURCE, MARKDOWN_PARSER_SOURCE]).map(fileSizes));
    const withHtml = totalOf(staticClosure(manifest, [LOADER_SOURCE, source, MARKDOWN_SOURCE]).map(fileSizes));
    return { tag, files, own, shared, page: totalOf(files.map(fileSizes)), withText, withHtml };
  });
}

/** TimelineJS3's JS and CSS from node_modules when installed, else the figures recorded above. */
export function timelineJsBytes() {
  const folder = new URL('../node_modules/@knight-lab/timelinejs/', import.meta.url);
  const gzipOf = (path) => gzipSync(readFileSync(new URL(path, folder)), { level: 9 }).length;
  try {
    const { version } = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8'));
    const js = gzipOf('dist/js/timeline.js');
    const css = gzipOf('dist/css/timeline.css');
    return { version, js, css, total: js + css, measured: true };
  } catch {
    return { version: '3.9.11', ...TIMELINEJS_BYTES, total: TIMELINEJS_BYTES.js + TIMELINEJS_BYTES.css, measured: false };
  }
}

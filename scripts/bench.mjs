#!/usr/bin/env node
// `npm run bench`: prints what each dist file weighs and what a page with one
// appeal banner downloads, next to the targets. It only reports; size-check.mjs fails the test run.
import {
  BANNER_SOURCE,
  DOMPURIFY_SOURCE,
  LOADER_SOURCE,
  MARKDOWN_SOURCE,
  PRISONER_CARD_SOURCE,
  PRISONER_LIST_SOURCE,
  TARGETS,
  allChunks,
  fileSizes,
  kb,
  oneTimelinePage,
  readManifest,
  staticClosure,
  totalOf,
} from './dist-sizes.mjs';

const manifest = readManifest();
const rows = [];
const row = (name, { raw, gzip }, target = '') => rows.push([name, kb(raw), kb(gzip), target]);

for (const chunk of allChunks(manifest)) row(`${chunk.isEntry ? 'entry' : 'chunk'} dist/${chunk.file}`, chunk);

const loader = fileSizes(manifest[LOADER_SOURCE].file);
const pageFiles = staticClosure(manifest, [LOADER_SOURCE, BANNER_SOURCE]);
const page = totalOf(pageFiles.map(fileSizes));
const mark = (bytes, limit) => `${bytes < limit ? 'ok' : 'OVER'}: < ${kb(limit)} gzip`;
row('loader alone', loader, mark(loader.gzip, TARGETS.loader));
row(`page with one banner (${pageFiles.length} files)`, page, mark(page.gzip, TARGETS.oneBannerPage));
const withMarkdown = staticClosure(manifest, [LOADER_SOURCE, BANNER_SOURCE, MARKDOWN_SOURCE]);
const markdownPage = totalOf(withMarkdown.map(fileSizes));
row(`  + summary shown, Sanitizer API (${withMarkdown.length} files)`, markdownPage, mark(markdownPage.gzip, TARGETS.oneBannerPage));
const withPurify = staticClosure(manifest, [LOADER_SOURCE, BANNER_SOURCE, MARKDOWN_SOURCE, DOMPURIFY_SOURCE]);
row(`  + summary shown, DOMPurify fallback (${withPurify.length} files)`, totalOf(withPurify.map(fileSizes)));
const cardFiles = staticClosure(manifest, [LOADER_SOURCE, PRISONER_CARD_SOURCE]);
const cardPage = totalOf(cardFiles.map(fileSizes));
row(`page with one prisoner card (${cardFiles.length} files)`, cardPage, mark(cardPage.gzip, TARGETS.onePrisonerCardPage));
const cardWithMarkdown = totalOf(staticClosure(manifest, [LOADER_SOURCE, PRISONER_CARD_SOURCE, MARKDOWN_SOURCE]).map(fileSizes));
row('  + full layout, markdown shown, Sanitizer API', cardWithMarkdown, mark(cardWithMarkdown.gzip, TARGETS.onePrisonerCardPageWithMarkdown));
const timelinePage = oneTimelinePage(manifest);
row(`page with one timeline (${timelinePage.files.length} files)`, timelinePage);
const timelineTextPage = oneTimelinePage(manifest, { withText: true });
row(`  + event text shown, Sanitizer API (${timelineTextPage.files.length} files)`, timelineTextPage);
const timelineJsPage = oneTimelinePage(manifest, { withText: true, withTimelineJs: true });
row(`  + TimelineJS3 data (${timelineJsPage.files.length} files)`, timelineJsPage);
const listFiles = staticClosure(manifest, [LOADER_SOURCE, PRISONER_LIST_SOURCE]);
const listPage = totalOf(listFiles.map(fileSizes));
row(`page with one prisoner list (${listFiles.length} files)`, listPage, mark(listPage.gzip, TARGETS.onePrisonerListPage));
const listOpen = totalOf(staticClosure(manifest, [LOADER_SOURCE, PRISONER_LIST_SOURCE, PRISONER_CARD_SOURCE, MARKDOWN_SOURCE]).map(fileSizes));
row('  + a person opened (card, markdown, Sanitizer API)', listOpen);

const header = ['what', 'raw', 'gzip -9', 'target'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 || column === 3 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
rows.forEach((cells) => console.log(line(cells)));
console.log(`\nthe one-banner page fetches: ${pageFiles.map((file) => `dist/${file}`).join(', ')}`);
console.log(`the one-timeline page fetches: ${timelinePage.files.map((file) => `dist/${file}`).join(', ')}`);

// What sanitising costs a reader's CPU, DOMPurify against the browser's Sanitizer API.
await import('./bench-sanitizer.mjs');

// How fast 1,000 and 10,000 events appear, how many elements they make, and what the page downloads.
await import('./bench-timeline.mjs');
// What 2,000 people cost the list: time and long tasks per reader action.
await import('./bench-prisoner-list.mjs');

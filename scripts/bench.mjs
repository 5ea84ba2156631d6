#!/usr/bin/env node
// `npm run bench` (docs/performance.md explains every figure): what each widget costs a page in
// bytes; <ahrca-timeline> against TimelineJS3 at 20, 1,000 and 10,000 events; the layout shift
// when data arrives; each widget's first content over a slow link; what sanitising costs. It only
// reports; size-check.mjs fails the test run.
// `--json`: the tables go to stderr, every figure as JSON to stdout.
import { benchLayoutShift } from './bench-cls.mjs';
import { asJson, kb, printTable, say } from './bench-report.mjs';
import { launchBrowser } from './bench-server.mjs';
import { benchSlowLink } from './bench-slow-link.mjs';
import { benchTimelines } from './bench-timeline.mjs';
import {
  LOADER_SOURCE,
  KEPT_COPIES_SOURCE,
  LONG_TIMELINE_SOURCE,
  MARKDOWN_PARSER_SOURCE,
  MARKDOWN_SOURCE,
  TARGETS,
  TIMELINEJS_SOURCE,
  VIRTUAL_WINDOW_SOURCE,
  fileSizes,
  readManifest,
  timelineJsBytes,
  widgetPages,
} from './dist-sizes.mjs';

const manifest = readManifest();
const loader = fileSizes(manifest[LOADER_SOURCE].file);
const widgets = widgetPages(manifest);
const theirs = timelineJsBytes();

say(`bytes a reader downloads, gzip -9 (TimelineJS3 ${theirs.version}: ${kb(theirs.js)} JS + ${kb(theirs.css)} CSS = ${kb(theirs.total)})`);
const mark = (bytes, limit) => (limit === undefined ? '' : `${bytes <= limit ? 'ok' : 'OVER'} ≤ ${kb(limit)}`);
printTable(
  ['widget', 'loader', 'own chunk', 'shared chunks', 'page with one', '+ text shown', 'budget (+ text)', 'vs TimelineJS3'],
  widgets.map((widget) => [
    widget.tag,
    kb(loader.gzip),
    kb(widget.own.gzip),
    kb(widget.shared.gzip),
    kb(widget.page.gzip),
    kb(widget.withText.gzip),
    `${mark(widget.page.gzip, TARGETS.pages[widget.tag]?.page)} (${mark(widget.withText.gzip, TARGETS.pages[widget.tag]?.withText)})`,
    `${((widget.page.gzip / theirs.total) * 100).toFixed(0)}% (${((widget.withText.gzip / theirs.total) * 100).toFixed(0)}%)`,
  ]),
);
const timeline = widgets.find((widget) => widget.tag === 'ahrca-timeline');
const adapter = fileSizes(manifest[TIMELINEJS_SOURCE].file);
say(
  `loader alone: ${kb(loader.gzip)} (${mark(loader.gzip, TARGETS.loader)}); text engine (sanitiser glue + finishing pass): ${kb(fileSizes(manifest[MARKDOWN_SOURCE].file).gzip)}, with marked for markdown text: ${kb(fileSizes(manifest[MARKDOWN_PARSER_SOURCE].file).gzip)} more`,
);
if (timeline) {
  const share = timeline.page.gzip / theirs.total;
  const target = TARGETS.timelineShareOfTimelineJs;
  say(
    `a page with one timeline: ${(share * 100).toFixed(1)}% of TimelineJS3's JS + CSS (target ≤ ${target * 100}%: ${share <= target ? 'met' : 'not met'}); with markdown text ${((timeline.withText.gzip / theirs.total) * 100).toFixed(1)}%, with HTML text (TimelineJS3's) ${((timeline.withHtml.gzip / theirs.total) * 100).toFixed(1)}%`,
  );
  const lazyPart = (source) => kb(fileSizes(manifest[source].file).gzip);
  say(
    `a timeline reading TimelineJS3 JSON also fetches its adapter: ${kb(adapter.gzip)}; one of more than 50 events its virtual window: ` +
      `${lazyPart(VIRTUAL_WINDOW_SOURCE)}; one of more than 500 its checks in slices: ${lazyPart(LONG_TIMELINE_SOURCE)}`,
  );
}
say(`a widget reading src also fetches the kept copies' store beside its request: ${kb(fileSizes(manifest[KEPT_COPIES_SOURCE].file).gzip)}`);
for (const widget of widgets) say(`${widget.tag} fetches: ${widget.files.map((file) => `dist/${file}`).join(', ')}`);

const report = { bytes: { loader: loader.gzip, timelineJs: theirs, widgets }, timelines: undefined, layoutShift: undefined, slowLink: undefined };
const browser = await launchBrowser();
if (!browser) {
  say('\nbrowser benches skipped: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
} else {
  try {
    report.timelines = await benchTimelines(browser);
    report.layoutShift = await benchLayoutShift(browser);
    // Cold loads over a slow link (issue #17): the first content, the requests and their chain.
    report.slowLink = await benchSlowLink(browser);
  } finally {
    await browser.close();
  }
  // What sanitising costs a reader's CPU, DOMPurify against the browser's Sanitizer API.
  await import('./bench-sanitizer.mjs');
  // What 2,000 people cost the list: time and long tasks per reader action (a table only, not in --json).
  if (!asJson) await import('./bench-prisoner-list.mjs');
  // The same 2,000 people from CSV and from JSON (issue #20: CSV within 2× of JSON; a table only).
  if (!asJson) await import('./bench-people-csv.mjs');
}
if (asJson) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

// Part of `npm run bench`: <ahrca-timeline> against TimelineJS3 (@knight-lab/timelinejs, from
// node_modules) in one headless Chromium, on the same generated events (demo/generate-timeline.ts;
// markdown for ours, the HTML marked makes of it for theirs, and ours again on that same HTML) at
// 20, 1,000 and 10,000 events. Each
// figure is the median of RUNS runs, each in a fresh page; bench-probe.js does the timing inside the
// page. Other work on the machine moves the milliseconds; the ratio, from the same runs, moves less.
import { readFileSync } from 'node:fs';
/* global window -- the evaluated functions run in the page */
import { kb, median, ms, printTable, ratio, say } from './bench-report.mjs';
import { openPage, startBenchServer } from './bench-server.mjs';

/** `BENCH_EVENTS=20,1000` for a quicker run; TimelineJS3 takes minutes over 10,000. */
const COUNTS = (process.env.BENCH_EVENTS ?? '20,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_LIBRARIES=ours` to time ours alone while working on it (the ratios then read "—"). */
const LIBRARIES = (process.env.BENCH_LIBRARIES ?? 'ours,ours-html,theirs').split(',');
const VIEWPORT = { width: 412, height: 915 };
const SCROLL_STEPS = 20;

const head = (title) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`;
const PAGES = {
  // The loader, as on a partner's page, and the timeline's module already in (as TimelineJS3's
  // script is below), so neither library's download is inside the timed span.
  '/ours.html': `${head('ours')}<main></main>
    <script type="module" src="/bench-data.js"></script><script src="/bench-probe.js"></script>
    <script type="module" src="/dist/ahrca-widgets.js"></script><script type="module" src="/dist/timeline.js"></script>`,
  '/ours-html.html': `${head('ours, HTML text')}<main></main>
    <script type="module" src="/bench-data.js"></script><script src="/bench-probe.js"></script>
    <script type="module" src="/dist/ahrca-widgets.js"></script><script type="module" src="/dist/timeline.js"></script>`,
  // TimelineJS3 as its documentation embeds it: its CSS and its script.
  '/theirs.html': `${head('theirs')}<link rel="stylesheet" href="/tjs/css/timeline.css"><main></main>
    <script type="module" src="/bench-data.js"></script><script src="/bench-probe.js"></script>
    <script src="/tjs/js/timeline.js"></script>`,
};

/** The library's own files: not the page, the bench's scripts or the images. */
const isCode = ({ path }) => path.startsWith('/dist/') || path.startsWith('/tjs/');

/** One run in a fresh page: the probe's figures, the heap after a garbage collection, what was fetched. */
async function runOnce(browser, origin, library, count) {
  const { page, fetched, blocked } = await openPage(browser, origin, VIEWPORT);
  try {
    await page.goto(`${origin}/${library}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchProbe && window.benchData);
    const figures = await page.evaluate((name, events) => window.benchProbe.measure(name, events), library, count);
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    const scroll = library === 'ours' && count > 20 ? await page.evaluate((steps) => window.benchProbe.scrollThrough(steps), SCROLL_STEPS) : undefined;
    const code = fetched.filter(isCode);
    const media = fetched.filter((entry) => entry.path.startsWith('/media/'));
    const paths = code.map((entry) => entry.path);
    return {
      ...figures,
      heap: usedSize,
      codeBytes: code.reduce((sum, entry) => sum + entry.bytes, 0),
      mediaBytes: media.reduce((sum, entry) => sum + entry.bytes, 0),
      files: [...new Set(paths)].sort(),
      fetchedTwice: paths.filter((path, index) => paths.indexOf(path) !== index),
      blocked: [...blocked],
      scroll,
    };
  } finally {
    await page.close();
  }
}

async function parseFloor(browser, origin, count) {
  const { page } = await openPage(browser, origin, VIEWPORT);
  try {
    await page.goto(`${origin}/ours.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchProbe && window.benchData);
    return await page.evaluate((events, runs) => window.benchProbe.parseFloor(events, runs), count, Math.max(RUNS, 5));
  } finally {
    await page.close();
  }
}

/** The medians of the runs, and what every run agrees on (files, blocked requests). */
function summarise(runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  const scrolls = runs.map((run) => run.scroll).filter(Boolean);
  return {
    shown: pick('shown'),
    idle: pick('idle'),
    longTasks: pick('longTasks'),
    longest: pick('longest'),
    elements: pick('elements'),
    heap: pick('heap'),
    codeBytes: pick('codeBytes'),
    mediaBytes: pick('mediaBytes'),
    files: runs[0].files,
    fetchedTwice: [...new Set(runs.flatMap((run) => run.fetchedTwice))],
    blocked: [...new Set(runs.flatMap((run) => run.blocked))],
    scroll: scrolls.length
      ? {
          mostElements: Math.max(...scrolls.map((scroll) => scroll.mostElements)),
          longTasks: median(scrolls.map((scroll) => scroll.longTasks)),
          longest: Math.max(...scrolls.map((scroll) => scroll.longest)),
        }
      : undefined,
    runs: runs.length,
  };
}

export async function benchTimelines(browser) {
  const server = await startBenchServer(PAGES);
  const results = [];
  try {
    for (const count of COUNTS) {
      const floor = await parseFloor(browser, server.origin, count);
      const measured = {};
      for (const library of LIBRARIES) {
        const runs = [];
        // Alternate nothing else: one page at a time, as headless Chromium gives a background page no frames.
        for (let run = 0; run < RUNS; run++) runs.push(await runOnce(browser, server.origin, library, count));
        measured[library] = summarise(runs);
      }
      // A library left out (BENCH_LIBRARIES) has no figures: its cells read "—".
      const none = { files: [], blocked: [], fetchedTwice: [] };
      results.push({
        count,
        jsonParse: floor.median,
        jsonBytes: floor.bytes,
        ours: measured.ours ?? none,
        oursHtml: measured['ours-html'] ?? none,
        theirs: measured.theirs ?? none,
      });
    }
  } finally {
    await server.close();
  }
  printComparison(results);
  return { viewport: VIEWPORT, runs: RUNS, results };
}

function printComparison(results) {
  say(`\n<ahrca-timeline> against TimelineJS3 ${timelineJsVersion()} in headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs each`);
  say('ours: markdown text (marked downloads); ours, HTML: the HTML TimelineJS3 gets, as textFormat "html" (no marked)');
  const rows = [];
  for (const { count, jsonParse, ours, oursHtml, theirs } of results) {
    const events = count.toLocaleString('en');
    const cell = (format, value) => (value === undefined ? '—' : format(value));
    const metric = (name, format, key) =>
      rows.push([
        `${events}  ${name}`,
        cell(format, ours[key]),
        cell(format, oursHtml[key]),
        cell(format, theirs[key]),
        ratio(ours[key], theirs[key]),
        ratio(oursHtml[key], theirs[key]),
      ]);
    const tasks = (run) => (run.longTasks === undefined ? '—' : `${run.longTasks} (${ms(run.longest)})`);
    metric('code downloaded (gzip)', kb, 'codeBytes');
    metric('images downloaded', kb, 'mediaBytes');
    metric('first event painted', ms, 'shown');
    metric('idle', ms, 'idle');
    rows.push([`${events}  long tasks > 50 ms (longest)`, tasks(ours), tasks(oursHtml), tasks(theirs), '', '']);
    metric('JS heap after render', kb, 'heap');
    metric('elements on the page', String, 'elements');
    const floor = (run) => (jsonParse >= 0.1 && run.shown !== undefined ? `${(run.shown / jsonParse).toFixed(1)}× floor` : '—');
    rows.push([`${events}  JSON.parse of the data (floor)`, ms(jsonParse), '', '', floor(ours), floor(oursHtml)]);
    if (ours.scroll) {
      rows.push([`${events}  scrolled to the end: most elements`, String(ours.scroll.mostElements), '', '—', '', '']);
      rows.push([`${events}  scrolled to the end: long tasks (longest)`, `${ours.scroll.longTasks} (${ms(ours.scroll.longest)})`, '', '—', '', '']);
    }
  }
  printTable(['events  what', 'ours', 'ours, HTML', 'TimelineJS3', 'ours/theirs', 'HTML/theirs'], rows);
  const [first] = results;
  say(`ours fetched:        ${first.ours.files.join(', ')}`);
  say(`ours, HTML fetched:  ${first.oursHtml.files.join(', ')}`);
  say(`TimelineJS3 fetched: ${first.theirs.files.join(', ')}`);
  const blocked = [...new Set(results.flatMap(({ ours, oursHtml, theirs }) => [...ours.blocked, ...oursHtml.blocked, ...theirs.blocked]))];
  say(`requests to other hosts, blocked: ${blocked.length ? blocked.map((url) => new URL(url).host + new URL(url).pathname).join(', ') : 'none'}`);
  const twice = [...new Set(results.flatMap(({ ours, oursHtml }) => [...ours.fetchedTwice, ...oursHtml.fetchedTwice]))];
  say(`files ours fetched twice: ${twice.length ? twice.join(', ') : 'none'}`);
}

/** The TimelineJS3 release in node_modules, as the bench measured it. */
function timelineJsVersion() {
  return JSON.parse(readFileSync(new URL('../node_modules/@knight-lab/timelinejs/package.json', import.meta.url), 'utf8')).version;
}

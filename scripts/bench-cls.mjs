// Part of `npm run bench`: does a page move when our widgets' data arrives? A phone-sized page with
// a paragraph, each widget (every tag the loader knows) and a paragraph after it; the data comes
// from `src` half a second late, as on a slow network, so the skeletons are on screen first. The
// figure is the page's cumulative layout shift (the browser's `layout-shift` entries, summed) from
// load until everything is shown; 0 means the skeletons held the ready state's space. Each page is
// measured bare, and with the reservation the snippet builder prints (`display: block;
// min-height` of the widget's height, measured once), first visits, and a return visit to the
// reserved page (the copy kept by the first visit shows at once, then the fresh data replaces it).
// Which files the page fetched says whether marked came only with text, and whether any file came twice.
/* global document, requestAnimationFrame, window -- measured code runs in the page */
import { readFileSync } from 'node:fs';
import { printTable, say } from './bench-report.mjs';
import { openPage, startBenchServer } from './bench-server.mjs';

const VIEWPORT = { width: 412, height: 915 };
const DATA_DELAY_MS = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const registry = readFileSync(new URL('../src/registry.ts', import.meta.url), 'utf8');
const TAGS = [...registry.matchAll(/'(ahrca-[a-z-]+)':/g)].map(([, tag]) => tag);

/** The demo's data for each widget; the card picks one person of the feed. `attributes` go on the element (a reservation). */
const WIDGET_MARKUP = {
  'ahrca-appeal-banner': (delay, attributes) => `<ahrca-appeal-banner${attributes} src="/data/appeal-prague-letter.json?delay=${delay}"></ahrca-appeal-banner>`,
  'ahrca-prisoner-card': (delay, attributes) =>
    `<ahrca-prisoner-card${attributes} src="/data/prisoners.json?delay=${delay}" person="example-namuna-odamov"></ahrca-prisoner-card>`,
  'ahrca-prisoner-list': (delay, attributes) => `<ahrca-prisoner-list${attributes} src="/data/prisoners.json?delay=${delay}"></ahrca-prisoner-list>`,
  'ahrca-timeline': (delay, attributes) => `<ahrca-timeline${attributes} src="/data/timeline-andijan.json?delay=${delay}"></ahrca-timeline>`,
};

/** The reservation the snippet builder prints (demo/builder/snippets.ts): the height measured once, in whole pixels. */
const reservation = (height) => (height === undefined ? '' : ` style="display: block; min-height: ${height}px"`);

const paragraph = "<p>A partner's article: text before and after each widget, so that any widget that grows pushes it down.</p>";
const page = (tags, delay, heights = {}) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>widgets</title>
  <body style="margin: 0 16px; font: 16px/1.5 system-ui">${paragraph}${tags.map((tag) => `${WIDGET_MARKUP[tag](delay, reservation(heights[tag]))}${paragraph}`).join('')}
  <script type="module" src="/dist/ahrca-widgets.js"></script>`;

/** Runs in the page (as `window.whenShown`, see `inPage`): waits until every widget shows its data. */
async function whenShown(tags) {
  await Promise.all(
    tags.map(async (tag) => {
      const element = document.querySelector(tag);
      if (!element.hasUpdated || element.view?.status !== 'ready')
        await new Promise((resolve) => element.addEventListener('ahrca-load', resolve, { once: true }));
      await element.updateComplete;
    }),
  );
}

/** Runs in the page: the height of each widget once its data is shown, in whole pixels (rounded up), as the builder measures it. */
async function measureHeights(tags) {
  await window.whenShown(tags);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return Object.fromEntries(tags.map((tag) => [tag, Math.ceil(document.querySelector(tag).getBoundingClientRect().height)]));
}

/** Runs in the page: waits until every widget has loaded, then a second more; sums the layout shifts. */
async function measureShift(tags) {
  let shift = 0;
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shift += entry.value;
      shifts.push({ value: entry.value, nodes: entry.sources.map((source) => source.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  await window.whenShown(tags);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { shift, shifts };
}

/** Runs `measure(tags)` in the page, with `whenShown` there for it. */
async function inPage(tab, measure, tags) {
  await tab.evaluate(`window.whenShown = ${whenShown}`);
  return tab.evaluate(measure, tags);
}

/**
 * The median of RUNS loads of one page, each in a fresh profile: a first visit, or with `returning`
 * a second one, the copy the first visit kept shown at once and then replaced by the fresh data.
 */
async function measurePage(browser, server, path, tags, returning = false) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const profile = await browser.createBrowserContext();
    const { page: tab, fetched, blocked } = await openPage(profile, server.origin, VIEWPORT);
    try {
      if (returning) {
        await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        await tab.evaluate(whenShown, tags);
        fetched.length = 0;
      }
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const { shift, shifts } = await inPage(tab, measureShift, tags);
      const code = fetched.filter((entry) => entry.path.startsWith('/dist/')).map((entry) => entry.path);
      runs.push({ shift, shifts, files: [...new Set(code)].sort(), twice: code.filter((file, index) => code.indexOf(file) !== index), blocked });
    } finally {
      await profile.close();
    }
  }
  runs.sort((a, b) => a.shift - b.shift);
  const middle = runs[Math.floor(runs.length / 2)];
  return {
    cls: middle.shift,
    shifts: middle.shifts,
    files: middle.files,
    fetchedTwice: [...new Set(runs.flatMap((run) => run.twice))],
    blocked: runs.flatMap((run) => run.blocked),
  };
}

export async function benchLayoutShift(browser) {
  const known = TAGS.filter((tag) => WIDGET_MARKUP[tag]);
  const sets = [['all', known], ...known.map((tag) => [tag, [tag]])];
  const pages = Object.fromEntries(
    sets.flatMap(([name, tags]) => [
      [`/${name}.html`, page(tags, DATA_DELAY_MS)],
      [`/measure/${name}.html`, page(tags, 0)],
    ]),
  );
  const server = await startBenchServer(pages);
  const results = [];
  try {
    // The reservation, as the builder finds it: each widget rendered once, its height read.
    const { page: tab } = await openPage(browser, server.origin, VIEWPORT);
    let heights;
    try {
      await tab.goto(`${server.origin}/measure/all.html`, { waitUntil: 'load' });
      heights = await inPage(tab, measureHeights, known);
    } finally {
      await tab.close();
    }
    for (const [name, tags] of sets) pages[`/reserved/${name}.html`] = page(tags, DATA_DELAY_MS, heights);
    for (const [name, tags] of sets) {
      const bare = await measurePage(browser, server, `/${name}.html`, tags);
      const reserved = await measurePage(browser, server, `/reserved/${name}.html`, tags);
      const returning = await measurePage(browser, server, `/reserved/${name}.html`, tags, true);
      results.push({ page: name, tags, heights: tags.map((tag) => heights[tag]), ...bare, reserved, returning });
    }
  } finally {
    await server.close();
  }
  say(`\nlayout shift when the data arrives ${DATA_DELAY_MS} ms late, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs (target: 0)`);
  say('reserved: each widget carries style="display: block; min-height: …" with its height measured once, as the snippet builder prints it');
  printTable(
    ['page', 'CLS', 'CLS reserved', 'reserved, return visit', 'reserved height', 'files fetched twice', 'markdown engine fetched'],
    results.map((result) => [
      result.page === 'all' ? `all ${result.tags.length} widgets` : `one ${result.page}`,
      result.cls.toFixed(4),
      result.reserved.cls.toFixed(4),
      result.returning.cls.toFixed(4),
      result.heights.map((height) => `${height}px`).join(' + '),
      [...new Set([...result.fetchedTwice, ...result.reserved.fetchedTwice])].join(', ') || 'none',
      result.files.some((file) => file.includes('markdown-engine')) ? 'yes (text shown)' : 'no',
    ]),
  );
  for (const result of results) {
    for (const [label, shifts] of [
      ['', result.shifts],
      [' reserved', result.reserved.shifts],
      [' reserved, return visit', result.returning.shifts],
    ]) {
      if (shifts.length > 0) say(`  ${result.page}${label}: ${shifts.map((entry) => `${entry.value.toFixed(4)} (${entry.nodes.join(', ')})`).join('; ')}`);
    }
  }
  return { viewport: VIEWPORT, dataDelayMs: DATA_DELAY_MS, runs: RUNS, results };
}

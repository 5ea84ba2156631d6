// Part of `npm run bench`: does a page move when our widgets' data arrives? A phone-sized page with
// a paragraph, each widget (every tag the loader knows) and a paragraph after it; the data comes
// from `src` half a second late, as on a slow network, so the skeletons are on screen first. The
// figure is the page's cumulative layout shift (the browser's `layout-shift` entries, summed) from
// load until everything is shown; 0 means the skeletons held the ready state's space. Which files
// the page fetched says whether marked came only with text, and whether any file came twice.
/* global document -- measured code runs in the page */
import { readFileSync } from 'node:fs';
import { printTable, say } from './bench-report.mjs';
import { openPage, startBenchServer } from './bench-server.mjs';

const VIEWPORT = { width: 412, height: 915 };
const DATA_DELAY_MS = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const registry = readFileSync(new URL('../src/registry.ts', import.meta.url), 'utf8');
const TAGS = [...registry.matchAll(/'(ahrca-[a-z-]+)':/g)].map(([, tag]) => tag);

/** The demo's data for each widget; the card picks one person of the feed. */
const WIDGET_MARKUP = {
  'ahrca-appeal-banner': (delay) => `<ahrca-appeal-banner src="/data/appeal-prague-letter.json?delay=${delay}"></ahrca-appeal-banner>`,
  'ahrca-prisoner-card': (delay) => `<ahrca-prisoner-card src="/data/prisoners.json?delay=${delay}" person="example-namuna-odamov"></ahrca-prisoner-card>`,
  'ahrca-prisoner-list': (delay) => `<ahrca-prisoner-list src="/data/prisoners.json?delay=${delay}"></ahrca-prisoner-list>`,
  'ahrca-timeline': (delay) => `<ahrca-timeline src="/data/timeline-andijan.json?delay=${delay}"></ahrca-timeline>`,
};

const paragraph = '<p>A partner\'s article: text before and after each widget, so that any widget that grows pushes it down.</p>';
const page = (tags) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>widgets</title>
  <body style="margin: 0 16px; font: 16px/1.5 system-ui">${paragraph}${tags.map((tag) => `${WIDGET_MARKUP[tag](DATA_DELAY_MS)}${paragraph}`).join('')}
  <script type="module" src="/dist/ahrca-widgets.js"></script>`;

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
  await Promise.all(
    tags.map(async (tag) => {
      const element = document.querySelector(tag);
      if (!element.hasUpdated || element.view?.status !== 'ready') await new Promise((resolve) => element.addEventListener('ahrca-load', resolve, { once: true }));
      await element.updateComplete;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { shift, shifts };
}

export async function benchLayoutShift(browser) {
  const known = TAGS.filter((tag) => WIDGET_MARKUP[tag]);
  const pages = Object.fromEntries([['/all.html', page(known)], ...known.map((tag) => [`/${tag}.html`, page([tag])])]);
  const server = await startBenchServer(pages);
  const results = [];
  try {
    for (const [name, tags] of [['all', known], ...known.map((tag) => [tag, [tag]])]) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const { page: tab, fetched, blocked } = await openPage(browser, server.origin, VIEWPORT);
        try {
          await tab.goto(`${server.origin}/${name}.html`, { waitUntil: 'load' });
          const { shift, shifts } = await tab.evaluate(measureShift, tags);
          const code = fetched.filter((entry) => entry.path.startsWith('/dist/')).map((entry) => entry.path);
          runs.push({ shift, shifts, files: [...new Set(code)].sort(), twice: code.filter((path, index) => code.indexOf(path) !== index), blocked });
        } finally {
          await tab.close();
        }
      }
      runs.sort((a, b) => a.shift - b.shift);
      const middle = runs[Math.floor(runs.length / 2)];
      results.push({ page: name, tags, cls: middle.shift, shifts: middle.shifts, files: middle.files, fetchedTwice: [...new Set(runs.flatMap((run) => run.twice))], blocked: runs.flatMap((run) => run.blocked) });
    }
  } finally {
    await server.close();
  }
  say(`\nlayout shift when the data arrives ${DATA_DELAY_MS} ms late, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs (target: 0)`);
  printTable(
    ['page', 'CLS', 'files fetched twice', 'markdown engine fetched'],
    results.map((result) => [
      result.page === 'all' ? `all ${result.tags.length} widgets` : `one ${result.page}`,
      result.cls.toFixed(4),
      result.fetchedTwice.length ? result.fetchedTwice.join(', ') : 'none',
      result.files.some((file) => file.includes('markdown-engine')) ? 'yes (text shown)' : 'no',
    ]),
  );
  for (const result of results.filter((entry) => entry.shifts.length > 0)) {
    say(`  ${result.page}: ${result.shifts.map((entry) => `${entry.value.toFixed(4)} (${entry.nodes.join(', ')})`).join('; ')}`);
  }
  return { viewport: VIEWPORT, dataDelayMs: DATA_DELAY_MS, runs: RUNS, results };
}

#!/usr/bin/env node
// Part of `npm run bench`: <ahrca-timeline> from dist/ in headless Chromium, on events made by
// demo/generate-timeline.ts (bundled here: the same module the scale demo page runs). Prints, as
// medians of several runs on a phone-sized viewport, the time from setting `data` to the first
// event on screen, the elements the page then holds and the long tasks on the way; then what a
// page with one timeline downloads. A local server on 127.0.0.1 serves everything: nothing else
// is contacted. Prints a table; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
/* global document, window, requestAnimationFrame, customElements -- measured code runs in the page */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { fileSizes, kb, totalOf } from './dist-sizes.mjs';

const COUNTS = [1_000, 10_000];
const CPU_SLOWDOWNS = [1, 4];
const RUNS = 5;
const VIEWPORT = { width: 412, height: 915 };

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!chromium) {
  console.log('timeline bench skipped: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  process.exit(0);
}

const root = new URL('../', import.meta.url);
const generator = await build({
  entryPoints: [fileURLToPath(new URL('demo/generate-timeline.ts', root))],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const andijan = readFileSync(new URL('demo/data/timeline-andijan.json', root), 'utf8');

const head = (title) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`;
const PAGES = {
  // The element's own module, as an npm user imports it; the data is set by the measured code.
  '/timing.html': `${head('timing')}<main></main><script type="module">
    import { generateTimeline } from '/generate-timeline.js';
    import '/dist/timeline.js';
    window.generateTimeline = generateTimeline;
  </script>`,
  // A partner's page: the loader and one timeline with its data inline, the Andijan demo timeline.
  '/one-timeline.html': `${head('one timeline')}<main><ahrca-timeline><script type="application/json">${andijan}</script></ahrca-timeline></main>
    <script type="module" src="/dist/ahrca-widgets.js"></script>`,
};
const TYPES = { '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.html': 'text/html' };

/** dist/… and the demo's placeholder images; nothing outside those folders. */
function staticFile(path) {
  const [, folder, rest] = /^\/(dist|media)\/([\w./-]+)$/.exec(path) ?? [];
  if (!folder || rest.split('/').includes('..')) return undefined;
  const file = new URL(folder === 'dist' ? `dist/${rest}` : `demo/media/${rest}`, root);
  return existsSync(file) ? readFileSync(file) : undefined;
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const body = PAGES[path] ?? (path === '/generate-timeline.js' ? generator.outputFiles[0].text : staticFile(path));
  if (body === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', 'cache-control': 'no-store' });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Runs in the page: sets `data` on a new timeline and waits for its first event to be on screen. */
async function measureFirstEvent(count) {
  await customElements.whenDefined('ahrca-timeline');
  const data = window.generateTimeline({ count });
  // A task of its own, so the generator's work is neither timed nor in a long task below.
  await new Promise((resolve) => setTimeout(resolve));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const element = document.createElement('ahrca-timeline');
  const start = performance.now();
  const loaded = new Promise((resolve) => element.addEventListener('ahrca-load', resolve, { once: true }));
  element.data = data;
  document.querySelector('main').append(element);
  await loaded;
  while (!element.shadowRoot?.querySelector('[part~="event"]')) await frame();
  // The frame that drew the event has been produced once the next task after its rAF runs.
  await frame();
  const shown = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  const countElements = (node) => [...node.querySelectorAll('*')].reduce((sum, child) => sum + 1 + (child.shadowRoot ? countElements(child.shadowRoot) : 0), 0);
  return {
    shown,
    elements: countElements(document),
    inShadow: countElements(element.shadowRoot),
    rows: element.shadowRoot.querySelectorAll('[part~="event"]').length,
    longTasks: longTasks.length,
    longest: Math.max(0, ...longTasks),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  console.log(`\n<ahrca-timeline> in Chromium, ${VIEWPORT.width}×${VIEWPORT.height} viewport, median of ${RUNS} runs, a fresh page each`);
  console.log('first event shown: from setting `data` to the frame after `ahrca-load` in which an event row exists (rAF, then a task)');
  console.log('events   CPU   first event shown   elements in page (in the timeline)   event rows   long tasks > 50 ms (longest)');
  for (const count of COUNTS) {
    for (const slowdown of CPU_SLOWDOWNS) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        // One page open at a time: headless Chromium gives a background page no animation frames.
        const page = await browser.newPage();
        await page.setViewport(VIEWPORT);
        await page.goto(`${origin}/timing.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => typeof window.generateTimeline === 'function');
        if (slowdown > 1) await page.emulateCPUThrottling(slowdown);
        runs.push(await page.evaluate(measureFirstEvent, count));
        await page.close();
      }
      const pick = (key) => median(runs.map((run) => run[key]));
      console.log(
        `${count.toLocaleString('en').padStart(6)}   ${`${slowdown}×`.padStart(3)}   ${`${pick('shown').toFixed(0)} ms`.padStart(17)}   ` +
          `${`${pick('elements')} (${pick('inShadow')})`.padStart(34)}   ${String(pick('rows')).padStart(10)}   ` +
          `${`${pick('longTasks')} (${pick('longest').toFixed(0)} ms)`.padStart(28)}`,
      );
    }
  }
  const sample = JSON.stringify(
    await (async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/timing.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => typeof window.generateTimeline === 'function');
      const data = await page.evaluate(() => window.generateTimeline({ count: 10_000 }));
      await page.close();
      return data;
    })(),
  );
  console.log(`the 10,000 events as JSON: ${kb(Buffer.byteLength(sample))}, ${kb(gzipSync(sample, { level: 9 }).length)} gzip -9`);

  // What a page with one timeline actually fetched from dist/, lazy chunks included, each weighed at gzip -9.
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  const fetched = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/dist/') && response.ok()) fetched.add(path.slice('/dist/'.length));
  });
  await page.goto(`${origin}/one-timeline.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('ahrca-timeline')?.shadowRoot?.querySelector('[part~="event"]'));
  await page.close();
  const files = [...fetched].sort();
  const total = totalOf(files.map(fileSizes));
  console.log(`a page with one timeline (the Andijan demo, inline) fetched ${files.length} files: ${kb(total.raw)}, ${kb(total.gzip)} gzip -9`);
  console.log(`  ${files.map((file) => `dist/${file}`).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}

// Issue #22's blind design jury: screenshots of <ahrca-timeline> and TimelineJS3 3.9.11 on the same
// story, demo/data/timeline-andijan.timelinejs.json read unchanged by both, for the jurors to score.
//
//   npm run build && node scripts/jury-shots.mjs <folder>
//
// Writes 16 PNGs to <folder>: `ours-<size>-<first|action>-<img|noimg>.png` and `tjs-…` likewise, at
// 1280×800 and 375×667 (a phone: touch, 2 device pixels per CSS pixel), light, English. "first" is
// the first screen; "action" the screen after one reader action: ours scrolled one screen down,
// TimelineJS3 after a click on its next arrow. "noimg" is the same JSON with every `media` removed.
// Everything is served from 127.0.0.1 by bench-server.mjs (dist/, demo/media/, demo/data/ and
// TimelineJS3's own dist/ from node_modules); any other request is aborted, so no font or script
// comes from the network for either library.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage, startBenchServer } from './bench-server.mjs';
/* global window, document -- the evaluated functions run in the page */

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/jury-shots.mjs <folder>');
  process.exit(2);
}
const out = resolve(folder);
mkdirSync(out, { recursive: true });

const STORY = 'timeline-andijan.timelinejs.json';
const story = JSON.parse(readFileSync(new URL(`../demo/data/${STORY}`, import.meta.url), 'utf8'));
/** The same story without a single `media`: the title slide's, the events' and the eras'. */
function withoutMedia(value) {
  if (Array.isArray(value)) return value.map(withoutMedia);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'media')
      .map(([key, item]) => [key, withoutMedia(item)]),
  );
}
const DATA = { img: `/data/${STORY}`, noimg: '/data/jury-noimg.json' };

const head = (title) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`;
const ours = (data) => `${head('ours')}<style>body { margin: 0; background: #fff; }</style>
  <ahrca-timeline src="${data}" lang="en" theme="light"></ahrca-timeline>
  <script type="module" src="/dist/ahrca-widgets.js"></script>`;
// TimelineJS3 as its documentation embeds it, full screen: its CSS, its script, the data as an object.
const theirs = (data) => `${head('TimelineJS3')}<link rel="stylesheet" href="/tjs/css/timeline.css">
  <style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 100%; height: 100%; }</style>
  <div id="timeline-embed"></div>
  <script src="/tjs/js/timeline.js"></script>
  <script>fetch(${JSON.stringify(data)}).then((r) => r.json()).then((d) => { window.tl = new TL.Timeline('timeline-embed', d, { language: 'en', font: '/tjs/css/fonts/font.default.css' }); });</script>`;

const PAGES = {
  '/data/jury-noimg.json': JSON.stringify(withoutMedia(story)),
  '/ours-img.html': ours(DATA.img),
  '/ours-noimg.html': ours(DATA.noimg),
  '/tjs-img.html': theirs(DATA.img),
  '/tjs-noimg.html': theirs(DATA.noimg),
};

const SIZES = {
  1280: { width: 1280, height: 800, deviceScaleFactor: 1 },
  375: { width: 375, height: 667, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** Until every image in the document and in open shadow roots has loaded or failed. */
async function imagesSettled(page) {
  await page.waitForFunction(
    () => {
      const images = [...document.images];
      const walk = (root) =>
        root.querySelectorAll('*').forEach((el) => {
          if (el.shadowRoot) {
            images.push(...el.shadowRoot.querySelectorAll('img'));
            walk(el.shadowRoot);
          }
        });
      walk(document);
      return images.every((image) => image.complete);
    },
    { timeout: 10_000 },
  );
}

async function shoot(browser, origin, library, variant, size) {
  const { page, blocked } = await openPage(browser, origin, SIZES[size]);
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'no-preference' },
  ]);
  try {
    await page.goto(`${origin}/${library}-${variant}.html`, { waitUntil: 'load' });
    if (library === 'ours') {
      await page.waitForFunction(() => document.querySelector('ahrca-timeline')?.shadowRoot?.querySelector('article'), { timeout: 15_000 });
    } else {
      await page.waitForFunction(() => document.querySelector('.tl-slide-content'), { timeout: 15_000 });
    }
    await imagesSettled(page);
    await pause(800);
    await page.screenshot({ path: join(out, `${library}-${size}-first-${variant}.png`) });
    if (library === 'ours') {
      await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    } else {
      // Its next arrow; on a phone TimelineJS3 may hide it for a swipe, which moves to the same slide.
      await page.evaluate(() => document.querySelector('.tl-slidenav-next').click());
    }
    // TimelineJS3 slides for a second; our rows below the first screen render as they come into view.
    await pause(1600);
    await imagesSettled(page);
    await page.screenshot({ path: join(out, `${library}-${size}-action-${variant}.png`) });
    if (blocked.length > 0)
      console.log(`${library} ${variant} ${size}: ${blocked.length} request(s) to other origins aborted (${[...new Set(blocked)].join(', ')})`);
  } finally {
    await page.close();
  }
}

const browser = await launchBrowser();
if (!browser) {
  console.error('no Chromium found (CHROMIUM_PATH, /usr/bin/chromium)');
  process.exit(1);
}
const server = await startBenchServer(PAGES);
try {
  for (const library of ['ours', 'tjs']) {
    for (const variant of ['img', 'noimg']) {
      for (const size of [1280, 375]) await shoot(browser, server.origin, library, variant, size);
    }
  }
  writeFileSync(join(out, 'README.txt'), `Screenshots by scripts/jury-shots.mjs of ${STORY}, ${new Date().toISOString()}\n`);
  console.log(`16 screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}

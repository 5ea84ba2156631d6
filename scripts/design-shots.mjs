// Issue #22's after-screenshots for docs/design.md: <ahrca-timeline> on the Association's Andijan
// timeline (demo/data/timeline-andijan.json, in English and Russian), with the story's illustrations
// (demo/media) and the massacre marked `"importance": "key"`, at 375×667 and 1280×800, light and dark.
//
//   npm run build && node scripts/design-shots.mjs docs/images
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage, startBenchServer } from './bench-server.mjs';
/* global document, window -- the evaluated functions run in the page */

const out = resolve(process.argv[2] ?? 'docs/images');
mkdirSync(out, { recursive: true });

const timeline = JSON.parse(readFileSync(new URL('../demo/data/timeline-andijan.json', import.meta.url), 'utf8'));
const illustration = (file, en, ru) => ({
  kind: 'image',
  url: `../media/${file}`,
  alt: en,
  caption: { en, ru },
  credit: { en: 'Illustration for this demo', ru: 'Иллюстрация для демонстрации' },
});
const MEDIA = {
  'andijan-2005-05-13': illustration(
    'andijan-square.svg',
    'Babur Square, where the crowd had gathered since the morning.',
    'Площадь Бабура, где с утра собирались люди.',
  ),
  'eu-demands-investigation-2005': illustration('eu-investigation.svg', 'Brussels asks for independent experts.', 'Брюссель требует независимых экспертов.'),
  'brussels-rally-2011-01-24': illustration('brussels-rally.svg', 'Emigrants meet the visit with placards.', 'Эмигранты встречают визит плакатами.'),
  'euronews-interview-2016-09-03': illustration('euronews-studio.svg', 'The interview, the day after.', 'Интервью на следующий день.'),
};
for (const event of timeline.events) {
  if (MEDIA[event.id]) event.media = MEDIA[event.id];
  if (event.id === 'andijan-2005-05-13') event.importance = 'key';
}

const page = (lang, theme) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body { margin: 0; background: ${theme === 'dark' ? '#16181d' : '#fff'}; }</style>
  <ahrca-timeline src="/data/design.json" theme="${theme}" navigator></ahrca-timeline>
  <script type="module" src="/dist/ahrca-widgets.js"></script>`;
const PAGES = { '/data/design.json': JSON.stringify(timeline) };
for (const lang of ['en', 'ru', 'kk']) for (const theme of ['light', 'dark']) PAGES[`/${lang}-${theme}.html`] = page(lang, theme);

const SIZES = { 375: { width: 375, height: 667, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, 1280: { width: 1280, height: 800 } };

const browser = await launchBrowser();
const server = await startBenchServer(PAGES);
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const lang of ['en', 'ru', 'kk']) {
      for (const theme of ['light', 'dark']) {
        const { page: tab } = await openPage(browser, server.origin, viewport);
        await tab.goto(`${server.origin}/${lang}-${theme}.html`, { waitUntil: 'load' });
        await tab.waitForFunction(() => document.querySelector('ahrca-timeline')?.shadowRoot?.querySelector('article img'), { timeout: 15_000 });
        await new Promise((done) => setTimeout(done, 800));
        await tab.screenshot({ path: join(out, `after-timeline-${size}-${theme}-${lang}.png`) });
        // One screen down: the years between the events, the line, the next chapter.
        await tab.evaluate(() => window.scrollBy(0, window.innerHeight * 1.5));
        await new Promise((done) => setTimeout(done, 800));
        await tab.screenshot({ path: join(out, `after-timeline-${size}-${theme}-${lang}-scrolled.png`) });
        await tab.close();
      }
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}

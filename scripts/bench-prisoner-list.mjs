#!/usr/bin/env node
// Part of `npm run bench`: <ahrca-prisoner-list> with 2,000 people in headless Chromium, from the
// built dist/. Times what a reader does (data arrives, typing a search, a filter, scrolling to the
// end, opening a person) and counts the long tasks (> 50 ms) each causes, at full speed and with
// the CPU slowed 4× like a mid-range phone. Prints a table; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
/* global document, window, requestAnimationFrame, InputEvent -- the measured code runs inside the page */
import puppeteer from 'puppeteer-core';

const PEOPLE = 2000;
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!chromium) {
  console.log('prisoner-list bench skipped: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  process.exit(0);
}

const dist = new URL('../dist/', import.meta.url);
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<body><ahrca-prisoner-list></ahrca-prisoner-list><script type="module" src="/prisoner-list.js"></script></body></html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  const file = new URL(`.${path}`, dist);
  if (!file.href.startsWith(dist.href) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Runs in the page: each step's time and the long tasks it caused. */
async function measure(count) {
  const statuses = [
    'detained',
    'pretrial-detention',
    'house-arrest',
    'psychiatric-detention',
    'released',
    'released-under-supervision',
    'in-exile',
    'disappeared',
    'died-in-custody',
    'unknown',
  ];
  const people = Array.from({ length: count }, (_, index) => ({
    id: `person-${index}`,
    name: { 'uz-Latn': `Namuna Odamov ${index}`, 'uz-Cyrl': `Намуна Одамов ${index}`, ru: `Намуна Одамов ${index}`, en: `Namuna Odamov ${index}` },
    aliases: [`Namouna Odamov ${index}`],
    gender: index % 2 ? 'female' : 'male',
    status: statuses[index % statuses.length],
    occupation: { en: 'Schoolteacher', ru: 'Учитель' },
    region: { en: 'Andijan region', ru: 'Андижанская область' },
    arrested: '2016-09-20',
    charges: [{ article: '159(4)', label: { en: 'Attempt to overthrow the constitutional order', ru: 'Посягательство на конституционный строй' } }],
    sentence: { term: '12 years', start: '2016-09-20', end: '2031-09-20' },
    place: { name: 'Penal colony No. 00/00', address: 'Example region\nExample town' },
    summary: 'A schoolteacher who supported the demand for an **international investigation**.',
    sources: [{ title: 'Verdict', url: 'https://example.org/verdict' }],
  }));
  const list = document.querySelector('ahrca-prisoner-list');
  await window.customElements.whenDefined('ahrca-prisoner-list');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const results = [];
  const step = async (name, work) => {
    const tasks = [];
    const observer = new PerformanceObserver((entries) => tasks.push(...entries.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    await work();
    await list.updateComplete;
    await frame();
    const time = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    results.push({ name, time, long: tasks.length, worst: Math.max(0, ...tasks) });
  };
  const root = list.shadowRoot;
  await step(`data arrives (${count} people): validate, index, first tiles`, () => {
    list.data = { people };
  });
  const tilesShown = () => root.querySelectorAll('[part~="tile"]').length;
  results.at(-1).name += ` → ${tilesShown()} tiles`;
  await step('type "одамов 19" (10 keystrokes, a frame each)', async () => {
    const input = root.querySelector('input');
    for (const character of 'одамов 19') {
      input.value += character;
      input.dispatchEvent(new InputEvent('input'));
      await frame();
    }
  });
  await step('clear the search', async () => {
    const input = root.querySelector('input');
    input.value = '';
    input.dispatchEvent(new InputEvent('input'));
  });
  await step('toggle the "Released" filter', () => root.querySelectorAll('[part~="filter"]')[4].click());
  await step('untoggle it', () => root.querySelectorAll('[part~="filter"]')[4].click());
  await step('scroll to the end, tiles added on the way', async () => {
    while (root.querySelector('[part~="more"]')) {
      root.querySelector('[part~="more"]').scrollIntoView();
      await frame();
    }
  });
  results.at(-1).name += ` → ${tilesShown()} tiles`;
  await step('open the last person', async () => {
    root.querySelector('a[href="#person-1999"]').click();
    while (!root.querySelector('dialog ahrca-prisoner-card')?.shadowRoot?.querySelector('[part~="facts"]')) await frame();
  });
  return results;
}

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const slowdown of [1, 4]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 900 });
    if (slowdown > 1) await tab.emulateCPUThrottling(slowdown);
    await tab.goto(origin);
    const rows = await tab.evaluate(measure, PEOPLE);
    console.log(`\n<ahrca-prisoner-list>, ${PEOPLE} people, CPU ${slowdown === 1 ? 'at full speed' : `slowed ${slowdown}×`} (long task: > 50 ms)`);
    const width = Math.max(...rows.map((row) => row.name.length));
    console.log(`${'step'.padEnd(width)}  ${'time'.padStart(9)}  long tasks  worst`);
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(width)}  ${`${row.time.toFixed(0)} ms`.padStart(9)}  ${String(row.long).padStart(10)}  ${`${row.worst.toFixed(0)} ms`.padStart(6)}`,
      );
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

#!/usr/bin/env node
// Part of `npm run bench` (issue #20): <ahrca-prisoner-list> reading the same 2,000 people from a
// JSON file and from a CSV file with the columns docs/data-format.md names, in headless Chromium,
// from the built dist/. Times `src` set → `ahrca-load` (fetch, parse, check, first tiles; the CSV's
// reader is downloaded on the way, as a reader's browser would), the median of several fresh
// pages, at full speed and with the CPU slowed 4×. The target: CSV within 2× of JSON. Prints a
// table; asserts nothing.
/* global document, customElements -- the measured code runs inside the page */
import { median } from './bench-report.mjs';
import { launchBrowser, startBenchServer } from './bench-server.mjs';

const PEOPLE = 2000;
const RUNS = 7;
const browser = await launchBrowser();
if (!browser) {
  console.log('people CSV bench skipped: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  process.exit(0);
}

const STATUSES = [
  'detained',
  'pretrial-detention',
  'house-arrest',
  'psychiatric-detention',
  'released',
  'released-under-supervision',
  'in-exile',
  'disappeared',
];

/** One person, as the JSON format writes it and as the spreadsheet's columns hold it. */
function person(index) {
  const status = STATUSES[index % STATUSES.length];
  const json = {
    id: `person-${index}`,
    name: { 'uz-Latn': `Namuna Odamov ${index}`, 'uz-Cyrl': `Намуна Одамов ${index}`, ru: `Намуна Одамов ${index}`, en: `Namuna Odamov ${index}` },
    aliases: [`Namouna Odamov ${index}`, `Namuna Odamova ${index}`],
    gender: index % 2 ? 'female' : 'male',
    status,
    occupation: { en: 'Schoolteacher', ru: 'Учитель' },
    region: { en: 'Andijan region', ru: 'Андижанская область' },
    arrested: '2016-09-20',
    charges: [
      { article: '159(4)', label: { en: 'Attempt to overthrow the constitutional order', ru: 'Посягательство на конституционный строй' } },
      { article: '244-1', label: { en: 'Spreading threatening material', ru: 'Распространение материалов, угрожающих безопасности' } },
    ],
    sentence: { term: '12 years', start: '2016-09-20', end: '2031-09-20' },
    place: { name: 'Penal colony No. 00/00', address: 'Example region\nExample town' },
    summary: 'A schoolteacher who supported the demand for an **international investigation**.',
    sources: [{ title: 'Verdict', url: 'https://example.org/verdict' }],
  };
  const cells = {
    id: json.id,
    'name.uz-Latn': json.name['uz-Latn'],
    'name.uz-Cyrl': json.name['uz-Cyrl'],
    'name.ru': json.name.ru,
    'name.en': json.name.en,
    aliases: json.aliases.join('; '),
    gender: json.gender,
    status,
    'occupation.en': 'Schoolteacher',
    'occupation.ru': 'Учитель',
    'region.en': 'Andijan region',
    'region.ru': 'Андижанская область',
    arrested: json.arrested,
    'charges.article': json.charges.map((charge) => charge.article).join(';'),
    'charges.label.en': json.charges.map((charge) => charge.label.en).join(';'),
    'charges.label.ru': json.charges.map((charge) => charge.label.ru).join(';'),
    'sentence.term': json.sentence.term,
    'sentence.start': json.sentence.start,
    'sentence.end': json.sentence.end,
    'place.name': json.place.name,
    'place.address': json.place.address,
    summary: json.summary,
    'sources.title': 'Verdict',
    'sources.url': 'https://example.org/verdict',
  };
  return { json, cells };
}

const people = Array.from({ length: PEOPLE }, (_, index) => person(index));
const quote = (cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const columns = Object.keys(people[0].cells);
const bodies = {
  '/data/people.json': JSON.stringify({ people: people.map(({ json }) => json) }),
  '/data/people.csv': [columns, ...people.map(({ cells }) => columns.map((column) => cells[column]))].map((row) => row.map(quote).join(',')).join('\r\n'),
};
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<body><ahrca-prisoner-list no-saved-copy></ahrca-prisoner-list><script type="module" src="/dist/prisoner-list.js"></script></body></html>`;
const server = await startBenchServer({ ...bodies, '/people-csv.html': page });

/** Runs in the page: `src` set → `ahrca-load`, and how many tiles show then. */
async function load(src) {
  const list = document.querySelector('ahrca-prisoner-list');
  await customElements.whenDefined('ahrca-prisoner-list');
  const start = performance.now();
  const loaded = new Promise((resolve, reject) => {
    list.addEventListener('ahrca-load', resolve, { once: true });
    list.addEventListener('ahrca-error', (event) => reject(new Error(event.detail.message)), { once: true });
  });
  list.src = src;
  await loaded;
  return { time: performance.now() - start, tiles: list.shadowRoot.querySelectorAll('[part~="tile"]').length };
}

try {
  console.log(
    `\n<ahrca-prisoner-list>, ${PEOPLE} people from JSON (${(bodies['/data/people.json'].length / 1024).toFixed(0)} KB) and from CSV (${(bodies['/data/people.csv'].length / 1024).toFixed(0)} KB): src → ahrca-load, median of ${RUNS} fresh pages`,
  );
  for (const slowdown of [1, 4]) {
    const times = { json: [], csv: [] };
    let tiles = {};
    for (let run = 0; run < RUNS; run++) {
      for (const kind of run % 2 ? ['csv', 'json'] : ['json', 'csv']) {
        const tab = await browser.newPage();
        await tab.setViewport({ width: 1200, height: 900 });
        if (slowdown > 1) await tab.emulateCPUThrottling(slowdown);
        await tab.goto(`${server.origin}/people-csv.html`);
        const result = await tab.evaluate(load, `/data/people.${kind}`);
        times[kind].push(result.time);
        tiles = { ...tiles, [kind]: result.tiles };
        await tab.close();
      }
    }
    const json = median(times.json);
    const csv = median(times.csv);
    console.log(
      `CPU ${slowdown === 1 ? 'at full speed' : `slowed ${slowdown}×`}: JSON ${json.toFixed(0)} ms, CSV ${csv.toFixed(0)} ms → ${(csv / json).toFixed(2)}× (target ≤ 2×); tiles shown ${tiles.json} / ${tiles.csv}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

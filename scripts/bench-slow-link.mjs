#!/usr/bin/env node
// Part of `npm run bench` (issue #17), or alone after `npx vite build`: `node scripts/bench-slow-link.mjs`.
// Readers on phones behind VPNs: every page loaded cold (a fresh incognito context, no cache) over
// an emulated link, 300 ms round trips at 1 Mbit/s, then 100 ms at 10 Mbit/s. For each page: the
// time from navigation start to the first content painted (the frame in which the widget's text
// is in the DOM), the requests it makes, the bytes they carry, and how many requests wait on one
// another after the HTML (the chain depth). Each widget is loaded as a partner pastes it, with the
// plain snippet and with the builder's, beside its floor: a page that fetches the same data with
// an inline script and writes it out, HTML + data, the least any widget can take.
// BENCH_RUNS=3 (default) runs per page; BENCH_SLOW_VERBOSE=1 lists one run's requests per timeline page;
// `--json` prints every figure as JSON on stdout, the tables on stderr.
/* global window, document, requestAnimationFrame -- watchFirstContent runs in the page */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { asJson, kb, median, ms, printTable, say } from './bench-report.mjs';
import { importTypeScript, launchBrowser, openPage, startBenchServer } from './bench-server.mjs';
import { toTimelineJs } from './bench-to-timelinejs.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * Pages loading at once, each in its own context with its own emulated link: a load mostly waits
 * on the link, and one page at a time takes about 8 minutes. BENCH_SLOW_PARALLEL=1 for one at a time.
 */
const PARALLEL = Number(process.env.BENCH_SLOW_PARALLEL ?? 3);
const VERBOSE = process.env.BENCH_SLOW_VERBOSE === '1';
/** BENCH_SLOW_PAGES=banner-en-builder,…: only these pages (and their floors), to look at one closely. */
const ONLY = process.env.BENCH_SLOW_PAGES?.split(',').filter(Boolean);
/** BENCH_SLOW_CPU=1: the main thread's busiest functions before the first content, per page (first run). */
const CPU = process.env.BENCH_SLOW_CPU === '1';
const VIEWPORT = { width: 375, height: 667 };
const CONTENT_TIMEOUT_MS = 30_000;
/** After the first content, the page is done once no request has been in flight for this long. */
const QUIET_MS = 500;
const EVENTS = 100;

/** Throughput in bytes per second, the same up and down. */
const PROFILES = [
  { name: '300 ms, 1 Mbit/s', latency: 300, throughput: 1e6 / 8 },
  { name: '100 ms, 10 Mbit/s', latency: 100, throughput: 10e6 / 8 },
];

const TARGETS = { ofTimelineJs: 0.6, plain: { ofFloor: 1.75, depth: 3 }, builder: { ofFloor: 1.25, depth: 2 }, noTagRequests: 2 };

/** The data as partners link it; the timeline's is generated as for bench-timeline.mjs. */
const DATA = {
  timeline: '/data/bench-timeline.json',
  timelineJs: '/data/bench-timeline.timelinejs.json',
  appeal: '/data/appeal-andijan-investigation.json',
  prisoners: '/data/prisoners.json',
};

/**
 * Runs in the page from its first script on: every frame, whether `kind`'s content is in the DOM;
 * `window.__firstContent` is performance.now() in the first frame that has it (close enough to its
 * paint), in milliseconds since navigation start.
 */
function watchFirstContent(kind) {
  const inShadow = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);
  const hasText = (node) => Boolean(node?.textContent.trim());
  const shown = {
    // The first event's text, formatted: it shows once the text engine is in.
    timeline: () => hasText(inShadow('ahrca-timeline', '[part~="event"] [part~="text"]')),
    banner: () => hasText(inShadow('ahrca-appeal-banner', '[part~="summary"]')),
    card: () => hasText(inShadow('ahrca-prisoner-card', '[part~="summary"]')),
    list: () => Boolean(inShadow('ahrca-prisoner-list', '[part~="tile"]')),
    // TimelineJS3 opens on its title slide (the timeline's headline and description), which is
    // what a reader sees first: a slide's headline with text, laid out on screen (its slider
    // holds every slide side by side, the current one in view).
    timelinejs: () =>
      [...document.querySelectorAll('.tl-slide .tl-headline')].some((node) => {
        const box = node.getBoundingClientRect();
        return hasText(node) && box.width > 0 && box.right > 0 && box.left < window.innerWidth;
      }),
    floor: () => hasText(document.getElementById('floor')),
  }[kind];
  const onFrame = () => {
    if (shown()) window.__firstContent = performance.now();
    else requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

const head = (title) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`;
const partnerText = "<p>A partner's article, with a widget below its first paragraph, as it is pasted into a page.</p>";

/** HTML + data: an inline script fetches the data, reads it and writes the start of it out. */
const floorPage = (url) => `${head('floor')}<body>${partnerText}<div id="floor"></div>
<script>fetch(${JSON.stringify(url)}).then((response) => response.text()).then((text) => {
  JSON.parse(text);
  document.getElementById('floor').textContent = text.slice(0, 400);
});</script>`;

/** The loader and the element, as the README shows it. */
const plainPage = (markup) => `${head('plain')}<body>${partnerText}
<script type="module" src="/dist/ahrca-widgets.js"></script>
${markup}`;

/** TimelineJS3 as its documentation embeds it: its CSS and script in the head, the container, the call with the JSON's URL. */
const timelineJsPage = (url) => `${head('TimelineJS3')}
<link title="timeline-styles" rel="stylesheet" href="/tjs/css/timeline.css">
<script src="/tjs/js/timeline.js"></script>
<body>${partnerText}<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
  // script_path: its language file and font CSS come from our server, as they would from its CDN.
  window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(url)}, { script_path: location.origin + '/tjs/js/' });
</script>`;

/**
 * The builder's script snippet (demo/builder/snippets.ts) for one widget, and each widget's tag by
 * the builder's key for it. The snippet goes into the body whole, as a partner pastes it, even
 * parts of it meant for the head.
 */
async function builder() {
  const { scriptSnippet, EMBED_WIDGETS, preloadFiles, readFileMap } = await importTypeScript(
    "export { scriptSnippet } from './demo/builder/snippets.ts';\nexport { EMBED_WIDGETS } from './src/embed/embed-params.ts';\n" +
      "export { preloadFiles, readFileMap } from './demo/builder/preloads.ts';\n",
  );
  const distFile = (name) => {
    const url = new URL(`../dist/${name}`, import.meta.url);
    return existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : undefined;
  };
  const files = readFileMap(distFile('files.json'));
  // Everything in a WidgetSetup but the widget, its attributes and its preload hints, which the
  // builder takes from dist/files.json and its check of the data (`check`: the data as read, and
  // whether it was TimelineJS3's), as here.
  const setup = {
    cdnBase: '/dist/',
    integrity: distFile('sri.json') ?? {},
    fallbackHtml: '',
    embedPage: 'http://127.0.0.1/embed.html',
    title: 'x',
  };
  const tagOf = (widget) => EMBED_WIDGETS[widget].tag;
  const snippet = (widget, attributes, check) => {
    const values = new Map(attributes);
    const preload = { files: files ? preloadFiles(files, tagOf(widget), values.get('lang') ?? '', check) : [], data: values.get('src') };
    return scriptSnippet({ ...setup, widget, attributes, preload });
  };
  return { snippet, tagOf };
}

/** Every page measured: `content` says what counts as shown, `floor` which floor page it is held to, `kind` its targets. */
/** `served`: the generated data files by path, which the builder's check of the data would read. */
async function benchPages(served) {
  const { snippet, tagOf } = await builder();
  const widgets = [
    { name: 'timeline', widget: 'timeline', data: 'timeline', attributes: [] },
    { name: 'banner', widget: 'appeal-banner', data: 'appeal', attributes: [] },
    { name: 'card', widget: 'prisoner-card', data: 'prisoners', attributes: [['person', 'example-misol-xatova']] },
    { name: 'list', widget: 'prisoner-list', data: 'prisoners', attributes: [] },
  ];
  const element = (tag, attributes) => `<${tag}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`;
  const pages = [
    { id: 'floor-timeline', label: 'floor, timeline data', html: floorPage(DATA.timeline), content: 'floor', floor: 'floor-timeline', kind: 'floor' },
    { id: 'floor-timelinejs', label: 'floor, TimelineJS3 data', html: floorPage(DATA.timelineJs), content: 'floor', floor: 'floor-timelinejs', kind: 'floor' },
    { id: 'timelinejs', label: 'TimelineJS3', html: timelineJsPage(DATA.timelineJs), content: 'timelinejs', floor: 'floor-timelinejs', kind: 'theirs' },
    {
      id: 'timeline-tjs-plain',
      label: 'ours, timeline, TimelineJS3 JSON, plain',
      html: plainPage(element('ahrca-timeline', [['src', DATA.timelineJs]])),
      content: 'timeline',
      floor: 'floor-timelinejs',
      kind: 'oursOnTimelineJs',
    },
  ];
  for (const { name, widget, data, attributes } of widgets) {
    const tag = tagOf(widget);
    for (const lang of ['en', 'ru']) {
      const all = [['src', DATA[data]], ['lang', lang], ...attributes];
      const common = { content: name, floor: `floor-${data}` };
      pages.push({ id: `${name}-${lang}-plain`, label: `ours, ${name}, ${lang}, plain`, html: plainPage(element(tag, all)), kind: 'plain', ...common });
      const check = data === 'timeline' ? { value: JSON.parse(served[DATA.timeline]), timelineJs: false } : undefined;
      const builderHtml = `${head('builder')}<body>${partnerText}\n${snippet(widget, all, check)}`;
      pages.push({ id: `${name}-${lang}-builder`, label: `ours, ${name}, ${lang}, builder`, html: builderHtml, kind: 'builder', ...common });
    }
  }
  pages.push({ id: 'floor-appeal', label: 'floor, appeal data', html: floorPage(DATA.appeal), content: 'floor', floor: 'floor-appeal', kind: 'floor' });
  pages.push({
    id: 'floor-prisoners',
    label: 'floor, prisoners data',
    html: floorPage(DATA.prisoners),
    content: 'floor',
    floor: 'floor-prisoners',
    kind: 'floor',
  });
  pages.push({ id: 'no-tag', label: 'page with no ahrca tag', html: plainPage(''), kind: 'noTag' });
  if (!ONLY) return pages;
  const wanted = pages.filter((page) => ONLY.includes(page.id));
  const needed = new Set(wanted.flatMap((page) => [page.id, page.floor, page.kind === 'oursOnTimelineJs' ? 'timelinejs' : undefined]));
  return pages.filter((page) => needed.has(page.id));
}

/**
 * Every request to our server, from the CDP events: sent and finished (CDP seconds), bytes on the
 * wire. Not the tab's icon (`/favicon.ico`): the browser asks for it, not the page.
 */
function recordRequests(cdp, origin) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, timestamp, request }) => {
    if (request.url.startsWith(`${origin}/`) && new URL(request.url).pathname !== '/favicon.ico') {
      requests.set(requestId, { url: request.url, sent: timestamp, finished: undefined, bytes: 0, headerBytes: 0, bodyBytes: 0, failed: false });
    }
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = requests.get(requestId);
    if (entry) Object.assign(entry, { headerBytes: response.encodedDataLength, bodyBytes: Number(response.headers['content-length'] ?? 0) });
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) Object.assign(entry, { finished: timestamp, bytes: encodedDataLength });
  });
  // A body read to its end through a stream reader (our data source does) is reported as
  // cancelled when its completion reaches the browser after the reader closed, which network
  // emulation makes the rule: it did arrive whole, its headers and the Content-Length our server sends.
  cdp.on('Network.loadingFailed', ({ requestId, timestamp, errorText, canceled }) => {
    const entry = requests.get(requestId);
    if (entry)
      Object.assign(entry, { finished: timestamp, failed: `${errorText}${canceled ? ', cancelled' : ''}`, bytes: entry.headerBytes + entry.bodyBytes });
  });
  return requests;
}

/**
 * Each request's depth in the chain: the HTML 0, any other 1 + the deepest of the requests that
 * had finished before it was sent (1 when none had).
 */
function withDepths(requests) {
  const sorted = [...requests].sort((a, b) => a.sent - b.sent);
  sorted.forEach((request, index) => {
    const before = sorted.slice(0, index).filter((earlier) => earlier.finished !== undefined && earlier.finished <= request.sent);
    request.depth = index === 0 ? 0 : 1 + Math.max(0, ...before.map((earlier) => earlier.depth));
  });
  return sorted;
}

async function whenQuiet(requests) {
  const inFlight = () => [...requests.values()].some((request) => request.finished === undefined);
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS && Date.now() - start < CONTENT_TIMEOUT_MS) {
    if (inFlight()) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Self time by function in a CPU profile (to the first content), the busiest first. */
function busiest(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${new URL(url, 'https://x').pathname.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  const idle = new Set(['(idle)', '(program)', '(root)']);
  const busy = [...self].filter(([key]) => !idle.has(key)).sort((a, b) => b[1] - a[1]);
  return { total: busy.reduce((sum, [, time]) => sum + time, 0), top: busy.slice(0, 20) };
}

/** One cold load of `page` over `profile`. */
async function loadOnce(browser, origin, page, profile) {
  const context = await browser.createBrowserContext();
  try {
    const { page: tab, blocked, cdp } = await openPage(context, origin, VIEWPORT, { interception: false });
    const requests = recordRequests(cdp, origin);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.throughput,
      uploadThroughput: profile.throughput,
    });
    if (page.content) await tab.evaluateOnNewDocument(watchFirstContent, page.content);
    if (CPU) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await tab.goto(`${origin}/slow/${page.id}.html`, { waitUntil: page.content ? 'domcontentloaded' : 'load', timeout: CONTENT_TIMEOUT_MS });
    let firstContent;
    if (page.content) {
      await tab.waitForFunction(() => window.__firstContent !== undefined, { timeout: CONTENT_TIMEOUT_MS });
      firstContent = await tab.evaluate(() => window.__firstContent);
    }
    const cpu = CPU ? busiest((await cdp.send('Profiler.stop')).profile) : undefined;
    await whenQuiet(requests);
    const navigationStart = Math.min(...[...requests.values()].map((request) => request.sent));
    const all = withDepths(requests.values()).map((request) => ({
      path: new URL(request.url).pathname,
      sentAt: (request.sent - navigationStart) * 1000,
      finishedAt: request.finished === undefined ? undefined : (request.finished - navigationStart) * 1000,
      bytes: request.bytes,
      failed: request.failed,
      depth: request.depth,
    }));
    // The chain that can hold up the first content: the requests sent before it.
    const beforeContent = firstContent === undefined ? all : all.filter((request) => request.sentAt <= firstContent);
    const urls = all.map((request) => request.path);
    return {
      firstContent,
      requests: all.length,
      depth: Math.max(...beforeContent.map((request) => request.depth)),
      bytes: all.reduce((sum, request) => sum + request.bytes, 0),
      fetchedTwice: urls.filter((url, index) => urls.indexOf(url) !== index),
      blocked: [...blocked],
      waterfall: all,
      cpu,
    };
  } finally {
    await context.close();
  }
}

function summarise(runs) {
  const pick = (key) => (runs[0][key] === undefined ? undefined : median(runs.map((run) => run[key])));
  return {
    firstContent: pick('firstContent'),
    requests: pick('requests'),
    depth: pick('depth'),
    bytes: pick('bytes'),
    fetchedTwice: [...new Set(runs.flatMap((run) => run.fetchedTwice))],
    blocked: [...new Set(runs.flatMap((run) => run.blocked))],
    runs: runs.map(({ waterfall: _, cpu: __, ...run }) => run),
    cpu: runs[0].cpu,
    /** Every request of the first run, with its depth. */
    waterfall: runs[0].waterfall,
  };
}

/** What the row is held to, each target with whether it is met. */
function targetsOf(page, result, results) {
  const floor = results[page.floor]?.firstContent;
  const within = (limit, of) => ({ what: `≤ ${limit}×`, met: result.firstContent <= limit * of });
  switch (page.kind) {
    case 'oursOnTimelineJs':
      return [
        { ...within(TARGETS.ofTimelineJs, results.timelinejs.firstContent), what: `≤ ${TARGETS.ofTimelineJs}× TimelineJS3` },
        { what: `depth ≤ ${TARGETS.plain.depth}`, met: result.depth <= TARGETS.plain.depth },
      ];
    case 'plain':
    case 'builder':
      return [
        { ...within(TARGETS[page.kind].ofFloor, floor), what: `≤ ${TARGETS[page.kind].ofFloor}× floor` },
        { what: `depth ≤ ${TARGETS[page.kind].depth}`, met: result.depth <= TARGETS[page.kind].depth },
      ];
    case 'noTag':
      return [{ what: `${TARGETS.noTagRequests} requests`, met: result.requests === TARGETS.noTagRequests }];
    default:
      return [];
  }
}

function printProfile(profile, pages, results, protocol) {
  say(`\nslow link, ${profile.name} up and down, ${protocol}, ${VIEWPORT.width}×${VIEWPORT.height}, cold loads, median of ${RUNS} runs`);
  printTable(
    ['page', 'first content', '× floor', 'requests', 'depth', 'transferred', 'target'],
    pages.map((page) => {
      const result = results[page.id];
      const floor = results[page.floor]?.firstContent;
      return [
        page.label,
        result.firstContent === undefined ? '—' : ms(result.firstContent),
        result.firstContent === undefined || !floor ? '—' : `${(result.firstContent / floor).toFixed(2)}×`,
        result.requests,
        result.depth,
        kb(result.bytes),
        result.targets.map((target) => `${target.what} ${target.met ? 'met' : 'NOT MET'}`).join(', ') || '—',
      ];
    }),
  );
  say(
    `requests and transferred: all the page fetched until nothing was in flight for ${QUIET_MS} ms; depth: the longest chain among the requests sent before the first content`,
  );
  const twice = pages.filter((page) => results[page.id].fetchedTwice.length > 0);
  for (const page of twice) say(`${page.label} fetched twice: ${results[page.id].fetchedTwice.join(', ')}`);
  const blocked = [...new Set(pages.flatMap((page) => results[page.id].blocked))];
  say(
    `requests to other hosts, blocked (not counted): ${blocked.length ? blocked.map((url) => new URL(url).host + new URL(url).pathname).join(', ') : 'none'}`,
  );
  if (CPU) {
    for (const page of pages.filter((entry) => results[entry.id].cpu)) {
      const { total, top } = results[page.id].cpu;
      say(`\n${page.label}: ${ms(total)} of JavaScript and its compilation before the first content (one run), the busiest functions:`);
      for (const [name, time] of top) say(`  ${ms(time).padStart(8)}  ${name}`);
    }
  }
  if (!VERBOSE) return;
  for (const page of pages.filter((entry) => (ONLY ? entry.kind !== 'floor' : ['timeline', 'timelinejs'].includes(entry.content)))) {
    say(`\n${page.label}: requests of one run (sent → finished, ms after navigation start; first content at ${ms(results[page.id].runs[0].firstContent)})`);
    for (const request of results[page.id].waterfall) {
      const finished = request.finishedAt === undefined ? 'pending' : Math.round(request.finishedAt);
      const times = `${String(Math.round(request.sentAt)).padStart(5)} → ${String(finished).padStart(5)}`;
      say(`  depth ${request.depth}  ${times}  ${kb(request.bytes).padStart(9)}  ${request.path}${request.failed ? ` (failed: ${request.failed})` : ''}`);
    }
  }
}

/** The generated timeline, as ours reads it and as TimelineJS3 JSON, served as data files. */
async function generatedData() {
  const { generateTimeline } = await importTypeScript("export { generateTimeline } from './demo/generate-timeline.ts';\n");
  const timeline = generateTimeline({ count: EVENTS, mediaBase: '/media/' });
  return { [DATA.timeline]: JSON.stringify(timeline), [DATA.timelineJs]: JSON.stringify(toTimelineJs(timeline)) };
}

export async function benchSlowLink(browser) {
  const data = await generatedData();
  const pages = await benchPages(data);
  const served = { ...data, ...Object.fromEntries(pages.map((page) => [`/slow/${page.id}.html`, page.html])) };
  // HTTP/2, as the CDN partners load us from serves it; BENCH_HTTP1=1 for HTTP/1.1's six connections.
  const server = await startBenchServer(served, { http2: process.env.BENCH_HTTP1 !== '1' });
  const profiles = [];
  try {
    for (const profile of PROFILES) {
      const runs = Object.fromEntries(pages.map((page) => [page.id, []]));
      // Page after page within a run, so that a slower minute of the machine falls on every page.
      const queue = Array.from({ length: RUNS }, () => pages).flat();
      const worker = async () => {
        for (let page = queue.shift(); page; page = queue.shift()) runs[page.id].push(await loadOnce(browser, server.origin, page, profile));
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const results = Object.fromEntries(pages.map((page) => [page.id, summarise(runs[page.id])]));
      for (const page of pages) results[page.id].targets = targetsOf(page, results[page.id], results);
      printProfile(profile, pages, results, server.origin.startsWith('https:') ? 'HTTP/2' : 'HTTP/1.1');
      profiles.push({
        ...profile,
        pages: pages.map(({ id, label, kind, floor }) => ({ id, label, kind, floor, ...results[id] })),
      });
    }
  } finally {
    await server.close();
  }
  return { viewport: VIEWPORT, runs: RUNS, events: EVENTS, targets: TARGETS, profiles };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await launchBrowser();
  if (!browser) {
    say('Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
    process.exitCode = 1;
  } else {
    try {
      const report = await benchSlowLink(browser);
      if (asJson) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } finally {
      await browser.close();
    }
  }
}

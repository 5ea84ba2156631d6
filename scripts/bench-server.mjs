// Part of `npm run bench`: everything the bench pages load, served from 127.0.0.1 and nowhere else —
// dist/, the demo's placeholder images, TimelineJS3's own dist from node_modules, and the data —
// gzip'd, as a CDN serves text, to every browser that accepts it.
// `openPage` gives a puppeteer page that aborts any request to another origin and counts it, and
// records what the page fetched, so each figure is what a reader's browser would download;
// `launchBrowser` the headless Chromium the benches run in.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('../', import.meta.url);
const FOLDERS = {
  dist: 'dist/',
  media: 'demo/media/',
  data: 'demo/data/',
  tjs: 'node_modules/@knight-lab/timelinejs/dist/',
};
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.html': 'text/html',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** `contents`, a TypeScript module whose imports are relative to the project's root, bundled into one ES module's text. */
async function bundle(contents, platform) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(root), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform,
    target: platform === 'node' ? 'node20' : 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The generator and the TimelineJS3 converter, bundled for the page: `window.benchData`. */
function bundleBenchData() {
  return bundle(
    "import { generateTimeline } from './demo/generate-timeline.ts';\n" +
      "import { toTimelineJs, withHtmlText } from './scripts/bench-to-timelinejs.mjs';\n" +
      'window.benchData = { generateTimeline, toTimelineJs, withHtmlText };\n',
    'browser',
  );
}

/**
 * The project's TypeScript (demo/, src/) in Node: `contents` re-exports what the bench needs,
 * e.g. `export { scriptSnippet } from './demo/builder/snippets.ts'`; bundled, then imported.
 */
export async function importTypeScript(contents) {
  const code = await bundle(contents, 'node');
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function staticFile(path) {
  const [, folder, rest] = /^\/(\w+)\/([\w./-]+)$/.exec(path) ?? [];
  if (!FOLDERS[folder] || rest.split('/').includes('..')) return undefined;
  const file = new URL(`${FOLDERS[folder]}${rest}`, root);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/**
 * Headless Chromium for the benches (`CHROMIUM_PATH`, or the system's), or undefined when there is
 * none. Nothing in the background: no component updates, no requests of its own.
 */
export function launchBrowser() {
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
  if (!chromium) return undefined;
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // The HTTP/2 bench server's certificate is its own (startBenchServer).
    acceptInsecureCerts: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    // TimelineJS3 takes minutes over 10,000 events on a busy machine: longer than puppeteer's 3 minutes.
    protocolTimeout: 900_000,
  });
}

const compressedAlready = new Set(['.woff2', '.woff', '.png', '.jpg', '.jpeg', '.webp']);

/**
 * Starts the server. `pages` maps a path to what it serves: HTML, or data made by the bench
 * (`/data/….json`, found before demo/data/). `/data/<file>?delay=<ms>` answers after that delay,
 * as a slow network would, so that skeletons are on screen before the data arrives. Every text
 * response (HTML, JS, CSS, JSON, SVG) is gzip'd when the request accepts it, as a CDN does; fonts
 * and images go as they are.
 */
/**
 * A certificate for 127.0.0.1 made for this run with openssl (the browser is told to accept it),
 * or undefined when openssl is missing.
 */
function selfSignedCertificate() {
  const folder = mkdtempSync(join(tmpdir(), 'ahrca-bench-'));
  try {
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], {
      stdio: 'ignore',
    });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * `http2`: HTTP/2 over TLS with a certificate of its own, as a CDN serves (jsDelivr speaks HTTP/2
 * and 3): every request of a page goes at once on one connection, where HTTP/1.1 lets a browser
 * open six per host and queues the rest a round trip. Falls back to HTTP/1.1 without openssl.
 */
export async function startBenchServer(pages, { http2 = false } = {}) {
  const scripts = {
    '/bench-data.js': await bundleBenchData(),
    '/bench-probe.js': readFileSync(new URL('scripts/bench-probe.js', root), 'utf8'),
  };
  // Each path's gzip'd body, made once: the files do not change while the server runs.
  const gzipped = new Map();
  const certificate = http2 ? selfSignedCertificate() : undefined;
  const handle = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = pages[url.pathname] ?? scripts[url.pathname] ?? staticFile(url.pathname);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const compress = !compressedAlready.has(extname(url.pathname)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (compress && !gzipped.has(url.pathname)) gzipped.set(url.pathname, gzipSync(body, { level: 9 }));
    const payload = compress ? gzipped.get(url.pathname) : body;
    const headers = {
      'content-type': TYPES[extname(url.pathname)] ?? 'text/plain',
      'content-length': Buffer.byteLength(payload),
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    };
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      response.writeHead(200, headers);
      response.end(payload);
    }, delay);
  };
  const server = certificate ? createSecureServer({ ...certificate, allowHTTP1: true }, handle) : createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${certificate ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** What a fetched file costs on the wire: gzip -9 for text, its own size for what is compressed already. */
export function wireBytes(body, path) {
  return compressedAlready.has(extname(path)) ? body.length : gzipSync(body, { level: 9 }).length;
}

/**
 * A new page that may talk to `origin` only. `fetched` lists every response from it (path, kind,
 * bytes on the wire), `blocked` every request to elsewhere, aborted before it left the browser.
 * Requests are held for puppeteer to let through; with `{ interception: false }` the browser
 * blocks other origins itself (CDP `Network.setBlockedURLs`), so that no request waits on a round
 * trip to Node — for timings that count requests one after another — and `fetched` stays empty;
 * `cdp` is the page's session, the Network domain on, for the caller's own events and settings.
 */
export async function openPage(browser, origin, viewport, { interception = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  const fetched = [];
  const blocked = [];
  if (!interception) {
    const cdp = await page.createCDPSession();
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url));
    cdp.on('Network.loadingFailed', ({ requestId, blockedReason }) => {
      if (blockedReason === 'inspector') blocked.push(urls.get(requestId));
    });
    await cdp.send('Network.enable');
    // The first pattern that matches decides.
    await cdp.send('Network.setBlockedURLs', {
      urlPatterns: [
        { urlPattern: `${origin}/*`, block: false },
        { urlPattern: '*://*/*', block: true },
      ],
    });
    return { page, fetched, blocked, cdp };
  }
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:')) void request.continue();
    else {
      blocked.push(request.url());
      void request.abort('blockedbyclient');
    }
  });
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || !response.ok()) return;
    const entry = { path: url.pathname, kind: response.request().resourceType(), bytes: 0 };
    fetched.push(entry);
    try {
      entry.bytes = wireBytes(await response.buffer(), url.pathname);
    } catch {
      // The page closed before the body was read; the entry still says it was fetched.
    }
  });
  return { page, fetched, blocked };
}

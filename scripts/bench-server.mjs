// Part of `npm run bench`: everything the bench pages load, served from 127.0.0.1 and nowhere else —
// dist/, the demo's placeholder images, TimelineJS3's own dist from node_modules, and the data.
// `openPage` gives a puppeteer page that aborts any request to another origin and counts it, and
// records what the page fetched, so each figure is what a reader's browser would download.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

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
  '.html': 'text/html',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The generator and the TimelineJS3 converter, bundled for the page: `window.benchData`. */
async function bundleBenchData() {
  const result = await build({
    stdin: {
      contents:
        "import { generateTimeline } from './demo/generate-timeline.ts';\n" +
        "import { toTimelineJs, withHtmlText } from './scripts/bench-to-timelinejs.mjs';\n" +
        'window.benchData = { generateTimeline, toTimelineJs, withHtmlText };\n',
      resolveDir: fileURLToPath(root),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function staticFile(path) {
  const [, folder, rest] = /^\/(\w+)\/([\w./-]+)$/.exec(path) ?? [];
  if (!FOLDERS[folder] || rest.split('/').includes('..')) return undefined;
  const file = new URL(`${FOLDERS[folder]}${rest}`, root);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/**
 * Starts the server. `pages` maps a path to HTML. `/data/<file>?delay=<ms>` answers after that
 * delay, as a slow network would, so that skeletons are on screen before the data arrives.
 */
export async function startBenchServer(pages) {
  const scripts = {
    '/bench-data.js': await bundleBenchData(),
    '/bench-probe.js': readFileSync(new URL('scripts/bench-probe.js', root), 'utf8'),
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = pages[url.pathname] ?? scripts[url.pathname] ?? staticFile(url.pathname);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      response.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'text/plain', 'cache-control': 'no-store' });
      response.end(body);
    }, delay);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

const compressedAlready = new Set(['.woff2', '.woff', '.png', '.jpg', '.jpeg', '.webp']);

/** What a fetched file costs on the wire: gzip -9 for text, its own size for what is compressed already. */
export function wireBytes(body, path) {
  return compressedAlready.has(extname(path)) ? body.length : gzipSync(body, { level: 9 }).length;
}

/**
 * A new page that may talk to `origin` only. `fetched` lists every response from it (path, kind,
 * bytes on the wire), `blocked` every request to elsewhere, aborted before it left the browser.
 */
export async function openPage(browser, origin, viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  const fetched = [];
  const blocked = [];
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

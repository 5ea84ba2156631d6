// Test-server middleware that plays a misbehaving backend under /net/…, so that network
// behaviour is tested against real HTTP in the browser and never against the internet.
// Every answer is built in memory; the per-id bookkeeping is bounded.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Named bodies for `?body=`. */
export const BODIES = {
  appeal: { id: 'a1', kind: 'appeal', title: 'T' },
  person: { id: 'p1', name: 'Namuna Odamov (example)', status: 'detained', arrested: '2016-09-20' },
  feed: { people: [{ id: 'p1', name: 'Namuna Odamov (example)', status: 'detained', arrested: '2016-09-20' }] },
  timeline: { title: 'T', events: [{ id: 'e1', date: '2005-05-13', title: 'The Andijan events' }] },
  'appeal-invalid': { id: 'a1', kind: 'speech', title: '' },
  // Issue #16: a tab in the scheme, which browsers drop, so that a link to it runs the script.
  'appeal-script-url': { id: 'a1', kind: 'appeal', title: 'T', url: 'java\tscript:alert(document.domain)' },
  item: { title: 'From the network', count: 3 },
  'item-other': { title: 'From the mirror', count: 4 },
  'item-wrapped': { data: { item: { title: 'Wrapped', count: 1 } } },
  'item-invalid': { title: 42, count: 'x' },
  empty: {},
  'empty-list': [],
  null: null,
  // A person seen once, then withdrawn in each of the ways a file can say so (issue #15).
  'person-secret': { id: 'w1', name: 'Secretname Example', status: 'detained', summary: 'About **Secretname Example**.' },
  'person-withdrawn': { id: 'w1', withdrawn: { reason: 'safety' } },
  'person-withdrawn-true': { id: 'w1', withdrawn: true, name: 'Secretname Example', status: 'detained' },
  'person-withdrawn-unknown': { id: 'w1', withdrawn: { reason: 'court-order' }, name: 'Secretname Example', status: 'detained' },
  'feed-secret': {
    people: [
      { id: 'w0', name: 'Publicname Example', status: 'released' },
      { id: 'w1', name: 'Secretname Example', status: 'detained', summary: 'About **Secretname Example**.' },
    ],
  },
  'feed-withdrawn-null': {
    people: [
      { id: 'w0', name: 'Publicname Example', status: 'released' },
      { id: 'w1', withdrawn: null, name: 'Secretname Example', status: 'detained' },
    ],
  },
};

/** Bodies built on request, sized by the query: `timeline-large&events=300` (about 174 KB), `feed-large&mb=6`. */
const GENERATED = {
  'timeline-large'(query) {
    const count = clamp(query.events, 1, 20_000, 300);
    const paragraph = 'What happened that day, as the sources tell it, in a paragraph of about five hundred characters. '.repeat(5);
    const events = Array.from({ length: count }, (_, index) => ({
      id: `event-${index}`,
      date: `${1990 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-13`,
      title: `Event ${index} of ${String(query.id ?? '')}`,
      text: paragraph,
    }));
    return { title: `Timeline ${String(query.id ?? '')}`, events };
  },
  'feed-large'(query) {
    const bytes = clamp(query.mb, 0, MAX_BIG_MB, 6) * 1024 * 1024;
    const summary = 'A long profile. '.repeat(5000);
    const people = Array.from({ length: Math.ceil(bytes / summary.length) }, (_, index) => ({
      id: `big-${index}`,
      name: `Person ${index}`,
      status: 'detained',
      summary,
    }));
    return { people };
  },
};

/**
 * Google Sheets as `/net/google/spreadsheets/d/<key>/pub?output=csv` (and `/d/e/<key>/…`): the
 * paths Google serves, for tests that set the sheets' origin to `/net/google`. The key's first word
 * picks the answer: `template` is TimelineJS3's own template sheet, `extra` the same with columns
 * the template has not, `badrow` one with a row that cannot be read, `people` a list of people,
 * `hostile` hostile cells; `private` plays an unpublished sheet (Google's sign-in redirect, not
 * shared with other origins) and `gone` a deleted one (404). `&gid=7` is a second tab.
 */
const TEMPLATE_CSV = readFileSync(new URL('../../node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv', import.meta.url), 'utf8');
const PEOPLE_CSV = readFileSync(new URL('../../docs/prisoners-template.csv', import.meta.url), 'utf8');

/** The template with the columns TimelineJS3's proxy refused (its issue #800): `Alt Text`, a `Notes` column, a blank one. */
function withExtraColumns(csv) {
  const [header, ...rows] = parse(csv, { relax_column_count: true });
  const quote = (cell) => `"${cell.replaceAll('"', '""')}"`;
  return [[...header, 'Alt Text', 'Notes', ''], ...rows.map((row, index) => [...row, '', `private note ${index}`, ''])]
    .map((row) => row.map(quote).join(','))
    .join('\r\n');
}

const SHEETS = {
  template: () => TEMPLATE_CSV,
  extra: () => withExtraColumns(TEMPLATE_CSV),
  badrow: () =>
    `${TEMPLATE_CSV.split('\n')[0]}\n2005,5,13,,,,,,,The Andijan events,,,,,,,,\n2005,13,40,,,,,,,A month that is not,,,,,,,,\n2006,1,1,noonish,,,,,,A time that is not,,,,,,,,\n`,
  people: () => PEOPLE_CSV,
  peoplebad: () =>
    'id,name,status,__proto__.polluted,constructor.prototype.polluted,withdrawn\n' +
    'good-one,Good Example,detained,yes,yes,\n' +
    'bad-one,Bad Example,on holiday,,,\n' +
    'gone-one,Secretname Example,detained,,,safety\n',
  hostile: () =>
    `Year,Month,Day,Headline,Text,Media\n${Array.from({ length: 2000 }, (_, index) => `2005,5,13,"<img src=x onerror=alert(1)>${'""'.repeat(50)}${index}","<script>alert(1)</script>${'x'.repeat(300)}",javascript:alert(1)`).join('\n')}\n"never closed,${'y'.repeat(100_000)}`,
  tab: () => 'Year,Month,Day,Headline\n2010,1,1,On the second tab\n',
  once: () => TEMPLATE_CSV,
};

async function googleSheet(ctx, rest) {
  const key = rest.at(-2) ?? '';
  const kind = /^(?:2PACX-)?([a-z]+)/.exec(key)?.[1] ?? '';
  // `once…`: the template the first time a key is asked for, then 503, as a Google outage.
  if (kind === 'once' && track(`google-${key.slice(0, 100)}`).count++ > 0) return sendJson(ctx, 503, { status: 503 });
  if (rest[0] !== 'spreadsheets' || rest.at(-1) !== 'pub' || ctx.query.output !== 'csv') return sendJson(ctx, 404, { error: 'not a sheet CSV path' });
  if (kind === 'private') return ctx.redirect(new URL('/net/html200', otherOrigin(ctx)).href);
  if (kind === 'gone' || !Object.hasOwn(SHEETS, kind)) {
    ctx.status = 404;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Page not found</title>';
    return undefined;
  }
  ctx.status = 200;
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = ctx.query.gid === '7' ? SHEETS.tab() : SHEETS[kind]();
  return undefined;
}

const MAX_TRACKED_IDS = 2000;
const MAX_HANG_MS = 60_000;
const MAX_DELAY_MS = 30_000;
const MAX_BIG_MB = 20;

/** Per-id request bookkeeping: how many arrived, how many are still open, where a sequence is. */
const tracked = new Map();

function track(id) {
  let entry = tracked.get(id);
  if (!entry) {
    if (tracked.size >= MAX_TRACKED_IDS) tracked.delete(tracked.keys().next().value);
    entry = { count: 0, open: 0, step: 0 };
    tracked.set(id, entry);
  }
  return entry;
}

function clamp(value, min, max, fallback) {
  const number = Number(value);
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
}

/** Resolves after `ms`, or at once when the client goes away (then `closed` is true). */
function waitOrClose(ctx, ms) {
  return new Promise((resolve) => {
    if (ctx.res.destroyed || ctx.res.writableEnded) return resolve({ closed: true });
    const timer = setTimeout(() => {
      ctx.res.off('close', onClose);
      resolve({ closed: false });
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve({ closed: true });
    };
    ctx.res.once('close', onClose);
  });
}

/** Waits for a full socket buffer to drain; true when the client went away instead. */
function drainedOrClosed(res) {
  return new Promise((resolve) => {
    const settle = (closed) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(closed);
    };
    const onDrain = settle(false);
    const onClose = settle(true);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/** `&person=<id>` gives the withdrawn-person bodies' person (`w1`) an id of the test's own. */
function bodyText(name, query = {}) {
  if (Object.hasOwn(GENERATED, name ?? '')) return JSON.stringify(GENERATED[name](query));
  const body = Object.hasOwn(BODIES, name ?? 'appeal') ? BODIES[name ?? 'appeal'] : BODIES.appeal;
  const text = JSON.stringify(body);
  const person = typeof query.person === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(query.person) ? query.person : undefined;
  return person ? text.replaceAll('"id":"w1"', `"id":${JSON.stringify(person)}`) : text;
}

function sendJson(ctx, status, value, extraHeaders = {}) {
  ctx.status = status;
  ctx.set(extraHeaders);
  ctx.type = 'application/json';
  ctx.body = typeof value === 'string' ? value : JSON.stringify(value);
}

/** Answers the request by hand; Koa must not touch the response afterwards. */
function takeOver(ctx) {
  ctx.respond = false;
  return ctx.res;
}

/** The same server on another origin: localhost ↔ 127.0.0.1 (the dev server listens on every interface). */
function otherOrigin(ctx) {
  const port = ctx.host.split(':').pop();
  const host = ctx.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${ctx.protocol}://${host}:${port}`;
}

/** A 1 × 1 grey PNG: an image whose requests `/net/count?id=` counts, on either origin. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');

const ROUTES = {
  google: googleSheet,

  /** `?body=<name>`: a CSV file; `&type=` its content type (text/csv by default). */
  async csv(ctx) {
    ctx.status = 200;
    ctx.type = String(ctx.query.type ?? 'text/csv');
    ctx.body = Object.hasOwn(SHEETS, ctx.query.body ?? '') ? SHEETS[ctx.query.body]() : SHEETS.people();
  },

  /**
   * `/net/image?id=<id>&delay=<ms>`: an image, counted; tests of media held until a reader asks read
   * the count, and tests of images that arrive late delay it.
   */
  async image(ctx) {
    if (ctx.query.delay) {
      const { closed } = await waitOrClose(ctx, clamp(ctx.query.delay, 0, MAX_DELAY_MS, 0));
      if (closed) return void takeOver(ctx);
    }
    ctx.status = 200;
    ctx.type = 'image/png';
    ctx.body = PIXEL;
  },

  /** `?body=<name>&type=<content type>&delay=<ms>&cors=1` */
  async json(ctx) {
    const { body, type, delay, cors } = ctx.query;
    if (delay) {
      const { closed } = await waitOrClose(ctx, clamp(delay, 0, MAX_DELAY_MS, 0));
      if (closed) return void takeOver(ctx);
    }
    sendJson(ctx, 200, bodyText(body, ctx.query), cors ? { 'Access-Control-Allow-Origin': '*' } : {});
    if (type) ctx.type = String(type);
  },

  /** `/net/status/<code>?retry-after=<value>` */
  async status(ctx, [code]) {
    const status = clamp(code, 200, 599, 500);
    const retryAfter = ctx.query['retry-after'];
    sendJson(ctx, status, { status }, retryAfter ? { 'Retry-After': String(retryAfter) } : {});
  },

  /** Never answers; settles when the client aborts (or after a minute, so nothing leaks). */
  async hang(ctx) {
    const { closed } = await waitOrClose(ctx, MAX_HANG_MS);
    if (!closed) sendJson(ctx, 504, { status: 504 });
    else takeOver(ctx);
  },

  /** Headers at once, then the body in ten pieces spread over `?ms=`. */
  async slow(ctx) {
    const total = clamp(ctx.query.ms, 0, MAX_DELAY_MS, 2000);
    const text = bodyText(ctx.query.body);
    const res = takeOver(ctx);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
    res.flushHeaders();
    const pieces = 10;
    const size = Math.ceil(text.length / pieces);
    for (let offset = 0; offset < text.length; offset += size) {
      const { closed } = await waitOrClose(ctx, total / pieces);
      if (closed) return;
      res.write(text.slice(offset, offset + size));
    }
    res.end();
  },

  async html200(ctx) {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>This page has moved.</p>';
  },

  /** `?mb=5`: a JSON body of that many megabytes; `&chunked=1` leaves out Content-Length. */
  async big(ctx) {
    const bytes = clamp(ctx.query.mb, 0, MAX_BIG_MB, 5) * 1024 * 1024;
    const body = Buffer.alloc(bytes, 0x20);
    body.write('{"pad":"', 0);
    body.fill('x', 8, bytes - 2);
    body.write('"}', bytes - 2);
    if (ctx.query.chunked) {
      const res = takeOver(ctx);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      const chunk = 64 * 1024;
      for (let offset = 0; offset < bytes && !res.destroyed; offset += chunk) {
        if (!res.write(body.subarray(offset, offset + chunk))) {
          if (await drainedOrClosed(res)) return;
        }
      }
      res.end();
      return;
    }
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = body;
  },

  /** Sends half of a promised body, then destroys the connection. */
  async reset(ctx) {
    const text = bodyText(ctx.query.body);
    const res = takeOver(ctx);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
    res.write(text.slice(0, Math.floor(text.length / 2)));
    await waitOrClose(ctx, 50);
    res.socket?.destroy();
  },

  /** Promises a longer body than it sends, then closes the connection cleanly. */
  async half(ctx) {
    const text = bodyText(ctx.query.body);
    const res = takeOver(ctx);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
    res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.end());
  },

  /** 302 to /net/json on another origin; `&cors=1` lets that origin share the answer. */
  async 'redirect-cross-origin'(ctx) {
    const target = new URL('/net/json', otherOrigin(ctx));
    for (const name of ['id', 'body', 'cors']) if (ctx.query[name]) target.searchParams.set(name, String(ctx.query[name]));
    ctx.redirect(target.href);
  },

  /** `?codes=503,503,200`: each request gets the next code (the last one repeats); 200 sends `?body=`. */
  async sequence(ctx, _rest, entry) {
    const codes = String(ctx.query.codes ?? '200')
      .split(',')
      .slice(0, 50);
    const code = clamp(codes[Math.min(entry.step, codes.length - 1)], 200, 599, 500);
    entry.step += 1;
    const retryAfter = ctx.query['retry-after'];
    if (code === 200) sendJson(ctx, 200, bodyText(ctx.query.body, ctx.query));
    else sendJson(ctx, code, { status: code }, retryAfter ? { 'Retry-After': String(retryAfter) } : {});
  },

  /**
   * `?steps=person-secret,person-withdrawn~400,503`: each request gets the next step (the last one
   * repeats): a body name answers 200 with that body, a number answers that status; `~ms` delays it.
   */
  async steps(ctx, _rest, entry) {
    const steps = String(ctx.query.steps ?? 'appeal')
      .split(',')
      .slice(0, 50);
    const [what = 'appeal', delay] = steps[Math.min(entry.step, steps.length - 1)].split('~');
    entry.step += 1;
    if (delay) {
      const { closed } = await waitOrClose(ctx, clamp(delay, 0, MAX_DELAY_MS, 0));
      if (closed) return void takeOver(ctx);
    }
    if (/^\d{3}$/.test(what)) sendJson(ctx, Number(what), { status: Number(what) });
    else sendJson(ctx, 200, bodyText(what, ctx.query));
  },
};

/** Bookkeeping routes, not counted themselves. */
const QUERIES = {
  count: (entry) => ({ count: entry?.count ?? 0 }),
  open: (entry) => ({ open: entry?.open ?? 0 }),
  'reset-count': (entry, id) => {
    tracked.delete(id);
    return { count: 0 };
  },
};

export function networkFixtures() {
  return async function networkFixturesMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/net/')) return next();
    const [name, ...rest] = ctx.path.slice('/net/'.length).split('/');
    const id = ctx.query.id ? String(ctx.query.id).slice(0, 200) : undefined;

    if (Object.hasOwn(QUERIES, name)) {
      sendJson(ctx, 200, QUERIES[name](id === undefined ? undefined : tracked.get(id), id), { 'Cache-Control': 'no-store' });
      return;
    }
    if (!Object.hasOwn(ROUTES, name)) {
      sendJson(ctx, 404, { error: `no fixture route ${ctx.path}` });
      return;
    }

    const entry = track(id ?? '(none)');
    entry.count += 1;
    entry.open += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      entry.open -= 1;
    };
    ctx.res.once('close', close);
    ctx.res.once('finish', close);
    ctx.set('Cache-Control', 'no-store');
    await ROUTES[name](ctx, rest, entry);
  };
}

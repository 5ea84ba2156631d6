import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { TemplateResult } from 'lit';
import * as v from 'valibot';
import { AhrcaElement } from '../../src/core/base-element.js';
import { keepCopy, readCopy } from '../../src/core/kept-copies.js';
import type { AhrcaErrorDetail, AhrcaLoadDetail } from '../../src/core/events.js';
import { serverCount, serverOpen, watchFetches } from '../helpers/requests.js';
import { skipRetryWaits } from '../helpers/retry-clock.js';
import { blockStorage, copyKeyOf } from '../helpers/storage.js';
import { watchTimers } from '../helpers/timers.js';

const NoteSchema = v.object({
  title: v.string('expected a string'),
  count: v.optional(v.number('expected a number')),
  meta: v.optional(v.object({ goal: v.number('expected a number') })),
});
type Note = v.InferOutput<typeof NoteSchema>;

/** The smallest widget: a title in a paragraph. */
class TestNote extends AhrcaElement<Note> {
  protected readonly schema = NoteSchema;

  protected override renderReady(value: Note) {
    return html`<p part="title">${value.title}</p>`;
  }

  protected override renderSkeleton() {
    return html`<div class="skeleton-line"></div>`;
  }
}
customElements.define('test-note', TestNote);

/** Both browsers share one test server: every id carries this run's prefix. */
const RUN = `be-${Math.random().toString(36).slice(2, 10)}`;
let serial = 0;
const uniqueId = (name: string) => `${RUN}-${name}-${++serial}`;

const absolute = (path: string) => new URL(path, document.baseURI).href;
/** Keeps `text` as test-note's copy of `src`, as an earlier visit would have. */
const seedCopy = (src: string, text: string) =>
  keepCopy(copyKeyOf('test-note', src), { text, url: absolute(src), sources: [absolute(src)], people: [], maxAge: 60_000 });
const keptText = async (src: string) => (await readCopy(copyKeyOf('test-note', src)))?.text;

/** Every ahrca event that reached the document (so each one bubbled out of its shadow root). */
let seen: { type: string; target: EventTarget | null; detail: unknown }[] = [];
const recordEvent = (event: Event) => seen.push({ type: event.type, target: event.target, detail: (event as CustomEvent).detail });
const loadsOf = (el: Element) => seen.filter((e) => e.type === 'ahrca-load' && e.target === el).map((e) => e.detail as AhrcaLoadDetail);
const errorsOf = (el: Element) => seen.filter((e) => e.type === 'ahrca-error' && e.target === el).map((e) => e.detail as AhrcaErrorDetail);

async function firstError(el: Element): Promise<AhrcaErrorDetail> {
  await waitUntil(() => errorsOf(el).length > 0, 'no ahrca-error');
  return errorsOf(el)[0]!;
}

async function firstLoad(el: Element): Promise<AhrcaLoadDetail> {
  await waitUntil(() => loadsOf(el).length > 0, 'no ahrca-load');
  return loadsOf(el)[0]!;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);
const shownTitle = (el: Element) => part(el, 'title')?.textContent ?? null;

/** Anything thrown into the host page is a failure, whatever the test. */
let windowErrors: unknown[] = [];
const onWindowError = (event: ErrorEvent) => windowErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => windowErrors.push(event.reason);

/** What the widgets wrote to the console. */
let consoleErrors: string[] = [];
const originalConsoleError = console.error;

/** Parents with a `lang`, removed after each test. */
let parents: HTMLElement[] = [];
function parentWithLang(lang: string): HTMLElement {
  const parent = document.createElement('div');
  parent.lang = lang;
  document.body.append(parent);
  parents.push(parent);
  return parent;
}

function mount(template: TemplateResult, parentNode?: Element): Promise<TestNote> {
  return fixture<TestNote>(template, parentNode ? { parentNode } : undefined);
}

beforeEach(() => {
  seen = [];
  windowErrors = [];
  consoleErrors = [];
  document.addEventListener('ahrca-load', recordEvent);
  document.addEventListener('ahrca-error', recordEvent);
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
});

afterEach(async () => {
  // Let aborted requests and late microtasks settle, so that an error they throw is caught here.
  await aTimeout(0);
  console.error = originalConsoleError;
  document.removeEventListener('ahrca-load', recordEvent);
  document.removeEventListener('ahrca-error', recordEvent);
  window.removeEventListener('error', onWindowError);
  window.removeEventListener('unhandledrejection', onRejection);
  for (const parent of parents) parent.remove();
  parents = [];
  for (const key of Object.keys(localStorage)) if (key.includes(RUN)) localStorage.removeItem(key);
  expect(windowErrors, 'errors thrown into the page').to.deep.equal([]);
});

describe('AhrcaElement states', () => {
  it('shows a busy skeleton before the data arrives', async () => {
    const el = await mount(html`<test-note src="/net/hang?id=${uniqueId('skeleton')}" timeout="5000"></test-note>`);
    const skeleton = part(el, 'skeleton');
    expect(skeleton).not.to.equal(null);
    expect(skeleton!.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton!.querySelector('.skeleton-line')).not.to.equal(null);
    expect(skeleton!.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(shownTitle(el)).to.equal(null);
  });

  it('shows the ready state and keeps the fallback content hidden', async () => {
    const el = await mount(html`<test-note .data=${{ title: 'Hello' }}><a href="https://example.org/">Fallback link</a></test-note>`);
    expect(shownTitle(el)).to.equal('Hello');
    expect(part(el, 'skeleton')).to.equal(null);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  for (const [label, payload] of [
    ['null', null],
    ['{}', {}],
    ['[]', []],
  ] as const) {
    it(`shows the empty state for ${label}, and still reports a load`, async () => {
      const el = await mount(html`<test-note .data=${payload}></test-note>`);
      expect(part(el, 'empty')!.textContent).to.equal('Nothing to show yet.');
      expect(loadsOf(el)).to.deep.equal([{ source: 'property', stale: false }]);
      expect(errorsOf(el)).to.deep.equal([]);
    });
  }

  it('shows the empty state for an empty list from the network', async () => {
    const el = await mount(html`<test-note src=${`/net/json?id=${uniqueId('empty')}&body=empty-list`}></test-note>`);
    await firstLoad(el);
    await el.updateComplete;
    expect(part(el, 'empty')).not.to.equal(null);
  });

  it('shows a short message and the fallback content when loading fails', async () => {
    const el = await mount(
      html`<test-note src="/net/status/404?id=${uniqueId('fallback')}" retries="0">
        <a href="https://example.org/appeal">Read the appeal on our site</a>
      </test-note>`,
    );
    await firstError(el);
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.querySelector('p')!.textContent).to.equal('This content could not be loaded.');
    const slot = error.querySelector('slot')!;
    expect(slot.assignedElements()).to.have.length(1);
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.getBoundingClientRect().width).to.be.above(0);
  });

  it('says the error in the language of the page around it', async () => {
    const src = `/net/status/404?id=${uniqueId('ru')}`;
    const russian = await mount(html`<test-note src=${src} retries="0"></test-note>`, parentWithLang('ru'));
    const english = await mount(html`<test-note src=${src} retries="0"></test-note>`, parentWithLang('en'));
    await firstError(russian);
    await firstError(english);
    await russian.updateComplete;
    await english.updateComplete;
    expect(part(russian, 'error')!.querySelector('p')!.textContent).to.equal('Не удалось загрузить материал.');
    expect(part(english, 'error')!.querySelector('p')!.textContent).to.equal('This content could not be loaded.');
  });

  it("lets its own lang win over the page's", async () => {
    const el = await mount(html`<test-note lang="ru" .data=${[]}></test-note>`, parentWithLang('en'));
    expect(part(el, 'empty')!.textContent).to.equal('Пока здесь ничего нет.');
  });

  it("leaves the page's language in force when it has no lang of its own", async () => {
    const el = await mount(html`<test-note .data=${{ title: 'Привет' }}></test-note>`, parentWithLang('ru'));
    expect(el.matches(':lang(ru)'), 'an empty lang attribute would mark the widget as "language unknown"').to.equal(true);
  });

  it('reports a missing source as no-source', async () => {
    const el = await mount(html`<test-note></test-note>`);
    expect((await firstError(el)).reason).to.equal('no-source');
  });
});

describe('AhrcaElement sources', () => {
  it('prefers the data property over inline JSON and src', async () => {
    const id = uniqueId('prop-wins');
    const fetches = watchFetches();
    const el = await mount(
      html`<test-note .data=${{ title: 'From property' }} src=${`/net/json?id=${id}&body=item`}>
        <script type="application/json">
          { "title": "From inline" }
        </script>
      </test-note>`,
    );
    expect(shownTitle(el)).to.equal('From property');
    expect(loadsOf(el)).to.deep.equal([{ source: 'property', stale: false }]);
    // The load has been committed: the run that chose the source is over, and it asked for nothing.
    await el.updateComplete;
    fetches.restore();
    expect(fetches.urls.filter((url) => url.includes(id))).to.deep.equal([]);
  });

  it('prefers inline JSON over src', async () => {
    const id = uniqueId('inline-wins');
    const fetches = watchFetches();
    const el = await mount(
      html`<test-note src=${`/net/json?id=${id}&body=item`}>
        <script type="application/json">
          { "title": "From inline" }
        </script>
      </test-note>`,
    );
    expect(shownTitle(el)).to.equal('From inline');
    expect(loadsOf(el)).to.deep.equal([{ source: 'inline', stale: false }]);
    // The load has been committed: the run that chose the source is over, and it asked for nothing.
    await el.updateComplete;
    fetches.restore();
    expect(fetches.urls.filter((url) => url.includes(id))).to.deep.equal([]);
  });

  it('loads src and reports the URL it came from', async () => {
    const src = `/net/json?id=${uniqueId('src')}&body=item`;
    const el = await mount(html`<test-note src=${src}></test-note>`);
    expect(await firstLoad(el)).to.deep.equal({ source: absolute(src), stale: false });
    await el.updateComplete;
    expect(shownTitle(el)).to.equal('From the network');
  });

  it('falls back to the next mirror in src', async () => {
    const mirror = `/net/json?id=${uniqueId('mirror')}&body=item-other`;
    const el = await mount(html`<test-note src="/net/status/404?id=${uniqueId('gone')} ${mirror}" retries="0"></test-note>`);
    expect((await firstLoad(el)).source).to.equal(absolute(mirror));
    await el.updateComplete;
    expect(shownTitle(el)).to.equal('From the mirror');
  });

  it('reads inline JSON again on reload()', async () => {
    const el = await mount(
      html`<test-note
        ><script type="application/json">
          { "title": "First" }
        </script></test-note
      >`,
    );
    el.querySelector('script')!.textContent = '{"title": "Second"}';
    el.reload();
    await el.updateComplete;
    expect(shownTitle(el)).to.equal('Second');
  });

  it('aborts the old request when src changes', async () => {
    const hanging = uniqueId('old-src');
    const el = await mount(html`<test-note src="/net/hang?id=${hanging}" timeout="5000"></test-note>`);
    await waitUntil(async () => (await serverOpen(hanging)) === 1, 'the first request never reached the server');
    el.src = `/net/json?id=${uniqueId('new-src')}&body=item`;
    await waitUntil(() => shownTitle(el) === 'From the network', 'the new src was not shown');
    await waitUntil(async () => (await serverOpen(hanging)) === 0, 'the old request is still open');
    expect(errorsOf(el)).to.deep.equal([]);
  });
});

describe('AhrcaElement data-path and transform', () => {
  it('picks the payload out of a wrapper with data-path', async () => {
    const el = await mount(
      html`<test-note data-path="/data/note">
        <script type="application/json">
          { "data": { "note": { "title": "Deep" } } }
        </script>
      </test-note>`,
    );
    expect(shownTitle(el)).to.equal('Deep');
  });

  it('applies data-path to a payload from src', async () => {
    const el = await mount(html`<test-note src=${`/net/json?id=${uniqueId('path')}&body=item-wrapped`} data-path="/data/item"></test-note>`);
    await firstLoad(el);
    await el.updateComplete;
    expect(shownTitle(el)).to.equal('Wrapped');
  });

  it('reports a data-path that leads nowhere as invalid data, naming the path', async () => {
    const el = await mount(html`<test-note data-path="/data/missing" .data=${{ data: {} }}></test-note>`);
    const error = await firstError(el);
    expect(error.reason).to.equal('invalid-data');
    expect(error.message).to.contain('/data/missing');
    await el.updateComplete;
    expect(part(el, 'error')!.querySelector('p')!.textContent).to.equal('This content has errors and cannot be shown.');
  });

  it('runs transform after data-path, before validation', async () => {
    const el = await mount(
      html`<test-note
        data-path="/story"
        .transform=${(payload: unknown) => ({ title: (payload as { headline: string }).headline })}
        .data=${{ story: { headline: 'Reshaped' } }}
      ></test-note>`,
    );
    expect(shownTitle(el)).to.equal('Reshaped');
  });

  it('turns a throwing transform into invalid-data without throwing into the page', async () => {
    const el = await mount(
      html`<test-note
        .transform=${() => {
          throw new TypeError('backend changed its shape');
        }}
        .data=${{ title: 'x' }}
      ></test-note>`,
    );
    const error = await firstError(el);
    expect(error.reason).to.equal('invalid-data');
    expect(error.message).to.contain('backend changed its shape');
    await aTimeout(0);
    expect(windowErrors).to.deep.equal([]);
    expect(part(el, 'error')).not.to.equal(null);
  });
});

describe('AhrcaElement bad input', () => {
  it('reports inline text that is not JSON as invalid-json', async () => {
    const el = await mount(
      html`<test-note
        ><script type="application/json">
          {"title":
        </script></test-note
      >`,
    );
    const error = await firstError(el);
    expect(error.reason).to.equal('invalid-json');
    expect(error.message).to.contain('inline JSON');
    expect(part(el, 'error')).not.to.equal(null);
  });

  it('names every field with a wrong type', async () => {
    const el = await mount(html`<test-note .data=${{ title: 42, count: 'x', meta: { goal: 'x' } }}></test-note>`);
    const error = await firstError(el);
    expect(error.reason).to.equal('invalid-data');
    expect(error.message).to.contain('title: expected a string, got 42');
    expect(error.message).to.contain('count: expected a number, got "x"');
    expect(error.message).to.contain('meta.goal: expected a number, got "x"');
    expect(consoleErrors.join('\n')).to.contain('<test-note>').and.contain('meta.goal');
  });

  it('names a missing required field', async () => {
    const el = await mount(html`<test-note .data=${{ count: 1 }}></test-note>`);
    expect((await firstError(el)).message).to.contain('title: is required');
  });

  it('names the URL and the field for invalid data from src', async () => {
    const src = `/net/json?id=${uniqueId('invalid')}&body=item-invalid`;
    const el = await mount(html`<test-note src=${src}></test-note>`);
    const error = await firstError(el);
    expect(error).to.include({ reason: 'invalid-data', source: absolute(src) });
    expect(error.message).to.contain(absolute(src)).and.contain('title: expected a string, got 42');
    expect(await keptText(src), 'an invalid payload is not kept').to.equal(undefined);
  });

  it('reports the HTTP status of a failed request', async () => {
    const src = `/net/status/403?id=${uniqueId('403')}`;
    const el = await mount(html`<test-note src=${src} retries="0"></test-note>`);
    expect(await firstError(el)).to.deep.equal({
      reason: 'http',
      message: `${absolute(src)} answered HTTP 403`,
      source: absolute(src),
      status: 403,
    });
  });

  it('shows only a neutral notice for a source that answered 410 Gone, and tells the page so', async () => {
    const src = `/net/status/410?id=${uniqueId('410')}`;
    const el = await mount(html`<test-note src=${src} retries="0"><a href="/fallback">Fallback link</a></test-note>`);
    expect(await firstLoad(el)).to.deep.equal({ source: absolute(src), stale: false, withdrawn: true });
    await el.updateComplete;
    expect(part(el, 'withdrawn')?.textContent).to.equal('This content has been withdrawn.');
    expect(part(el, 'withdrawn')?.getAttribute('role')).to.equal('note');
    expect(errorsOf(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('slot'), 'the fallback is not shown: it may name what was taken down').to.equal(null);
  });

  // What the reader is told: data the editor must fix, or a load that failed, with "Try again" when a second try may mend it.
  const unreadable = 'This content has errors and cannot be shown.';
  const failed = 'This content could not be loaded.';
  const badResponses: [string, string, string, RegExp, string, boolean][] = [
    ['a 5 MB payload', 'big?mb=5&chunked=1', 'too-large', /larger than the 1000000 bytes allowed/, unreadable, false],
    ['a 5 MB payload that declares its length', 'big?mb=5', 'too-large', /larger than the 1000000 bytes allowed/, unreadable, false],
    ['a 404', 'status/404', 'http', /answered HTTP 404$/, failed, false],
    ['a 500 after its retries', 'status/500', 'http', /answered HTTP 500$/, failed, true],
    ['an HTML page sent with status 200', 'html200', 'not-json', /sent text\/html.*expected JSON/, unreadable, false],
    ['JSON with a non-JSON content type', 'json?body=item&type=image/png', 'not-json', /sent image\/png.*expected JSON/, unreadable, false],
    ['a body cut in half', 'half?body=item', 'network', /could not be reached/, failed, true],
  ];
  for (const [label, route, reason, message, said, retry] of badResponses) {
    it(`shows the error state and names the cause for ${label}`, async () => {
      const src = `/net/${route}${route.includes('?') ? '&' : '?'}id=${uniqueId('bad')}`;
      const clock = skipRetryWaits();
      const el = await mount(html`<test-note src=${src} retries="1"><a href="/fallback">Fallback link</a></test-note>`);
      const error = await firstError(el).finally(clock.restore);
      expect(error.reason).to.equal(reason);
      expect(error.message).to.match(message);
      await el.updateComplete;
      expect(part(el, 'error')?.querySelector('p')?.textContent).to.equal(said);
      expect(part(el, 'retry') !== null, 'a "Try again" button').to.equal(retry);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Fallback link']);
    });
  }

  it('times out as the timeout attribute says', async () => {
    const el = await mount(html`<test-note src="/net/hang?id=${uniqueId('timeout')}" timeout="200" retries="0"></test-note>`);
    expect((await firstError(el)).reason).to.equal('timeout');
  });
});

describe('AhrcaElement kept copy', () => {
  it('never shows the kept copy while the request may still answer, and shows the fresh data', async () => {
    const src = `/net/json?id=${uniqueId('refresh')}&body=item&delay=300`;
    await seedCopy(src, '{"title": "Saved earlier"}');
    const el = await mount(html`<test-note src=${src}></test-note>`);
    const shown: (string | null)[] = [];
    new MutationObserver(() => shown.push(shownTitle(el))).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => shownTitle(el) === 'From the network', 'the fresh data was not shown');
    expect(shown).not.to.include('Saved earlier');
    expect(loadsOf(el)).to.deep.equal([{ source: absolute(src), stale: false }]);
    await waitUntil(async () => (await keptText(src))?.includes('From the network'), 'the fresh data was not kept');
  });

  it('shows the kept copy once the request has taken timeout ms, then the fresh data when it comes', async () => {
    const src = `/net/json?id=${uniqueId('patience')}&body=item&delay=1500`;
    await seedCopy(src, '{"title": "Saved earlier"}');
    const el = await mount(html`<test-note src=${src} timeout="400" retries="1"></test-note>`);
    await waitUntil(() => shownTitle(el) === 'Saved earlier', 'the kept copy was not shown after the timeout');
    expect(loadsOf(el)).to.deep.equal([{ source: absolute(src), stale: true }]);
    expect(part(el, 'skeleton')).to.equal(null);
  });

  it('keeps showing the last good copy when every URL fails later, and still reports the error', async () => {
    const src = `/net/sequence?id=${uniqueId('kept')}&codes=200,500&body=item`;
    const first = await mount(html`<test-note src=${src} retries="0"></test-note>`);
    await firstLoad(first);
    await waitUntil(async () => (await keptText(src)) !== undefined, 'the data was not kept');

    const second = await mount(html`<test-note src=${src} retries="0"></test-note>`);
    const error = await firstError(second);
    expect(error).to.include({ reason: 'http', status: 500, source: absolute(src) });
    expect(loadsOf(second)).to.deep.equal([{ source: absolute(src), stale: true }]);
    await second.updateComplete;
    expect(shownTitle(second)).to.equal('From the network');
    expect(part(second, 'error')).to.equal(null);
  });

  it('ignores a kept copy that no longer validates', async () => {
    const src = `/net/status/503?id=${uniqueId('stale-invalid')}`;
    await seedCopy(src, '{"title": 7}');
    const el = await mount(html`<test-note src=${src} retries="0"></test-note>`);
    expect(loadsOf(el)).to.deep.equal([]);
    expect((await firstError(el)).status).to.equal(503);
    await el.updateComplete;
    expect(part(el, 'error')).not.to.equal(null);
  });

  it('still renders from the network when storage is blocked', async () => {
    const restore = blockStorage();
    try {
      const el = await mount(html`<test-note src=${`/net/json?id=${uniqueId('blocked')}&body=item`}></test-note>`);
      await firstLoad(el);
      await el.updateComplete;
      expect(shownTitle(el)).to.equal('From the network');
      expect(errorsOf(el)).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});

describe('AhrcaElement requests', () => {
  it('leaves no timer running after it is removed while waiting to retry', async () => {
    // Only timers our source code starts count; the test helpers keep timers of their own.
    const { pending, restore } = watchTimers('/src/core/');
    try {
      const id = uniqueId('timers');
      // 503 with Retry-After: 5 puts the request to sleep between attempts.
      const el = await mount(html`<test-note src=${`/net/status/503?id=${id}&retry-after=5`} retries="3"></test-note>`);
      await waitUntil(async () => (await serverCount(id)) === 1, 'the first attempt never reached the server');
      await waitUntil(() => pending.size > 0, 'no retry was scheduled');
      el.remove();
      // An aborted attempt clears its timers as its promise settles; the 5 s retry wait must not outlive that.
      await waitUntil(() => pending.size === 0, `timers still pending after removal: ${[...pending].join(', ')}`, { timeout: 1000 });
      // The retry waited on the cleared timer, so no later attempt can start.
      expect(await serverCount(id), 'no request after removal').to.equal(1);
    } finally {
      restore();
    }
  });

  it('makes one request for several widgets on the same URL', async () => {
    const id = uniqueId('shared');
    const src = `/net/json?id=${id}&body=item&delay=200`;
    const elements = await Promise.all([1, 2, 3].map(() => mount(html`<test-note src=${src}></test-note>`)));
    await waitUntil(() => elements.every((el) => shownTitle(el) === 'From the network'), 'not every widget was shown');
    expect(await serverCount(id)).to.equal(1);
  });

  it('aborts its request when removed mid-fetch, and starts again when put back', async () => {
    const id = uniqueId('detach');
    const el = await mount(html`<test-note src=${`/net/json?id=${id}&body=item&delay=700`} retries="0"></test-note>`);
    const parent = el.parentElement!;
    await waitUntil(async () => (await serverOpen(id)) === 1, 'the request never reached the server');
    el.remove();
    await waitUntil(async () => (await serverOpen(id)) === 0, 'the request was not aborted at the server');
    expect(errorsOf(el), 'an abort is not an error').to.deep.equal([]);

    parent.append(el);
    await waitUntil(async () => (await serverCount(id)) === 2, 'no new request after re-attaching');
    await waitUntil(() => shownTitle(el) === 'From the network', 'the re-attached widget did not show its data');
    expect(errorsOf(el)).to.deep.equal([]);
  });
});

/**
 * Broken networks, for every widget: a hung server, 429 and 503 with Retry-After, a reset
 * connection, a body cut in half, an HTML page with status 200, a redirect to another origin, a
 * slow trickle, mirrors of which only the last works, a kept copy when the network fails, storage
 * blocked and storage full. Each time the right state shows, nothing reaches the window's error
 * handlers, and the requests are counted on the server: no retry storm.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AhrcaErrorDetail, LoadErrorReason } from '../../src/core/events.js';
import { skipRetryWaits } from '../helpers/retry-clock.js';
import { blockStorage } from '../helpers/storage.js';
import { serverCount } from '../helpers/requests.js';
import { SERVED_WIDGETS } from './widgets.js';

type Widget = HTMLElement & { src?: string; timeout: number; retries: number; updateComplete: Promise<boolean> };

interface Outcome {
  el: Widget;
  event: 'ahrca-load' | 'ahrca-error';
  detail: AhrcaErrorDetail | { stale: boolean };
  ms: number;
  /** Every event the widget fired, also after the first. */
  events: { type: string; detail: unknown }[];
}

let serial = 0;
const uniqueId = (name: string) => `hardening-${name}-${Date.now()}-${serial++}`;

const pageProblems: string[] = [];
const onError = (event: ErrorEvent) => pageProblems.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageProblems.push(`unhandledrejection: ${String(event.reason)}`);

const mounted: Widget[] = [];

/** Puts a widget on the page with `src` and waits for its first ahrca-load or ahrca-error (console errors are expected and kept quiet). */
async function load(tag: string, src: string, settings: { timeout?: number; retries?: number } = {}): Promise<Outcome> {
  const el = document.createElement(tag) as Widget;
  el.lang = 'en';
  el.timeout = settings.timeout ?? 3000;
  el.retries = settings.retries ?? 1;
  el.src = src;
  mounted.push(el);
  const started = performance.now();
  const original = console.error;
  console.error = () => {};
  try {
    const events: Outcome['events'] = [];
    const outcome = await new Promise<Outcome>((resolve) => {
      for (const event of ['ahrca-load', 'ahrca-error'] as const) {
        el.addEventListener(event, (e) => {
          const { detail } = e as CustomEvent;
          events.push({ type: event, detail });
          resolve({ el, event, detail, ms: performance.now() - started, events });
        });
      }
      document.body.append(el);
    });
    await el.updateComplete;
    return outcome;
  } finally {
    console.error = original;
  }
}

function expectError(outcome: Outcome, reasons: LoadErrorReason[]): void {
  expect(outcome.event, JSON.stringify(outcome.detail)).to.equal('ahrca-error');
  expect(reasons).to.include((outcome.detail as AhrcaErrorDetail).reason);
  const shown = outcome.el.shadowRoot!.querySelector('[part~="error"][role="alert"]');
  expect(shown, 'the error state is shown').to.not.equal(null);
  expect(shown!.textContent!.trim().length).to.be.above(0);
}

function expectReady(outcome: Outcome): void {
  expect(outcome.event, JSON.stringify(outcome.detail)).to.equal('ahrca-load');
  expect(outcome.el.shadowRoot!.querySelector('[part~="base"]:not(.skeleton)'), 'the ready state is shown').to.not.equal(null);
  expect(outcome.el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
}

describe('broken networks', function () {
  this.timeout(20_000);

  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  let clock: ReturnType<typeof skipRetryWaits>;
  beforeEach(() => {
    clock = skipRetryWaits();
  });
  afterEach(() => {
    clock.restore();
    for (const el of mounted.splice(0)) el.remove();
    expect(pageProblems.splice(0), 'errors that reached the window').to.deep.equal([]);
  });

  for (const { tag, body } of SERVED_WIDGETS) {
    describe(`<${tag}>`, () => {
      it('a hung server: the timeout, then the error state; one request per attempt', async () => {
        const id = uniqueId('hang');
        // 1 s per attempt: with 400 ms a loaded Firefox once aborted the second request before it
        // had left the browser, and the server counted one.
        const outcome = await load(tag, `/net/hang?id=${id}`, { timeout: 1000, retries: 1 });
        expectError(outcome, ['timeout']);
        expect(outcome.ms).to.be.within(1900, 6000);
        expect(clock.delays).to.have.length(1);
        expect(await serverCount(id)).to.equal(2);
      });

      it('429 with Retry-After: 1 is waited for, then the data shows; two requests', async () => {
        const id = uniqueId('429');
        const outcome = await load(tag, `/net/sequence?id=${id}&codes=429,200&retry-after=1&body=${body}`);
        expectReady(outcome);
        expect(clock.delays).to.deep.equal([1000]);
        expect(await serverCount(id)).to.equal(2);
      });

      it('503 with Retry-After: 3600 is not waited for: the error state at once, no retry', async () => {
        const id = uniqueId('503');
        const outcome = await load(tag, `/net/status/503?id=${id}&retry-after=3600`, { retries: 2 });
        expectError(outcome, ['http']);
        expect(clock.delays).to.deep.equal([]);
        expect(await serverCount(id)).to.equal(1);
      });

      it('503 without Retry-After: retried `retries` times with backoff, never more', async () => {
        const id = uniqueId('503-backoff');
        const outcome = await load(tag, `/net/status/503?id=${id}`, { retries: 2 });
        expectError(outcome, ['http']);
        expect(clock.delays).to.have.length(2);
        expect(await serverCount(id)).to.equal(3);
      });

      it('a connection reset mid-body: the error state', async () => {
        const id = uniqueId('reset');
        expectError(await load(tag, `/net/reset?id=${id}&body=${body}`, { retries: 0 }), ['network', 'invalid-json']);
        expect(await serverCount(id)).to.equal(1);
      });

      it('a body cut in half: the error state', async () => {
        const id = uniqueId('half');
        expectError(await load(tag, `/net/half?id=${id}&body=${body}`, { retries: 0 }), ['network', 'invalid-json']);
        expect(await serverCount(id)).to.equal(1);
      });

      it('an HTML error page with status 200: the error state, not retried', async () => {
        const id = uniqueId('html200');
        expectError(await load(tag, `/net/html200?id=${id}`, { retries: 2 }), ['not-json']);
        expect(await serverCount(id)).to.equal(1);
      });

      it('a redirect to another origin that does not share its answer: the error state', async () => {
        const id = uniqueId('redirect');
        expectError(await load(tag, `/net/redirect-cross-origin?id=${id}&body=${body}`, { retries: 0 }), ['network']);
      });

      it('a slow trickle within the timeout: the data shows', async () => {
        expectReady(await load(tag, `/net/slow?id=${uniqueId('slow')}&ms=800&body=${body}`, { timeout: 4000 }));
      });

      it('a trickle slower than the timeout: the timeout, then the error state', async () => {
        const id = uniqueId('slower');
        expectError(await load(tag, `/net/slow?id=${id}&ms=3000&body=${body}`, { timeout: 500, retries: 0 }), ['timeout']);
        expect(await serverCount(id)).to.equal(1);
      });

      it('mirrors of which only the last works: the data shows, each broken mirror asked a bounded number of times', async () => {
        const [down, html, good] = [uniqueId('m1'), uniqueId('m2'), uniqueId('m3')];
        const outcome = await load(tag, `/net/status/503?id=${down}&retry-after=0 /net/html200?id=${html} /net/json?id=${good}&body=${body}`, { retries: 1 });
        expectReady(outcome);
        expect([await serverCount(down), await serverCount(html), await serverCount(good)]).to.deep.equal([2, 1, 1]);
      });

      it('the network fails after a good visit: the kept copy shows, marked stale, and the failure is reported', async () => {
        const id = uniqueId('kept');
        const src = `/net/sequence?id=${id}&codes=200,503&retry-after=0&body=${body}`;
        const first = await load(tag, src, { retries: 0 });
        expectReady(first);
        // The copy is kept once the fresh data is on screen, in the background.
        first.el.remove();
        const second = await load(tag, src, { retries: 0 });
        await waitUntil(() => second.events.length === 2, 'the kept copy and the failure were not both announced');
        expect(
          second.events
            .map(({ type, detail }) => [type, (detail as { stale?: boolean; reason?: string }).stale ?? (detail as { reason: string }).reason])
            .sort(),
        ).to.deep.equal([
          ['ahrca-error', 'http'],
          ['ahrca-load', true],
        ]);
        await second.el.updateComplete;
        expect(second.el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(await serverCount(id)).to.equal(2);
      });

      it('storage blocked: the data shows from the network', async () => {
        const restore = blockStorage();
        try {
          expectReady(await load(tag, `/net/json?id=${uniqueId('blocked')}&body=${body}`));
        } finally {
          restore();
        }
      });

      it('storage full: the data shows, and nothing throws', async () => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        try {
          expectReady(await load(tag, `/net/json?id=${uniqueId('full')}&body=${body}`));
        } finally {
          Storage.prototype.setItem = setItem;
        }
      });
    });
  }
});

/**
 * Lifecycle: fifty widgets on one page; each widget created and removed a thousand times without
 * leaving a timer, a window or document listener, a DOM node or heap behind (nodes, listeners and
 * heap are read in Chromium through the test runner, after garbage collection); and `src` changed
 * in quick succession settles on the last URL only, the earlier requests aborted.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { watchTimers } from '../helpers/timers.js';
import { serverOpen } from '../helpers/requests.js';
import { createWidget, SERVED_WIDGETS, WIDGET_CASES, type WidgetCase } from './widgets.js';

interface HeapMetrics {
  nodes: number;
  listeners: number;
  heapBytes: number;
  documents: number;
}

const ROUNDS = 1000;
/** What a thousand rounds may add: far less than one node, listener or kilobyte per round. */
const MAX_NODE_GROWTH = 200;
const MAX_LISTENER_GROWTH = 20;
const MAX_HEAP_GROWTH = 2 * 1024 * 1024;

/** One case per widget tag: the first the table lists. */
const ONE_PER_TAG: WidgetCase[] = WIDGET_CASES.filter((widget, index) => WIDGET_CASES.findIndex((other) => other.tag === widget.tag) === index);

/**
 * Counts the listeners our source adds to window and document and has not removed: a wrapper
 * around add/removeEventListener that only looks at calls made from /src/.
 */
function watchListeners(): { active: () => number; restore: () => void } {
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const active = new Map<string, number>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
    if (!ids.has(listener as object)) ids.set(listener as object, nextId++);
    return `${target === window ? 'window' : 'document'} ${type} ${ids.get(listener as object)} ${capture}`;
  };
  const watched = (target: EventTarget, listener: unknown) =>
    (target === window || target === document) && typeof listener === 'function' && new Error().stack?.includes('/src/');
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (watched(this, listener) && !(typeof options === 'object' && options.once)) active.set(keyOf(this, type, listener, options), 1);
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (watched(this, listener)) active.delete(keyOf(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    active: () => active.size,
    restore: () => {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

/** Chromium's counters after garbage collection; null in other browsers. */
async function heapMetrics(): Promise<HeapMetrics | null> {
  return (await executeServerCommand<HeapMetrics | false, undefined>('heap-metrics')) || null;
}

async function createAndRemove(widget: WidgetCase, container: HTMLElement, rounds: number): Promise<void> {
  const data = widget.base();
  for (let round = 0; round < rounds; round++) {
    const el = createWidget(widget);
    el.data = data;
    container.append(el);
    await el.updateComplete;
    el.remove();
  }
}

describe('lifecycle', function () {
  this.timeout(120_000);
  const container = document.createElement('div');
  before(async () => {
    document.body.append(container);
    await whenMarkdownReady();
  });
  afterEach(() => container.replaceChildren());

  it('fifty widgets on one page all reach their ready state', async () => {
    const cases = Array.from({ length: 50 }, (_, index) => WIDGET_CASES[index % WIDGET_CASES.length]!);
    const els = cases.map((widget) => {
      const el = createWidget(widget);
      el.data = widget.base();
      return el;
    });
    const loads = els.map((el) => new Promise((resolve) => el.addEventListener('ahrca-load', resolve, { once: true })));
    container.append(...els);
    await Promise.all(loads);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.filter((el) => el.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)')).length).to.equal(50);
  });

  for (const widget of ONE_PER_TAG) {
    it(`${widget.name}: created and removed ${ROUNDS} times, it leaves no timer, listener, node or heap behind`, async () => {
      const timers = watchTimers('/src/');
      const listeners = watchListeners();
      try {
        await createAndRemove(widget, container, 50);
        await aTimeout(50);
        const before = await heapMetrics();
        const listenersBefore = listeners.active();
        await createAndRemove(widget, container, ROUNDS);
        await aTimeout(50);
        expect([...timers.pending].length, 'timers still pending').to.equal(0);
        expect(listeners.active() - listenersBefore, 'window and document listeners not removed').to.equal(0);
        const after = await heapMetrics();
        if (before && after) {
          expect(after.nodes - before.nodes, `DOM nodes alive (${before.nodes} → ${after.nodes})`).to.be.below(MAX_NODE_GROWTH);
          expect(after.listeners - before.listeners, `event listeners (${before.listeners} → ${after.listeners})`).to.be.below(MAX_LISTENER_GROWTH);
          expect(after.heapBytes - before.heapBytes, `JS heap (${before.heapBytes} → ${after.heapBytes})`).to.be.below(MAX_HEAP_GROWTH);
          expect(after.documents).to.be.at.most(before.documents);
        }
      } finally {
        timers.restore();
        listeners.restore();
      }
    });
  }

  it('the heap is measured in Chromium', async function () {
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    expect(await heapMetrics()).to.include.keys('nodes', 'listeners', 'heapBytes');
  });

  for (const { tag, body } of SERVED_WIDGETS) {
    it(`<${tag}>: src changed twenty times in quick succession settles on the last one, the others aborted`, async () => {
      const run = `rapid-${tag}-${Date.now()}`;
      // The earlier a URL is set, the later its answer would come: only aborting keeps it off screen.
      const urls = Array.from({ length: 20 }, (_, index) => `/net/json?id=${run}-${index}&body=${body}&delay=${(20 - index) * 40}`);
      const el = document.createElement(tag) as HTMLElement & { src: string; retries: number };
      el.lang = 'en';
      el.retries = 0;
      const loads: string[] = [];
      const errors: string[] = [];
      el.addEventListener('ahrca-load', (event) => loads.push((event as CustomEvent).detail.source));
      el.addEventListener('ahrca-error', (event) => errors.push((event as CustomEvent).detail.message));
      container.append(el);
      for (const url of urls) {
        el.src = url;
        await aTimeout(5);
      }
      await waitUntil(() => loads.length > 0, 'nothing loaded', { timeout: 5000 });
      // Every request has ended on the server, aborted or answered (the slowest after 800 ms): an
      // answer not aborted would reach the element in the tasks that follow.
      const stillOpen = async () => (await Promise.all(urls.map((_, index) => serverOpen(`${run}-${index}`)))).reduce((sum, count) => sum + count, 0);
      await waitUntil(async () => (await stillOpen()) === 0, 'requests still open on the server', { timeout: 5000 });
      for (let round = 0; round < 2; round++) await new Promise<void>((resolve) => setTimeout(resolve));
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(loads).to.have.length(1);
      expect(new URL(loads[0]!).search).to.equal(new URL(urls.at(-1)!, location.href).search);
      expect(errors).to.deep.equal([]);
    });
  }
});

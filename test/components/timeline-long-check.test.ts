/**
 * A long timeline shows its first screen once every event's outline (id, dates, tags, group, text
 * format) holds, and checks the rest of each event before showing it and in the background after.
 * What a reader may see of bad data, and what the page hears, must stay what checking everything
 * first gave: no field that fails its check reaches the screen, and the error names every problem.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import type { AhrcaErrorDetail } from '../../src/core/events.js';
import { readCopy } from '../../src/core/kept-copies.js';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { TimelineSchema } from '../../src/core/schema/timeline.js';
import { validate } from '../../src/core/schema/validate.js';
import { copyKeyOf } from '../helpers/storage.js';
import { manyEvents, part, removePages, type Data } from './timeline-helpers.js';

const JAVASCRIPT_URL = 'javascript:alert(1)';

interface Watched {
  el: AhrcaTimeline;
  /** Event types in the order the element fired them. */
  fired: string[];
  errors: AhrcaErrorDetail[];
  /** Ids of the events whose content was ever in the shadow root. */
  shownIds: Set<string>;
  /** True once any link or image with a javascript: URL was in the shadow root. */
  sawScriptUrl: boolean;
}

const cleanups: (() => void)[] = [];

/** Puts a timeline on the page and records, from its first render on, what it showed and fired. */
function watch(setUp: (el: AhrcaTimeline) => void): Watched {
  const el = document.createElement('ahrca-timeline');
  const watched: Watched = { el, fired: [], errors: [], shownIds: new Set(), sawScriptUrl: false };
  for (const type of ['ahrca-load', 'ahrca-error']) {
    el.addEventListener(type, (event) => {
      watched.fired.push(type);
      if (type === 'ahrca-error') watched.errors.push((event as CustomEvent<AhrcaErrorDetail>).detail);
    });
  }
  const look = () => {
    const root = el.shadowRoot;
    if (!root) return;
    for (const row of root.querySelectorAll<HTMLElement>('[data-key]')) {
      if (row.querySelector('[part~="event"]') || row.matches('[part~="event"]')) watched.shownIds.add(row.dataset['key']!);
    }
    if (root.querySelector('a[href^="javascript:"], img[src^="javascript:"]')) watched.sawScriptUrl = true;
  };
  const observer = new MutationObserver(look);
  setUp(el);
  const container = document.createElement('div');
  document.body.append(container);
  container.append(el);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
  cleanups.push(() => {
    observer.disconnect();
    container.remove();
  });
  return watched;
}

/** What checking the whole payload at once says, as the element reports it. */
function wholeCheck(payload: unknown, source = 'property'): string {
  const result = validate(TimelineSchema, payload);
  expect(result.ok, 'the payload is meant to be invalid').to.equal(false);
  return `${source}: ${result.ok ? '' : result.errors.join('; ')}`;
}

/** Puts a timeline with `payload` on the page and waits until it has refused it. */
async function untilRefused(payload: unknown): Promise<Watched> {
  quietConsole();
  const watched = watch((el) => (el.data = payload));
  // 2,000 events are checked in slices: seconds on a busy machine.
  await waitUntil(() => watched.errors.length > 0, 'no ahrca-error', { timeout: 10_000 });
  await watched.el.updateComplete;
  return watched;
}

function quietConsole(): void {
  const original = console.error;
  console.error = () => undefined;
  cleanups.push(() => (console.error = original));
}

before(async () => {
  await whenMarkdownReady();
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  removePages();
});

describe('<ahrca-timeline> checking a long timeline after its first screen', () => {
  it('shows the first screen, then the error naming an event far down the list, as the whole check would', async () => {
    const events: Data[] = manyEvents(2000);
    events[1500] = { ...events[1500], media: { kind: 'image', url: JAVASCRIPT_URL } };
    events[1700] = { ...events[1700], title: '' };
    const payload = { title: 'Long', events };
    const watched = await untilRefused(payload);

    expect(watched.shownIds.has('event-0'), 'the first screen was shown').to.equal(true);
    expect(watched.shownIds.has('event-1500')).to.equal(false);
    expect(watched.sawScriptUrl).to.equal(false);
    expect(watched.fired).to.deep.equal(['ahrca-error']);
    expect(watched.errors[0]!.reason).to.equal('invalid-data');
    expect(watched.errors[0]!.message).to.equal(wholeCheck(payload));
    expect(watched.errors[0]!.message).to.include('events[1500].media.url: expected an http(s), mailto or tel URL');
    expect(watched.errors[0]!.message).to.include('events[1700].title: expected non-empty text');
    expect(part(watched.el, 'error')).to.not.equal(null);
    expect(part(watched.el, 'event')).to.equal(null);
  });

  it('never shows an event on the first screen that fails its check', async () => {
    const events: Data[] = manyEvents(1200);
    // The oldest event, first in the list: its row stays empty until the error replaces the timeline.
    events[0] = { ...events[0], media: { kind: 'image', url: JAVASCRIPT_URL }, text: 42 };
    const payload = { events };
    const watched = await untilRefused(payload);

    expect(watched.shownIds.has('event-1'), 'the rest of the first screen was shown').to.equal(true);
    expect(watched.shownIds.has('event-0')).to.equal(false);
    expect(watched.sawScriptUrl).to.equal(false);
    expect(watched.errors[0]!.message).to.equal(wholeCheck(payload));
    expect(watched.fired).to.deep.equal(['ahrca-error']);
  });

  it('checks everything first when the outline itself fails, and shows nothing of it', async () => {
    const events: Data[] = manyEvents(1200);
    events[900] = { ...events[900], date: 2005 };
    events[901] = { ...events[901], media: { kind: 'image', url: JAVASCRIPT_URL } };
    const payload = { events };
    const watched = await untilRefused(payload);

    expect([...watched.shownIds]).to.deep.equal([]);
    expect(watched.errors[0]!.message).to.equal(wholeCheck(payload));
    expect(watched.errors[0]!.message).to.include('events[900].date');
    expect(watched.errors[0]!.message).to.include('events[901].media.url');
  });

  it('announces a valid long timeline once, after every event has been checked', async () => {
    const watched = watch((el) => (el.data = { events: manyEvents(1500) }));
    await waitUntil(() => watched.fired.length > 0, 'no ahrca-load');
    await watched.el.updateComplete;
    expect(watched.fired).to.deep.equal(['ahrca-load']);
    expect(part(watched.el, 'event')).to.not.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watched.fired).to.deep.equal(['ahrca-load']);
  });

  it('keeps no copy of a long timeline from src that fails after its first screen', async () => {
    quietConsole();
    const events: Data[] = manyEvents(1200);
    events[1100] = { ...events[1100], title: '' };
    const url = `${location.origin}/long-check/${Math.random().toString(36).slice(2)}.json`;
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input) === url
        ? Promise.resolve(new Response(JSON.stringify({ events }), { headers: { 'content-type': 'application/json' } }))
        : original(input, init);
    cleanups.push(() => (window.fetch = original));
    const watched = watch((el) => (el.src = url));
    // 2,000 events are checked in slices: seconds on a busy machine.
    await waitUntil(() => watched.errors.length > 0, 'no ahrca-error', { timeout: 10_000 });
    expect(watched.errors[0]!.message).to.include('events[1100].title');
    expect(watched.shownIds.size).to.be.above(0);
    expect(await readCopy(copyKeyOf('ahrca-timeline', url))).to.equal(undefined);
  });
});

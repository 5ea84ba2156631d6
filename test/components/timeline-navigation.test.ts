/**
 * Getting around an <ahrca-timeline>: deep links, kept in place while images arrive late, the
 * keyboard (scoped to the element, with two timelines on a page), hidden and resized containers,
 * and 10,000 events of which only those near the viewport are in the DOM.
 */
import { expect, html } from '@open-wc/testing';
import { englishPage } from '../helpers/page.js';
import { waitUntil } from '../helpers/wait.js';
import { serverCount } from '../helpers/requests.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import {
  $,
  $$,
  arriveWithHash,
  focusedId,
  manyEvents,
  mountLoaded,
  mountPage,
  part,
  parts,
  removePages,
  renderedIds,
  settle,
  textOf,
  timelinesIn,
  waitForRowsToCover,
  type Data,
} from './timeline-helpers.js';

const big = { events: manyEvents(10_000) };

function inViewport(element: Element | null): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  return rect.height > 0 && rect.top >= -1 && rect.top < window.innerHeight;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

async function focusEvent(el: AhrcaTimeline, id: string): Promise<void> {
  $(el, `#event-${id}`)!.focus();
  await el.updateComplete;
}

/** Whether the last keydown that reached the window was cancelled (by the timeline, or by no one). */
let lastKeyPrevented: boolean | undefined;
const noteKey = (event: KeyboardEvent) => (lastKeyPrevented = event.defaultPrevented);

/** `count` events, each with an image that arrives `delay` ms late, as wide as its column once it has. */
function eventsWithLateImages(count: number, delay = 600): Data[] {
  const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return manyEvents(count).map((event, index) => ({
    ...event,
    media: { kind: 'image', url: `/net/image?id=late-${run}-${index}&delay=${delay}`, alt: `Picture ${index}` },
  }));
}

/**
 * Waits until some image above `row` has arrived and none the browser asked for is still on its
 * way (the fixture server counts the requests): lazy images far from the view are never asked for.
 */
async function imagesAboveArrived(el: AhrcaTimeline, row: Element): Promise<void> {
  const above = $$(el, 'img').filter((image) => image.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING) as HTMLImageElement[];
  const arrived = (image: HTMLImageElement) => image.complete && image.naturalWidth > 0;
  const asked = async (image: HTMLImageElement) => (await serverCount(new URL(image.src).searchParams.get('id')!)) > 0;
  let waiting = -1;
  await waitUntil(
    async () => {
      if (!above.some(arrived)) return false;
      waiting = (await Promise.all(above.map(async (image) => !arrived(image) && (await asked(image))))).filter(Boolean).length;
      return waiting === 0;
    },
    () => (waiting < 0 ? 'no image above the event arrived' : `${waiting} images above the event were asked for and never arrived`),
  );
}

englishPage({ markdown: true });

before(async () => {
  await setViewport({ width: 800, height: 600 });
  window.addEventListener('keydown', noteKey);
});

after(() => {
  window.removeEventListener('keydown', noteKey);
});

afterEach(() => {
  removePages();
  arriveWithHash(undefined);
  window.scrollTo(0, 0);
});

describe('<ahrca-timeline> deep links', () => {
  it('opens at the event named in the address, in view and focused, deep in 10,000 events', async () => {
    arriveWithHash('event-8765');
    const el = await mountLoaded(big);
    await waitUntil(() => focusedId(el) === 'event-8765', 'the event was not focused', { timeout: 3000 });
    await settle(el);
    expect(inViewport($(el, '#event-event-8765')), 'the event is not in view').to.equal(true);
    expect(renderedIds(el).length).to.be.below(130);
  });

  it('follows a #link the reader follows while the page is open', async () => {
    const el = await mountLoaded({ events: manyEvents(300) });
    location.hash = 'event-250';
    await waitUntil(() => focusedId(el) === 'event-250', 'the event was not focused');
    expect(inViewport($(el, '#event-event-250'))).to.equal(true);
  });

  it('shows an event that search or a filter hid when its link is followed', async () => {
    const el = await mountLoaded({ events: manyEvents(40) });
    const field = part(el, 'search') as HTMLInputElement;
    field.value = 'number 5';
    field.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(renderedIds(el)).not.to.include('event-2');
    location.hash = 'event-2';
    await waitUntil(() => focusedId(el) === 'event-2', 'the hidden event was not shown');
    expect(field.value).to.equal('');
    expect(renderedIds(el)).to.have.length(40);
  });

  it('leaves the timeline as it is for a fragment that names no event', async () => {
    arriveWithHash('no-such-event');
    const el = await mountLoaded({ events: manyEvents(10) });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(window.scrollY).to.equal(0);
  });

  it('reveal(id) scrolls to and focuses an event, and says whether there was one', async () => {
    const el = await mountLoaded(big);
    expect(await el.reveal('event-4321')).to.equal(true);
    expect(focusedId(el)).to.equal('event-4321');
    expect(await el.reveal('missing')).to.equal(false);
  });

  it('gives each event a unique DOM id inside its shadow root', async () => {
    const el = await mountLoaded({ events: manyEvents(40) });
    const ids = $$(el, '[id]').map((element) => element.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('<ahrca-timeline> while images arrive late', () => {
  for (const [count, kind] of [
    [6, 'a short timeline'],
    [80, 'a long timeline'],
  ] as const) {
    it(`keeps ${kind} at the event it opened while images above it arrive`, async () => {
      const el = await mountLoaded({ events: eventsWithLateImages(count) });
      const target = `event-${count - 2}`;
      expect(await el.reveal(target, { focus: false })).to.equal(true);
      const row = $(el, `#event-${target}`)!;
      const opened = row.getBoundingClientRect().top;
      expect(window.scrollY, 'the page did not scroll to the event').to.be.above(0);
      await imagesAboveArrived(el, row);
      await settle(el);
      // Where it opened, or higher: the image under it may have made room for it to reach the top.
      const top = row.getBoundingClientRect().top;
      expect(top, 'the event moved down').to.be.within(-1, opened + 1);
    });
  }

  it('lets the reader scroll away from an event it opened, and leaves them there', async () => {
    const el = await mountLoaded({ events: eventsWithLateImages(6, 300) });
    expect(await el.reveal('event-4', { focus: false })).to.equal(true);
    window.scrollTo(0, 0);
    const before = el.getBoundingClientRect().top;
    await imagesAboveArrived(el, $(el, '#event-event-4')!);
    await settle(el);
    expect(window.scrollY).to.equal(0);
    expect(el.getBoundingClientRect().top).to.equal(before);
  });

  it('lets go of an event it opened once the reader moves focus in the timeline', async () => {
    const el = await mountLoaded({ events: eventsWithLateImages(6, 300) });
    expect(await el.reveal('event-4', { focus: false })).to.equal(true);
    const scrolled = window.scrollY;
    (part(el, 'search') as HTMLInputElement).focus({ preventScroll: true });
    await imagesAboveArrived(el, $(el, '#event-event-4')!);
    await settle(el);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('keeps the row a reader scrolled to in a long timeline while images above it arrive', async () => {
    const el = await mountLoaded({ events: eventsWithLateImages(80) });
    const middle = $(el, '#event-event-2')!;
    window.scrollTo(0, window.scrollY + middle.getBoundingClientRect().top + 400);
    await settle(el);
    await waitForRowsToCover(el, 'no rows where the reader scrolled');
    // The first row that starts in view: what the reader reads at the top of the screen.
    const row = $$(el, 'li.row').find((candidate) => candidate.getBoundingClientRect().top >= 0)!;
    const before = row.getBoundingClientRect().top;
    await imagesAboveArrived(el, row);
    await settle(el);
    expect(row.isConnected).to.equal(true);
    // Within a pixel or two: Firefox scrolls by whole pixels, and rows sit at fractions of one.
    expect(row.getBoundingClientRect().top, `${row.dataset['key']} moved`).to.be.closeTo(before, 2);
  });
});

describe('<ahrca-timeline> keyboard', () => {
  it('moves between events with the arrow keys while an event has focus', async () => {
    const el = await mountLoaded({ events: manyEvents(100) });
    await focusEvent(el, 'event-0');
    const moves: [string, string][] = [
      ['ArrowDown', 'event-1'],
      ['ArrowRight', 'event-2'],
      ['ArrowUp', 'event-1'],
      ['ArrowLeft', 'event-0'],
      ['ArrowUp', 'event-0'],
    ];
    for (const [key, expected] of moves) {
      await press(key);
      await waitUntil(() => focusedId(el) === expected, `${key} did not reach ${expected} (at ${focusedId(el)})`);
      expect(lastKeyPrevented, `${key} should not scroll the page too`).to.equal(true);
    }
  });

  it('moves from a link or button inside an event too', async () => {
    const el = await mountLoaded({ events: manyEvents(10) });
    $(el, '#event-event-3 [part~="copy-link"]')!.focus();
    await press('ArrowDown');
    await waitUntil(() => focusedId(el) === 'event-4' && el.shadowRoot!.activeElement?.localName === 'article');
  });

  it('jumps to the last event with End and back with Home, rendering it first', async () => {
    const el = await mountLoaded(big);
    await focusEvent(el, 'event-0');
    await press('End');
    await waitUntil(() => focusedId(el) === 'event-9999', 'End did not reach the last event', { timeout: 3000 });
    expect(inViewport($(el, '#event-event-9999'))).to.equal(true);
    await press('Home');
    await waitUntil(() => focusedId(el) === 'event-0', 'Home did not reach the first event', { timeout: 3000 });
    expect(inViewport($(el, '#event-event-0'))).to.equal(true);
  });

  it('is one tab stop that follows the reader (roving tabindex)', async () => {
    const el = await mountLoaded({ events: manyEvents(20) });
    const tabStops = () =>
      parts(el, 'event')
        .filter((article) => article.tabIndex === 0)
        .map((article) => article.id);
    expect(tabStops()).to.deep.equal(['event-event-0']);
    await focusEvent(el, 'event-0');
    await press('ArrowDown');
    await waitUntil(() => focusedId(el) === 'event-1');
    expect(tabStops()).to.deep.equal(['event-event-1']);
  });

  it('leaves keys alone outside the timeline, and with modifiers', async () => {
    const page = await mountPage(html`<button id="outside">Outside</button><ahrca-timeline .data=${{ events: manyEvents(20) }}></ahrca-timeline>`);
    const [el] = timelinesIn(page);
    page.querySelector<HTMLButtonElement>('#outside')!.focus();
    await press('ArrowDown');
    expect(lastKeyPrevented).to.equal(false);
    expect(el!.shadowRoot!.activeElement).to.equal(null);
    await focusEvent(el!, 'event-5');
    await sendKeys({ down: 'Shift' });
    await press('ArrowDown');
    await sendKeys({ up: 'Shift' });
    expect(lastKeyPrevented).to.equal(false);
    expect(focusedId(el!)).to.equal('event-5');
  });

  it('listens for keys on itself only: nothing on document or window', async () => {
    const added: string[] = [];
    const originals = [document.addEventListener, window.addEventListener] as const;
    for (const target of [document, window]) {
      const original = target.addEventListener;
      target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        added.push(`${target === document ? 'document' : 'window'}:${type}`);
        return (original as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.addEventListener;
    }
    try {
      const el = await mountLoaded({ events: manyEvents(30) });
      await focusEvent(el, 'event-0');
      await press('ArrowDown');
      await waitUntil(() => focusedId(el) === 'event-1');
    } finally {
      document.addEventListener = originals[0];
      window.addEventListener = originals[1];
    }
    expect(added.filter((entry) => /key/.test(entry))).to.deep.equal([]);
  });

  it('keeps two timelines on one page independent', async () => {
    const page = await mountPage(html`
      <ahrca-timeline id="a" .data=${{ events: manyEvents(30) }}></ahrca-timeline>
      <ahrca-timeline id="b" .data=${{ events: manyEvents(30) }}></ahrca-timeline>
    `);
    const [a, b] = timelinesIn(page) as [AhrcaTimeline, AhrcaTimeline];
    const tabStop = (el: AhrcaTimeline) => parts(el, 'event').find((article) => article.tabIndex === 0)?.id;
    await focusEvent(a, 'event-0');
    await press('ArrowDown');
    await press('ArrowDown');
    await waitUntil(() => focusedId(a) === 'event-2');
    expect(tabStop(b)).to.equal('event-event-0');
    await focusEvent(b, 'event-0');
    await press('End');
    await waitUntil(() => focusedId(b) === 'event-29');
    expect(tabStop(a)).to.equal('event-event-2');
    expect(document.activeElement).to.equal(b);
  });
});

describe('<ahrca-timeline> in hidden and resized containers', () => {
  it('renders once a closed <details> around it opens', async () => {
    const page = await mountPage(
      html`<details>
        <summary>Timeline</summary>
        <ahrca-timeline .data=${{ events: manyEvents(500) }}></ahrca-timeline>
      </details>`,
    );
    const [el] = timelinesIn(page) as [AhrcaTimeline];
    await settle(el);
    page.querySelector('details')!.open = true;
    await waitForRowsToCover(el, 'the rows did not fill the viewport once the <details> opened');
    const first = $(el, '#event-event-0')!.getBoundingClientRect();
    expect(first.height).to.be.above(40);
    expect(textOf(part(el, 'event-title'))).to.equal('Event number 0');
  });

  it('renders once a container hidden with display:none is shown', async () => {
    const page = await mountPage(html`<div id="tab" hidden><ahrca-timeline .data=${{ events: manyEvents(500) }}></ahrca-timeline></div>`);
    const [el] = timelinesIn(page) as [AhrcaTimeline];
    await settle(el);
    page.querySelector<HTMLElement>('#tab')!.hidden = false;
    await waitForRowsToCover(el, 'the rows did not fill the viewport once the tab was shown');
    window.scrollTo(0, 20_000);
    await waitForRowsToCover(el, 'the rows did not follow the scroll after the tab was shown');
  });

  it('measures again when its container changes width', async () => {
    const page = await mountPage(html`<div style="inline-size: 40rem"><ahrca-timeline .data=${{ events: manyEvents(500) }}></ahrca-timeline></div>`);
    const [el] = timelinesIn(page) as [AhrcaTimeline];
    await waitForRowsToCover(el, 'not covered at 40rem');
    const wide = el.getBoundingClientRect().height;
    (page.firstElementChild as HTMLElement).style.inlineSize = '18rem';
    // How much it grows depends on which rows are on screen to measure (a year heading, a gap
    // line): 1.13× after the tests before it, 1.41× alone. That it grows at all is the point.
    await waitUntil(() => el.getBoundingClientRect().height > wide * 1.05, 'the list did not grow when its text wrapped more');
    window.scrollTo(0, el.getBoundingClientRect().height / 2);
    await waitForRowsToCover(el, 'not covered at 18rem');
  });

  it('follows the scroll of a scrolling container it sits in', async () => {
    const page = await mountPage(
      html`<div id="box" style="block-size: 300px; overflow: auto"><ahrca-timeline .data=${{ events: manyEvents(2000) }}></ahrca-timeline></div>`,
    );
    const [el] = timelinesIn(page) as [AhrcaTimeline];
    const box = page.querySelector<HTMLElement>('#box')!;
    await settle(el);
    box.scrollTop = box.scrollHeight / 2;
    await waitUntil(
      () => {
        const visible = box.getBoundingClientRect();
        const rows = $$(el, 'li.row').map((row) => row.getBoundingClientRect());
        return rows.length > 0 && rows[0]!.top <= visible.top && rows.at(-1)!.bottom >= visible.bottom;
      },
      'the rows did not fill the scrolled box',
      { timeout: 3000 },
    );
    const middle = Number(renderedIds(el)[0]!.split('-')[1]);
    expect(middle).to.be.within(700, 1300);
  });
});

describe('<ahrca-timeline> with 10,000 events', () => {
  it('keeps only the events near the viewport in the DOM, with a scroll height for all', async () => {
    const el = await mountLoaded(big);
    await waitForRowsToCover(el, 'the first screen is not filled');
    expect(renderedIds(el).length).to.be.within(2, 60);
    expect(part(el, 'events')!.getBoundingClientRect().height).to.be.above(10_000 * 60);
    expect(textOf(part(el, 'count'))).to.equal('10,000 events');
    expect($$(el, 'li.row')[0]!.getAttribute('aria-setsize')).to.equal('10000');
  });

  it('renders the events wherever the reader scrolls', async () => {
    const el = await mountLoaded(big);
    for (const fraction of [0.5, 0.999, 0.25]) {
      // The height is an estimate that improves as rows are measured: read it each time.
      const list = part(el, 'events')!.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + list.top + list.height * fraction);
      await waitForRowsToCover(el, `not covered at ${fraction * 100}%`);
      const first = Number(renderedIds(el)[0]!.split('-')[1]);
      expect(first, `first row at ${fraction * 100}%`).to.be.within(10_000 * fraction - 400, 10_000 * fraction + 400);
      expect(Number($$(el, 'li.row')[0]!.getAttribute('aria-posinset'))).to.equal(first + 1);
    }
  });

  it('parses markdown only for the events it renders', async () => {
    const el = await mountLoaded(big);
    await settle(el);
    const rows = renderedIds(el).length;
    expect($$(el, '[part~="text"] strong')).to.have.length(rows);
  });

  it('finds through search an event that is not in the DOM', async () => {
    const el = await mountLoaded(big);
    expect(renderedIds(el)).not.to.include('event-9876');
    const field = part(el, 'search') as HTMLInputElement;
    field.value = 'number 9876';
    field.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(renderedIds(el)).to.deep.equal(['event-9876']);
  });

  it('filters and reverses them', async () => {
    const el = await mountLoaded(big);
    parts(el, 'chip')
      .find((chip) => textOf(chip) === 'odd')!
      .click();
    await el.updateComplete;
    expect(textOf(part(el, 'count'))).to.equal('5,000 of 10,000 events');
    el.order = 'newest';
    await el.updateComplete;
    expect(renderedIds(el)[0]).to.equal('event-9999');
  });
});

/**
 * Withdrawn means gone (issue #15). A reader saw a full profile once; then its file withdraws it, in
 * each way a file can: a valid withdrawal, a malformed one that still names the person, an unknown
 * reason, `withdrawn: null` inside a feed, or 410 Gone. From then on the old name is never on screen,
 * not for a moment while loading, nor in anything the origin stores, nor when the network fails.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import { everythingStored } from '../helpers/storage.js';
import { serverCount } from '../helpers/requests.js';

const SECRET = 'Secretname';
const RUN = `wd-${Math.random().toString(36).slice(2, 10)}`;
let serial = 0;
const uniqueId = (name: string) => `${RUN}-${name}-${++serial}`;
/**
 * A withdrawal is remembered for the rest of the page's life, so each test withdraws a person of its
 * own: the fixtures' person `w1` takes this id.
 */
let person = '';
beforeEach(() => {
  person = uniqueId('person');
});
const steps = (id: string, list: string) => `/net/steps?id=${id}&person=${person}&steps=${list}`;

type Widget = HTMLElement & { src?: string; timeout: number; retries: number; person?: string; updateComplete: Promise<boolean> };

interface Visit {
  el: Widget;
  /** Every text the widget's shadow root showed, one entry per change. */
  shown: string[];
  events: { type: string; stale?: boolean; at: number }[];
}

const mounted: Widget[] = [];
const originalConsoleError = console.error;

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  console.error = originalConsoleError;
});

/**
 * Puts a widget on the page and records every text it shows from its first render on, until it has
 * settled: the server answered the visit's request and the widget announced a fresh state or a failure.
 */
async function visit(tag: string, src: string, id: string, requests: number, settings: Partial<Widget> = {}): Promise<Visit> {
  console.error = () => {};
  const el = document.createElement(tag) as Widget;
  el.lang = 'en';
  el.retries = 0;
  el.timeout = 3000;
  Object.assign(el, settings);
  el.src = src;
  const record: Visit = { el, shown: [], events: [] };
  const started = performance.now();
  for (const type of ['ahrca-load', 'ahrca-error']) {
    el.addEventListener(type, (event) => {
      const detail = (event as CustomEvent<{ stale?: boolean }>).detail;
      record.events.push({ type, stale: detail.stale, at: performance.now() - started });
    });
  }
  document.body.append(el);
  mounted.push(el);
  const root = el.shadowRoot!;
  new MutationObserver(() => record.shown.push(root.textContent ?? '')).observe(root, { subtree: true, childList: true, characterData: true });
  await waitUntil(async () => (await serverCount(id)) >= requests, 'the request never reached the server', { timeout: 5000 });
  await waitUntil(() => record.events.some((event) => event.type === 'ahrca-error' || event.stale === false), 'the widget never settled', { timeout: 5000 });
  await el.updateComplete;
  record.shown.push(root.textContent ?? '');
  return record;
}

const everShown = (record: Visit) => record.shown.some((text) => text.includes(SECRET));

async function expectNothingStored(): Promise<void> {
  await waitUntil(async () => !(await everythingStored()).includes(SECRET), 'the name is still stored on this origin', { timeout: 5000 });
}

const WITHDRAWALS = [
  ['a valid withdrawal', 'person-withdrawn'],
  ['a malformed withdrawal that still holds the name', 'person-withdrawn-true'],
  ['a withdrawal with a reason the widget does not know', 'person-withdrawn-unknown'],
  ['410 Gone', '410'],
] as const;

describe('withdrawn means gone', () => {
  for (const [label, answer] of WITHDRAWALS) {
    it(`a card seen once, then ${label}: the name never shows again, on screen or in storage`, async () => {
      const id = uniqueId('card');
      // The withdrawal takes a moment to arrive: a kept copy must not fill that moment.
      const src = steps(id, `person-secret,${answer}~300,503`);
      const first = await visit('ahrca-prisoner-card', src, id, 1);
      expect(everShown(first), 'the first visit shows the person').to.equal(true);
      first.el.remove();

      const second = await visit('ahrca-prisoner-card', src, id, 2);
      expect(everShown(second), 'shown after the withdrawal').to.equal(false);
      expect(second.el.shadowRoot!.querySelector('[part~="withdrawn"]')?.textContent?.trim()).to.equal('This profile has been withdrawn.');
      expect(second.el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      await expect(second.el).to.be.accessible();
      await expectNothingStored();
      second.el.remove();

      // Then the network fails: what the origin kept shows, and it holds nothing of the person.
      const third = await visit('ahrca-prisoner-card', src, id, 3);
      expect(everShown(third), 'shown from a kept copy').to.equal(false);
      await expectNothingStored();
    });
  }

  it('withdrawn: null inside a feed takes the person off the card that picks them and off the list', async () => {
    const id = uniqueId('feed');
    const src = steps(id, 'feed-secret,feed-secret,feed-withdrawn-null~300,feed-withdrawn-null~300,503');
    const card = await visit('ahrca-prisoner-card', src, id, 1, { person });
    const list = await visit('ahrca-prisoner-list', src, id, 2);
    expect(everShown(card) && everShown(list), 'the first visit shows the person').to.equal(true);
    card.el.remove();
    list.el.remove();

    const cardAgain = await visit('ahrca-prisoner-card', src, id, 3, { person });
    const listAgain = await visit('ahrca-prisoner-list', src, id, 4);
    expect(everShown(cardAgain), 'the card showed the name').to.equal(false);
    expect(everShown(listAgain), 'the list showed the name').to.equal(false);
    expect(cardAgain.el.shadowRoot!.querySelector('[part~="withdrawn"]')).not.to.equal(null);
    expect(listAgain.el.shadowRoot!.textContent).to.include('Publicname Example');
    expect(listAgain.el.shadowRoot!.querySelector('[part~="withdrawn-note"]')?.textContent).to.include('1 profile has been withdrawn');
    await expectNothingStored();
  });

  it('a withdrawal in one feed removes the person from what another source kept', async () => {
    const cardId = uniqueId('elsewhere-card');
    const cardSrc = steps(cardId, 'person-secret,503');
    const first = await visit('ahrca-prisoner-card', cardSrc, cardId, 1);
    expect(everShown(first)).to.equal(true);
    first.el.remove();

    const feedId = uniqueId('elsewhere-feed');
    await visit('ahrca-prisoner-list', steps(feedId, 'feed-withdrawn-null'), feedId, 1);
    await expectNothingStored();

    const offline = await visit('ahrca-prisoner-card', cardSrc, cardId, 2);
    expect(everShown(offline), 'the other source’s kept copy showed the name').to.equal(false);
  });

  it('takes the person off another widget of the page at once', async () => {
    const listId = uniqueId('page-list');
    const list = await visit('ahrca-prisoner-list', steps(listId, 'feed-secret'), listId, 1);
    expect(everShown(list)).to.equal(true);
    const cardId = uniqueId('page-card');
    await visit('ahrca-prisoner-card', steps(cardId, 'person-withdrawn'), cardId, 1);
    await waitUntil(() => !(list.el.shadowRoot!.textContent ?? '').includes(SECRET), 'the list still shows the person');
    expect(list.el.shadowRoot!.textContent).to.include('Publicname Example');
  });

  it('shows a person’s kept copy only once the fresh request has failed, never while it loads', async () => {
    const id = uniqueId('slow');
    // The second answer comes after the widget's timeout: the copy may show then, not before.
    const src = steps(id, 'person-secret,person-secret~2000');
    await visit('ahrca-prisoner-card', src, id, 1);
    mounted[0]!.remove();
    const second = await visit('ahrca-prisoner-card', src, id, 2, { timeout: 600 });
    const staleLoad = second.events.find((event) => event.type === 'ahrca-load' && event.stale === true);
    expect(staleLoad, 'the kept copy was not shown after the timeout').not.to.equal(undefined);
    expect(staleLoad!.at, 'the kept copy showed before the request timed out').to.be.at.least(550);
  });
});

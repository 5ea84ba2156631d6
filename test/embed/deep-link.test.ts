/**
 * `#event-id` deep links through the BUILT iframe embed: the partner page's fragment reaches the
 * timeline inside the frame (at load and when it changes), and with data-ahrca-sync-hash the
 * widget's own `#id` reaches the partner page's address. Only ids cross; nothing adds history.
 */
import { expect } from '@open-wc/testing';
import { eventDomId } from '../../src/components/timeline/timeline-row.js';
import { documentOf, eventually, openUrl, removeFrames, settle, waitForPart } from './pages.js';

const HOST = '/test/fixtures/embed-host.html';
const TIMELINE_EMBED = '/dist/embed.html?widget=timeline&lang=en&src=/demo/data/timeline-andijan.json';
const LATE_EVENT = 'karimov-death-2016-09-02';
const OTHER_EVENT = 'brussels-rally-2011-01-24';

async function openHost(query: Record<string, string>, hash = '') {
  const frame = await openUrl(`${HOST}?${new URLSearchParams(query).toString()}${hash}`, { width: 700, height: 700 });
  const host = () => documentOf(frame);
  const embed = () => host().querySelector<HTMLIFrameElement>('iframe[data-ahrca-embed]')!;
  const inner = () => documentOf(embed());
  await eventually(() => embed()?.contentDocument?.readyState === 'complete', 'the embed frame did not load', 8000);
  await waitForPart(inner, 'ahrca-timeline', 'title');
  return { host, hostWindow: frame.contentWindow!, embed, inner };
}

/** The id of the event the timeline has focused, if any. */
function focusedEvent(inner: Document): string | undefined {
  return inner.querySelector('ahrca-timeline')!.shadowRoot!.activeElement?.id;
}

afterEach(removeFrames);

describe('deep links through the iframe embed', () => {
  it('takes the partner page’s #id to the timeline inside, which opens that event', async () => {
    const { embed, inner } = await openHost({ frame: TIMELINE_EMBED }, `#${LATE_EVENT}`);
    await eventually(() => embed().contentWindow!.location.hash === `#${LATE_EVENT}`, 'the #id did not reach the frame');
    await eventually(() => focusedEvent(inner()) === eventDomId(LATE_EVENT), 'the timeline did not open the event');
  });

  it('scrolls the partner page to that event once the helper has sized the frame to its content', async () => {
    const { hostWindow, embed, inner } = await openHost({ frame: TIMELINE_EMBED }, `#${LATE_EVENT}`);
    const eventTop = () => {
      const article = inner().querySelector('ahrca-timeline')!.shadowRoot!.getElementById(eventDomId(LATE_EVENT));
      return article ? article.getBoundingClientRect().top + embed().getBoundingClientRect().top : Number.NaN;
    };
    // At the top of the window, or as near as the end of the page lets it come.
    const inView = () => eventTop() > -2 && eventTop() < hostWindow.innerHeight / 4;
    // …with the frame grown to its content rather than scrolled inside.
    const grown = () => embed().style.height !== '' && embed().contentWindow!.scrollY === 0;
    await eventually(() => grown() && inView(), 'the event is not at the top of the partner page’s window', 8000);
    expect(hostWindow.scrollY).to.be.above(600);
  });

  it('follows the partner page’s #id when it changes, without a history entry of its own', async () => {
    const { hostWindow, embed, inner } = await openHost({ frame: TIMELINE_EMBED });
    expect(embed().contentWindow!.location.hash).to.equal('');
    const frameEntries = () => (embed().contentWindow as Window & { navigation?: { entries(): unknown[] } }).navigation?.entries().length;
    const entriesBefore = frameEntries();
    hostWindow.location.hash = `#${OTHER_EVENT}`;
    const length = history.length;
    await eventually(() => focusedEvent(inner()) === eventDomId(OTHER_EVENT), 'the timeline did not follow the new #id');
    expect(embed().contentWindow!.location.hash).to.equal(`#${OTHER_EVENT}`);
    // The frame's own entries, where the browser lists them (the Navigation API), tell exactly. The
    // page's history.length only at most: Firefox keeps 50 entries, and at that cap one more pushes
    // the oldest out, some time later.
    expect(frameEntries(), 'the frame added a step to the reader’s Back history').to.equal(entriesBefore);
    expect(history.length, 'the frame added a step to the reader’s Back history').to.be.at.most(length);
  });

  it('passes only fragments that are ids: a token or a route stays on the partner page', async () => {
    const { embed } = await openHost({ frame: TIMELINE_EMBED }, '#access_token=secret&state=1');
    await settle();
    expect(embed().contentWindow!.location.hash).to.equal('');
  });

  it('with data-ahrca-sync-hash, puts the event whose link a reader copies in the partner page’s address', async () => {
    const { hostWindow, inner } = await openHost({ frame: TIMELINE_EMBED, sync: '1' });
    const length = history.length;
    const timeline = inner().querySelector('ahrca-timeline')!;
    const button = timeline.shadowRoot!.querySelector<HTMLButtonElement>(`#${eventDomId(OTHER_EVENT)} [part~="copy-link"]`)!;
    button.click();
    await eventually(() => hostWindow.location.hash === `#${OTHER_EVENT}`, 'the partner page’s address did not show the event');
    expect(history.length, 'the partner page’s history grew').to.equal(length);
  });

  it('without data-ahrca-sync-hash, leaves the partner page’s address alone', async () => {
    const { hostWindow, embed, inner } = await openHost({ frame: TIMELINE_EMBED });
    const timeline = inner().querySelector('ahrca-timeline')!;
    timeline.shadowRoot!.querySelector<HTMLButtonElement>(`#${eventDomId(OTHER_EVENT)} [part~="copy-link"]`)!.click();
    await eventually(() => embed().contentWindow!.location.hash === `#${OTHER_EVENT}`, 'the embed page did not note the event');
    await settle();
    expect(hostWindow.location.hash).to.equal('');
  });
});

describe('deep links to a person in the prisoner list', () => {
  const LIST_EMBED = '/dist/embed.html?widget=prisoner-list&lang=en&src=/demo/data/prisoners.json';

  async function openList(query: Record<string, string>, hash = '') {
    const frame = await openUrl(`${HOST}?${new URLSearchParams({ frame: LIST_EMBED, ...query }).toString()}${hash}`, { width: 700, height: 700 });
    const host = () => documentOf(frame);
    const embed = () => host().querySelector<HTMLIFrameElement>('iframe[data-ahrca-embed]')!;
    await eventually(() => embed()?.contentDocument?.readyState === 'complete', 'the embed frame did not load', 8000);
    const inner = () => documentOf(embed());
    await waitForPart(inner, 'ahrca-prisoner-list', 'title');
    const dialog = () => inner().querySelector('ahrca-prisoner-list')!.shadowRoot!.querySelector('dialog');
    return { hostWindow: frame.contentWindow!, inner, dialog };
  }

  it('opens the person the partner page’s #id names', async () => {
    const { dialog } = await openList({}, '#example-misol-xatova');
    await eventually(() => dialog()?.open === true, 'the list did not open the person');
    expect(dialog()!.getAttribute('aria-label')).to.equal('Misol Khatova');
  });

  it('with data-ahrca-sync-hash, names the person a reader opens in the partner page’s address, and clears it on close', async () => {
    const { hostWindow, inner, dialog } = await openList({ sync: '1' });
    const list = inner().querySelector('ahrca-prisoner-list')!;
    const tile = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"]')].find((candidate) => candidate.textContent?.includes('Misol Khatova'))!;
    tile.click();
    await eventually(() => hostWindow.location.hash === '#example-misol-xatova', 'the partner page’s address did not name the person');
    dialog()!.close();
    await eventually(() => hostWindow.location.hash === '', 'the partner page’s address kept the closed person');
  });
});

/**
 * The BUILT iframe helper, dist/embed-resize.js, on a partner page (test/fixtures/embed-host.html):
 * it sizes each embed frame to the height the frame reports, within bounds, and ignores every
 * message that is not from an embed frame's own window and the origin of that frame's src.
 */
import { expect } from '@open-wc/testing';
import { documentOf, eventually, openUrl, OTHER_ORIGIN, removeFrames, settle, waitForPart } from './pages.js';

const HOST = '/test/fixtures/embed-host.html';
const POSTER = '/test/fixtures/post-message.html';
const BANNER_EMBED = '/dist/embed.html?widget=appeal-banner&lang=en&src=/demo/data/appeal-prague-letter.json';
const TIMELINE_EMBED = '/dist/embed.html?widget=timeline&lang=en&src=/demo/data/timeline-andijan.json';

const height = (message: unknown) => `${POSTER}?messages=${encodeURIComponent(JSON.stringify([message]))}`;
const heightMessage = (value: unknown, extra: object = {}) => ({ type: 'ahrca:height', v: 1, height: value, ...extra });

async function openHost(query: Record<string, string> = {}) {
  const frame = await openUrl(`${HOST}?${new URLSearchParams(query).toString()}`, { width: 700, height: 900 });
  const host = () => documentOf(frame);
  await eventually(
    () => query.helper === '0' || [...host().scripts].some((script) => script.src.endsWith('/dist/embed-resize.js')),
    'the host page has no helper',
  );
  return { host, window: frame.contentWindow! };
}

/** Adds an iframe to the host page as the snippet writes it. */
function addFrame(host: Document, src: string, attributes: Record<string, string> = { 'data-ahrca-embed': '' }): Promise<HTMLIFrameElement> {
  const frame = host.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.src = src;
  frame.title = 'Embedded widget';
  frame.height = '600';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  host.getElementById('page')!.append(frame);
  return loaded;
}

const embedFrame = (host: Document) => host.querySelector<HTMLIFrameElement>('iframe[data-ahrca-embed]')!;

afterEach(removeFrames);

describe('dist/embed-resize.js', () => {
  it('sizes a frame to the content of the embed page, and follows it when it changes', async () => {
    const { host } = await openHost({ frame: BANNER_EMBED });
    const inner = () => documentOf(embedFrame(host()));
    await waitForPart(inner, 'ahrca-appeal-banner', 'title');
    const contentHeight = () => Math.ceil(inner().documentElement.getBoundingClientRect().height);
    await eventually(() => embedFrame(host()).style.height === `${contentHeight()}px`, 'the frame was not sized to its content');
    expect(contentHeight()).to.be.below(600);

    const before = contentHeight();
    inner().querySelector('ahrca-appeal-banner')!.setAttribute('layout', 'bar');
    await eventually(() => contentHeight() !== before && embedFrame(host()).style.height === `${contentHeight()}px`, 'the frame did not follow its content');
    expect(embedFrame(host()).getBoundingClientRect().height).to.equal(contentHeight());
  });

  it('sizes a frame from another origin, whose content it cannot read', async () => {
    const { host } = await openHost({ frame: `${OTHER_ORIGIN}${BANNER_EMBED}` });
    // First the empty page's few pixels, then the banner's height once it shows.
    const sized = () => Number.parseInt(embedFrame(host()).style.height || '0', 10);
    await eventually(() => sized() > 80, 'a cross-origin embed frame was not sized to its banner', 8000);
    expect(sized()).to.be.below(600);
  });

  it('leaves the frame at its own height without the helper: the embed page scrolls inside', async () => {
    const { host } = await openHost({ frame: TIMELINE_EMBED, helper: '0' });
    const inner = () => documentOf(embedFrame(host()));
    await waitForPart(inner, 'ahrca-timeline', 'title');
    await settle();
    expect(embedFrame(host()).style.height).to.equal('');
    expect(embedFrame(host()).getBoundingClientRect().height).to.equal(600);
    expect(inner().documentElement.scrollHeight).to.be.above(600);
    embedFrame(host()).contentWindow!.scrollTo(0, 400);
    expect(embedFrame(host()).contentWindow!.scrollY).to.equal(400);
  });

  it('keeps a height within 0 to 10,000 pixels, or the bounds the page sets', async () => {
    const { host } = await openHost();
    const tall = await addFrame(host(), height(heightMessage(50_000)), { 'data-ahrca-embed': '' });
    const bounded = await addFrame(host(), height(heightMessage(5000)), { 'data-ahrca-embed': '', 'data-ahrca-max-height': '300' });
    const floor = await addFrame(host(), height(heightMessage(10)), { 'data-ahrca-embed': '', 'data-ahrca-min-height': '200' });
    await eventually(() => [tall, bounded, floor].every((frame) => frame.style.height !== ''), 'not every frame was sized');
    expect([tall, bounded, floor].map((frame) => frame.style.height)).to.deep.equal(['10000px', '300px', '200px']);
  });

  it('ignores messages in another shape or version, from a window that is no embed frame, or from another origin', async () => {
    const { host, window: hostWindow } = await openHost();
    const control = await addFrame(host(), height(heightMessage(321)));
    await eventually(() => control.style.height === '321px', 'the helper did not size a well-behaved frame');

    const malformed = [heightMessage('999'), heightMessage(-5), heightMessage(Number.MAX_VALUE), heightMessage(400, { v: 2 }), { type: 'height', height: 400 }];
    const odd = await addFrame(host(), `${POSTER}?messages=${encodeURIComponent(JSON.stringify(malformed))}`);
    // A frame the page did not mark as an embed may post what it likes.
    const unmarked = await addFrame(host(), height(heightMessage(444)), {});
    // The page itself, or a script on it, posting as if it were the frame.
    hostWindow.postMessage(heightMessage(555), '*');
    // An embed frame whose src is this origin, navigated to another origin that posts a height.
    const hijacked = await addFrame(host(), height(heightMessage(123)));
    await eventually(() => hijacked.style.height === '123px', 'the frame was not sized before it was navigated');
    const navigated = new Promise((resolve) => hijacked.addEventListener('load', resolve, { once: true }));
    hijacked.contentWindow!.location.href = `${OTHER_ORIGIN}${height(heightMessage(777))}`;
    await navigated;
    await settle();

    expect(odd.style.height).to.equal('');
    expect(unmarked.style.height).to.equal('');
    expect(control.style.height).to.equal('321px');
    expect(hijacked.style.height, 'a message from an origin other than the src’s was obeyed').to.equal('123px');
  });
});

/**
 * Media on request (issue #16, finding 6): on a site whose readers are watched, `media-on-request`
 * holds every image from another origin until the reader asks for it, in every widget: the card's
 * photo, the list's portraits, the timeline's images, header media and thumbnails, and images in
 * any text. Images come from the test server on its other origin (localhost ↔ 127.0.0.1) and the
 * server counts each request, so "nothing was requested" is read from the server, not guessed from
 * the DOM. A same-origin image in the same widget loads at once: once it has been requested, a
 * held image that was going to be requested would have been too, so no test sleeps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { AhrcaAppealBanner } from '../../src/components/appeal-banner/appeal-banner.js';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.js';
import type { AhrcaPrisonerList } from '../../src/components/prisoner-list/prisoner-list.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import '../../src/components/appeal-banner/appeal-banner.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import '../../src/components/timeline/timeline.js';
import { OTHER_ORIGIN } from '../embed/pages.js';
import { markupOf, NOW, textOf, type Data } from '../helpers/prisoner-card.js';
import { dialogOf, openCard, tileOf } from '../helpers/prisoner-list.js';
import { serverCount } from '../helpers/requests.js';

type Widget = AhrcaAppealBanner | AhrcaPrisonerCard | AhrcaPrisonerList | AhrcaTimeline;

let serial = 0;

/** An image the server counts on its own; `remote` puts it on the other origin. */
function image(name: string, { remote = true } = {}): { url: string; requests: () => Promise<number> } {
  const id = `media-${name}-${Date.now().toString(36)}-${(serial += 1)}`;
  return {
    url: `${remote ? OTHER_ORIGIN : ''}/net/image?id=${id}`,
    requests: () => serverCount(id),
  };
}

const OTHER_HOST = new URL(OTHER_ORIGIN).hostname;

/** Waits until the server has seen `count` requests for an image. */
async function requested(target: { requests: () => Promise<number> }, count = 1): Promise<void> {
  let seen = -1;
  await waitUntil(async () => (seen = await target.requests()) >= count, `the image was requested ${seen} times, not ${count}`, { timeout: 5000 });
}

/** A widget with its data, on the page, once it shows the data. */
async function mount<T extends Widget>(tag: string, data: unknown, attributes: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if ('clock' in el) el.clock = () => NOW;
  const loaded = new Promise((resolve) => el.addEventListener('ahrca-load', resolve, { once: true }));
  el.data = data;
  await fixture(html`<div>${el}</div>`);
  await loaded;
  await el.updateComplete;
  return el;
}

const ON = { 'media-on-request': '' };

function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The "Show image" buttons of held images, in the order of the page. */
function showButtons(el: Element): HTMLButtonElement[] {
  return $$(el, '[part~="show-image"]') as HTMLButtonElement[];
}

/** The button's accessible description: what a screen reader says after "Show image, button". */
function description(button: HTMLElement): string {
  const root = button.getRootNode() as ShadowRoot;
  return (button.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(root.getElementById(id)))
    .join(' ');
}

/** Clicks a placeholder's button and waits for its image to be on screen, focused. */
async function show(el: Widget, button: HTMLButtonElement): Promise<HTMLImageElement> {
  button.click();
  await el.updateComplete;
  let image: HTMLImageElement | undefined;
  await waitUntil(() => (image = [...el.shadowRoot!.querySelectorAll('img')].find((img) => el.shadowRoot!.activeElement === img)), 'no image took the focus');
  return image!;
}

function person(photo: string, overrides: Data = {}): Data {
  return {
    id: 'namuna',
    name: 'Namuna Odamov (example)',
    status: 'detained',
    arrested: '2016-09-20',
    photo: { url: photo, alt: 'Portrait of Namuna Odamov', consent: true },
    ...overrides,
  };
}

describe('media-on-request', () => {
  describe('the prisoner card', () => {
    it('holds a photo from another origin until the reader asks, in a box of the photo’s size', async () => {
      const photo = image('card-photo');
      const control = image('card-control', { remote: false });
      const el = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', person(photo.url, { summary: `![A letter](${control.url})` }), ON);
      await requested(control);
      expect(await photo.requests()).to.equal(0);
      expect(
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name === photo.url)
          .map((entry) => entry.name),
      ).to.deep.equal([]);
      const portrait = $(el, '[part~="portrait"]')!;
      expect(markupOf(portrait.querySelector('img'))).to.equal(null);
      expect(textOf($(el, '[part~="initials"]'))).to.equal('NO');
      const [button] = showButtons(el);
      expect(portrait.contains(button!)).to.equal(true);
      expect(textOf(button)).to.equal('Show image');
      expect(description(button!)).to.equal(`Portrait of Namuna Odamov It loads from ${OTHER_HOST} only when you ask.`);
      await expect(el).to.be.accessible();
      const held = portrait.getBoundingClientRect();

      const shown = await show(el, button!);
      await requested(photo);
      expect([shown.src, shown.alt, shown.referrerPolicy]).to.deep.equal([photo.url, 'Portrait of Namuna Odamov', 'no-referrer']);
      expect(showButtons(el).map(markupOf)).to.deep.equal([]);
      const loaded = portrait.getBoundingClientRect();
      expect([loaded.width, loaded.height]).to.deep.equal([held.width, held.height]);
      await expect(el).to.be.accessible();
    });

    it('keeps the initials in the compact layout, whose portrait has no room for a button', async () => {
      const photo = image('compact-photo');
      const control = image('compact-control', { remote: false });
      const feed = { people: [person(control.url, { id: 'own' }), person(photo.url)] };
      // Drawn before the card whose own photo the test waits for.
      const el = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', feed, { ...ON, layout: 'compact', person: 'namuna' });
      const own = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', feed, { ...ON, layout: 'compact', person: 'own' });
      await requested(control);
      expect(await photo.requests()).to.equal(0);
      expect(markupOf($(el, '[part~="portrait"] img, [part~="portrait"] button'))).to.equal(null);
      expect(textOf($(el, '[part~="initials"]'))).to.equal('NO');
      expect($(own, '[part~="photo"]')!.getAttribute('src')).to.equal(new URL(control.url, location.href).href);
    });

    it('loads a photo from the page’s own origin at once: that host already knows the page is read', async () => {
      const photo = image('own-photo', { remote: false });
      const el = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', person(photo.url), ON);
      await requested(photo);
      expect(showButtons(el).map(markupOf)).to.deep.equal([]);
      expect($(el, '[part~="photo"]')!.getAttribute('src')).to.equal(new URL(photo.url, location.href).href);
    });

    it('loads every photo at once without the attribute, as before', async () => {
      const photo = image('default-photo');
      const el = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', person(photo.url));
      await requested(photo);
      expect(showButtons(el).map(markupOf)).to.deep.equal([]);
    });

    it('speaks the reader’s language', async () => {
      const ru = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', person(image('ru-photo').url), { ...ON, lang: 'ru' });
      const [button] = showButtons(ru);
      expect(textOf(button)).to.equal('Показать изображение');
      expect(description(button!)).to.equal(`Portrait of Namuna Odamov Загрузится с ${OTHER_HOST} только по вашему запросу.`);
      const kk = await mount<AhrcaPrisonerCard>('ahrca-prisoner-card', person(image('kk-photo').url), { ...ON, lang: 'kk' });
      expect(textOf(showButtons(kk)[0])).to.equal('Суретті көрсету');
    });
  });

  describe('the prisoner list', () => {
    it('shows initials on the tiles, and passes the option to the card it opens', async () => {
      const remote = image('tile-remote');
      const own = image('tile-own', { remote: false });
      const feed = { people: [person(own.url, { id: 'own', name: 'Own Photo' }), person(remote.url, { id: 'remote', name: 'Remote Photo' })] };
      const el = await mount<AhrcaPrisonerList>('ahrca-prisoner-list', feed, ON);
      await requested(own);
      expect(await remote.requests()).to.equal(0);
      const tile = tileOf(el, 'remote')!;
      expect(markupOf(tile.querySelector('img, button'))).to.equal(null);
      expect(textOf(tile.querySelector('[part~="initials"]'))).to.equal('RP');
      await expect(el).to.be.accessible();

      tile.click();
      const card = await openCard(el);
      expect(card.mediaOnRequest).to.equal(true);
      expect(await remote.requests()).to.equal(0);
      await show(card, showButtons(card)[0]!);
      await requested(remote);
      expect(dialogOf(el).open).to.equal(true);
    });
  });

  describe('the timeline', () => {
    const timeline = (...events: Data[]) => ({ title: 'Andijan', events });
    const event = (id: string, extra: Data) => ({ id, date: '2005-05-13', title: `Event ${id}`, ...extra });

    it('holds event images, header media and images in texts; each button loads its own image only', async () => {
      const header = image('header');
      const photo = image('event-photo');
      const inText = image('in-text');
      const control = image('timeline-control', { remote: false });
      const data = {
        ...timeline(
          event('own', { media: { kind: 'image', url: control.url, alt: 'Our own photo' } }),
          event('square', { media: { kind: 'image', url: photo.url, alt: 'Babur Square', caption: 'The square', credit: 'Photo: A.' } }),
          event('map', { text: `Where it happened: ![Map of Andijan](${inText.url})` }),
        ),
        media: { kind: 'image', url: header.url, alt: 'The crowd' },
      };
      const el = await mount<AhrcaTimeline>('ahrca-timeline', data, ON);
      await requested(control);
      expect([await header.requests(), await photo.requests(), await inText.requests()]).to.deep.equal([0, 0, 0]);
      expect($$(el, 'img').map((img) => img.getAttribute('src'))).to.deep.equal([new URL(control.url, location.href).href]);

      const buttons = showButtons(el);
      expect(buttons.map(description)).to.deep.equal([
        `The crowd It loads from ${OTHER_HOST} only when you ask.`,
        `Babur Square It loads from ${OTHER_HOST} only when you ask.`,
        `Map of Andijan It loads from ${OTHER_HOST} only when you ask.`,
      ]);
      const figure = $(el, '#event-square [part~="media"]')!;
      expect(textOf(figure)).to.equal(`Babur Square Show image It loads from ${OTHER_HOST} only when you ask. The square Photo: A.`);
      await expect(el).to.be.accessible();

      const shown = await show(el, buttons[1]!);
      await requested(photo);
      expect([shown.alt, shown.referrerPolicy, figure.contains(shown)]).to.deep.equal(['Babur Square', 'no-referrer', true]);
      expect([await header.requests(), await inText.requests()]).to.deep.equal([0, 0]);

      const inTextShown = await show(el, showButtons(el)[1]!);
      await requested(inText);
      expect([inTextShown.alt, inTextShown.referrerPolicy, $(el, '#event-map [part~="text"]')!.contains(inTextShown)]).to.deep.equal([
        'Map of Andijan',
        'no-referrer',
        true,
      ]);
      expect(await header.requests()).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('loads an image from the keyboard: Enter on its button, and the focus lands on the image', async () => {
      const photo = image('keyboard');
      const el = await mount<AhrcaTimeline>('ahrca-timeline', timeline(event('square', { media: { kind: 'image', url: photo.url, alt: 'Square' } })), ON);
      showButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await requested(photo);
      await waitUntil(() => (el.shadowRoot!.activeElement as HTMLImageElement | null)?.alt === 'Square', 'the image did not take the focus');
    });

    it('keeps an image the reader asked for when the timeline draws its row again', async () => {
      const photo = image('redrawn');
      const el = await mount<AhrcaTimeline>('ahrca-timeline', timeline(event('square', { media: { kind: 'image', url: photo.url, alt: 'Square' } })), ON);
      await show(el, showButtons(el)[0]!);
      el.order = 'newest';
      el.lang = 'ru';
      await el.updateComplete;
      await waitUntil(() => textOf($(el, '[part~="count"]')) === '1 событие');
      expect(showButtons(el).map(markupOf)).to.deep.equal([]);
      expect(($(el, '#event-square img') as HTMLImageElement).alt).to.equal('Square');
    });

    it('leaves out the thumbnails of video and post cards, which wait for their own click', async () => {
      const video = image('video-thumbnail');
      const post = image('post-thumbnail');
      const control = image('cards-control', { remote: false });
      const data = timeline(
        event('own', { media: { kind: 'image', url: control.url, alt: 'Own' } }),
        event('video', { media: { kind: 'video', url: 'https://vimeo.com/123456789', thumbnail: video.url, alt: 'Testimony', caption: 'Testimony' } }),
        event('post', { media: { kind: 'link', url: 'https://x.com/ahrca/status/1', thumbnail: post.url, alt: 'Screenshot' } }),
      );
      const el = await mount<AhrcaTimeline>('ahrca-timeline', data, ON);
      await requested(control);
      expect([await video.requests(), await post.requests()]).to.deep.equal([0, 0]);
      expect($$(el, '[part~="media-card"] img').map(markupOf)).to.deep.equal([]);
      expect(showButtons(el).map(markupOf)).to.deep.equal([]);
      expect(textOf($(el, '#event-video [part~="media-card"]'))).to.equal('Video on vimeo.com Testimony Play video It loads from vimeo.com when you play it.');
    });
  });

  describe('the appeal banner', () => {
    it('holds images in its summary', async () => {
      const picture = image('summary');
      const control = image('summary-control', { remote: false });
      const summary = `The square: ![Babur Square](${picture.url})\n\nOur logo: ![AHRCA](${control.url})`;
      const el = await mount<AhrcaAppealBanner>('ahrca-appeal-banner', { id: 'a1', kind: 'appeal', title: 'For an investigation', summary }, ON);
      await requested(control);
      expect(await picture.requests()).to.equal(0);
      const text = $(el, '[part~="summary"]')!;
      expect([...text.querySelectorAll('img')].map((img) => img.alt)).to.deep.equal(['AHRCA']);
      expect(textOf(text.querySelector('p'))).to.equal(`The square: Babur Square Show image It loads from ${OTHER_HOST} only when you ask.`);
      await expect(el).to.be.accessible();
      const shown = await show(el, showButtons(el)[0]!);
      await requested(picture);
      expect([text.contains(shown), shown.alt]).to.deep.equal([true, 'Babur Square']);
    });
  });
});

/**
 * Each TimelineJS3 fixture (test/fixtures/timelinejs/, written from Knight Lab's documentation) in
 * <ahrca-timeline>, handed over unchanged: every event is on screen with the title, date, media,
 * group and era the adapter read, and nothing in the hostile one runs.
 */
import { expect } from '@open-wc/testing';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import { fromTimelineJs } from '../../src/core/adapters/timelinejs.js';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import type { Timeline } from '../../src/core/schema/timeline.js';
import { imagesSettled } from '../helpers/page.js';
import { TIMELINEJS_FIXTURES, loadTimelineJsFixture, muteAdapterNotes, type TimelineJsFixture } from '../helpers/timelinejs-fixtures.js';
import { $$, part, parts, removePages, renderedIds, textOf } from './timeline-helpers.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

interface Shown {
  el: AhrcaTimeline;
  /** What the adapter makes of the same file, to compare the screen with. */
  expected: Timeline;
  fileEvents: number;
}

/** Puts a timeline on the page with the fixture as its `data`, and waits until it is shown. */
async function show(name: TimelineJsFixture): Promise<Shown> {
  const file = await loadTimelineJsFixture(name);
  const el = document.createElement('ahrca-timeline') as AhrcaTimeline;
  el.lang = 'en';
  const loaded = new Promise<Event>((resolve) => {
    el.addEventListener('ahrca-load', resolve, { once: true });
    el.addEventListener('ahrca-error', resolve, { once: true });
  });
  el.data = structuredClone(file);
  const container = document.createElement('div');
  container.append(el);
  document.body.append(container);
  const outcome = await loaded;
  expect(outcome.type, `${name}: ${JSON.stringify((outcome as CustomEvent).detail)}`).to.equal('ahrca-load');
  await el.updateComplete;
  await whenMarkdownReady();
  await el.updateComplete;
  return { el, expected: fromTimelineJs(file).timeline as Timeline, fileEvents: (file.events as unknown[]).length };
}

function rowOf(el: AhrcaTimeline, id: string): HTMLElement {
  const row = $$(el, 'li.row').find((candidate) => candidate.dataset['key'] === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

const titleOf = (row: HTMLElement) => textOf(row.querySelector('[part~="event-title"]'));
const dateOf = (row: HTMLElement) => textOf(row.querySelector('[part~="date"]'));

describe('<ahrca-timeline> with TimelineJS3 fixtures', () => {
  muteAdapterNotes();
  afterEach(() => {
    document.querySelectorAll('ahrca-timeline').forEach((el) => el.parentElement?.remove());
    removePages();
    delete window.__pwned;
  });

  for (const name of TIMELINEJS_FIXTURES) {
    it(`${name}: renders every event with the title the file gives`, async () => {
      const { el, expected, fileEvents } = await show(name);
      expect(renderedIds(el)).to.have.length(fileEvents);
      expect([...renderedIds(el)].sort()).to.deep.equal(expected.events.map((event) => event.id).sort());
      for (const event of expected.events) expect(titleOf(rowOf(el, event.id)), event.id).to.equal(event.title);
    });
  }

  it('title-slide: the title slide is the heading, its text the introduction', async () => {
    const { el } = await show('title-slide');
    expect(textOf(part(el, 'title'))).to.equal('Andijan, May 2005 and after');
    expect(part(el, 'description')?.querySelector('strong')?.textContent).to.equal('Association for Human Rights in Central Asia');
    expect(dateOf(rowOf(el, '2011-01-24-rally-at-islam-karimov-s-visit-to-brussels'))).to.equal('January 24, 2011');
    await expect(el).to.be.accessible();
  });

  it('eras: each era is a band with its title', async () => {
    const { el } = await show('eras');
    expect(parts(el, 'era').map((era) => textOf(era.querySelector('.era-title')))).to.include.members([
      "Islam Karimov's presidency",
      'Negotiations on an international investigation',
    ]);
  });

  it('media: images are shown, videos and posts wait behind a card, embed markup is left out', async () => {
    const { el } = await show('media');
    const mediaOf = (id: string) => rowOf(el, id).querySelector<HTMLElement>('[part~="media"]');
    expect(mediaOf('image-with-alt')?.querySelector('img')?.alt).to.equal('A crowd on a square');
    expect(textOf(mediaOf('image-with-alt')?.querySelector('figcaption'))).to.include('The square on the morning of 13 May.');
    for (const id of ['youtube', 'youtube-short', 'vimeo']) expect(mediaOf(id)?.querySelector('[part~="play"]'), id).to.not.equal(null);
    // A video file has no player of ours: it opens in a new tab, like a post.
    expect(mediaOf('video-file')?.querySelector('[part~="open"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('iframe, video')).to.have.length(0);
    for (const id of ['post', 'wikipedia', 'wikimedia-file-page']) expect(mediaOf(id)?.querySelector('[part~="open"]'), id).to.not.equal(null);
    expect(mediaOf('protocol-relative')?.querySelector('img')?.getAttribute('src')).to.equal('https://upload.wikimedia.org/wikipedia/commons/a/ab/Andijan.jpg');
    expect(mediaOf('iframe')).to.equal(null);
    expect(mediaOf('no-media')).to.equal(null);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('display-date: the file’s own date text is shown in place of the formatted date', async () => {
    const { el } = await show('display-date');
    expect(dateOf(rowOf(el, 'slide-display-date'))).to.equal('The night of 12 to 13 May 2005');
    expect(dateOf(rowOf(el, 'both-dates-display'))).to.equal('Spring 2005 – winter 2006');
    expect(dateOf(rowOf(el, 'one-of-two-display'))).to.equal('2013 – 2016');
    expect(dateOf(rowOf(el, 'format'))).to.equal('September 3, 2016');
  });

  it('groups: each event shows its group, and the reader can filter by it', async () => {
    const { el } = await show('groups');
    expect(
      parts(el, 'group')
        .map((group) => textOf(group.querySelector('dd')))
        .sort(),
    ).to.deep.equal(['European Union', 'European Union', 'United Nations', 'Uzbekistan']);
    expect(parts(el, 'chip').map(textOf)).to.include.members(['European Union', 'United Nations', 'Uzbekistan']);
  });

  it('partial-dates and times: each date at the precision the file gives', async () => {
    const partial = await show('partial-dates');
    expect(dateOf(rowOf(partial.el, 'year-string'))).to.equal('2006');
    expect(dateOf(rowOf(partial.el, 'month'))).to.equal('May 2005');
    expect(dateOf(rowOf(partial.el, 'range'))).to.equal('May 2005 – October 2005');
    const times = await show('times');
    expect(dateOf(rowOf(times.el, 'hour-minute'))).to.equal('May 13, 2005, 9:05 AM');
    expect(rowOf(times.el, 'milliseconds').querySelector('time')?.dateTime).to.equal('2016-09-03T20:15:30.250');
  });

  it('hostile: markup shows as text or sanitised HTML, and nothing in it runs', async () => {
    const { el } = await show('hostile');
    await imagesSettled(el.shadowRoot!);
    expect(window.__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('script, style:not([data-lit]), iframe, form, svg, [onerror], [onclick], [onload], [onmouseover]').length).to.equal(
      0,
    );
    for (const link of el.shadowRoot!.querySelectorAll('a[href]')) expect(link.getAttribute('href')).to.not.match(/^javascript:/i);
    expect(textOf(part(el, 'title'))).to.equal('Hostile input');
    expect(titleOf(rowOf(el, 'script'))).to.equal('Headline link');
  });
});

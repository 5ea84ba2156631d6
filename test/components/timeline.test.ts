/**
 * <ahrca-timeline> as a reader sees it and a screen reader hears it: dates, order, filters,
 * search, media, copying links, states and hostile data. Navigation (deep links, keyboard, hidden
 * containers, 10,000 events) is in timeline-navigation.test.ts.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import type { AhrcaActionDetail, AhrcaErrorDetail } from '../../src/core/events.js';
import { leastOf, watchLongestTask } from '../helpers/long-tasks.js';
import { captureConsole, englishPage, imagesSettled, recordPage, stubClipboard } from '../helpers/page.js';
import { eventCount, loadTimelineJsFixture, TIMELINEJS_FIXTURES } from '../helpers/timelinejs-fixtures.js';
import {
  $,
  $$,
  manyEvents,
  markupOf,
  mountPage,
  part,
  parts,
  removePages,
  renderedIds,
  renderedTitles,
  settle,
  squash,
  textOf,
  timelinesIn,
  type Data,
  untilShown,
} from './timeline-helpers.js';
import { IFRAME, IMG, PWN, SCRIPT, STYLE, SVG } from '../helpers/hostile-markup.js';

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
let serial = 0;
const uniqueId = (name: string) => `timeline-test-${name}-${Date.now().toString(36)}-${(serial += 1)}`;

/** Every precision, a range, an approximate date, a display date, given out of order. */
function andijan(overrides: Data = {}): Data {
  return {
    title: { en: 'The Andijan massacre and after', ru: 'Андижанская бойня и после' },
    description: 'Events the *Association* documented.',
    eras: [{ title: 'Islam Karimov’s presidency', start: '1991-09-01', end: '2016-09-02' }],
    events: [
      { id: 'june', date: '2005-06', title: 'Month', tags: ['Trials'] },
      { id: 'evening', date: '2005-05-13T18:00+05:00', title: 'Time', place: 'Babur Square, Andijan', tags: ['Andijan'] },
      {
        id: 'massacre',
        date: '2005-05-13',
        end: '2005-05-14',
        title: 'Day range',
        text: 'Troops fired on a crowd on **Babur Square**.',
        tags: ['Andijan', 'Massacre'],
        group: 'Uzbekistan',
      },
      { id: 'year', date: '2005', title: 'Year', approximate: true, group: 'Kyrgyzstan' },
      { id: 'may', date: '2005-05', title: 'May', tags: ['Andijan'] },
      { id: 'spring', date: '2006-03', displayDate: { en: 'Spring 2006', ru: 'Весна 2006' }, title: 'Display date' },
      { id: 'karimov', date: '2016-09-02', title: 'Karimov dies', group: 'Uzbekistan' },
      { id: 'before', date: '1989-06', title: 'Before the era', text: 'Ферганские события' },
    ],
    ...overrides,
  };
}

async function mount(data: unknown, options: { order?: string; tags?: string; lang?: string; navigator?: boolean; noControls?: boolean } = {}) {
  const el = await fixture<AhrcaTimeline>(
    html`<ahrca-timeline
      .data=${data}
      order=${options.order ?? nothing}
      tags=${options.tags ?? nothing}
      lang=${options.lang ?? nothing}
      ?navigator=${options.navigator}
      ?no-controls=${options.noControls}
    ></ahrca-timeline>`,
  );
  if (Array.isArray((data as { events?: unknown } | undefined)?.events)) await untilShown(el);
  return el;
}

function chip(el: AhrcaTimeline, name: string): HTMLButtonElement {
  const found = parts(el, 'chip').find((button) => textOf(button) === name);
  if (!found) throw new Error(`no filter button "${name}"`);
  return found as HTMLButtonElement;
}

async function search(el: AhrcaTimeline, query: string): Promise<void> {
  const field = part(el, 'search') as HTMLInputElement;
  field.value = query;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const { problems: pageProblems, eventsOf } = recordPage();

englishPage({ markdown: true });

afterEach(() => {
  removePages();
});

describe('<ahrca-timeline>', () => {
  describe('ready', () => {
    it('shows the title as a heading, the markdown description, and the events as articles named by date and title', async () => {
      const el = await mount(andijan());
      const title = part(el, 'title')!;
      expect([textOf(title), title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['The Andijan massacre and after', 'heading', '2']);
      expect(part(el, 'description')!.querySelector('em')?.textContent).to.equal('Association');
      expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('title');
      const article = $(el, '#event-massacre')!;
      expect(article.localName).to.equal('article');
      const name = article
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => textOf(el.shadowRoot!.getElementById(id)));
      expect(name).to.deep.equal(['May 13, 2005 – May 14, 2005', 'Day range']);
      expect(part(el, 'events')!.localName).to.equal('ol');
      expect($$(el, 'li.row').map((row) => [row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize')])[0]).to.deep.equal(['1', '8']);
    });

    it('groups events under their year, with the year as a heading one level below the title', async () => {
      const el = await mount(andijan());
      expect(parts(el, 'year').map((year) => [textOf(year), year.getAttribute('aria-level')])).to.deep.equal([
        ['1989', '3'],
        ['2005', '3'],
        ['2006', '3'],
        ['2016', '3'],
      ]);
      const event = parts(el, 'event-title')[0]!;
      expect(event.getAttribute('aria-level')).to.equal('4');
    });

    it('draws an era as a band that opens at its first event and marks every event in it', async () => {
      const el = await mount(andijan());
      const eras = parts(el, 'era');
      expect(eras.map(textOf)).to.deep.equal(['Islam Karimov’s presidency September 1, 1991 – September 2, 2016']);
      expect(eras[0]!.closest('li')!.dataset['key']).to.equal('massacre');
      const inEra = $$(el, 'li.row')
        .filter((row) => row.classList.contains('in-era'))
        .map((row) => row.dataset['key']);
      expect(inEra).to.deep.equal(['massacre', 'evening', 'may', 'june', 'year', 'spring', 'karimov']);
    });

    it('shows place, group, tags and numbered sources, linked safely', async () => {
      const el = await mount(
        andijan({
          events: [
            {
              id: 'a',
              date: '2005-05-13',
              title: 'A',
              place: 'Andijan',
              group: 'Uzbekistan',
              tags: ['Andijan', 'Massacre'],
              sources: [
                { title: 'OSCE report', url: 'https://example.org/odihr', publisher: 'OSCE/ODIHR', date: '2005-06-20' },
                { title: 'Testimony (no link)' },
              ],
            },
          ],
        }),
      );
      const term = (name: string) => [...part(el, name)!.children].map(textOf);
      expect(term('place')).to.deep.equal(['Place', 'Andijan']);
      expect(term('group')).to.deep.equal(['Group', 'Uzbekistan']);
      expect([...part(el, 'tags')!.querySelectorAll('li')].map(textOf)).to.deep.equal(['Andijan', 'Massacre']);
      expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('Tags');
      const sources = part(el, 'sources')!;
      expect(sources.querySelector('ol')!.getAttribute('aria-labelledby')).to.equal('event-a-sources');
      expect([...sources.querySelectorAll('li')].map(textOf)).to.deep.equal([
        'OSCE report (opens in a new tab), OSCE/ODIHR, June 20, 2005',
        'Testimony (no link)',
      ]);
      const link = sources.querySelector('a')!;
      expect([link.href, link.target, link.rel]).to.deep.equal(['https://example.org/odihr', '_blank', 'noopener noreferrer']);
    });

    it('has no axe violations', async () => {
      const el = await mount(andijan(), { navigator: true });
      await expect(el).to.be.accessible();
    });

    it('does not download the TimelineJS3 reader for data in its own format', () => {
      // Runs before the TimelineJS3 tests below, in a page of its own.
      const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requested.filter((name) => name.includes('/adapters/'))).to.deep.equal([]);
    });
  });

  describe('dates', () => {
    it('shows every precision as written, ranges with two <time>s, c. for approximate dates and the data’s own display date', async () => {
      const el = await mount(andijan());
      const dates = Object.fromEntries($$(el, 'li.row').map((row) => [row.dataset['key'], row.querySelector('[part~="date"]')!]));
      expect(textOf(dates['year'])).to.equal('c. 2005');
      expect(textOf(dates['may'])).to.equal('May 2005');
      expect(textOf(dates['massacre'])).to.equal('May 13, 2005 – May 14, 2005');
      expect([...dates['massacre']!.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal(['2005-05-13', '2005-05-14']);
      // The clock time of the event where it happened, in whatever time zone the reader is.
      expect(textOf(dates['evening'])).to.equal('May 13, 2005, 6:00 PM');
      expect(dates['evening']!.querySelector('time')!.dateTime).to.equal('2005-05-13T18:00+05:00');
      expect(textOf(dates['june'])).to.equal('June 2005');
      expect(textOf(dates['spring'])).to.equal('Spring 2006');
      expect(dates['spring']!.querySelector('time')!.dateTime).to.equal('2006-03');
    });

    it('shows a range whose end is a coarser period holding its start as one range: "c. May 2005 – December 2005"', async () => {
      const el = await mount({
        events: [
          { id: 'rest-of-year', date: '2005-05', end: '2005', approximate: true, title: 'Arrests' },
          { id: 'rest-of-month', date: '2005-05-13', end: '2005-05', title: 'Trials' },
          { id: 'years', date: '2005-05', end: '2007', title: 'Exile' },
        ],
      });
      const dates = Object.fromEntries($$(el, 'li.row').map((row) => [row.dataset['key'], row.querySelector('[part~="date"]')!]));
      expect(textOf(dates['rest-of-year'])).to.equal('c. May 2005 – December 2005');
      expect([...dates['rest-of-year']!.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal(['2005-05', '2005']);
      expect(textOf(dates['rest-of-month'])).to.equal('May 13, 2005 – May 31, 2005');
      expect(textOf(dates['years'])).to.equal('May 2005 – 2007');
    });

    it('writes the dates in the reader’s language', async () => {
      const el = await mount(andijan(), { lang: 'ru' });
      const dates = Object.fromEntries($$(el, 'li.row').map((row) => [row.dataset['key'], textOf(row.querySelector('[part~="date"]'))]));
      expect(dates['massacre']!.replace(/\s/g, ' ')).to.equal('13 мая 2005 г. — 14 мая 2005 г.');
      expect(dates['year']!.replace(/\s/g, ' ')).to.equal('2005 г. (приблизительно)');
      expect(dates['spring']).to.equal('Весна 2006');
    });

    it('sorts by date, a year or a month after the exact dates inside it, a day before its times, ties in the data’s order', async () => {
      const el = await mount(andijan());
      expect(renderedIds(el)).to.deep.equal(['before', 'massacre', 'evening', 'may', 'june', 'year', 'spring', 'karimov']);
      const ties = await mount({
        events: [
          { id: 'b', date: '2001-01-01', title: 'B' },
          { id: 'a', date: '2001-01-01', title: 'A' },
          { id: 'c', date: '2000-12-31T23:30-05:00', title: 'C' },
        ],
      });
      // 23:30 in New York on 31 December is 04:30 UTC on 1 January: after the start of that day.
      expect(renderedIds(ties)).to.deep.equal(['b', 'a', 'c']);
      expect(parts(ties, 'year').map(textOf)).to.deep.equal(['2001', '2000']);
    });
  });

  describe('order', () => {
    it('shows the newest first with order="newest", years and eras following', async () => {
      const el = await mount(andijan(), { order: 'newest' });
      expect(renderedIds(el)).to.deep.equal(['karimov', 'spring', 'year', 'june', 'may', 'evening', 'massacre', 'before']);
      expect(parts(el, 'year').map(textOf)).to.deep.equal(['2016', '2006', '2005', '1989']);
      expect(part(el, 'era')!.closest('li')!.dataset['key']).to.equal('karimov');
    });

    it('lets the reader change the order, reflected on the attribute', async () => {
      const el = await mount(andijan());
      const select = part(el, 'order') as HTMLSelectElement;
      expect(select.labels[0]!.textContent).to.equal('Order');
      select.value = 'newest';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('order')).to.equal('newest');
      expect(renderedIds(el)[0]).to.equal('karimov');
    });
  });

  describe('filters and search', () => {
    it('filters by several tags at once, showing events with any of them, and says the count politely', async () => {
      const el = await mount(andijan());
      const count = part(el, 'count')!;
      expect([count.getAttribute('role'), textOf(count)]).to.deep.equal(['status', '8 events']);
      expect(parts(el, 'chip').map((button) => [textOf(button), button.getAttribute('aria-pressed')])).to.deep.include(['Andijan', 'false']);
      chip(el, 'Massacre').click();
      await el.updateComplete;
      expect(renderedIds(el)).to.deep.equal(['massacre']);
      expect(textOf(count)).to.equal('1 of 8 events');
      chip(el, 'Trials').click();
      await el.updateComplete;
      expect(renderedIds(el)).to.deep.equal(['massacre', 'june']);
      expect(chip(el, 'Trials').getAttribute('aria-pressed')).to.equal('true');
      expect(textOf(count)).to.equal('2 of 8 events');
      part(el, 'show-all')!.click();
      await el.updateComplete;
      expect(renderedIds(el)).to.have.length(8);
      expect(part(el, 'show-all')).to.equal(null);
    });

    it('filters by group, and together with tags', async () => {
      const el = await mount(andijan());
      const groups = part(el, 'filter')!.parentElement!.querySelectorAll('[part~="filter"]')[1]!;
      expect(textOf(groups.querySelector('.label'))).to.equal('Groups');
      chip(el, 'Uzbekistan').click();
      await el.updateComplete;
      expect(renderedIds(el)).to.deep.equal(['massacre', 'karimov']);
      chip(el, 'Massacre').click();
      await el.updateComplete;
      expect(renderedIds(el)).to.deep.equal(['massacre']);
    });

    it('opens with the tags given in the tags attribute selected', async () => {
      const el = await mount(andijan(), { tags: 'Trials, Massacre' });
      expect(renderedIds(el)).to.deep.equal(['massacre', 'june']);
      expect(chip(el, 'Trials').getAttribute('aria-pressed')).to.equal('true');
    });

    it('searches titles, text (without its markup), places, tags and groups; every word must match', async () => {
      const el = await mount(andijan());
      const cases: [string, string[]][] = [
        ['babur square', ['massacre', 'evening']],
        ['BABUR   crowd', ['massacre']],
        ['ферганские', ['before']],
        ['trials', ['june']],
        ['kyrgyzstan', ['year']],
        ['**', []],
        ['babur xyz', []],
      ];
      for (const [query, ids] of cases) {
        await search(el, query);
        expect(renderedIds(el), query).to.deep.equal(ids);
      }
      expect(textOf(part(el, 'no-match'))).to.equal('No events match.');
    });

    it('searches text of `](` repeated at the length limit quickly, throwing nothing into the page (Firefox threw "too much recursion")', async () => {
      let mounted: AhrcaTimeline | undefined;
      const longest = await leastOf(async () => {
        const events = manyEvents(3, { text: false });
        events[1]!.text = ']('.repeat(50_000);
        mounted = await mount({ events });
        const watch = watchLongestTask();
        await search(mounted, 'number 2');
        return watch.stop();
      }, 200);
      const el = mounted!;
      expect(renderedIds(el)).to.deep.equal(['event-2']);
      await search(el, 'number');
      expect(renderedIds(el)).to.have.length(3);
      expect(longest, 'the longest task').to.be.below(200);
      expect(pageProblems).to.deep.equal([]);
    });

    it('announces the count once typing pauses, not at every key', async () => {
      const el = await mount(andijan());
      const count = part(el, 'count')!;
      await search(el, 'b');
      await search(el, 'ba');
      await search(el, 'babur');
      expect(textOf(count)).to.equal('8 events');
      await waitUntil(() => textOf(count) === '2 of 8 events', 'the count was not announced');
    });

    it('counts with the plurals of the reader’s language', async () => {
      const events = manyEvents(21, { text: false });
      const el = await mount({ events }, { lang: 'ru' });
      expect(textOf(part(el, 'count'))).to.equal('21 событие');
      await search(el, 'number 13');
      await waitUntil(() => textOf(part(el, 'count')) === '1 из 21 события');
      const fr = await mount({ events: events.slice(0, 1) }, { lang: 'fr' });
      expect(textOf(part(fr, 'count'))).to.equal('1 événement');
    });

    it('hides search and filters with no-controls, keeping the count', async () => {
      const el = await mount(andijan(), { noControls: true });
      expect(markupOf(part(el, 'search'))).to.equal(null);
      expect(markupOf(part(el, 'chip'))).to.equal(null);
      expect(textOf(part(el, 'count'))).to.equal('8 events');
    });

    it('jumps to a year with the navigator', async () => {
      const el = await mount(andijan(), { navigator: true });
      const years = part(el, 'years')!;
      expect(years.localName).to.equal('nav');
      expect(years.getAttribute('aria-label')).to.equal('Jump to a year');
      const buttons = [...years.querySelectorAll('button')];
      expect(buttons.map(textOf)).to.deep.equal(['1989', '2005', '2006', '2016']);
      buttons[3]!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'event-karimov', 'the 2016 event was not focused');
    });

    it('offers decades when there are more than forty years', async () => {
      const events = Array.from({ length: 60 }, (_, index) => ({ id: `y${index}`, date: String(1950 + index), title: `Y${index}` }));
      const el = await mount({ events }, { navigator: true });
      expect([...part(el, 'years')!.querySelectorAll('button')].map(textOf)).to.deep.equal([
        '1950 – 1959',
        '1960 – 1969',
        '1970 – 1979',
        '1980 – 1989',
        '1990 – 1999',
        '2000 – 2009',
      ]);
    });
  });

  describe('media', () => {
    const media = (value: Data, extra: Data = {}) => ({ events: [{ id: 'm', date: '2005-05-13', title: 'With media', media: value, ...extra }] });

    /** Requests to `host` since `since` (a performance.now() time): earlier tests' players are not this test's. */
    function requestsTo(host: string, since: number): string[] {
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= since)
        .map((entry) => entry.name)
        .filter((name) => name.includes(host));
    }

    it('shows an image lazily, without a referrer, with its alt, caption and credit', async () => {
      const el = await mount(media({ kind: 'image', url: '/demo/no-such-image.jpg', alt: 'Babur Square', caption: 'The square', credit: 'Photo: A.' }));
      const image = part(el, 'media')!.querySelector('img')!;
      expect([image.alt, image.loading, image.referrerPolicy, image.getAttribute('decoding')]).to.deep.equal(['Babur Square', 'lazy', 'no-referrer', 'async']);
      expect(textOf(part(el, 'media')!.querySelector('figcaption'))).to.equal('The square Photo: A.');
    });

    // YouTube's player refuses to play without a referrer (error 153, since July 2025): it gets the
    // page's origin and nothing more. Vimeo plays public videos without one, and gets none.
    for (const [name, url, player, referrerPolicy] of [
      [
        'YouTube',
        'https://www.youtube.com/watch?v=abcdefghijk&t=1m5s',
        'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&start=65',
        'strict-origin',
      ],
      ['youtu.be', 'https://youtu.be/abcdefghijk', 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1', 'strict-origin'],
      ['Vimeo', 'https://vimeo.com/123456789', 'https://player.vimeo.com/video/123456789?dnt=1&autoplay=1', 'no-referrer'],
    ] as const) {
      it(`shows a ${name} video as a card that contacts no one until Play, then a sandboxed privacy player`, async () => {
        const since = performance.now();
        const el = await mount(media({ kind: 'video', url, caption: 'Testimony' }));
        const host = new URL(url).hostname.replace(/^www\./, '');
        const card = part(el, 'media-card')!;
        expect(textOf(card)).to.equal(`Video on ${host} Testimony Play video It loads from ${host} when you play it.`);
        expect(markupOf(el.shadowRoot!.querySelector('iframe'))).to.equal(null);
        expect(card.querySelector('img, [src]')).to.equal(null);
        const play = part(el, 'play')!;
        expect(play.getAttribute('aria-describedby')).to.equal(card.querySelector('.consent')!.id);
        await expect(el).to.be.accessible();
        // Nothing in the card has a URL to load (above), and nothing went out while axe read it.
        expect(requestsTo('youtube', since).concat(requestsTo('vimeo', since))).to.deep.equal([]);
        play.click();
        await waitUntil(() => el.shadowRoot!.querySelector('iframe'));
        const frame = el.shadowRoot!.querySelector('iframe')!;
        expect(frame.getAttribute('src')).to.equal(player);
        expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-popups');
        expect(frame.title).to.equal('Testimony');
        expect(frame.referrerPolicy).to.equal(referrerPolicy);
        frame.remove();
      });
    }

    it('shows a post on another platform as a link card that opens in a new tab', async () => {
      const since = performance.now();
      const el = await mount(
        media({ kind: 'link', url: 'https://x.com/ahrca/status/1', caption: 'A post', thumbnail: '/demo/no-thumb.jpg', alt: 'Screenshot' }),
      );
      const card = part(el, 'media-card')!;
      expect(textOf(card.querySelector('.card-host'))).to.equal('Post on x.com');
      const link = part(el, 'open') as HTMLAnchorElement;
      expect([link.href, link.target, link.rel, textOf(link)]).to.deep.equal([
        'https://x.com/ahrca/status/1',
        '_blank',
        'noopener noreferrer',
        'Open on x.com (opens in a new tab)',
      ]);
      const thumbnail = card.querySelector('img')!;
      expect([new URL(thumbnail.src).origin, thumbnail.alt, thumbnail.referrerPolicy]).to.deep.equal([location.origin, 'Screenshot', 'no-referrer']);
      // The one image is our own (above): once it has settled, nothing of the card can still go to x.com.
      await waitUntil(() => thumbnail.complete, 'the thumbnail did not settle');
      expect(requestsTo('x.com', since)).to.deep.equal([]);
    });

    it('opens a video it cannot play privately as a link', async () => {
      const el = await mount(media({ kind: 'video', url: 'https://www.tiktok.com/@ahrca/video/1' }));
      expect(textOf(part(el, 'open'))).to.include('Open on tiktok.com');
      expect(markupOf(part(el, 'play'))).to.equal(null);
    });
  });

  describe('copy link', () => {
    it('copies the event’s deep link, says so, and tells the host', async () => {
      const written = stubClipboard('works');
      const el = await mount(andijan());
      const button = $(el, '#event-massacre [part~="copy-link"]')!;
      expect(button.getAttribute('aria-describedby')).to.equal('event-massacre-title');
      button.click();
      const expected = new URL('#massacre', location.href).href;
      await waitUntil(() => written.length === 1);
      expect(written).to.deep.equal([expected]);
      await el.updateComplete;
      const notice = $(el, '#event-massacre .link-notice')!;
      expect([notice.getAttribute('role'), textOf(notice)]).to.deep.equal(['status', 'Link copied']);
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'copy-link', url: expected }]);
    });

    it('shows the link, selected in a field, when the clipboard refuses', async () => {
      stubClipboard('fails');
      const el = await mount(andijan());
      $(el, '#event-massacre [part~="copy-link"]')!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'input');
      const field = el.shadowRoot!.activeElement as HTMLInputElement;
      expect([field.value, field.readOnly, textOf(field.labels![0])]).to.deep.equal([new URL('#massacre', location.href).href, true, 'Copy this link']);
    });

    it('leaves copying to the host when it cancels ahrca-action', async () => {
      const written = stubClipboard('works');
      const el = await mount(andijan());
      el.addEventListener('ahrca-action', (event) => event.preventDefault(), { once: true });
      const button = $(el, '#event-massacre [part~="copy-link"]')!;
      button.click();
      // A second click, not cancelled, copies; a copy by the first would have come before it.
      button.click();
      await waitUntil(() => written.length > 0, 'the second click did not copy');
      await el.updateComplete;
      expect(written).to.deep.equal([new URL('#massacre', location.href).href]);
    });
  });

  describe('states and bad input', () => {
    it('shows a skeleton while loading from src, then the events', async () => {
      const el = await fixture<AhrcaTimeline>(html`<ahrca-timeline src=${`/test/fixtures/timeline-sample.json?${uniqueId('src')}`}></ahrca-timeline>`);
      expect(part(el, 'skeleton')!.getAttribute('aria-busy')).to.equal('true');
      await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      expect(renderedTitles(el)).to.deep.equal(['Uzbekistan declares independence', 'Troops fire on the crowd on Babur Square', 'Islam Karimov dies']);
    });

    for (const [name, data] of [
      ['{}', {}],
      ['no events', { title: 'T', events: [] }],
    ] as const) {
      it(`shows the empty state for ${name}`, async () => {
        const el = await mount(data);
        expect(textOf(part(el, 'empty'))).to.equal('This timeline has no events yet.');
        await expect(el).to.be.accessible();
      });
    }

    const invalid: [string, unknown, string[]][] = [
      ['a missing events list', { title: 'T' }, ['events: is required']],
      ['events of the wrong type', { events: { id: 'a' } }, ['events: expected a list of events']],
      ['an event without id or title', { events: [{ date: '2005' }] }, ['events[0].id: is required', 'events[0].title: is required']],
      [
        'wrong-typed fields',
        { events: [{ id: 'a', date: 2005, title: 42, tags: 'x', approximate: 1 }] },
        [
          'events[0].date: expected',
          'events[0].title: expected text',
          'events[0].tags: expected a list of tags',
          'events[0].approximate: expected true or false',
        ],
      ],
      [
        'dates that are not dates',
        {
          events: [
            { id: 'a', date: '2005-13', title: 'T' },
            { id: 'b', date: '13/05/2005', title: 'T' },
            { id: 'c', date: '2005-02-29', title: 'T' },
          ],
        },
        ['events[0].date: expected a date', 'events[1].date: expected a date', 'events[2].date: expected a real calendar date'],
      ],
      ['an end before the start', { events: [{ id: 'a', date: '2005-05-13', end: '2004-01-01', title: 'T' }] }, ['events[0].end: expected a date on or after']],
      [
        'two events with one id',
        {
          events: [
            { id: 'a', date: '2005', title: 'T' },
            { id: 'a', date: '2006', title: 'U' },
          ],
        },
        ['events: expected each event id once; "a"'],
      ],
      [
        'markdown over 100,000 characters',
        { events: [{ id: 'a', date: '2005', title: 'T', text: 'x'.repeat(100_001) }] },
        ['events[0].text: expected at most 100000 characters'],
      ],
      ['an unknown text format', { textFormat: 'rtf', events: [{ id: 'a', date: '2005', title: 'T' }] }, ['textFormat: expected one of markdown, html']],
    ];
    for (const [name, data, messages] of invalid) {
      it(`refuses ${name}, naming the field, and shows the fallback content`, async () => {
        const logged = captureConsole('error');
        const el = await fixture<AhrcaTimeline>(
          html`<ahrca-timeline .data=${data}
            ><p id="fallback">See the <a href="/timeline">timeline</a>.</p></ahrca-timeline
          >`,
        );
        // Data that is not plainly in our format waits for the TimelineJS3 reader to look at it.
        await waitUntil(() => eventsOf('ahrca-error').length > 0, 'no ahrca-error');
        await el.updateComplete;
        const [error] = eventsOf<AhrcaErrorDetail>('ahrca-error');
        expect(error?.reason).to.equal('invalid-data');
        for (const message of messages) expect(error!.message).to.include(message);
        expect(logged.join('\n')).to.include(messages[0]!);
        expect(textOf(part(el, 'error'))).to.equal('This content has errors and cannot be shown.');
        expect(part(el, 'error')!.querySelector('slot')!.assignedElements()[0]!.id).to.equal('fallback');
        expect(pageProblems).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    const network: [string, string, string, string][] = [
      // A failure a second try may mend offers "Try again"; data that cannot be shown does not.
      ['an HTTP error', 'status/503', 'http', 'This content could not be loaded. Try again'],
      ['a timeout', 'hang', 'timeout', 'This content could not be loaded. Try again'],
      ['an HTML page instead of JSON', 'html200', 'not-json', 'This content has errors and cannot be shown.'],
      ['JSON of another widget', 'json?body=appeal', 'invalid-data', 'This content has errors and cannot be shown.'],
      ['a body over the 16 MB cap', 'big?mb=17', 'too-large', 'This content has errors and cannot be shown.'],
    ];
    for (const [name, route, reason, message] of network) {
      it(`says so inside the widget on ${name}`, async () => {
        captureConsole('error');
        const src = `/net/${route}${route.includes('?') ? '&' : '?'}id=${uniqueId('net')}`;
        const el = await fixture<AhrcaTimeline>(html`<ahrca-timeline src=${src} retries="0" timeout="1000"></ahrca-timeline>`);
        const failed = await oneEvent(el, 'ahrca-error');
        await el.updateComplete;
        expect((failed.detail as AhrcaErrorDetail).reason).to.equal(reason);
        expect(textOf(part(el, 'error'))).to.equal(message);
        expect(pageProblems).to.deep.equal([]);
      });
    }
  });

  describe('hostile data', () => {
    const TEXT = [`# ${SCRIPT}`, `${IMG} ${SVG}`, `[js](javascript:${PWN}) [data](data:text/html,x) ${IFRAME} ${STYLE}`].join('\n\n');

    function hostile(textFormat?: string): Data {
      return {
        title: IMG,
        description: TEXT,
        ...(textFormat ? { textFormat } : {}),
        eras: [{ title: SVG, start: '2000', end: '2010', text: TEXT }],
        events: [
          {
            id: 'h1',
            date: '2005-05-13',
            title: SCRIPT,
            text: TEXT,
            place: IFRAME,
            displayDate: SVG,
            tags: [IMG, SVG],
            group: SCRIPT,
            media: { kind: 'image', url: 'https://example.org/photo.jpg', alt: SCRIPT, caption: IMG, credit: SVG },
            sources: [{ title: IMG, url: 'https://example.org/source', publisher: SCRIPT }],
          },
          {
            id: 'h2',
            date: '2006',
            title: STYLE,
            media: { kind: 'link', url: 'https://example.org/post', caption: SCRIPT, thumbnail: 'https://example.org/thumb.jpg' },
          },
        ],
      };
    }

    async function expectHarmless(el: AhrcaTimeline): Promise<void> {
      const root = el.shadowRoot!;
      await imagesSettled(root);
      expect(window.__ahrcaPwned, 'a payload ran').to.equal(undefined);
      expect(markupOf(root.querySelector('script, iframe, object, embed, style, form, base, meta, link, svg, [srcdoc], [style]:not(ol)'))).to.equal(null);
      for (const element of root.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) {
          expect(name.startsWith('on'), `${name} on <${element.localName}>`).to.equal(false);
          if (['href', 'src', 'action', 'formaction', 'srcset', 'poster'].includes(name)) {
            expect(ALLOWED_SCHEMES).to.include(new URL(element.getAttribute(name)!).protocol);
          }
        }
      }
      expect(pageProblems).to.deep.equal([]);
    }

    for (const textFormat of [undefined, 'html']) {
      it(`shows markup in every text field as text, and runs nothing (textFormat ${textFormat ?? 'markdown'})`, async () => {
        const el = await mount(hostile(textFormat));
        expect(part(el, 'base'), 'the timeline did not render').not.to.equal(null);
        await expectHarmless(el);
        expect(textOf(part(el, 'title'))).to.equal(IMG);
        expect(textOf($(el, '#event-h1-title'))).to.equal(SCRIPT);
        expect(textOf($(el, '#event-h1 [part~="place"] dd'))).to.equal(squash(IFRAME));
        expect(textOf($(el, '#event-h1 [part~="date"]'))).to.equal(squash(SVG));
        expect([...$(el, '#event-h1 [part~="tags"]')!.querySelectorAll('li')].map(textOf)).to.deep.equal([IMG, SVG].map(squash));
        expect(textOf(part(el, 'era')!.querySelector('.era-title'))).to.equal(squash(SVG));
        expect(parts(el, 'chip').map(textOf)).to.include(squash(IMG));
        expect(textOf($(el, '#event-h1 [part~="group"] dd'))).to.equal(SCRIPT);
        expect(textOf($(el, '#event-h2 [part~="media"] figcaption'))).to.equal(SCRIPT);
        if (textFormat === undefined) expect(textOf($(el, '#event-h1 [part~="text"]'))).to.include(SCRIPT);
      });
    }

    it('keeps an entity-spelled script URL a harmless relative path', async () => {
      const entity = await mount({ events: [{ id: 'e', date: '2005', title: 'T', media: { kind: 'image', url: '&#106;avascript:alert(1)', alt: 'x' } }] });
      await expectHarmless(entity);
      expect(new URL(part(entity, 'media')!.querySelector('img')!.src).origin).to.equal(location.origin);
    });

    // java<TAB>script: and java<LF>script: are javascript: to the URL parser, so the rule refuses them too.
    for (const url of [
      `javascript:${PWN}`,
      `JaVaScRiPt:${PWN}`,
      ` javascript:${PWN}`,
      `java\tscript:${PWN}`,
      `java\nscript:${PWN}`,
      `java\rscript:${PWN}`,
      `data:text/html,<script>${PWN}</script>`,
      'vbscript:msgbox(1)',
    ]) {
      it(`refuses ${JSON.stringify(url.slice(0, 14))}… in every URL field, naming each`, async () => {
        captureConsole('error');
        const el = await mount({
          media: { kind: 'image', url },
          events: [{ id: 'a', date: '2005', title: 'T', media: { kind: 'link', url, thumbnail: url }, sources: [{ title: 'S', url }] }],
        });
        await expectHarmless(el);
        expect(part(el, 'error')).not.to.equal(null);
        const [error] = eventsOf<AhrcaErrorDetail>('ahrca-error');
        for (const path of ['media.url', 'events[0].media.url', 'events[0].media.thumbnail', 'events[0].sources[0].url']) {
          expect(error!.message).to.include(`${path}: expected an http(s), mailto or tel URL`);
        }
      });
    }
  });

  describe('themes and languages', () => {
    for (const theme of ['dark', 'auto']) {
      it(`has no axe violations with theme="${theme}"`, async () => {
        const el = await fixture<AhrcaTimeline>(html`<ahrca-timeline theme=${theme} navigator .data=${andijan()}></ahrca-timeline>`);
        await expect(el).to.be.accessible();
      });
    }

    it('speaks Russian and picks the Russian content, marked lang="ru"', async () => {
      const el = await mount(andijan(), { lang: 'ru' });
      expect(textOf(part(el, 'title'))).to.equal('Андижанская бойня и после');
      expect(part(el, 'title')!.getAttribute('lang')).to.equal('ru');
      expect((part(el, 'search') as HTMLInputElement).labels![0]!.textContent).to.equal('Поиск');
      expect(textOf(part(el, 'count'))).to.equal('8 событий');
    });

    it('keeps two timelines in different languages on one page apart', async () => {
      const page = await mountPage(
        html`<ahrca-timeline lang="kk" .data=${andijan()}></ahrca-timeline><ahrca-timeline lang="fr" .data=${andijan()}></ahrca-timeline>`,
      );
      const [kk, fr] = timelinesIn(page);
      await settle(kk!);
      expect(textOf(part(kk!, 'count'))).to.equal('8 оқиға');
      expect(textOf(part(fr!, 'count'))).to.equal('8 événements');
    });
  });

  describe('TimelineJS3 JSON', () => {
    const knightLab = {
      title: { text: { headline: 'Andijan, <i>May 2005</i>', text: '<p>From the <b>Association</b>’s reports.</p>' } },
      eras: [{ start_date: { year: 1991, month: 9 }, end_date: { year: 2016, month: 9, day: 2 }, text: { headline: 'Karimov' } }],
      events: [
        {
          start_date: { year: '2005', month: '5', day: '13', hour: '18', minute: '0' },
          text: {
            headline: 'Shooting on Babur Square',
            text: `<p>Troops <b>fired</b>.</p><script>window.__ahrcaPwned=true</script><img src=x onerror="window.__ahrcaPwned=true">`,
          },
          media: { url: 'https://www.youtube.com/watch?v=abcdefghijk', caption: 'Footage', credit: 'AHRCA' },
          group: 'Andijan',
          unique_id: 'babur-square',
          background: { color: '#000' },
        },
        { start_date: { year: 2005 }, end_date: { year: 2006 }, display_date: 'Spring 2005 to 2006', text: { headline: 'Trials' } },
        { start_date: { year: 1991, month: 8, day: 31 }, text: { text: '<p>Independence</p>' } },
      ],
    };

    it('is read unchanged: every event, its HTML sanitised, its deep link kept, the notes in the console', async () => {
      const notes = captureConsole('info');
      const el = await mount(knightLab);
      await waitUntil(() => renderedIds(el).length === 3, 'the TimelineJS3 timeline did not render');
      await el.updateComplete;
      expect(textOf(part(el, 'title'))).to.equal('Andijan, May 2005');
      expect(part(el, 'description')!.querySelector('b')?.textContent).to.equal('Association');
      // "2005" alone comes after the exact dates of 2005.
      expect(renderedTitles(el)).to.deep.equal(['Independence', 'Shooting on Babur Square', 'Trials']);
      const shooting = $(el, '#event-babur-square')!;
      expect(shooting.querySelector('[part~="text"] b')?.textContent).to.equal('fired');
      expect(textOf(shooting.querySelector('[part~="date"]'))).to.equal('May 13, 2005, 6:00 PM');
      expect(textOf(part(el, 'media-card')!.querySelector('.card-host'))).to.equal('Video on youtube.com');
      expect(textOf(part(el, 'era')!.querySelector('.era-title'))).to.equal('Karimov');
      await imagesSettled(el.shadowRoot!);
      expect(window.__ahrcaPwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('script, [onerror]')).to.equal(null);
      // Its background colour is carried: the card is tinted with it.
      expect(shooting.dataset['tint']).to.equal('#000');
      expect(shooting.style.getPropertyValue('--_tint')).to.equal('#000');
      expect(notes.join('\n')).to.not.include('events[0].background');
    });

    for (const name of TIMELINEJS_FIXTURES) {
      it(`renders every event of the ${name} fixture, loaded from src, harmlessly and with no axe violations`, async () => {
        captureConsole('info');
        const count = eventCount(await loadTimelineJsFixture(name));
        const el = await fixture<AhrcaTimeline>(html`<ahrca-timeline src=${`/test/fixtures/timelinejs/${name}.json?${uniqueId(name)}`}></ahrca-timeline>`);
        await oneEvent(el, 'ahrca-load');
        await el.updateComplete;
        expect(eventsOf('ahrca-error')).to.deep.equal([]);
        expect(renderedIds(el)).to.have.length(count);
        expect(new Set(renderedIds(el)).size).to.equal(count);
        await imagesSettled(el.shadowRoot!);
        expect(window.__ahrcaPwned).to.equal(undefined);
        expect(pageProblems).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('registration', () => {
    it('is defined as <ahrca-timeline>', () => {
      expect(customElements.get('ahrca-timeline')).to.equal(AhrcaTimeline);
    });
  });

  it('lets keys through when focus is on the search field', async () => {
    const el = await mount(andijan());
    (part(el, 'search') as HTMLInputElement).focus();
    await sendKeys({ type: 'may' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'search'));
    expect((part(el, 'search') as HTMLInputElement).selectionStart).to.equal(0);
  });
});

/**
 * How <ahrca-timeline> tells a story (issue #22): a vague date in the data's order, the subtitle,
 * key events, the years between events said on the line, an event's background, and the per-event
 * "Copy link" that shows on hover or focus and stays reachable by keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import { captureConsole, englishPage, stubClipboard } from '../helpers/page.js';
import { $, part, parts, removePages, renderedIds, textOf, untilShown, type Data } from './timeline-helpers.js';

async function mount(data: unknown, options: { lang?: string; order?: string; theme?: string } = {}): Promise<AhrcaTimeline> {
  const el = await fixture<AhrcaTimeline>(
    html`<ahrca-timeline .data=${data} lang=${options.lang ?? 'en'} order=${options.order ?? nothing} theme=${options.theme ?? nothing}></ahrca-timeline>`,
  );
  await untilShown(el);
  return el;
}

/** The Andijan story as TimelineJS3 has it: the EU's demand ("c. May 2005") after the massacre it answers. */
const story = (): Data => ({
  title: { text: { headline: 'The Andijan events and after<br/><small>in TimelineJS3&rsquo;s format</small>', text: '<p>Read unchanged.</p>' } },
  eras: [{ start_date: { year: 1991, month: 9, day: 1 }, end_date: { year: 2016, month: 9, day: 2 }, text: { headline: 'Karimov' } }],
  events: [
    { unique_id: 'massacre', start_date: { year: 2005, month: 5, day: 13 }, text: { headline: 'The Andijan events' } },
    { unique_id: 'eu', start_date: { year: 2005, month: 5, display_date: 'c. May 2005' }, text: { headline: 'The EU demands an investigation' } },
    { unique_id: 'rally', start_date: { year: 2011, month: 1, day: 24 }, text: { headline: 'Rally in Brussels' } },
    { unique_id: 'euronews', start_date: { year: 2016, month: 9, day: 3 }, text: { headline: 'Euronews interview' } },
  ],
});

englishPage({ markdown: true });

afterEach(() => {
  removePages();
});

describe('<ahrca-timeline> telling a story', () => {
  describe('a month-only or year-only date against the exact dates of its period', () => {
    it('follows the data: "c. May 2005" written after 13 May 2005 comes after it', async () => {
      const el = await mount(story());
      expect(renderedIds(el)).to.deep.equal(['massacre', 'eu', 'rally', 'euronews']);
    });

    it('comes first in its period when the data gives it first, and a year-only date likewise', async () => {
      const el = await mount({
        events: [
          { id: 'may', date: '2005-05', title: 'May' },
          { id: 'year', date: '2005', title: 'Year' },
          { id: 'day', date: '2005-05-13', title: 'Day' },
          { id: 'later', date: '2005-05-20', title: 'Later' },
          { id: 'after-later', date: '2005-05', title: 'After later' },
          { id: 'april', date: '2005-04-02', title: 'April' },
        ],
      });
      // "May 2005" given first opens May; "2005" follows what the data gave before it (May); the second
      // "May 2005" follows the exact dates given before it. April's exact date is before May whatever the data says.
      expect(renderedIds(el)).to.deep.equal(['april', 'may', 'year', 'day', 'later', 'after-later']);
    });

    it('keeps the order newest first, reversed', async () => {
      const el = await mount(story(), { order: 'newest' });
      expect(renderedIds(el)).to.deep.equal(['euronews', 'rally', 'eu', 'massacre']);
    });
  });

  describe('subtitle', () => {
    it('shows the <small> of a TimelineJS3 title as the subtitle, not in the title', async () => {
      const el = await mount(story());
      expect(textOf(part(el, 'title'))).to.equal('The Andijan events and after');
      expect(textOf(part(el, 'subtitle'))).to.equal('in TimelineJS3’s format');
      expect(part(el, 'subtitle')!.localName).to.equal('p');
    });

    it('shows our own subtitle in the reader’s language', async () => {
      const el = await mount(
        {
          title: 'Андижан',
          subtitle: { en: 'Fifteen years of testimony', ru: 'Пятнадцать лет свидетельств' },
          events: [{ id: 'a', date: '2005', title: 'A' }],
        },
        { lang: 'ru' },
      );
      expect(textOf(part(el, 'subtitle'))).to.equal('Пятнадцать лет свидетельств');
      expect(part(el, 'subtitle')!.getAttribute('lang')).to.equal('ru');
    });
  });

  describe('key events', () => {
    it('sets an event with "importance": "key" larger, as the `key-event` part', async () => {
      const el = await mount({
        events: [
          { id: 'key', date: '2005-05-13', title: 'The massacre', importance: 'key' },
          { id: 'plain', date: '2005-05-14', title: 'The day after', importance: 'normal' },
        ],
      });
      expect(parts(el, 'key-event').map((event) => event.id)).to.deep.equal(['event-key']);
      const size = (id: string) => parseFloat(getComputedStyle($(el, `#event-${id} [part~="event-title"]`)!).fontSize);
      expect(size('key')).to.be.greaterThan(size('plain') * 1.15);
    });

    it('refuses any other importance, naming the field', async () => {
      captureConsole('error');
      const el = await fixture<AhrcaTimeline>(
        html`<ahrca-timeline .data=${{ events: [{ id: 'a', date: '2005', title: 'A', importance: 'huge' }] }}></ahrca-timeline>`,
      );
      await untilShown(el);
      expect(part(el, 'error')).to.not.equal(null);
    });
  });

  describe('the years between events', () => {
    it('says "6 years later" on the line where the story jumps, and nothing within a year or the next', async () => {
      const el = await mount(story());
      expect(parts(el, 'gap').map((gap) => [gap.closest('li')!.dataset['key'], textOf(gap)])).to.deep.equal([
        ['rally', '6 years later'],
        ['euronews', '5 years later'],
      ]);
      const next = await mount({
        events: [
          { id: 'a', date: '2005-12-31', title: 'A' },
          { id: 'b', date: '2006-01-01', title: 'B' },
          { id: 'c', date: '2008', title: 'C' },
        ],
      });
      expect(parts(next, 'gap').map(textOf)).to.deep.equal(['2 years later']);
    });

    it('says it newest first as "earlier"', async () => {
      const el = await mount(story(), { order: 'newest' });
      expect(parts(el, 'gap').map(textOf)).to.deep.equal(['5 years earlier', '6 years earlier']);
    });

    it('says it in Russian and Kazakh with their plurals', async () => {
      const years = (gap: number) => ({
        events: [
          { id: 'a', date: '2000', title: 'A' },
          { id: 'b', date: String(2000 + gap), title: 'B' },
        ],
      });
      const said = async (lang: string, gap: number) => textOf(part(await mount(years(gap), { lang }), 'gap'));
      expect(await said('ru', 2)).to.equal('2 года спустя');
      expect(await said('ru', 5)).to.equal('5 лет спустя');
      expect(await said('ru', 21)).to.equal('21 год спустя');
      expect(await said('kk', 6)).to.equal('6 жылдан кейін');
      expect(await said('en', 21)).to.equal('21 years later');
    });
  });

  describe('background', () => {
    it('tints the card with a colour and shows an http(s) image across its top, for the eye only', async () => {
      const el = await mount({
        events: [
          { id: 'tinted', date: '2005-05-13', title: 'Tinted', background: { color: '#8b1e3f' } },
          { id: 'pictured', date: '2005-05-14', title: 'Pictured', background: { url: 'https://example.org/square.jpg' } },
          { id: 'mail', date: '2005-05-15', title: 'Mail', background: { url: 'mailto:editor@example.org' } },
        ],
      });
      const tinted = $(el, '#event-tinted')!;
      expect(tinted.style.getPropertyValue('--_tint')).to.equal('#8b1e3f');
      expect(getComputedStyle(tinted).backgroundColor).to.not.equal(getComputedStyle($(el, '#event-mail')!).backgroundColor);
      const backdrop = $(el, '#event-pictured .backdrop') as HTMLImageElement;
      expect([backdrop.getAttribute('src'), backdrop.alt, backdrop.referrerPolicy, backdrop.loading]).to.deep.equal([
        'https://example.org/square.jpg',
        '',
        'no-referrer',
        'lazy',
      ]);
      // Only http(s) is an image: a mailto: address passes the URL rule, but is no backdrop.
      expect($(el, '#event-mail .backdrop')).to.equal(null);
    });

    it('refuses a colour that is not plainly a colour, naming the field', async () => {
      captureConsole('error');
      const el = await fixture<AhrcaTimeline>(
        html`<ahrca-timeline
          .data=${{ events: [{ id: 'a', date: '2005', title: 'A', background: { color: 'red;background:url(https://evil.example/x)' } }] }}
        ></ahrca-timeline>`,
      );
      await untilShown(el);
      expect(part(el, 'error')).to.not.equal(null);
    });

    it('carries TimelineJS3’s background, leaving out a script or data: address with a note', async () => {
      const notes = captureConsole('info');
      const data = story();
      const events = data['events'] as Data[];
      events[0]!['background'] = { color: '#3b2a2a', url: 'javascript:alert(1)' };
      events[1]!['background'] = { url: 'data:image/png;base64,AAAA' };
      events[2]!['background'] = { url: 'https://example.org/brussels.jpg' };
      const el = await mount(data);
      expect($(el, '#event-massacre')!.style.getPropertyValue('--_tint')).to.equal('#3b2a2a');
      expect($(el, '#event-massacre .backdrop')).to.equal(null);
      expect($(el, '#event-eu .backdrop')).to.equal(null);
      expect($(el, '#event-rally .backdrop')!.getAttribute('src')).to.equal('https://example.org/brussels.jpg');
      const said = notes.join('\n');
      expect(said).to.include('events[0].background.url: not carried');
      expect(said).to.include('events[1].background.url: not carried');
    });
  });

  describe('the event’s "Copy link"', () => {
    it('is an icon named "Copy link", hidden until the event is hovered or focused, reached by Tab and announced', async () => {
      const copied = stubClipboard('works');
      const el = await mount(story());
      const button = $(el, '#event-massacre [part~="copy-link"]') as HTMLButtonElement;
      expect(textOf(button)).to.equal('Copy link');
      expect(button.title).to.equal('Copy link');
      expect(getComputedStyle(button).opacity).to.equal('0');
      // Tab reaches the first event, then its action.
      (part(el, 'search') as HTMLInputElement).focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      if (el.shadowRoot!.activeElement?.matches('[part~="filters-toggle"], [part~="order"], [part~="chip"]')) {
        while (!el.shadowRoot!.activeElement?.matches('[part~="event"]')) await sendKeys({ press: 'Tab' });
      }
      expect(el.shadowRoot!.activeElement?.id).to.equal('event-massacre');
      expect(getComputedStyle(button).opacity).to.equal('1');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(getComputedStyle(button).opacity).to.equal('1');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const status = $(el, '#event-massacre .link-notice')!;
      expect([status.getAttribute('role'), textOf(status)]).to.deep.equal(['status', 'Link copied']);
      expect(copied.at(-1)).to.match(/#massacre$/);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations with a subtitle, an era, key and tinted events and gaps (theme="${theme}")`, async () => {
        const data = story();
        const events = data['events'] as Data[];
        events[0]!['background'] = { color: '#8b1e3f' };
        const el = await mount(
          {
            title: 'The Andijan events',
            subtitle: 'and after',
            eras: [{ title: 'Karimov', start: '1991-09-01', end: '2016-09-02' }],
            events: [
              { id: 'massacre', date: '2005-05-13', title: 'The Andijan events', importance: 'key', background: { color: '#8b1e3f' }, group: 'Uzbekistan' },
              { id: 'eu', date: '2005-05', title: 'The EU demands an investigation', group: 'European Union' },
              { id: 'rally', date: '2011-01-24', title: 'Rally', background: { color: 'teal' } },
            ],
          },
          { theme },
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});

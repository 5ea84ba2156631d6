import { expect, fixture, html } from '@open-wc/testing';
import { fromTimelineJs, isTimelineJs } from '../../src/core/adapters/timelinejs.js';
import { mediaKindOf } from '../../src/core/adapters/timelinejs-media.js';
import { renderMarkdown, whenMarkdownReady } from '../../src/core/markdown.js';
import { TimelineSchema, type Timeline } from '../../src/core/schema/timeline.js';
import { validate } from '../../src/core/schema/validate.js';
import { TIMELINEJS_FIXTURES, loadTimelineJsFixture } from '../helpers/timelinejs-fixtures.js';
import { afterImageFailure } from '../helpers/wait.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** Adapts and validates, failing the test with every validation error. */
function adapt(payload: unknown): { timeline: Timeline; notes: string[] } {
  const { timeline, notes } = fromTimelineJs(payload);
  const result = validate(TimelineSchema, timeline);
  expect(result.ok ? [] : result.errors, JSON.stringify(timeline, null, 2)).to.deep.equal([]);
  return { timeline: (result as { value: Timeline }).value, notes };
}

const slide = (start_date: unknown, headline: string, extra: Record<string, unknown> = {}) => ({ start_date, text: { headline }, ...extra });

describe('TimelineJS3 detection', () => {
  it('knows every fixture, and the smallest TimelineJS3 files, as TimelineJS3', async () => {
    for (const name of TIMELINEJS_FIXTURES) expect(isTimelineJs(await loadTimelineJsFixture(name)), name).to.equal(true);
    expect(isTimelineJs({ events: [{ start_date: { year: 2005 } }] })).to.equal(true);
    expect(isTimelineJs({ events: [{ text: { headline: 'Only a headline' } }] })).to.equal(true);
    expect(isTimelineJs({ title: { text: { headline: 'Title only' } }, events: [] })).to.equal(true);
  });

  it('leaves our own format, and anything else, alone', async () => {
    const ours = await (await fetch(new URL('../../demo/data/timeline-andijan.json', import.meta.url))).json();
    const negatives: unknown[] = [
      ours,
      { events: [] },
      { title: { en: 'Andijan', ru: 'Андижан' }, events: [{ id: 'a', date: '2005', title: 'T', text: { en: 'x', ru: 'y' } }] },
      { events: [{ id: 'a', date: '2005-05-13', title: 'T', text: 'markdown' }] },
      null,
      undefined,
      42,
      'events',
      [],
      [{ start_date: { year: 2005 } }],
      {},
      { events: 'start_date' },
      { events: [1, 'two', null] },
      { events: [{ start_date: '2005' }] },
      { start_date: { year: 2005 }, text: { headline: 'a slide, not a timeline' } },
    ];
    for (const payload of negatives) expect(isTimelineJs(payload), JSON.stringify(payload)).to.equal(false);
  });
});

describe('TimelineJS3 adapter', () => {
  it('reads every fixture into a timeline our schema accepts, with every event', async () => {
    for (const name of TIMELINEJS_FIXTURES) {
      const file = await loadTimelineJsFixture(name);
      const { timeline } = adapt(file);
      expect(timeline.events, name).to.have.length((file.events as unknown[]).length);
      expect(timeline.textFormat, name).to.equal('html');
    }
  });

  it('makes the title slide the heading, introduction and media of the timeline', async () => {
    const { timeline, notes } = adapt(await loadTimelineJsFixture('title-slide'));
    expect(timeline.title).to.equal('Andijan, May 2005 and after');
    expect(timeline.description).to.equal(
      '<p>Events that the <strong>Association for Human Rights in Central Asia</strong> names, from the Andijan events to 2016.</p>',
    );
    expect(timeline.media).to.deep.equal({
      kind: 'image',
      url: 'images/babur-square.jpg',
      alt: 'A wide square with a monument in its centre',
      caption: 'Babur Square, Andijan.',
      credit: 'Photo: Example Photographer',
    });
    expect(timeline.events.map((event) => [event.date, event.title])).to.deep.equal([
      ['2005-05-13', 'The Andijan events'],
      ['2011-01-24', 'Rally at Islam Karimov’s visit to Brussels'],
      ['2016-09-03', 'Euronews interview'],
    ]);
    expect(notes).to.deep.equal(['title.media.credit: its links are not carried: this field is plain text']);
  });

  it('carries eras with their title, dates and HTML text', async () => {
    const { timeline, notes } = adapt(await loadTimelineJsFixture('eras'));
    expect(timeline.eras).to.deep.equal([
      { title: "Islam Karimov's presidency", start: '1991-09-01', end: '2016-09-02', text: '<p>Twenty-five years of <em>one-man rule</em>.</p>' },
      { title: 'Negotiations on an international investigation', start: '2005-05', end: '2005' },
    ]);
    expect(timeline.description).to.equal('Two eras over four events.');
    expect(notes).to.deep.equal([]);
  });

  it('tells images, videos and links apart by their URL, and keeps alt, caption, credit and thumbnail', async () => {
    const { timeline, notes } = adapt(await loadTimelineJsFixture('media'));
    const media = Object.fromEntries(timeline.events.map((event) => [event.id, event.media]));
    expect(media['image-with-alt']).to.deep.equal({
      kind: 'image',
      url: 'images/square.jpg',
      alt: 'A crowd on a square',
      caption: 'The square on the morning of 13 May.',
      credit: 'Photo: Example Agency',
    });
    expect(media['image-with-query']).to.deep.equal({ kind: 'image', url: 'images/map.png?width=800&height=600', alt: 'Map of the Fergana Valley' });
    expect(media.youtube).to.deep.equal({
      kind: 'video',
      url: 'https://www.youtube.com/watch?v=abcdefghijk',
      caption: 'A recorded statement.',
      thumbnail: 'images/statement-thumbnail.jpg',
    });
    expect(media['youtube-short']?.kind).to.equal('video');
    expect(media.vimeo).to.deep.equal({ kind: 'video', url: 'https://vimeo.com/123456789', credit: 'Example Films' });
    expect(media['video-file']?.kind).to.equal('video');
    expect(media.post?.kind).to.equal('link');
    expect(media.wikipedia?.kind).to.equal('link');
    expect(media['wikimedia-file-page']?.kind).to.equal('link');
    expect(media['protocol-relative']).to.deep.equal({ kind: 'image', url: 'https://upload.wikimedia.org/wikipedia/commons/a/ab/Andijan.jpg' });
    expect(media.iframe).to.equal(undefined);
    expect(media['linked-media']).to.deep.equal({ kind: 'image', url: 'images/letter.jpg', alt: 'The first page of the letter' });
    expect(media['no-media']).to.equal(undefined);
    expect(notes).to.deep.equal([
      'events[10].media.url: embed markup is not carried: only a URL can be shown',
      'events[11].media.link: not carried',
      'events[11].media.link_target: not carried: external links open in a new tab',
    ]);
  });

  it('classifies media addresses it has never seen in a fixture', () => {
    const kinds = Object.fromEntries(
      [
        'https://example.org/a.JPEG',
        'https://example.org/a.webp#x',
        'photo.svg',
        'https://www.youtube-nocookie.com/embed/x',
        'https://m.youtube.com/watch?v=x',
        'https://player.vimeo.com/video/1',
        'https://www.dailymotion.com/video/x',
        'clip.webm',
        'https://example.org/audio.mp3',
        'https://www.tiktok.com/@a/video/1',
        'https://t.me/channel/1',
        'https://www.flickr.com/photos/a/1/',
        'https://example.org/',
        'mailto:info@example.org',
        'https://notyoutube.com/a',
        'https://youtube.com.example.org/x',
      ].map((address) => [address, mediaKindOf(address)]),
    );
    expect(kinds).to.deep.equal({
      'https://example.org/a.JPEG': 'image',
      'https://example.org/a.webp#x': 'image',
      'photo.svg': 'image',
      'https://www.youtube-nocookie.com/embed/x': 'video',
      'https://m.youtube.com/watch?v=x': 'video',
      'https://player.vimeo.com/video/1': 'video',
      'https://www.dailymotion.com/video/x': 'video',
      'clip.webm': 'video',
      'https://example.org/audio.mp3': 'link',
      'https://www.tiktok.com/@a/video/1': 'link',
      'https://t.me/channel/1': 'link',
      'https://www.flickr.com/photos/a/1/': 'link',
      'https://example.org/': 'link',
      'mailto:info@example.org': 'link',
      'https://notyoutube.com/a': 'link',
      'https://youtube.com.example.org/x': 'link',
    });
  });

  it('shows display_date as written, joining a range, and notes what it cannot keep', async () => {
    const { timeline, notes } = adapt(await loadTimelineJsFixture('display-date'));
    const shown = Object.fromEntries(timeline.events.map((event) => [event.id, [event.date, event.end, event.displayDate]]));
    expect(shown).to.deep.equal({
      'slide-display-date': ['2005-05-12', '2005-05-13', 'The night of 12 to 13 May 2005'],
      'both-dates-display': ['2005', '2006', 'Spring 2005 – winter 2006'],
      'start-display-only': ['2011-01', undefined, 'Late January 2011'],
      'one-of-two-display': ['2013', '2016', undefined],
      format: ['2016-09-03', undefined, undefined],
    });
    const redundantEnd = adapt({ events: [slide({ year: 2005, display_date: 'Spring 2005' }, 'One season', { end_date: { year: 2005 } })] });
    expect(redundantEnd.timeline.events[0]).to.include({ date: '2005', displayDate: 'Spring 2005' }).and.not.have.property('end');
    expect(redundantEnd.notes).to.deep.equal([]);
    expect(notes).to.deep.equal([
      'events[3].start_date.display_date: not carried: the other date has none, so both dates are written out',
      "events[4].start_date.format: not carried: dates are written the way the reader's language writes them",
    ]);
  });

  it('carries groups as trimmed labels', async () => {
    const { timeline } = adapt(await loadTimelineJsFixture('groups'));
    expect(timeline.events.map((event) => event.group)).to.deep.equal(['Uzbekistan', 'European Union', 'United Nations', 'European Union', undefined]);
  });

  it('reads numbers and numeric strings at the precision given; blank parts lower it', async () => {
    const { timeline, notes } = adapt(await loadTimelineJsFixture('partial-dates'));
    const dates = Object.fromEntries(timeline.events.map((event) => [event.id, event.end ? [event.date, event.end] : event.date]));
    expect(dates).to.deep.equal({
      'year-number': '2005',
      'year-string': '2006',
      month: '2005-05',
      'blank-parts': '2011-01',
      'day-without-month': '2013',
      range: ['2005-05', '2005-10'],
      'redundant-end': '2016-09-03',
      'early-year': '1220',
    });
    expect(notes).to.deep.equal(['events[4].start_date: its day is not carried: it needs a month']);
  });

  it('writes hours, minutes, seconds and milliseconds as a local time, as TimelineJS3 reads them', async () => {
    const { timeline, notes } = adapt(await loadTimelineJsFixture('times'));
    const dates = Object.fromEntries(timeline.events.map((event) => [event.id, event.end ? [event.date, event.end] : event.date]));
    expect(dates).to.deep.equal({
      hour: '2005-05-13T18:00',
      'hour-minute': '2005-05-13T09:05',
      seconds: '2016-09-03T20:15:30',
      milliseconds: '2016-09-03T20:15:30.250',
      'time-range': ['2011-01-24T10:00', '2011-01-24T13:30'],
      'time-without-day': '2011-01',
    });
    expect(notes).to.deep.equal(['events[5].start_date: its time is not carried: a time needs a day']);
  });

  it('keeps each bad date as written, so validation names the event, and says why in a note', () => {
    const { timeline, notes } = fromTimelineJs({
      events: [
        slide({ year: 12000 }, 'After 9999'),
        slide({ year: 2005, month: 13 }, 'No such month'),
        slide({ year: 'MMV' }, 'Roman year'),
        slide({ year: 2005.5 }, 'Half a year'),
        slide({ month: 5 }, 'No year'),
        { text: { headline: 'No start date' } },
        slide({ year: 2005, month: 2, day: 30 }, 'No such day'),
        slide({ year: 2005, month: 5, day: 13, hour: 25 }, 'No such hour'),
      ],
    });
    const result = validate(TimelineSchema, timeline);
    const errors = result.ok ? [] : result.errors;
    for (const [index, value] of [
      [0, '12000'],
      [1, '2005-13'],
      [2, 'MMV'],
      [3, '2005.5'],
      [6, '2005-02-30'],
      [7, '2005-05-13T25:00'],
    ] as const) {
      expect(
        errors.some((line) => line.startsWith(`events[${index}].date: expected`) && line.endsWith(`got "${value}"`)),
        `${index} in\n${errors.join('\n')}`,
      ).to.equal(true);
    }
    expect(errors).to.include('events[4].date: is required');
    expect(errors).to.include('events[5].date: is required');
    expect(notes).to.deep.equal([
      'events[0].start_date.year: expected a number from 1 to 9999, got 12000',
      'events[1].start_date.month: expected a number from 1 to 12, got 13',
      'events[2].start_date.year: expected a number, got "MMV"',
      'events[3].start_date.year: expected a number, got "2005.5"',
      'events[4].start_date.year: is required',
      'events[7].start_date.hour: expected a number from 0 to 23, got 25',
    ]);
  });

  it('reads negative years as years BCE and cosmological years as deep time, with ids safe in a URL', () => {
    const { timeline, notes } = fromTimelineJs({
      scale: 'cosmological',
      eras: [{ start_date: { year: -550 }, end_date: { year: '-330' }, text: { headline: 'Achaemenid rule' } }],
      events: [
        slide({ year: '-13800000000' }, 'The Big Bang'),
        slide({ year: -540000000, month: 3 }, 'Cambrian'),
        slide({ year: -44, month: 3, day: 15, hour: 11 }, 'The Ides of March'),
        slide({ year: -300 }, "Euclid's <i>Optica</i>"),
        slide({ year: 0 }, 'Year zero'),
        slide({ year: '-1000000000000000' }, 'Too far'),
      ],
    });
    const events = (timeline as Timeline).events;
    expect(events.map((event) => [event.id, event.date])).to.deep.equal([
      ['13800000000-bce-the-big-bang', '-13800000000'],
      ['540000000-bce-cambrian', '-540000000'],
      ['0044-03-15-bce-the-ides-of-march', '-0044-03-15'],
      ['0300-bce-euclid-s-optica', '-0300'],
      ['0001-bce-year-zero', '-0001'],
      ['1000000000000000-bce-too-far', '-1000000000000000'],
    ]);
    expect((timeline as Timeline).eras).to.deep.equal([{ title: 'Achaemenid rule', start: '-0550', end: '-0330' }]);
    expect(notes).to.deep.equal([
      'events[1].start_date: its month, day and time are not carried: 10000 years or more before the common era, a date is a year',
      'events[2].start_date: its time is not carried: before the common era, a date has no time of day',
      'events[4].start_date.year: there is no year 0; read as 1 BCE (-0001), the year before 1',
      'events[5].start_date.year: expected at most 999999999999999 years before the common era, got -1000000000000000',
    ]);
    const result = validate(TimelineSchema, timeline);
    expect(result.ok ? [] : result.errors).to.deep.equal([
      'events[5].date: expected a date before the common era like -3500, -0044-03 or -0044-03-15 (at most 15 digits), got "-1000000000000000"',
    ]);
  });

  it('carries an event’s background colour and image, and TimelineJS3’s title <small> as the subtitle', () => {
    const { timeline, notes } = adapt({
      title: { text: { headline: 'The Andijan events<br/><small>and <b>after</b></small>' } },
      events: [
        slide({ year: 2005 }, 'A', { background: { url: 'images/bg.jpg', color: '#333' } }),
        slide({ year: 2006 }, 'B', { background: { color: 'red;background:url(x)', url: 'javascript:alert(1)' } }),
      ],
    });
    expect([timeline.title, timeline.subtitle]).to.deep.equal(['The Andijan events', 'and after']);
    const events = timeline.events as { background?: unknown }[];
    expect(events.map((event) => event.background)).to.deep.equal([{ color: '#333', url: 'images/bg.jpg' }, undefined]);
    expect(notes).to.deep.equal([
      'events[1].background.color: not carried: expected a colour such as #8b1e3f or teal',
      'events[1].background.url: not carried: expected an http(s) image address',
    ]);
  });

  it('notes, by path, every field it cannot carry', () => {
    const { notes } = adapt({
      scale: 'galactic',
      theme: 'dark',
      title: { text: { headline: 'T' }, background: { color: '#000' }, start_date: { year: 2000 }, unique_id: 'title' },
      eras: [{ start_date: { year: 2000, display_date: 'Y2K' }, end_date: { year: 2001 }, text: { text: 'No headline' }, group: 'g' }],
      events: [
        slide({ year: 2005 }, 'A', { background: { url: 'images/bg.jpg', color: '#333' }, autolink: true, type: 'event' }),
        slide({ year: 2006 }, 'B', { autolink: false, background: '' }),
        { start_date: { year: 2007, month: 1, weekday: 'Mon' }, text: { headline: 'C', subtitle: 'x' }, media: { url: 'a.jpg', width: 3 } },
      ],
    });
    expect(notes).to.deep.equal([
      'theme: not a TimelineJS3 field; ignored',
      'scale: "galactic" is not a TimelineJS3 scale; ignored',
      "title.start_date: not carried: the title slide is shown as the timeline's heading",
      "title.background: not carried: the title slide is shown as the timeline's heading",
      "title.unique_id: not carried: the title slide is shown as the timeline's heading",
      'eras[0].group: not a TimelineJS3 field; ignored',
      'eras[0].start_date.display_date: not carried: an era shows its title only',
      'eras[0].text.headline: blank; the era is titled with its dates',
      'events[0].type: not a TimelineJS3 field; ignored',
      'events[0].autolink: not carried: web addresses in the text are not turned into links',
      'events[2].start_date.weekday: not a TimelineJS3 field; ignored',
      'events[2].text.subtitle: not a TimelineJS3 field; ignored',
      'events[2].media.width: not a TimelineJS3 field; ignored',
    ]);
  });

  it('titles an event without a headline from its text, caption or date, and says so', () => {
    const long = `${'word '.repeat(60)}end`;
    const { timeline, notes } = adapt({
      events: [
        { start_date: { year: 2005 }, text: { headline: '', text: '<p>Troops fired on <b>a crowd</b>.</p>' } },
        { start_date: { year: 2006 }, text: { text: long } },
        { start_date: { year: 2007 }, media: { url: 'a.jpg', caption: 'A caption' } },
        { start_date: { year: 2008, display_date: 'Spring 2008' } },
        { start_date: { year: 2009 }, text: { headline: '<img src=x>' } },
      ],
    });
    const titles = timeline.events.map((event) => event.title);
    expect(titles.slice(0, 1)).to.deep.equal(['Troops fired on a crowd.']);
    expect(titles[1]).to.have.length.at.most(120);
    expect(titles[1]).to.match(/^word word .* word…$/);
    expect(titles.slice(2)).to.deep.equal(['A caption', 'Spring 2008', '2009']);
    expect(notes.filter((note) => note.includes('blank'))).to.deep.equal([
      'events[0].text.headline: blank; the title is taken from text.text',
      'events[1].text.headline: blank; the title is taken from text.text',
      'events[2].text.headline: blank; the title is taken from media.caption',
      'events[3].text.headline: blank; the title is taken from its date',
      'events[4].text.headline: blank; the title is taken from its date',
    ]);
  });

  it('shortens plain-text fields to our limits instead of refusing the timeline', () => {
    const { timeline, notes } = adapt({ events: [slide({ year: 2005 }, 'h'.repeat(400), { group: 'g'.repeat(100), display_date: 'd'.repeat(150) })] });
    const [event] = timeline.events;
    expect([event?.title.length, event?.group?.length, event?.displayDate?.length]).to.deep.equal([300, 80, 100]);
    expect(notes).to.deep.equal([
      'events[0].text.headline: shortened to 300 characters',
      'events[0].display_date: shortened to 100 characters',
      'events[0].group: shortened to 80 characters',
    ]);
  });

  describe('ids', () => {
    it('uses unique_id, slugs an invalid one as TimelineJS3 does, and makes one from date and headline', () => {
      const { timeline, notes } = adapt({
        events: [
          slide({ year: 2005, month: 5, day: 13 }, 'Andijan', { unique_id: 'andijan' }),
          slide({ year: 2005 }, 'Numbered', { unique_id: 42 }),
          slide({ year: 2011, month: 1, day: 24 }, 'Rally at Islam Karimov’s visit to Brussels!'),
          slide({ year: 2016, month: 9, day: 3, hour: 20, minute: 15 }, 'Интервью Euronews'),
          slide({ year: 2016 }, 'Смерть Каримова'),
          slide({ year: 2006 }, 'Café déjà vu', { unique_id: 'Appeals to the UN!' }),
          slide({ year: 2007 }, 'Blank id', { unique_id: '  ' }),
        ],
      });
      expect(timeline.events.map((event) => event.id)).to.deep.equal([
        'andijan',
        '42',
        '2011-01-24-rally-at-islam-karimov-s-visit-to-brussels',
        '2016-09-03T20-15-euronews',
        `2016-${timeline.events[4]!.id.slice(5)}`,
        'appeals-to-the-un',
        '2007-blank-id',
      ]);
      expect(timeline.events[4]!.id).to.match(/^2016-[0-9a-z]+$/);
      expect(notes).to.deep.equal(['events[5].unique_id: "Appeals to the UN!" is not a valid id; read as "appeals-to-the-un"']);
    });

    it('gives each event its own id: a repeated unique_id or a same-day namesake gets a new one', () => {
      const { timeline, notes } = adapt({
        events: [
          slide({ year: 2005 }, 'Same', { unique_id: 'dup' }),
          slide({ year: 2005 }, 'Same', { unique_id: 'dup' }),
          slide({ year: 2005 }, 'Same'),
          slide({ year: 2005 }, 'Same', { unique_id: '2005-same' }),
          slide({ year: 2005 }, '!!!', { unique_id: '!!!' }),
        ],
      });
      expect(timeline.events.map((event) => event.id)).to.deep.equal(['dup', '2005-same-2', '2005-same-3', '2005-same', timeline.events[4]!.id]);
      expect(new Set(timeline.events.map((event) => event.id)).size).to.equal(5);
      expect(notes).to.deep.equal([
        'events[1].unique_id: "dup" is already used by an earlier event; a new id is made',
        'events[4].unique_id: "!!!" has no letters or digits to make an id of; a new id is made',
      ]);
    });

    it('keeps a made id when other events are added or moved', () => {
      const rally = slide({ year: 2011, month: 1, day: 24 }, 'Rally in Brussels');
      const alone = fromTimelineJs({ events: [rally] }).timeline as Timeline;
      const among = fromTimelineJs({ events: [slide({ year: 2016 }, 'Later'), slide({ year: 2005 }, 'Earlier'), rally] }).timeline as Timeline;
      expect(among.events[2]!.id).to.equal(alone.events[0]!.id);
    });
  });

  it('is deterministic and leaves its input untouched', async () => {
    for (const name of TIMELINEJS_FIXTURES) {
      const file = await loadTimelineJsFixture(name);
      const copy = structuredClone(file);
      const first = fromTimelineJs(file);
      expect(fromTimelineJs(file), name).to.deep.equal(first);
      expect(file, name).to.deep.equal(copy);
    }
  });

  it('passes anything that is not TimelineJS3 on unchanged, with a note, for validation to refuse', () => {
    for (const payload of [null, 'text', [1], { events: 'x' }]) {
      const { timeline, notes } = fromTimelineJs(payload);
      expect(timeline).to.equal(payload);
      expect(notes).to.deep.equal(['(root): not TimelineJS3 JSON (no "events" list); passed on unchanged']);
    }
  });

  describe('hostile HTML', () => {
    afterEach(() => {
      delete window.__pwned;
    });

    it('turns headlines, captions, credits, alt text, groups and display dates into plain text', async () => {
      const { timeline, notes } = adapt(await loadTimelineJsFixture('hostile'));
      const [event, scriptMedia, dataMedia] = timeline.events;
      expect(timeline.title).to.equal('Hostile input');
      expect(timeline.eras?.[0]?.title).to.equal('Era');
      expect(event).to.include({ id: 'script', title: 'Headline link', displayDate: 'May', group: 'Group' });
      expect(event?.media).to.deep.equal({ kind: 'image', url: 'images/photo.jpg', alt: 'Alt', caption: 'Caption & more', credit: 'Credit' });
      expect(scriptMedia?.media).to.equal(undefined);
      expect(dataMedia?.media).to.equal(undefined);
      expect(dataMedia?.title).to.equal('Unclosed');
      expect(notes).to.include('events[0].media.thumbnail: not carried: only http(s), mailto and tel URLs, or relative ones, are shown');
      expect(notes).to.include('events[1].media.url: not carried: only http(s), mailto and tel URLs, or relative ones, are shown');
      expect(notes).to.include('events[2].media.url: not carried: only http(s), mailto and tel URLs, or relative ones, are shown');
    });

    it('shows body text through the sanitiser: its markup stays, nothing in it runs', async () => {
      const { timeline } = adapt(await loadTimelineJsFixture('hostile'));
      const texts = [timeline.description, timeline.eras?.[0]?.text, ...timeline.events.map((event) => event.text)] as string[];
      const element = await fixture<HTMLElement>(html`
        <div>
          <h2>${timeline.title}</h2>
          ${texts.map((text) => html`<div class="text">${renderMarkdown(text, { format: 'html' })}</div>`)}
          ${timeline.events.map(
            (event) =>
              html`<h3>${event.title}</h3>
                <p>${event.media?.caption} ${event.media?.credit}</p>`,
          )}
        </div>
      `);
      await whenMarkdownReady();
      // The fixture's images are all src=x.
      await afterImageFailure('x');
      expect(window.__pwned).to.equal(undefined);
      expect(element.querySelectorAll('script, iframe, form, button, svg, style, [onerror], [onclick], [onload], [onmouseover]')).to.have.length(0);
      // A javascript: link keeps its words and loses its address.
      expect([...element.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
        ['link', null],
        ['a bad link', null],
        ['a good one', 'https://example.org/'],
      ]);
      const body = element.querySelectorAll('.text')[2];
      expect(body?.textContent?.trim()).to.equal('Body with a bad link and a good one.');
      expect(element.querySelector('h3')?.textContent).to.equal('Headline link');
    });
  });
});

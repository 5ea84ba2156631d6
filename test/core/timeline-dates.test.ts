/**
 * Dates before the common era and deep time in a timeline: what the schema accepts (one message per
 * bad date), how they are ordered and grouped, and what a reader reads in each of the nine
 * languages, in Chromium and Firefox alike.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { buildModel, selectRows, type TimelineOrder } from '../../src/components/timeline/timeline-model.js';
import { renderWhen } from '../../src/components/timeline/timeline-row.js';
import { yearStops } from '../../src/components/timeline/year-navigator.js';
import { loadEarlyDates, needsEarlyDates, yearHeading } from '../../src/components/timeline/early-dates.js';
import { loadLanguage, type Translator } from '../../src/core/i18n/index.js';
import { formatTimelineDate, formatYearKey } from '../../src/core/i18n/timeline-date-format.js';
import { parseTimelineDate, yearKey } from '../../src/core/i18n/timeline-dates.js';
import { TimelineSchema } from '../../src/core/schema/timeline.js';
import { validate } from '../../src/core/schema/validate.js';

/** Intl and our tables put no-break spaces (plain or narrow) where a reader sees a space. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const SAMPLES = ['-3500', '-0044-03-15', '-0300-05', '-315000', '-538800000', '-13800000000'] as const;

/** What a reader sees for each sample, in every browser. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  en: ['3500 BCE', 'March 15, 44 BCE', 'May 300 BCE', '315,000 years ago', '538.8 million years ago', '13.8 billion years ago'],
  ru: ['3500 до н. э.', '15 марта 44 г. до н. э.', 'май 300 г. до н. э.', '315 000 лет назад', '538,8 млн лет назад', '13,8 млрд лет назад'],
  'uz-Latn': ['mil. av. 3500', 'mil. av. 15-mart, 44-yil', 'mil. av. may, 300-yil', '315 000 yil oldin', '538,8 mln yil oldin', '13,8 mlrd yil oldin'],
  'uz-Cyrl': ['мил. ав. 3500', 'мил. ав. 15 март, 44 йил', 'мил. ав. май, 300 йил', '315 000 йил олдин', '538,8 млн йил олдин', '13,8 млрд йил олдин'],
  kk: ['б.з.д. 3500', 'б.з.д. 44 ж. 15 наурыз', 'б.з.д. 300 ж. мамыр', '315 000 жыл бұрын', '538,8 млн жыл бұрын', '13,8 млрд жыл бұрын'],
  ky: ['б.з.ч. 3500', 'б.з.ч. 44-ж., 15-март', 'б.з.ч. 300-ж., май', '315 000 жыл мурун', '538,8 млн жыл мурун', '13,8 млрд жыл мурун'],
  tg: ['3500 то милод', '15 марти 44 то милод', 'май 300 то милод', '315 000 сол пеш', '538,8 млн сол пеш', '13,8 млрд сол пеш'],
  tk: ['b.e.öň 3500', 'b.e.öň 15 mart 44 ý.', 'b.e.öň maý 300 ý.', '315 000 ýyl mundan öň', '538,8 mln ýyl mundan öň', '13,8 mlrd ýyl mundan öň'],
  fr: ['3500 av. J.-C.', '15 mars 44 av. J.-C.', 'mai 300 av. J.-C.', 'il y a 315 000 ans', 'il y a 538,8 millions d’années', 'il y a 13,8 milliards d’années'],
};

const translators = new Map<string, Translator>();
await loadEarlyDates('en');
for (const tag of Object.keys(EXPECTED)) translators.set(tag, await loadLanguage(tag));

const parse = (value: string) => parseTimelineDate(value)!;

describe('timeline dates before the common era and in deep time', () => {
  for (const [tag, expected] of Object.entries(EXPECTED)) {
    it(`read as a reader of ${tag} writes them`, () => {
      const tr = translators.get(tag)!;
      expect(SAMPLES.map((value) => plainSpaces(formatTimelineDate(parse(value), tr)))).to.deep.equal(expected);
    });

    it(`head their year in ${tag}, deep time rounded as it reads`, () => {
      const tr = translators.get(tag)!;
      const headings = ['-3500', '-13799630000', '-13800000000'].map((value) => plainSpaces(formatYearKey(yearKey(parse(value)), tr)));
      expect(headings).to.deep.equal([expected[0], expected[5], expected[5]]);
    });
  }

  it('are downloaded only for a timeline that has one, in an event or an era', () => {
    expect(needsEarlyDates({ events: [{ date: '2005' }, { date: '1991', end: '2016' }], eras: [{ start: '1991', end: '2016' }] })).to.equal(false);
    expect(needsEarlyDates({ events: [{ date: '2005' }, { date: '-0300' }] })).to.equal(true);
    expect(needsEarlyDates({ events: [{ date: '2005' }], eras: [{ start: '-0550', end: '-0330' }] })).to.equal(true);
    expect(needsEarlyDates({ events: 'not a list' })).to.equal(false);
  });

  it('writes a range and an approximate date around them', () => {
    const box = document.createElement('p');
    render(renderWhen(parse('-538800000'), parse('-251902000'), true, translators.get('en')!), box);
    expect(box.textContent).to.equal('c. 538.8 million years ago – 251.9 million years ago');
    // HTML's datetime has no year before 1: such a <time> says its date in words only.
    expect([...box.querySelectorAll('time')].map((time) => time.hasAttribute('datetime'))).to.deep.equal([false, false]);
    render(renderWhen(parse('1021'), undefined, false, translators.get('en')!), box);
    expect(box.querySelector('time')?.getAttribute('datetime')).to.equal('1021');
  });

  it('counts years as historians do: 1 BCE is the year before 1 CE, and there is no year 0', () => {
    expect(parse('-0001').time).to.be.below(parse('0001').time);
    expect(parse('-0001').date.getUTCFullYear()).to.equal(0);
    expect(parse('-0044-03-15').date.getUTCFullYear()).to.equal(-43);
    expect(parseTimelineDate('0000')).to.equal(undefined);
    expect(parseTimelineDate('-0000')).to.equal(undefined);
  });
});

describe('the timeline schema on dates before the common era', () => {
  const timeline = (...dates: string[]) => ({ events: dates.map((date, index) => ({ id: `e${index}`, date, title: `Event ${index}` })) });

  it('accepts years BCE with a month and a day, deep time as a year, and ranges and eras across the common era', () => {
    const result = validate(TimelineSchema, {
      eras: [{ title: 'Achaemenid rule', start: '-0550', end: '-0330' }],
      events: [
        { id: 'a', date: '-13800000000', title: 'The Big Bang' },
        { id: 'b', date: '-0329', end: '-0327', title: 'Alexander in Sogdiana' },
        { id: 'c', date: '-0044-03-15', title: 'The Ides of March' },
        { id: 'd', date: '-0004', end: '0030', title: 'Across the era' },
        { id: 'e', date: `-${'9'.repeat(15)}`, title: 'As far back as a date may be' },
      ],
    });
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });

  it('says what is wrong with a date once, whatever is wrong with it', () => {
    const bad = ['2005-13', '-13800000000-01', '0000', 'soon', '2005-02-30', '-0044-02-30', `-${'9'.repeat(16)}`, '+2005'];
    const result = validate(TimelineSchema, timeline(...bad));
    const errors = result.ok ? [] : result.errors;
    expect(errors, errors.join('\n')).to.have.length(bad.length);
    bad.forEach((value, index) => {
      const lines = errors.filter((line) => line.startsWith(`events[${index}].date:`));
      expect(lines, `${value}: ${errors.join('\n')}`).to.have.length(1);
      expect(lines[0]).to.match(/: expected .*, got "/);
    });
    expect(errors[1]).to.equal(
      'events[1].date: expected a year alone, without month or day, 10,000 years or more before the common era, got "-13800000000-01"',
    );
    expect(errors[2]).to.equal('events[2].date: expected a year other than 0: 1 BCE is -0001, and 1 CE is 0001, got "0000"');
  });

  it('still orders an end before its start as an error, BCE included', () => {
    const result = validate(TimelineSchema, { events: [{ id: 'a', date: '-0300', end: '-0400', title: 'Backwards' }] });
    expect(result.ok ? [] : result.errors).to.deep.equal(["events[0].end: expected a date on or after the event's date, got an object"]);
  });
});

describe('ordering and grouping dates before the common era', () => {
  const events = [
    { id: 'moon', date: '1969-07-20', title: 'Apollo 11', tags: ['space'] },
    { id: 'euclid', date: '-0300', title: 'Euclid', tags: ['optics'] },
    { id: 'big-bang', date: '-13800000000', title: 'The Big Bang', tags: ['space'] },
    { id: 'ibn-al-haytham', date: '1021', title: 'Book of Optics', tags: ['optics'] },
    { id: 'glass', date: '-3500', title: 'Glass' },
    { id: 'dark-ages', date: '-13799630000', title: 'Dark ages', tags: ['space'] },
    { id: 'ides', date: '-0044-03-15', title: 'Ides of March' },
    { id: 'sapiens', date: '-300000', title: 'Homo sapiens' },
    { id: 'one-bce', date: '-0001', title: 'One BCE' },
    { id: 'one-ce', date: '0001', title: 'One CE' },
  ];
  const checked = validate(TimelineSchema, { events });
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  const model = buildModel(checked.value);
  const rows = (order: TimelineOrder, tags: string[] = []) =>
    selectRows(model, { tags: new Set(tags), groups: new Set(), query: '', order }, undefined).map((row) => row.entry.event.id);
  const chronological = ['big-bang', 'dark-ages', 'sapiens', 'glass', 'euclid', 'ides', 'one-bce', 'one-ce', 'ibn-al-haytham', 'moon'];

  it('puts deep time before years BCE, and those before the common era, oldest or newest first', () => {
    expect(rows('oldest')).to.deep.equal(chronological);
    expect(rows('newest')).to.deep.equal([...chronological].reverse());
  });

  it('filters them like any event', () => {
    expect(rows('oldest', ['space'])).to.deep.equal(['big-bang', 'dark-ages', 'moon']);
    expect(rows('oldest', ['optics'])).to.deep.equal(['euclid', 'ibn-al-haytham']);
  });

  it('opens one year heading per year, and one for events that read the same in deep time', () => {
    const shown = selectRows(model, { tags: new Set(), groups: new Set(), query: '', order: 'oldest' }, undefined);
    const tr = translators.get('en')!;
    expect(shown.filter((row) => row.opensYear).map((row) => yearHeading(row.entry.year, tr))).to.deep.equal([
      '13.8 billion years ago',
      '300,000 years ago',
      '3500 BCE',
      '300 BCE',
      '44 BCE',
      '1 BCE',
      '1',
      '1021',
      '1969',
    ]);
    expect(yearStops(shown, tr, (key) => yearHeading(key, tr)).map((stop) => stop.label)[0]).to.equal('13.8 billion years ago');
  });
});

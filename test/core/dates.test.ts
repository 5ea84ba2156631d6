import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderWhen } from '../../src/components/timeline/timeline-row.js';
import { endOf, formatDateTime, formatPartialDate, parsePartialDate } from '../../src/core/i18n/dates.js';
import { formatDuration } from '../../src/core/i18n/durations.js';
import { loadLanguage, type TextKey, type Translator } from '../../src/core/i18n/index.js';
import { intlFormatsDates } from '../../src/core/i18n/intl-support.js';

/** Intl puts no-break spaces (plain or narrow) where a table puts a space; a reader sees a space either way. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const date = (value: string) => parsePartialDate(value)!;

/** What a reader reads of the timeline's dates: a range or an approximate date, with its `<time>`s. */
function whenText(start: string, end: string | undefined, approximate: boolean, translator: Translator): string {
  const box = document.createElement('p');
  render(renderWhen(date(start), end === undefined ? undefined : date(end), approximate, translator), box);
  return box.textContent ?? '';
}

interface Expected {
  day: string;
  month: string;
  year: string;
  range: string;
  approximate: string;
  duration: string;
}

/**
 * What a reader sees in every browser. Chromium lacks date data for several of these languages
 * and Firefox has its own; the text must not depend on either.
 */
const EXPECTED: Readonly<Record<string, Expected>> = {
  en: {
    day: 'May 13, 2005',
    month: 'May 2005',
    year: '2005',
    range: 'May 13, 2005 – September 2, 2016',
    approximate: 'c. May 2005',
    duration: '9 years, 4 months',
  },
  ru: {
    day: '13 мая 2005 г.',
    month: 'май 2005 г.',
    year: '2005 г.',
    range: '13 мая 2005 г. — 2 сентября 2016 г.',
    approximate: 'май 2005 г. (приблизительно)',
    duration: '9 лет 4 месяца',
  },
  'uz-Latn': {
    day: '13-may, 2005-yil',
    month: 'may, 2005-yil',
    year: '2005-yil',
    range: '13-may, 2005-yil – 2-sentabr, 2016-yil',
    approximate: 'taxminan may, 2005-yil',
    duration: '9 yil 4 oy',
  },
  'uz-Cyrl': {
    day: '13 май, 2005 йил',
    month: 'май, 2005 йил',
    year: '2005 йил',
    range: '13 май, 2005 йил – 2 сентябр, 2016 йил',
    approximate: 'тахминан май, 2005 йил',
    duration: '9 йил 4 ой',
  },
  kk: {
    day: '2005 ж. 13 мамыр',
    month: '2005 ж. мамыр',
    year: '2005 ж.',
    range: '2005 ж. 13 мамыр – 2016 ж. 2 қыркүйек',
    approximate: 'шамамен 2005 ж. мамыр',
    duration: '9 жыл 4 ай',
  },
  ky: {
    day: '2005-ж., 13-май',
    month: '2005-ж., май',
    year: '2005-ж.',
    range: '2005-ж., 13-май – 2016-ж., 2-сентябрь',
    approximate: 'болжол менен 2005-ж., май',
    duration: '9 жыл 4 ай',
  },
  tg: {
    day: '13 майи 2005',
    month: 'май 2005',
    year: '2005',
    range: '13 майи 2005 – 2 сентябри 2016',
    approximate: 'тахминан май 2005',
    duration: '9 сол ва 4 моҳ',
  },
  tk: {
    day: '13 maý 2005 ý.',
    month: 'maý 2005 ý.',
    year: '2005 ý.',
    range: '13 maý 2005 ý. – 2 sentýabr 2016 ý.',
    approximate: 'takmynan maý 2005 ý.',
    duration: '9 ýyl 4 aý',
  },
  fr: {
    day: '13 mai 2005',
    month: 'mai 2005',
    year: '2005',
    range: '13 mai 2005 – 2 septembre 2016',
    approximate: 'mai 2005 (date approximative)',
    duration: '9 ans et 4 mois',
  },
};

const translators = new Map<string, Translator>();
for (const tag of Object.keys(EXPECTED)) translators.set(tag, await loadLanguage(tag));
const tr = (tag: string) => translators.get(tag)!;

for (const [tag, expected] of Object.entries(EXPECTED)) {
  describe(`dates in ${tag}`, () => {
    it('loads its own table, not English', () => {
      expect(tr(tag).lang).to.equal(tag);
    });

    it('writes a day, a month and a year', () => {
      expect(plainSpaces(formatPartialDate(date('2005-05-13'), tr(tag)))).to.equal(expected.day);
      expect(plainSpaces(formatPartialDate(date('2005-05'), tr(tag)))).to.equal(expected.month);
      expect(plainSpaces(formatPartialDate(date('2005'), tr(tag)))).to.equal(expected.year);
    });

    it('writes a range and an approximate date', () => {
      expect(plainSpaces(whenText('2005-05-13', '2016-09-02', false, tr(tag)))).to.equal(expected.range);
      expect(plainSpaces(whenText('2005-05', undefined, true, tr(tag)))).to.equal(expected.approximate);
    });

    it('says a duration in years and months', () => {
      expect(plainSpaces(formatDuration(date('2005-05-13').date, date('2014-09-20').date, tr(tag)))).to.equal(expected.duration);
    });
  });
}

describe('where dates come from', () => {
  it("uses the browser's Intl for English, Russian and French, which every browser here knows", () => {
    for (const tag of ['en', 'ru', 'fr']) expect(intlFormatsDates(tr(tag)), tag).to.equal(true);
  });

  it('uses our own tables for the languages of Central Asia in every browser', () => {
    for (const tag of ['uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk']) expect(intlFormatsDates(tr(tag)), tag).to.equal(false);
  });

  it('never shows Uzbek Latin, Kazakh or Tajik readers a month as "M05"', () => {
    for (const tag of ['uz-Latn', 'kk', 'tg']) {
      for (let month = 1; month <= 12; month++) {
        const iso = `2005-${String(month).padStart(2, '0')}`;
        const day = formatPartialDate(date(`${iso}-13`), tr(tag));
        const alone = formatPartialDate(date(iso), tr(tag));
        const withTime = formatDateTime(new Date(2005, month - 1, 13, 14, 5), tr(tag));
        for (const text of [day, alone, withTime]) expect(text, `${tag} ${iso}`).not.to.match(/M\d\d/);
        expect(day, `${tag} ${iso}`).to.include(tr(tag).t(`monthOf.${month}` as TextKey));
        expect(alone, `${tag} ${iso}`).to.include(tr(tag).t(`month.${month}` as TextKey));
      }
    }
  });
});

describe('dates with a time', () => {
  it("adds the reader's 24-hour clock where the language uses one", () => {
    const value = date('2005-05-13T14:05');
    expect(formatPartialDate(value, tr('kk'))).to.equal('2005 ж. 13 мамыр, 14:05');
    expect(formatPartialDate(value, tr('uz-Latn'))).to.equal('13-may, 2005-yil, 14:05');
    expect(plainSpaces(formatPartialDate(value, tr('ru')))).to.equal('13 мая 2005 г., 14:05');
    expect(plainSpaces(formatPartialDate(date('2005-05-13T09:05'), tr('fr')))).to.equal('13 mai 2005, 09:05');
  });

  it("adds the browser's 12-hour clock in English", () => {
    expect(plainSpaces(formatPartialDate(date('2005-05-13T14:05'), tr('en')))).to.equal('May 13, 2005, 2:05 PM');
  });

  it('writes the day where the reader is, not in UTC', () => {
    const lateEvening = new Date(2005, 4, 13, 23, 30);
    expect(formatDateTime(lateEvening, tr('kk'))).to.equal('2005 ж. 13 мамыр, 23:30');
  });
});

describe('formatDuration', () => {
  const ru = () => tr('ru');
  const between = (from: string, to: string, translator: Translator) => formatDuration(date(from).date, date(to).date, translator);

  it('says Russian years with one, few and many', () => {
    expect(between('2000-03-01', '2001-03-01', ru())).to.equal('1 год');
    expect(between('2000-03-01', '2002-03-01', ru())).to.equal('2 года');
    expect(between('2000-03-01', '2005-03-01', ru())).to.equal('5 лет');
    expect(between('2000-03-01', '2021-03-01', ru())).to.equal('21 год');
    expect(between('2000-03-01', '2011-03-01', ru())).to.equal('11 лет');
  });

  it('says Russian months with one, few and many', () => {
    expect(between('2000-03-01', '2000-04-01', ru())).to.equal('1 месяц');
    expect(between('2000-03-01', '2000-06-01', ru())).to.equal('3 месяца');
    expect(between('2000-03-01', '2000-08-01', ru())).to.equal('5 месяцев');
    expect(between('2000-03-01', '2001-02-01', ru())).to.equal('11 месяцев');
    expect(between('2000-03-01', '2001-05-15', ru())).to.equal('1 год 2 месяца');
  });

  it('says days, with one, few and many, only when less than a month has passed', () => {
    expect(between('2000-03-01', '2000-03-02', ru())).to.equal('1 день');
    expect(between('2000-03-01', '2000-03-03', ru())).to.equal('2 дня');
    expect(between('2000-03-01', '2000-03-06', ru())).to.equal('5 дней');
    expect(between('2000-03-01', '2000-03-12', ru())).to.equal('11 дней');
    expect(between('2000-03-01', '2000-03-22', ru())).to.equal('21 день');
    expect(between('2000-03-01', '2000-04-03', ru())).to.equal('1 месяц');
  });

  it('counts calendar months: a month is not yet over a day before its date comes round', () => {
    expect(between('2005-05-13', '2014-09-12', tr('en'))).to.equal('9 years, 3 months');
    expect(between('2005-05-13', '2014-09-13', tr('en'))).to.equal('9 years, 4 months');
    expect(between('2005-01-31', '2005-02-28', tr('en'))).to.equal('1 month');
    expect(between('2005-05-13', '2006-05-13', tr('en'))).to.equal('1 year');
  });

  it('does not mind the order of its dates', () => {
    expect(between('2014-09-20', '2005-05-13', tr('en'))).to.equal('9 years, 4 months');
  });
});

describe('years before 100', () => {
  it('reads and ends them as written, not as 19xx', () => {
    const year = parsePartialDate('0050');
    expect(year?.date.getUTCFullYear()).to.equal(50);
    const day = parsePartialDate('0099-12-31');
    expect(day?.date.getUTCFullYear()).to.equal(99);
    expect(day?.date.getUTCDate()).to.equal(31);
    expect(parsePartialDate('0004-02-29'), 'year 4 was a leap year').not.to.equal(undefined);
    expect(parsePartialDate('0100-02-29'), 'year 100 was not').to.equal(undefined);
    const end = endOf(parsePartialDate('0050')!);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).to.deep.equal([50, 11, 31, 23]);
  });
});

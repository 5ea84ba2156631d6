import { expect } from '@open-wc/testing';
import { endOf, formatPartialDate, parsePartialDate } from '../../src/core/i18n/dates.js';
import { formatRemaining } from '../../src/core/i18n/durations.js';
import { isLanguageLoaded, loadLanguage, registerStrings, resolveLang, translator, Translator } from '../../src/core/i18n/index.js';
import { fallbackChain, pickLocalized } from '../../src/core/i18n/localized.js';
// The banner's and the card's strings serve as the examples of plural and gendered entries below.
import '../../src/core/i18n/strings/appeal.js';
import '../../src/core/i18n/strings/prisoner.js';
import { strings as prisonerListEnglish } from '../../src/core/i18n/strings/en/prisoner-list.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Intl groups Russian digits with a no-break space (or a narrow one); compare with plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// Every language but English arrives by dynamic import; the describe blocks below use them synchronously.
await Promise.all(['ru', 'kk', 'uz', 'fr'].map(loadLanguage));

describe('resolveLang', () => {
  let htmlLang: string | null;
  let container: HTMLElement;
  /** Puts markup on the page and returns the element marked `data-probe`. */
  const probe = (markup: string) => {
    container.innerHTML = markup;
    return container.querySelector('[data-probe]')!;
  };
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    container.remove();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it("takes the element's own lang first", () => {
    expect(resolveLang(probe('<div lang="de"><span lang="kk" data-probe></span></div>'))).to.equal('kk');
  });

  it('takes the nearest ancestor with a lang', () => {
    expect(resolveLang(probe('<div lang="ru"><section lang="uz-Cyrl"><p><span data-probe></span></p></section></div>'))).to.equal('uz-Cyrl');
  });

  it('reads an empty lang as unknown, as HTML does: no ancestor’s, the browser’s language', () => {
    expect(resolveLang(probe('<div lang="ru"><span lang="" data-probe></span></div>'))).to.equal(navigator.language || 'en');
  });

  it("crosses a shadow root to the host's lang", () => {
    const host = probe('<div lang="ru"><div data-probe></div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span></span></p>';
    expect(resolveLang(root.querySelector('span')!)).to.equal('ru');
  });

  it("falls back to <html lang>, then to the browser's language", () => {
    const span = probe('<div><span data-probe></span></div>');
    document.documentElement.setAttribute('lang', 'ky');
    expect(resolveLang(span)).to.equal('ky');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(span)).to.equal(navigator.language || 'en');
  });
});

describe('Translator', () => {
  it('uses the closest UI language and English for any other', () => {
    expect(translator('ru-RU').lang).to.equal('ru');
    expect(translator('EN-gb').lang).to.equal('en');
    expect(translator('de').lang).to.equal('en');
    expect(translator('ru').t('state.error')).to.equal('Не удалось загрузить материал.');
    expect(translator('de').t('state.error')).to.equal('This content could not be loaded.');
    expect(translator('fr').t('state.error')).to.equal('Impossible de charger ce contenu.');
  });

  it('shows the key of a string whose part no module imported, says so once in the console, and never throws', () => {
    // This file imports no timeline module, so the timeline's part is not on the page.
    const errors: string[] = [];
    const originalConsoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      expect(translator('ru').t('timeline.search')).to.equal('timeline.search');
      expect(translator('en').plural('timeline.count', 3)).to.equal('timeline.count');
      expect(translator('en').t('timeline.search')).to.equal('timeline.search');
    } finally {
      console.error = originalConsoleError;
    }
    expect(errors).to.have.length(2);
    expect(errors[0]).to.include('"timeline.search" is not loaded');
    expect(errors[1]).to.include('"timeline.count" is not loaded');
  });

  it('shows a part that cannot be fetched in English, says so in the console, and still loads the language', async () => {
    // No module on this page registered the list's part: register it with importers that fail, as offline.
    const offline = () => Promise.reject(new Error('offline'));
    const errors: string[] = [];
    const originalConsoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      registerStrings('prisoner-list', prisonerListEnglish, {
        ru: offline,
        'uz-Latn': offline,
        'uz-Cyrl': offline,
        kk: offline,
        ky: offline,
        tg: offline,
        tk: offline,
        fr: offline,
        kaa: offline,
        'kaa-Cyrl': offline,
      });
      expect(isLanguageLoaded('ru'), 'a new part is not here yet').to.equal(false);
      const ru = await loadLanguage('ru');
      expect(isLanguageLoaded('ru')).to.equal(true);
      expect(ru.lang).to.equal('ru');
      expect(ru.t('prisonerList.search')).to.equal('Search by name');
      expect(ru.t('state.error')).to.equal('Не удалось загрузить материал.');
    } finally {
      console.error = originalConsoleError;
    }
    expect(errors.filter((error) => error.includes('ru UI strings (prisoner-list)'))).to.have.length(1);
  });

  it('gives Intl a valid tag: uz and uz-UZ read Uzbek Latin, spelt uz-Latn', () => {
    expect(translator('uz').lang).to.equal('uz-Latn');
    expect(translator('uz-uz').lang).to.equal('uz-Latn');
    expect(translator('uz').t('appeal.action.sign')).to.equal('Imzolash');
  });

  it('says Russian signature counts with the right plural form', () => {
    const ru = new Translator('ru');
    expect(ru.plural('appeal.signatures', 1)).to.equal('1 подпись');
    expect(ru.plural('appeal.signatures', 3)).to.equal('3 подписи');
    expect(ru.plural('appeal.signatures', 5)).to.equal('5 подписей');
    expect(ru.plural('appeal.signatures', 11)).to.equal('11 подписей');
    expect(ru.plural('appeal.signatures', 21)).to.equal('21 подпись');
    expect(ru.plural('appeal.signatures', 22)).to.equal('22 подписи');
    expect(plainSpaces(ru.plural('appeal.signatures', 1001))).to.equal('1 001 подпись');
  });

  it('says English counts with one and other', () => {
    const en = new Translator('en');
    expect(en.plural('appeal.signatures', 1)).to.equal('1 signature');
    expect(en.plural('appeal.signatures', 0)).to.equal('0 signatures');
    expect(en.plural('appeal.signaturesOfGoal', 1200, { goal: 5000 })).to.equal('1,200 of 5,000 signatures');
  });

  it('says French counts with one, many (millions take "de") and other', () => {
    const fr = new Translator('fr');
    expect(plainSpaces(fr.plural('appeal.signatures', 0))).to.equal('0 signature');
    expect(plainSpaces(fr.plural('appeal.signatures', 2))).to.equal('2 signatures');
    expect(plainSpaces(fr.plural('appeal.signatures', 1_000_000))).to.equal('1 000 000 de signatures');
    expect(plainSpaces(fr.plural('duration.hours', 1_000_000))).to.equal('1 000 000 d’heures');
  });

  it('groups digits as each language does', () => {
    expect(new Translator('en').number(1234567)).to.equal('1,234,567');
    expect(plainSpaces(new Translator('ru').number(1234567))).to.equal('1 234 567');
    // Chromium's own data groups these with commas.
    expect(new Translator('kk').number(1834)).to.equal('1\u00a0834');
    expect(new Translator('uz').plural('appeal.signatures', 1834)).to.equal('1\u00a0834 imzo');
    expect(new Translator('fr').plural('appeal.signaturesOfGoal', 1200, { goal: 5000 })).to.equal('1\u202f200 signatures sur 5\u202f000');
  });

  it('makes a gendered text agree with the gender given, and uses the neutral form without one', () => {
    const ru = new Translator('ru');
    expect(ru.t('prisoner.status.detained', {}, 'male')).to.equal('Арестован');
    expect(ru.t('prisoner.status.detained', {}, 'female')).to.equal('Арестована');
    expect(ru.t('prisoner.status.detained')).to.equal('Под стражей');
    expect(ru.t('prisoner.status.released', {}, 'female')).to.equal('Освобождена');
    expect(new Translator('fr').t('prisoner.status.released', {}, 'female')).to.equal('Libérée');
    // A language without grammatical gender writes one form for everyone.
    expect(new Translator('en').t('prisoner.status.detained', {}, 'female')).to.equal('Detained');
    expect(new Translator('kk').t('prisoner.status.detained', {}, 'male')).to.equal('Қамауда');
  });

  it('leaves an unknown parameter visible rather than dropping text', () => {
    expect(new Translator('en').t('appeal.deadline')).to.equal('Deadline {date}');
  });

  it('splits a sentence around a template value for either word order', () => {
    expect(new Translator('en').around('appeal.timeLeft', 'duration', 'X')).to.deep.equal(['', 'X', ' left']);
    expect(new Translator('ru').around('appeal.timeLeft', 'duration', 'X')).to.deep.equal(['Осталось: ', 'X', '']);
  });

  it('puts several template values where each language puts them, and nests them', () => {
    const start = { at: 'start' };
    const end = { at: 'end' };
    expect(new Translator('en').withValues('date.range', { start, end })).to.deep.equal(['', start, ' – ', end, '']);
    expect(new Translator('ru').withValues('date.range', { start, end })).to.deep.equal(['', start, ' — ', end, '']);
    const range = new Translator('en').withValues('date.range', { start, end });
    expect(new Translator('en').withValues('date.approximate', { date: range })).to.deep.equal(['c. ', range, '']);
  });
});

describe('pickLocalized', () => {
  const all = { en: 'English', ru: 'Русский', uz: 'Oʻzbekcha', 'uz-Cyrl': 'Ўзбекча' };

  it('builds the fallback chain: shorter tags, Russian for Central Asian languages, then English', () => {
    expect(fallbackChain('uz-Cyrl-UZ')).to.deep.equal(['uz-cyrl-uz', 'uz-cyrl', 'uz', 'ru', 'en']);
    expect(fallbackChain('kk')).to.deep.equal(['kk', 'ru', 'en']);
    expect(fallbackChain('de-AT')).to.deep.equal(['de-at', 'de', 'en']);
    expect(fallbackChain('ru')).to.deep.equal(['ru', 'en']);
  });

  it('picks the exact tag, ignoring case, and reports the tag as the data spells it', () => {
    expect(pickLocalized(all, 'uz-cyrl')).to.deep.equal({ text: 'Ўзбекча', lang: 'uz-Cyrl' });
  });

  it('walks uz-Cyrl → uz → ru → en → the first text', () => {
    expect(pickLocalized({ uz: 'Oʻzbekcha', ru: 'Русский', en: 'English' }, 'uz-Cyrl')).to.deep.equal({ text: 'Oʻzbekcha', lang: 'uz' });
    expect(pickLocalized({ en: 'English', ru: 'Русский' }, 'uz-Cyrl')).to.deep.equal({ text: 'Русский', lang: 'ru' });
    expect(pickLocalized({ de: 'Deutsch', en: 'English' }, 'uz-Cyrl')).to.deep.equal({ text: 'English', lang: 'en' });
    expect(pickLocalized({ de: 'Deutsch', fr: 'Français' }, 'uz-Cyrl')).to.deep.equal({ text: 'Deutsch', lang: 'de' });
  });

  it('does not put Russian before English for other languages', () => {
    expect(pickLocalized({ ru: 'Русский', en: 'English' }, 'de')).to.deep.equal({ text: 'English', lang: 'en' });
  });

  it('returns plain text without a language, and nothing for an empty object', () => {
    expect(pickLocalized('Plain', 'ru')).to.deep.equal({ text: 'Plain' });
    expect(pickLocalized({}, 'ru')).to.deep.equal({ text: '' });
  });
});

describe('parsePartialDate', () => {
  it('knows the precision the data gave', () => {
    expect(parsePartialDate('2005')).to.deep.include({ precision: 'year', iso: '2005' });
    expect(parsePartialDate('2005-05')?.precision).to.equal('month');
    expect(parsePartialDate('2005-05-13')?.precision).to.equal('day');
    expect(parsePartialDate('2005-05-13T18:00Z')?.precision).to.equal('time');
    expect(parsePartialDate('2005-05-13T18:00:30.5+05:00')?.precision).to.equal('time');
  });

  it('starts a date without a time at midnight UTC of its first day', () => {
    expect(parsePartialDate('2005')?.date.toISOString()).to.equal('2005-01-01T00:00:00.000Z');
    expect(parsePartialDate('2005-05')?.date.toISOString()).to.equal('2005-05-01T00:00:00.000Z');
    expect(parsePartialDate('2005-05-13T18:00+05:00')?.date.toISOString()).to.equal('2005-05-13T13:00:00.000Z');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parsePartialDate('2004-02-29')?.precision).to.equal('day');
    expect(parsePartialDate('2005-02-29')).to.equal(undefined);
  });

  it('rejects dates that are not on the calendar', () => {
    for (const value of ['2005-02-30', '2005-04-31', '2005-13', '2005-00', '2005-00-10', '2005-05-00', '2005-05-32']) {
      expect(parsePartialDate(value), value).to.equal(undefined);
    }
  });

  it('rejects date-times on days that do not exist or at hours that do not exist', () => {
    expect(parsePartialDate('2005-02-30T10:00Z')).to.equal(undefined);
    expect(parsePartialDate('2005-05-13T25:00Z')).to.equal(undefined);
  });

  it('rejects text that is not a date', () => {
    for (const value of ['', 'soon', '13.05.2005', '05/13/2005', '2005-5-13', ' 2005', '2005-05-13 ']) {
      expect(parsePartialDate(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('formatPartialDate', () => {
  it('shows only the precision the data has', () => {
    expect(formatPartialDate(parsePartialDate('2005')!, translator('en'))).to.equal('2005');
    expect(formatPartialDate(parsePartialDate('2005-05')!, translator('en'))).to.equal('May 2005');
    expect(formatPartialDate(parsePartialDate('2005-05-13')!, translator('en'))).to.equal('May 13, 2005');
    expect(plainSpaces(formatPartialDate(parsePartialDate('2005-05-13')!, translator('ru')))).to.equal('13 мая 2005 г.');
  });

  it('keeps a date without a time on its day in every time zone', () => {
    expect(formatPartialDate(parsePartialDate('2005-01-01')!, translator('en'))).to.equal('January 1, 2005');
  });
});

describe('endOf', () => {
  it('is the last millisecond of the day, month or year, where the reader is', () => {
    expect(endOf(parsePartialDate('2026-12-31')!).getTime()).to.equal(new Date(2026, 11, 31, 23, 59, 59, 999).getTime());
    expect(endOf(parsePartialDate('2026-02')!).getTime()).to.equal(new Date(2026, 1, 28, 23, 59, 59, 999).getTime());
    expect(endOf(parsePartialDate('2026')!).getTime()).to.equal(new Date(2026, 11, 31, 23, 59, 59, 999).getTime());
  });

  it('is the instant itself for a date-time', () => {
    expect(endOf(parsePartialDate('2026-05-13T18:00Z')!).toISOString()).to.equal('2026-05-13T18:00:00.000Z');
  });
});

describe('formatRemaining', () => {
  const ru = translator('ru');
  const en = translator('en');

  it('says Russian durations with the right plural forms', () => {
    expect(formatRemaining(5 * DAY, ru)).to.equal('5 дней');
    expect(formatRemaining(21 * DAY, ru)).to.equal('21 день');
    expect(formatRemaining(2 * DAY + 3 * HOUR, ru)).to.equal('2 дня');
    expect(formatRemaining(DAY + 5 * HOUR, ru)).to.equal('1 день 5 часов');
    expect(formatRemaining(DAY + 22 * HOUR, ru)).to.equal('1 день 22 часа');
    expect(formatRemaining(3 * HOUR + 20 * MINUTE, ru)).to.equal('3 часа 20 минут');
    expect(formatRemaining(HOUR + 21 * MINUTE, ru)).to.equal('1 час 21 минута');
    expect(formatRemaining(2 * MINUTE, ru)).to.equal('2 минуты');
  });

  it('drops minutes once ten hours or more are left, and hours once two days are', () => {
    expect(formatRemaining(12 * HOUR + 5 * MINUTE, en)).to.equal('12 hours');
    expect(formatRemaining(DAY, en)).to.equal('1 day');
    expect(formatRemaining(3 * DAY + 23 * HOUR, en)).to.equal('3 days');
  });

  it('says "less than a minute" for the last minute and for a time already past', () => {
    expect(formatRemaining(30_000, ru)).to.equal('меньше минуты');
    expect(formatRemaining(-5 * DAY, en)).to.equal('less than a minute');
  });
});

/**
 * The findings of the native readers' review (#21), each as a reader sees it on screen, in every
 * browser: the same words whether the browser's own locale data has the language or not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AhrcaAppealBanner } from '../../src/components/appeal-banner/appeal-banner.js';
import '../../src/components/appeal-banner/appeal-banner.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import '../../src/components/timeline/timeline.js';
import { formatPartialDate, parsePartialDate } from '../../src/core/i18n/dates.js';
import '../../src/core/i18n/strings/prisoner-list.js';
import { formatDuration, formatRemaining } from '../../src/core/i18n/durations.js';
import { loadLanguage, resolveLang, uiLanguage, type Translator } from '../../src/core/i18n/index.js';
import { fallbackChain, pickLocalized } from '../../src/core/i18n/localized.js';
import { strings as appealEnglish } from '../../src/core/i18n/strings/en/appeal.js';
import { strings as commonEnglish } from '../../src/core/i18n/strings/en/common.js';
import { strings as durationsEnglish } from '../../src/core/i18n/strings/en/durations.js';
import { strings as prisonerEnglish } from '../../src/core/i18n/strings/en/prisoner.js';
import { strings as timelineEnglish } from '../../src/core/i18n/strings/en/timeline.js';
import { fullPerson, mountCard, part, textOf } from '../helpers/prisoner-card.js';
import { mountList } from '../helpers/prisoner-list.js';
import { strings as listEnglish } from '../../src/core/i18n/strings/en/prisoner-list.js';

/** Intl puts no-break spaces (plain or narrow) where a table puts a space; a reader sees a space either way. */
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const LANGS = ['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'fr'] as const;
const tr: Record<string, Translator> = {};
for (const lang of LANGS) tr[lang] = await loadLanguage(lang);
const day = (value: string) => new Date(`${value}T00:00:00Z`);
const HOUR = 3_600_000;

describe('durations in each language’s own pattern', () => {
  const expected: Record<(typeof LANGS)[number], [string, string, string]> = {
    en: ['3 years, 2 months', '1 day, 5 hours', 'less than a day'],
    ru: ['3 года 2 месяца', '1 день 5 часов', 'меньше суток'],
    'uz-Latn': ['3 yil 2 oy', '1 kun 5 soat', 'bir kundan kam'],
    'uz-Cyrl': ['3 йил 2 ой', '1 кун 5 соат', 'бир кундан кам'],
    kk: ['3 жыл 2 ай', '1 күн 5 сағат', 'бір күннен аз'],
    ky: ['3 жыл 2 ай', '1 күн 5 саат', 'бир күндөн аз'],
    tg: ['3 сол ва 2 моҳ', '1 рӯз ва 5 соат', 'камтар аз як рӯз'],
    tk: ['3 ýyl 2 aý', '1 gün 5 sagat', 'bir günden az'],
    fr: ['3 ans et 2 mois', '1 jour et 5 heures', 'moins d’un jour'],
  };
  for (const lang of LANGS) {
    it(`${lang}: ${expected[lang].join(' · ')}`, () => {
      const [years, remaining, sameDay] = expected[lang];
      expect(plain(formatDuration(day('2021-03-10'), day('2024-05-10'), tr[lang]!))).to.equal(years);
      expect(plain(formatRemaining(29 * HOUR + 1000, tr[lang]!))).to.equal(remaining);
      expect(plain(formatDuration(day('2024-05-10'), day('2024-05-10'), tr[lang]!))).to.equal(sameDay);
    });
  }
});

describe('durations where the browser has Intl.DurationFormat', () => {
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (lang: string, options: object) => { format(value: object): string } }).DurationFormat;
  for (const lang of ['en', 'ru', 'fr'] as const) {
    it(`${lang}: the table joins units as the browser does, so a browser without it reads the same`, function () {
      if (!DurationFormat) this.skip();
      const format = new DurationFormat!(lang, { style: 'long' });
      for (const [a, b] of [
        [
          ['years', 3],
          ['months', 2],
        ],
        [
          ['years', 21],
          ['months', 11],
        ],
        [
          ['days', 1],
          ['hours', 5],
        ],
        [
          ['hours', 3],
          ['minutes', 20],
        ],
      ] as const) {
        const table = tr[lang]!.t('duration.join', { first: tr[lang]!.plural(`duration.${a[0]}`, a[1]), second: tr[lang]!.plural(`duration.${b[0]}`, b[1]) });
        expect(plain(table), `${a} ${b}`).to.equal(plain(format.format({ [a[0]]: a[1], [b[0]]: b[1] })));
      }
    });
  }
});

describe('the prisoner card, as the review read it', () => {
  const today = new Date(2026, 3, 2, 12).getTime();
  it('says “less than a day” on the day of arrest, never “0 days”', async () => {
    const arrestedToday = { id: 'p', name: 'N', status: 'detained', arrested: '2026-04-02' };
    const ru = await mountCard(arrestedToday, { lang: 'ru', layout: 'compact', clock: () => today });
    expect(plain(textOf(part(ru, 'duration')))).to.equal('Под стражей: меньше суток');
    const fr = await mountCard(arrestedToday, { lang: 'fr', layout: 'compact', clock: () => today });
    expect(plain(textOf(part(fr, 'duration')))).to.equal('En détention depuis moins d’un jour');
  });

  it('confirms a status with a label, whatever the date’s precision', async () => {
    const cases: [string, string, string][] = [
      ['ru', '2026-09', 'подтверждено: сентябрь 2026 г.'],
      ['kk', '2026-10-02', 'расталды: 2026 ж. 2 қазан'],
      ['ky', '2026-10-02', 'ырасталды: 2026-ж., 2-октябрь'],
      ['fr', '2006-03-01', 'confirmé : 1er mars 2006'],
    ];
    for (const [lang, date, text] of cases) {
      const el = await mountCard(fullPerson({ statusConfirmed: date }), { lang });
      expect(plain(textOf(part(el, 'status-confirmed'))), lang).to.equal(text);
    }
  });

  it('writes statuses and terms as the region’s human-rights workers do', async () => {
    const cases: [string, string, string][] = [
      ['kk', 'released-under-supervision', 'Қадағалаумен босатылған'],
      ['ru', 'disappeared', 'Насильственное исчезновение'],
      ['ru', 'psychiatric-detention', 'Принудительно в психиатрическом стационаре'],
      ['fr', 'disappeared', 'Disparition forcée'],
      ['kk', 'disappeared', 'Күштеп жоқ қылып жіберілген'],
      ['uz-Latn', 'disappeared', 'Majburiy gʻoyib qilingan'],
      ['tk', 'disappeared', 'Zor bilen ýitirilen'],
      ['tk', 'released', 'Boşadylan'],
    ];
    for (const [lang, status, text] of cases) {
      const el = await mountCard({ id: 's', name: 'N', status, gender: 'male' }, { lang });
      expect(textOf(part(el, 'status')), `${lang} ${status}`).to.equal(text);
    }
  });

  it('writes a Turkmen birth year with its ordinal suffix, and Uzbek Cyrillic without a stray hyphen', async () => {
    const years: [number, string][] = [
      [1978, '1978-nji ýylda doglan'],
      [1996, '1996-njy ýylda doglan'],
      [1990, '1990-njy ýylda doglan'],
      [2000, '2000-nji ýylda doglan'],
    ];
    for (const [birthYear, text] of years) {
      const el = await mountCard(fullPerson({ birthYear }), { lang: 'tk' });
      expect(textOf(part(el, 'about'))).to.contain(text);
    }
    const uz = await mountCard(fullPerson(), { lang: 'uz-Cyrl' });
    expect(textOf(part(uz, 'about'))).to.contain('1978 йилда туғилган');
  });

  it('names charges and sources with one Tajik word each', async () => {
    const el = await mountCard(fullPerson(), { lang: 'tg' });
    const labels = [...el.shadowRoot!.querySelectorAll('dt, h2, h3, h4')].map((node) => textOf(node));
    expect(labels).to.include('Иттиҳомот');
    expect(labels).not.to.include('Айбҳо');
    expect(tr.tg!.t('timeline.sources')).to.equal(tr.tg!.t('prisoner.sources'));
    expect(tr.tg!.t('timeline.post', { host: 'x.com' })).to.equal('Паём дар x.com');
  });
});

describe('the appeal banner, as the review read it', () => {
  async function banner(lang: string, overrides: Record<string, unknown>): Promise<AhrcaAppealBanner> {
    const data = { id: `a-${lang}-${Math.random()}`, kind: 'petition', title: 'T', published: '2026-05', status: 'open', ...overrides };
    const el = await fixture<AhrcaAppealBanner>(html`<ahrca-appeal-banner .data=${data} lang=${lang}></ahrca-appeal-banner>`);
    await el.updateComplete;
    return el;
  }
  const partOf = (el: AhrcaAppealBanner, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

  it('counts signatures against a goal in plural English', async () => {
    const el = await banner('en', { signatures: { count: 1, goal: 1000 } });
    expect(textOf(partOf(el, 'signatures'))).to.equal('1 of 1,000 signatures');
  });

  it('gives a French petition a status that agrees with it', async () => {
    const el = await banner('fr', { status: 'closed' });
    expect(`${textOf(partOf(el, 'kind'))} · ${textOf(partOf(el, 'status'))}`).to.equal('Pétition · Campagne terminée');
  });

  it('puts a label before a month-only date in Russian', async () => {
    const el = await banner('ru', {});
    expect(plain(textOf(el.shadowRoot!.querySelector('.published')))).to.equal('Опубликовано: май 2026 г.');
    expect(tr.ru!.t('appeal.deadlinePassed', { date: 'июнь 2026 г.' })).to.equal('Срок истёк: июнь 2026 г.');
  });

  it('does not call the people of an appeal political prisoners in Russian', async () => {
    expect(tr.ru!.t('appeal.related')).to.equal('Заключённые, упомянутые в обращении');
  });
});

describe('dates as written', () => {
  it('writes the first of the month “1er” in French, also inside an approximate date', () => {
    expect(plain(formatPartialDate(parsePartialDate('2006-03-01')!, tr.fr!))).to.equal('1er mars 2006');
    expect(plain(formatPartialDate(parsePartialDate('2006-03-02')!, tr.fr!))).to.equal('2 mars 2006');
    expect(plain(tr.fr!.t('date.approximate', { date: '1er mars 2006' }))).to.equal('1er mars 2006 (date approximative)');
  });

  it('renders “1er mars 2006” in a French timeline', async () => {
    const data = { events: [{ id: 'e', date: '2006-03-01', title: 'Événement' }] };
    const el = await fixture<AhrcaTimeline>(html`<ahrca-timeline .data=${data} lang="fr"></ahrca-timeline>`);
    await el.updateComplete;
    expect(plain(textOf(el.shadowRoot!.querySelector('time')))).to.equal('1er mars 2006');
  });
});

describe('words the review asked for', () => {
  it('filters, not sorts, in Uzbek', () => {
    expect(tr['uz-Latn']!.t('prisonerList.filters')).to.equal('Holati boʻyicha filtrlash');
    expect(tr['uz-Cyrl']!.t('prisonerList.filters')).to.equal('Ҳолати бўйича филтрлаш');
  });
  it('calls a link a link in Turkmen, not an address', () => {
    expect(tr.tk!.t('timeline.copyLink')).to.equal('Baglanyşygy göçür');
    expect(tr.tk!.t('appeal.linkCopied')).to.equal('Baglanyşyk göçürildi');
  });
});

describe('lang edge cases', () => {
  it('reads lang="" as unknown: no inheriting from an ancestor, the browser’s language instead', () => {
    const outer = document.createElement('div');
    outer.lang = 'ru';
    outer.innerHTML = '<section lang=""><p></p></section>';
    document.body.append(outer);
    expect(resolveLang(outer.querySelector('p')!)).to.equal(navigator.language || 'en');
    expect(resolveLang(outer.querySelector('section')!)).to.equal(navigator.language || 'en');
    outer.remove();
  });

  it('never gives kk-Latn the Cyrillic Kazakh table: Russian, as for Kazakh content', () => {
    expect(uiLanguage('kk-Latn')).to.equal('ru');
    expect(uiLanguage('kk-Latn-KZ')).to.equal('ru');
    expect(uiLanguage('kk-Cyrl')).to.equal('kk');
    expect(uiLanguage('uz-Arab')).to.equal('ru');
    expect(uiLanguage('tk-Latn')).to.equal('tk');
  });
});

describe('Karakalpak', () => {
  const english = (key: Parameters<Translator['t']>[0]) => tr.en!.t(key);
  it('falls back for content kaa → uz-Latn → ru → en', () => {
    expect(fallbackChain('kaa')).to.deep.equal(['kaa', 'uz-latn', 'uz', 'ru', 'en']);
    expect(fallbackChain('kaa-Cyrl')).to.deep.equal(['kaa-cyrl', 'kaa', 'uz-cyrl', 'uz', 'ru', 'en']);
    expect(pickLocalized({ en: 'E', ru: 'Р', 'uz-Latn': 'U' }, 'kaa').text).to.equal('U');
    expect(pickLocalized({ en: 'E', ru: 'Р' }, 'kaa').text).to.equal('Р');
  });

  it('writes dates and durations from its own tables, the same in every browser', async () => {
    const kaa = await loadLanguage('kaa');
    const cyrl = await loadLanguage('kaa-Cyrl');
    expect(kaa.lang).to.equal('kaa');
    expect(formatPartialDate(parsePartialDate('2022-07-01')!, kaa)).to.equal('2022-jıl 1-iyul');
    expect(formatPartialDate(parsePartialDate('2022-07')!, kaa)).to.equal('2022-jıl, iyul');
    expect(formatPartialDate(parsePartialDate('2022-07-01')!, cyrl)).to.equal('2022-жыл 1-июль');
    expect(formatDuration(day('2022-07-01'), day('2025-09-15'), kaa)).to.equal('3 jıl 2 ay');
    expect(formatDuration(day('2022-07-01'), day('2025-09-15'), cyrl)).to.equal('3 жыл 2 ай');
    expect(formatRemaining(29 * HOUR + 1000, kaa)).to.equal('1 kún 5 saat');
    expect(kaa.plural('appeal.signaturesOfGoal', 1834, { goal: 5000 })).to.equal('1\u00a0834 qol, maqset — 5\u00a0000');
    expect(english('prisoner.charges')).to.equal('Charges');
  });

  /** Every English UI text long enough to be told apart, with its placeholders cut out. */
  const englishFragments = () =>
    [commonEnglish, durationsEnglish, appealEnglish, prisonerEnglish, timelineEnglish, listEnglish]
      .flatMap((part) => Object.values(part) as (string | Record<string, string>)[])
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => /[a-z]{4}/i.test(fragment) && fragment !== 'Video');

  for (const lang of ['kaa', 'kaa-Cyrl']) {
    it(`${lang}: the card, the list, the banner and the timeline show no English`, async () => {
      const card = await mountCard(fullPerson(), { lang });
      const data = {
        id: `a-${lang}`,
        kind: 'urgent-action',
        title: 'T',
        published: '2026-05-13',
        deadline: '2099-01-01',
        status: 'open',
        signatures: { count: 3, goal: 10 },
      };
      const appeal = await fixture<AhrcaAppealBanner>(html`<ahrca-appeal-banner .data=${data} lang=${lang}></ahrca-appeal-banner>`);
      const events = { events: [{ id: 'e', date: '2022-07-01', title: 'T', approximate: true, tags: ['x'] }] };
      const timeline = await fixture<AhrcaTimeline>(html`<ahrca-timeline .data=${events} lang=${lang}></ahrca-timeline>`);
      const list = await mountList({ people: [fullPerson(), fullPerson({ id: 'b', status: 'released', released: '2020-01-15' })] }, { lang });
      await Promise.all([appeal.updateComplete, timeline.updateComplete, list.updateComplete]);
      const latin = lang === 'kaa';
      const dataText = JSON.stringify([fullPerson(), data, events]);
      expect(textOf(list.shadowRoot!.querySelector('[part~="count"]'))).to.equal(latin ? '2 adam' : '2 адам');
      expect(englishFragments().length, 'the English texts to look for').to.be.greaterThan(100);
      expect(textOf(part(card, 'status'))).to.equal(latin ? 'Qamaqta' : 'Қамақта');
      // The name in the reader's script: Latin for kaa (CLDR's likely script for Karakalpak is still Cyrillic).
      expect(textOf(part(card, 'name'))).to.equal(latin ? 'Namuna Odamov' : 'Намуна Одамов');
      expect(textOf(appeal.shadowRoot!.querySelector('[part~="kind"]'))).to.equal(latin ? 'Shuǵıl aksiya' : 'Шуғыл акция');
      expect(plain(textOf(timeline.shadowRoot!.querySelector('time')))).to.equal(latin ? '2022-jıl 1-iyul' : '2022-жыл 1-июль');
      for (const el of [card, list, appeal, timeline]) {
        const text = el.shadowRoot!.textContent ?? '';
        const labels = [...el.shadowRoot!.querySelectorAll('[aria-label], [placeholder], [title]')].map((node) =>
          ['aria-label', 'placeholder', 'title'].map((name) => node.getAttribute(name) ?? '').join(' '),
        );
        const shown = `${text} ${labels.join(' ')}`;
        const left = englishFragments().filter((fragment) => shown.includes(fragment) && !dataText.includes(fragment));
        expect(left, `${lang} <${el.localName}>`).to.deep.equal([]);
      }
    });
  }
});

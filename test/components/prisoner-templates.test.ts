/**
 * The person pieces shared by the card and the list, rendered on their own, as the list draws
 * its tiles. Clocks are passed in as numbers; nothing global is mocked.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { detentionPeriod, readerToday, untilNextDay } from '../../src/components/shared/detention.js';
import {
  initialsOf,
  pickName,
  otherSpellings,
  renderOneLine,
  renderPortrait,
  renderStatusBadge,
  type PersonContext,
} from '../../src/components/shared/person-templates.js';
import { loadLanguage, translator } from '../../src/core/i18n/index.js';
import { PRISONER_STATUSES, type ActivePerson } from '../../src/core/schema/prisoner.js';

await loadLanguage('ru');

/** Noon on a day where the tests run, so that no time zone moves it to another date. */
const localNoon = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12).getTime();

function person(fields: Partial<ActivePerson> = {}): ActivePerson {
  return { id: 'example', name: 'Example Person', status: 'detained', ...fields } as ActivePerson;
}

function context(lang = 'en', now = localNoon(2026, 4, 2)): PersonContext {
  return { tr: translator(lang), lang, now };
}

function rendered(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('prisoner templates', () => {
  it('takes initials from the first and last word of the name, in its script', () => {
    expect(initialsOf({ text: 'namuna bint odamova' })).to.equal('NO');
    expect(initialsOf({ text: 'Намуна Одамов', lang: 'ru' })).to.equal('НО');
    expect(initialsOf({ text: 'Example (fictional)' })).to.equal('E');
    expect(initialsOf({ text: 'ılgar aliyev', lang: 'tr' })).to.equal('IA');
  });

  it('lists the other spellings of a name, each once, with its language', () => {
    const named = person({ name: { 'uz-Latn': 'Namuna Odamov', 'uz-Cyrl': 'Намуна Одамов', ru: 'Намуна Одамов', en: 'Namuna Odamov' } });
    expect(otherSpellings(named, 'en')).to.deep.equal([{ text: 'Намуна Одамов', lang: 'uz-Cyrl' }]);
    expect(otherSpellings(named, 'ru')).to.deep.equal([{ text: 'Namuna Odamov', lang: 'uz-Latn' }]);
    expect(otherSpellings(person(), 'en')).to.deep.equal([]);
  });

  it('shows initials alone when the person has not agreed to show the photo', () => {
    const refused = person({ photo: { url: 'https://example.org/p.jpg', consent: false } });
    const host = rendered(renderPortrait(refused, context()));
    expect(host.querySelector('img')).to.equal(null);
    expect(squash(host.querySelector('.initials')?.textContent)).to.equal('EP');
    expect(host.querySelector('.initials')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('never loads a photo from a URL that is not http(s)', () => {
    const host = rendered(renderPortrait(person({ photo: { url: 'mailto:someone@example.org' } }), context()));
    expect(host.querySelector('img')).to.equal(null);
  });

  it('gives every status an icon and a label', () => {
    const labels = new Set<string>();
    for (const status of PRISONER_STATUSES) {
      const host = rendered(renderStatusBadge(person({ status }), translator('en')));
      expect(host.querySelector('svg[aria-hidden="true"]'), status).not.to.equal(null);
      labels.add(squash(host.textContent));
    }
    expect(labels.size).to.equal(PRISONER_STATUSES.length);
  });

  it('says the one line with occupation, region and the time in detention', () => {
    const host = rendered(renderOneLine(person({ occupation: 'Schoolteacher', region: { ru: 'Андижан', en: 'Andijan' }, arrested: '2016-12-02' }), context()));
    expect(squash(host.querySelector('.line')?.textContent)).to.equal('Schoolteacher, Andijan · . In detention for 9 years, 4 months');
    expect(host.querySelector('[lang="en"]')?.textContent).to.equal('Andijan');
  });

  describe('time in detention', () => {
    it('runs to today while the person is held', () => {
      const period = detentionPeriod(person({ arrested: '2016-12-02' }), localNoon(2026, 4, 2))!;
      expect(period.ongoing).to.equal(true);
      expect(period.to.toISOString()).to.equal('2026-04-02T00:00:00.000Z');
    });

    it('ends at the release, or at the death in custody', () => {
      const released = detentionPeriod(person({ status: 'released', arrested: '2016-12-02', released: '2020-01-15' }), Date.now())!;
      expect([released.ongoing, released.to.toISOString()]).to.deep.equal([false, '2020-01-15T00:00:00.000Z']);
      const died = detentionPeriod(person({ status: 'died-in-custody', arrested: '2016', died: '2021-02' }), Date.now())!;
      expect(died.to.toISOString()).to.equal('2021-02-01T00:00:00.000Z');
    });

    it('is unknown without an arrest date, or for a release without a date', () => {
      expect(detentionPeriod(person(), Date.now())).to.equal(undefined);
      expect(detentionPeriod(person({ status: 'released', arrested: '2016' }), Date.now())).to.equal(undefined);
    });

    it('turns over at the reader’s midnight', () => {
      const lateEvening = new Date(2026, 0, 31, 23, 59, 30).getTime();
      expect(readerToday(lateEvening).toISOString()).to.equal('2026-01-31T00:00:00.000Z');
      expect(untilNextDay(lateEvening)).to.equal(30_000);
    });
  });
});

describe('pickName', () => {
  const name = { 'uz-Latn': 'Namuna Odamov', 'uz-Cyrl': 'Намуна Одамов', ru: 'Намуна Одамов (ru)', en: 'Namuna Odamov (en)' };
  const cases: [string, string][] = [
    ['en', 'en'],
    ['uz', 'uz-Latn'],
    ['uz-Latn', 'uz-Latn'],
    ['uz-Cyrl', 'uz-Cyrl'],
    ['ru', 'ru'],
    // Kazakh and Kyrgyz readers read Cyrillic: Russian comes before English in their fallbacks, so its spelling first.
    ['kk', 'ru'],
    ['ky-KG', 'ru'],
    ['tk', 'en'],
    ['fr', 'en'],
    ['ar', 'en'],
  ];
  for (const [lang, expected] of cases) {
    it(`picks ${expected} for a ${lang} reader`, () => {
      expect(pickName(person({ name }), lang).lang).to.equal(expected);
    });
  }

  it('finds a script-tagged name for a reader whose language implies the script', () => {
    const uyghur = person({ name: { 'ug-Latn': 'Misal Nemune', 'ug-Arab': 'مىسال نەمۇنە', en: 'Misal Nemune' } });
    expect(pickName(uyghur, 'ug')).to.deep.equal({ text: 'مىسال نەمۇنە', lang: 'ug-Arab' });
    expect(pickName(person(), 'ru')).to.deep.equal({ text: 'Example Person' });
  });
});

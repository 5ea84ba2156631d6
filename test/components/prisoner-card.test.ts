/**
 * <ahrca-prisoner-card> as a reader sees it, a screen reader hears it and a host page receives it.
 * The time is the card's own `clock` property; nothing global is mocked. Bad input: prisoner-card-input.test.ts.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.js';
import { AhrcaPrisonerCard as CardClass } from '../../src/components/prisoner-card/prisoner-card.js';
import type { AhrcaActionDetail, AhrcaErrorDetail, AhrcaLoadDetail } from '../../src/core/events.js';
import { PRISONER_STATUSES } from '../../src/core/schema/prisoner.js';
import {
  $,
  $$,
  APPEAL_URL,
  factsOf,
  fullPerson,
  markupOf,
  mountCard,
  NOW,
  part,
  PHOTO_PATH,
  PROFILE_URL,
  RECOGNITION_URL,
  shown,
  SOURCE_URL,
  textOf,
  WRITE_URL,
  type Data,
} from '../helpers/prisoner-card.js';
import { englishPage, recordPage, stubClipboard } from '../helpers/page.js';
import { watchTimers } from '../helpers/timers.js';

const FEED_URL = '/demo/data/prisoners.json';
let serial = 0;
/** The demo feed under a URL of its own, so no copy kept by an earlier load is shown instead. */
const feedUrl = () => `${FEED_URL}?card-test-${Date.now().toString(36)}-${(serial += 1)}`;

/** What reached the page; each click as the action of the link or button it was on, and whether the card cancelled it. */
const { clicks, eventsOf } = recordPage((event) => {
  const [target] = event.composedPath();
  const link = target instanceof Element ? target.closest('a, button') : null;
  return { action: link?.getAttribute('data-action') ?? link?.getAttribute('part') ?? undefined, prevented: event.defaultPrevented };
});
const restorers: (() => void)[] = [];

/** The timers the card's own source has started and not cleared; put back after the test. */
function watchCardTimers(): Set<number> {
  const { pending, restore } = watchTimers('/src/components/prisoner-card/');
  restorers.push(restore);
  return pending;
}

englishPage({ markdown: true });

afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
});

describe('<ahrca-prisoner-card>', () => {
  describe('a full record', () => {
    it('shows the name as a heading in the reader’s script, and names the card after it', async () => {
      const el = await mountCard(fullPerson());
      const name = part(el, 'name')!;
      expect([name.getAttribute('role'), name.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
      expect(textOf(name)).to.equal('Namuna Odamov');
      expect(name.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      const article = part(el, 'base')!;
      expect(article.localName).to.equal('article');
      expect(textOf(el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!))).to.equal('Namuna Odamov');
      expect(eventsOf<AhrcaLoadDetail>('ahrca-load')).to.deep.equal([{ source: 'property', stale: false }]);
    });

    it('offers the other spellings, each marked with its language', async () => {
      const el = await mountCard(fullPerson());
      const spellings = part(el, 'spellings')!;
      expect(textOf(spellings)).to.equal('Also written: Намуна Одамов');
      expect(spellings.querySelector('[lang]')!.getAttribute('lang')).to.equal('uz-Cyrl');
      const inRussian = await mountCard(fullPerson(), { lang: 'ru' });
      expect(textOf(part(inRussian, 'name'))).to.equal('Намуна Одамов');
      expect(textOf(part(inRussian, 'spellings'))).to.equal('Другие написания: Namuna Odamov');
    });

    it('loads the photo lazily, without a referrer, with its alt text', async () => {
      const el = await mountCard(fullPerson());
      const photo = part(el, 'photo') as HTMLImageElement;
      expect([photo.getAttribute('loading'), photo.getAttribute('decoding'), photo.getAttribute('referrerpolicy')]).to.deep.equal([
        'lazy',
        'async',
        'no-referrer',
      ]);
      expect(photo.src).to.equal(new URL(PHOTO_PATH, location.href).href);
      expect(photo.alt).to.equal('Placeholder portrait');
      expect(textOf($(el, '.credit'))).to.equal('Photo: Placeholder image');
    });

    it('shows the status with an icon, when it was confirmed, and birth year, occupation and region', async () => {
      const el = await mountCard(fullPerson());
      const status = part(el, 'status')!;
      expect(textOf(status)).to.equal('Detained');
      expect(status.getAttribute('part')).to.equal('status status-detained');
      expect(status.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(part(el, 'status-confirmed'))).to.equal('confirmed March 15, 2026');
      expect(part(el, 'status-confirmed')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-15');
      expect(textOf(part(el, 'about'))).to.equal('Born 1978, Schoolteacher, Andijan region');
    });

    it('lists arrest, time in detention, charges, sentence, expected release, place and recognition', async () => {
      const el = await mountCard(fullPerson());
      expect(factsOf(el)).to.deep.equal([
        ['Arrested', 'September 20, 2016'],
        ['Time in detention', '9 years, 6 months'],
        ['Charges', 'Art. 159(4) (Criminal Code of Uzbekistan) — Attempt to overthrow the constitutional order Art. 244-2'],
        [
          'Sentence',
          '12 years in a strict-regime colony Andijan Regional Criminal Court, verdict of March 2, 2017 counted from September 20, 2016 ' +
            '3 years added in prison (Art. 221, Disobeying the prison administration, June 14, 2019)',
        ],
        ['Expected release', 'September 20, 2031'],
        ['Place of detention', 'Penal colony No. 00/00 since January 2018'],
        ['Recognised as a political prisoner by', 'Association for Human Rights in Central Asia, May 2017'],
      ]);
      expect($$(el, '[part~="article"]').map(textOf)).to.deep.equal(['Art. 159(4)', 'Art. 244-2']);
      expect($(el, '[part~="fact-arrested"] time')!.getAttribute('datetime')).to.equal('2016-09-20');
      expect(($(el, '[part~="fact-recognition"] a') as HTMLAnchorElement).href).to.equal(RECOGNITION_URL);
    });

    it('renders the summary, the health concerns and the letter tips as markdown', async () => {
      const el = await mountCard(fullPerson());
      expect(part(el, 'summary')!.querySelectorAll('p')).to.have.length(2);
      expect(textOf(part(el, 'summary')!.querySelector('strong'))).to.equal('international investigation');
      const health = part(el, 'health')!;
      expect(textOf(health.querySelector('[role="heading"]'))).to.equal('Health');
      expect(health.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(textOf(health.querySelector('em'))).to.equal('heart condition');
      expect(textOf(part(el, 'tips')!.querySelector('strong'))).to.equal('Do not mention the case.');
    });

    it('says how to help: the address to copy, the language to write in, a guide and the appeals', async () => {
      const el = await mountCard(fullPerson());
      const help = part(el, 'help')!;
      expect(textOf(help.querySelector('[role="heading"]'))).to.equal('How to help');
      const address = part(el, 'address')!;
      expect(address.localName).to.equal('address');
      expect(address.innerText.split('\n')).to.deep.equal(['Odamov Namuna, born 1978', 'Example region', 'Example town, PO box 00/00']);
      expect(textOf(part(el, 'copy-address'))).to.equal('Copy the address');
      expect(textOf(help.querySelector('.language'))).to.equal('Write in Russian or Uzbek');
      expect(($(el, 'a[data-action="write"]') as HTMLAnchorElement).href).to.equal(WRITE_URL);
      expect(shown($(el, 'a[data-action="write"]'))).to.equal('How to write a letter');
      const appeal = part(el, 'appeals')!.querySelector('a')!;
      expect([appeal.href, appeal.rel, appeal.target]).to.deep.equal([APPEAL_URL, 'noopener noreferrer', '_blank']);
      expect(textOf(appeal)).to.equal('For an international investigation of the Andijan events (opens in a new tab)');
    });

    it('numbers the sources and says when the record was last updated', async () => {
      const el = await mountCard(fullPerson());
      const list = part(el, 'sources')!.querySelector('ol')!;
      expect([...list.children].map(shown)).to.deep.equal(['Verdict of 2 March 2017 — AHRCA, March 10, 2017', 'Interview with the family']);
      expect((list.querySelector('a') as HTMLAnchorElement).href).to.equal(SOURCE_URL);
      expect(textOf(part(el, 'updated'))).to.equal('Last updated March 20, 2026');
    });

    it('takes the heading level from heading-level, sections one below', async () => {
      const el = await mountCard(fullPerson(), { headingLevel: '4' });
      expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('4');
      expect($$(el, '.section-title').map((title) => title.getAttribute('aria-level'))).to.deep.equal(['5', '5', '5']);
    });

    it('has no axe violations', async () => {
      await expect(await mountCard(fullPerson())).to.be.accessible();
    });
  });

  describe('a minimal record', () => {
    it('shows initials, the name and the status, and no empty label or section', async () => {
      const el = await mountCard({ id: 'minimal', name: 'Example Person', status: 'unknown' });
      expect(shown(part(el, 'base'))).to.equal('EP Example Person Status unknown');
      expect(textOf(part(el, 'initials'))).to.equal('EP');
      for (const name of ['photo', 'spellings', 'status-confirmed', 'about', 'facts', 'summary', 'health', 'help', 'sources', 'updated']) {
        expect(markupOf(part(el, name)), name).to.equal(null);
      }
      // Every element that holds text holds some, but the empty live region kept for announcements.
      const empty = $$(el, 'p, dt, dd, li, [role="heading"], section').filter((node) => textOf(node) === '' && node.getAttribute('role') !== 'status');
      expect(empty.map(markupOf)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('statuses', () => {
    for (const status of PRISONER_STATUSES) {
      it(`shows ${status} as an icon and a label`, async () => {
        const el = await mountCard({ id: 's', name: 'Example Person', status });
        const badge = part(el, `status-${status}`)!;
        expect(badge.querySelector('svg')).not.to.equal(null);
        expect(textOf(badge)).not.to.equal('');
      });
    }

    it('gives each status its own label and icon', async () => {
      const badges = await Promise.all(PRISONER_STATUSES.map((status) => mountCard({ id: 's', name: 'N', status })));
      expect(new Set(badges.map((el) => textOf(part(el, 'status')))).size).to.equal(PRISONER_STATUSES.length);
      const labels = badges.map((el) => textOf(part(el, 'status')));
      expect(labels).to.deep.equal([
        'Detained',
        'Pretrial detention',
        'House arrest',
        'Psychiatric detention',
        'Released',
        'Released under supervision',
        'In exile',
        'Disappeared',
        'Died in custody',
        'Status unknown',
      ]);
    });

    it('agrees in Russian with the person’s gender, and uses neutral wording without one', async () => {
      const cases: [string, string | undefined, string][] = [
        ['detained', 'male', 'Арестован'],
        ['detained', 'female', 'Арестована'],
        ['detained', undefined, 'Под стражей'],
        ['released', 'male', 'Освобождён'],
        ['released', 'female', 'Освобождена'],
        ['released', undefined, 'На свободе'],
        ['died-in-custody', 'female', 'Умерла в заключении'],
        ['disappeared', 'male', 'Насильственное исчезновение'],
        ['house-arrest', 'female', 'Под домашним арестом'],
      ];
      for (const [status, gender, label] of cases) {
        const el = await mountCard({ id: 's', name: 'N', status, ...(gender ? { gender } : {}) }, { lang: 'ru' });
        expect(textOf(part(el, 'status')), `${status} ${gender ?? '(none)'}`).to.equal(label);
      }
      const she = await mountCard(fullPerson({ gender: 'female', status: 'released', released: '2020-01-15' }), { lang: 'ru' });
      expect(factsOf(she).find(([label]) => label.startsWith('Признан'))?.[0]).to.equal('Признана политзаключённой');
    });
  });

  describe('time in detention', () => {
    const at = (year: number, month: number, day: number, hour = 12, minute = 0, second = 0, ms = 0) =>
      new Date(year, month - 1, day, hour, minute, second, ms).getTime();
    const durationOf = (el: AhrcaPrisonerCard) => textOf(part(el, 'duration'));

    it('counts whole months across a month boundary, days under a month', async () => {
      const person = { id: 'p', name: 'N', status: 'pretrial-detention', arrested: '2025-01-31' };
      const cases: [number, string][] = [
        [at(2025, 2, 27), '27 days'],
        [at(2025, 2, 28), '1 month'],
        [at(2025, 3, 30), '1 month'],
        [at(2025, 3, 31), '2 months'],
        [at(2026, 2, 28), '1 year, 1 month'],
      ];
      for (const [now, expected] of cases) {
        expect(durationOf(await mountCard(person, { clock: () => now })), new Date(now).toDateString()).to.equal(expected);
      }
    });

    it('says it with Russian plurals', async () => {
      const el = await mountCard(fullPerson(), { lang: 'ru' });
      expect(durationOf(el)).to.equal('9 лет 6 месяцев');
      const compact = await mountCard(fullPerson({ arrested: '2024-02-02' }), { lang: 'ru', layout: 'compact' });
      expect(durationOf(compact)).to.equal('Под стражей: 2 года 2 месяца');
    });

    it('turns over at midnight while the page stays open', async () => {
      let now = at(2025, 2, 27, 23, 59, 59, 500);
      const el = await mountCard({ id: 'p', name: 'N', status: 'detained', arrested: '2025-01-31' }, { clock: () => now });
      expect(durationOf(el)).to.equal('27 days');
      now = at(2025, 2, 28, 0, 0, 1);
      await waitUntil(() => durationOf(el) === '1 month', 'the count did not move on with the day', { timeout: 4000 });
    });

    it('stops at the release, and starts no timer', async () => {
      const pending = watchCardTimers();
      const person = { id: 'p', name: 'N', status: 'released', gender: 'male', arrested: '2016-09-20', released: '2020-01-15' };
      for (const now of [NOW, at(2030, 6, 1)]) {
        const el = await mountCard(person, { clock: () => now });
        expect(factsOf(el).slice(0, 3)).to.deep.equal([
          ['Arrested', 'September 20, 2016'],
          ['Time in detention', '3 years, 3 months'],
          ['Released', 'January 15, 2020'],
        ]);
      }
      const compact = await mountCard(person, { layout: 'compact', lang: 'ru' });
      expect(durationOf(compact)).to.equal('Провёл под стражей 3 года 3 месяца');
      expect([...pending]).to.deep.equal([]);
    });

    it('stops at the death in custody', async () => {
      const el = await mountCard({ id: 'p', name: 'N', status: 'died-in-custody', arrested: '2015-10-01', died: '2021-02-11' });
      expect(factsOf(el)).to.deep.equal([
        ['Arrested', 'October 1, 2015'],
        ['Time in detention', '5 years, 4 months'],
        ['Died', 'February 11, 2021'],
      ]);
    });

    it('keeps one timer while counting and clears it when removed', async () => {
      const pending = watchCardTimers();
      const el = await mountCard(fullPerson());
      expect(pending.size).to.equal(1);
      el.lang = 'ru';
      await el.updateComplete;
      expect(pending.size, 'a re-render left a second timer').to.equal(1);
      el.remove();
      expect([...pending]).to.deep.equal([]);
    });
  });

  describe('photos', () => {
    it('shows initials, and no image, when there is no photo or the person did not agree to it', async () => {
      for (const photo of [undefined, { url: PHOTO_PATH, consent: false }]) {
        const el = await mountCard(fullPerson({ photo }));
        expect(markupOf(part(el, 'photo'))).to.equal(null);
        expect(textOf(part(el, 'initials'))).to.equal('NO');
        expect(markupOf($(el, '.credit')), 'a credit for a photo not shown').to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('falls back to initials when the photo cannot be loaded', async () => {
      const el = await mountCard(fullPerson({ photo: { url: `/net/status/404?id=card-photo-${Date.now()}` } }));
      const photo = part(el, 'photo') as HTMLImageElement;
      await waitUntil(() => photo.hidden, 'the broken photo stayed in view', { timeout: 4000 });
      expect(getComputedStyle(photo).display).to.equal('none');
      expect(part(el, 'initials')!.getBoundingClientRect().width).to.be.above(0);
    });

    it('uses the name as alt text when the data gives none', async () => {
      const el = await mountCard(fullPerson({ photo: { url: PHOTO_PATH } }), { lang: 'ru' });
      expect([(part(el, 'photo') as HTMLImageElement).alt, part(el, 'photo')!.getAttribute('lang')]).to.deep.equal(['Намуна Одамов', 'ru']);
    });
  });

  describe('names in several scripts', () => {
    const name = { 'ug-Arab': 'مىسال نەمۇنە', 'ug-Latn': 'Misal Nemune', 'ug-Cyrl': 'Мисал Немуне', en: 'Misal Nemune' };

    it('shows the reader’s script and the others, each with its lang', async () => {
      const el = await mountCard({ id: 'u', name, status: 'disappeared' });
      expect(textOf(part(el, 'name'))).to.equal('Misal Nemune');
      const others = [...part(el, 'spellings')!.querySelectorAll('[lang]')].map((node) => [node.getAttribute('lang'), textOf(node)]);
      expect(others).to.deep.equal([
        ['ug-Arab', 'مىسال نەمۇنە'],
        ['ug-Cyrl', 'Мисал Немуне'],
      ]);
      const uyghur = await mountCard({ id: 'u', name, status: 'disappeared' }, { lang: 'ug' });
      expect(part(uyghur, 'name')!.querySelector('[lang]')!.getAttribute('lang')).to.equal('ug-Arab');
      await expect(el).to.be.accessible();
    });
  });

  describe('a feed', () => {
    it('shows the person named by person=, and another when it changes, without a new request', async () => {
      // The resource timing buffer holds 250 entries and this file makes more requests than that.
      performance.clearResourceTimings();
      const src = feedUrl();
      const el = await fixture<AhrcaPrisonerCard>(html`<ahrca-prisoner-card src=${src} person="example-misol-xatova"></ahrca-prisoner-card>`);
      await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      expect(textOf(part(el, 'name'))).to.equal('Misol Khatova');
      el.person = 'example-ornek-ulgiev';
      await el.updateComplete;
      expect(textOf(part(el, 'name'))).to.equal('Ornek Ulgiev');
      expect(textOf(part(el, 'status'))).to.equal('Released');
      // The request's timing entry is written once its body has ended, which may come after the load event.
      const requests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src));
      await waitUntil(() => requests().length > 0, 'the feed request has no timing entry');
      expect(requests()).to.have.length(1);
    });

    it('shows the first person without person=', async () => {
      const el = await mountCard([fullPerson(), { id: 'second', name: 'Second', status: 'released' }]);
      expect(textOf(part(el, 'name'))).to.equal('Namuna Odamov');
    });

    it('says so, and tells the page, when person= names no one in the feed', async () => {
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      restorers.push(() => (console.error = original));
      const el = await mountCard({ people: [fullPerson()] }, { person: 'nobody' });
      await el.updateComplete;
      expect(textOf(part(el, 'error'))).to.equal('This content has errors and cannot be shown.');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      const errors = eventsOf<AhrcaErrorDetail>('ahrca-error');
      expect(errors).to.deep.equal([{ reason: 'invalid-data', message: 'person: no one with the id "nobody" in the feed' }]);
      expect(logged.join('\n')).to.include('"nobody"');
      el.person = 'example-namuna-odamov';
      await el.updateComplete;
      expect(textOf(part(el, 'name'))).to.equal('Namuna Odamov');
    });

    it('shows the empty state for a feed with nobody in it', async () => {
      const el = await mountCard({ people: [] });
      expect(textOf(part(el, 'empty'))).to.equal('Nothing to show yet.');
    });
  });

  describe('a withdrawn person', () => {
    // A withdrawal holds for the rest of the page's life, for every widget: the other tests' person
    // must not be the one withdrawn here.
    const withdrawn = (reason: string) => ({ ...fullPerson(), id: `example-withdrawn-${reason}`, withdrawn: { reason } });

    for (const layout of ['full', 'compact']) {
      it(`shows only a neutral notice in the ${layout} layout, with nothing of the record in the DOM or the events`, async () => {
        for (const reason of ['safety', 'consent']) {
          const el = await mountCard(withdrawn(reason), { layout });
          const root = el.shadowRoot!;
          expect(textOf(root)).to.equal('This profile has been withdrawn.');
          expect(part(el, 'withdrawn')!.getAttribute('role')).to.equal('note');
          expect(root.querySelectorAll('img, a, time, [lang], [alt], [aria-label]')).to.have.length(0);
          const markup = root.innerHTML;
          for (const secret of ['Namuna', 'Намуна', 'Odamov', 'example-1', 'Andijan', '1978', reason]) expect(markup, secret).not.to.include(secret);
          expect(eventsOf<AhrcaLoadDetail>('ahrca-load').at(-1)).to.deep.equal({ source: 'property', stale: false });
          await expect(el).to.be.accessible();
        }
      });
    }

    it('is withdrawn when person= picks it from a feed', async () => {
      const src = feedUrl();
      const el = await fixture<AhrcaPrisonerCard>(html`<ahrca-prisoner-card src=${src} person="example-withdrawn"></ahrca-prisoner-card>`);
      await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      expect(textOf(el.shadowRoot!)).to.equal('This profile has been withdrawn.');
    });

    it('shows nothing a withdrawn record picked from a feed still holds', async () => {
      const leftover = { id: 'gone', withdrawn: { reason: 'safety' }, name: 'This name is never shown', status: 'detained', summary: 'Nor this summary.' };
      const el = await mountCard({ people: [fullPerson(), leftover] }, { person: 'gone' });
      expect(textOf(el.shadowRoot!)).to.equal('This profile has been withdrawn.');
      for (const secret of ['never shown', 'Nor this summary']) expect(el.shadowRoot!.innerHTML, secret).not.to.include(secret);
    });

    it('starts no timer', async () => {
      const pending = watchCardTimers();
      await mountCard(withdrawn('safety'));
      expect([...pending]).to.deep.equal([]);
    });
  });

  describe('compact layout', () => {
    it('is a row: portrait, name linked to the profile, status and one line', async () => {
      const el = await mountCard(fullPerson(), { layout: 'compact' });
      expect(shown(part(el, 'base'))).to.equal('NO Namuna Odamov Detained Schoolteacher, Andijan region · In detention for 9 years, 6 months');
      const link = part(el, 'name')!.querySelector('a')!;
      expect([link.href, link.getAttribute('data-action')]).to.deep.equal([PROFILE_URL, 'profile']);
      for (const name of ['facts', 'summary', 'help', 'sources', 'spellings']) expect(markupOf(part(el, name)), name).to.equal(null);
      expect(getComputedStyle(part(el, 'base')!).flexDirection).to.equal('row');
      await expect(el).to.be.accessible();
    });

    it('shows the name without a link when there is no profile page', async () => {
      const el = await mountCard({ id: 'p', name: 'Example Person', status: 'released' }, { layout: 'compact' });
      expect(markupOf(part(el, 'name')!.querySelector('a'))).to.equal(null);
      expect(shown(part(el, 'base'))).to.equal('EP Example Person Released');
    });
  });

  describe('widths', () => {
    for (const layout of ['full', 'compact']) {
      for (const width of [280, 1200]) {
        it(`${layout} fits ${width} px without scrolling sideways`, async () => {
          await setViewport({ width: Math.max(width + 40, 400), height: 900 });
          try {
            const el = await mountCard(fullPerson(), { layout, style: `display: block; inline-size: ${width}px` });
            const base = part(el, 'base')!;
            expect(el.getBoundingClientRect().width).to.equal(width);
            expect(base.scrollWidth, 'content wider than the card').to.be.at.most(base.clientWidth);
            for (const node of $$(el, '[part~="name"], [part~="status"], [part~="facts"], [part~="help"], [part~="line"]')) {
              expect(node.getBoundingClientRect().right, markupOf(node)!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
            }
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
      }
    }
  });

  describe('actions', () => {
    const links: [string, string][] = [
      ['write', WRITE_URL],
      ['appeal', APPEAL_URL],
      ['recognition', RECOGNITION_URL],
      ['source', SOURCE_URL],
    ];
    for (const [action, url] of links) {
      it(`tells the page about the ${action} link and lets it work`, async () => {
        const el = await mountCard(fullPerson());
        $(el, `a[data-action="${action}"]`)!.click();
        expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action, url }]);
        expect(clicks).to.deep.equal([{ action, prevented: false }]);
      });
    }

    it('does not follow a link when the host cancels ahrca-action', async () => {
      const el = await mountCard(fullPerson());
      el.addEventListener('ahrca-action', (event) => event.preventDefault());
      $(el, 'a[data-action="appeal"]')!.click();
      expect(clicks).to.deep.equal([{ action: 'appeal', prevented: true }]);
    });

    it('copies the address and says so in a status region', async () => {
      const written = stubClipboard('works');
      const el = await mountCard(fullPerson());
      part(el, 'copy-address')!.click();
      await waitUntil(() => textOf(part(el, 'notice')) !== '', 'no notice appeared');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
      expect(textOf(part(el, 'notice'))).to.equal('Address copied');
      expect(written).to.deep.equal(['Odamov Namuna, born 1978\nExample region\nExample town, PO box 00/00']);
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'copy-address' }]);
    });

    it('asks the reader to select the address when the clipboard refuses', async () => {
      stubClipboard('fails');
      const el = await mountCard(fullPerson(), { lang: 'ru' });
      part(el, 'copy-address')!.click();
      await waitUntil(() => textOf(part(el, 'notice')) !== '', 'no notice appeared');
      expect(textOf(part(el, 'notice'))).to.equal('Не удалось скопировать адрес; выделите его, чтобы скопировать.');
    });

    it('says when letters are not delivered, and shows no address then', async () => {
      const el = await mountCard(fullPerson({ letters: { accepted: false, address: 'Somewhere' } }));
      expect(textOf(part(el, 'help'))).to.equal(
        'How to help Letters are not being delivered at the moment. Appeals For an international investigation of the Andijan events (opens in a new tab)',
      );
      expect(markupOf(part(el, 'address'))).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches every link and the copy button in reading order, then leaves', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <ahrca-prisoner-card .data=${fullPerson()} .clock=${() => NOW}></ahrca-prisoner-card>
          <button id="after">After</button>
        </div>`,
      );
      const el = wrapper.querySelector('ahrca-prisoner-card')!;
      await el.updateComplete;
      const expected = [
        $(el, 'a[data-action="recognition"]'),
        part(el, 'copy-address'),
        $(el, 'a[data-action="write"]'),
        $(el, 'a[data-action="appeal"]'),
        $(el, 'a[data-action="source"]'),
      ];
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const reached: (Element | null)[] = [];
      for (let step = 0; step < expected.length; step++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement);
      }
      expect(reached.map(markupOf)).to.deep.equal(expected.map(markupOf));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('Enter on the copy button copies the address', async () => {
      const written = stubClipboard('works');
      const el = await mountCard(fullPerson());
      part(el, 'copy-address')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => written.length === 1, 'nothing was copied');
      expect(textOf(part(el, 'notice'))).to.equal('Address copied');
    });
  });

  describe('themes and colours', () => {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['full', 'compact']) {
        it(`has no axe violations in ${layout} with theme="${theme}"`, async () => {
          await expect(await mountCard(fullPerson(), { theme, layout })).to.be.accessible();
        });
      }

      it(`gives every status a colour with a contrast of 4.5:1 or more (${theme})`, async () => {
        for (const status of PRISONER_STATUSES) {
          const el = await mountCard({ id: 's', name: 'N', status }, { theme });
          const badge = part(el, 'status')!;
          const ratio = contrast(getComputedStyle(badge).color, getComputedStyle(badge).backgroundColor);
          expect(ratio, `${status}: ${getComputedStyle(badge).color}`).to.be.at.least(4.5);
        }
      });
    }

    it('lets the page set a status colour', async () => {
      const el = await mountCard({ id: 's', name: 'N', status: 'in-exile' }, { style: '--ahrca-status-in-exile: rgb(1, 2, 3)' });
      expect(getComputedStyle(part(el, 'status')!).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('states', () => {
    it('shows a busy skeleton of about the card’s height while loading', async () => {
      const el = await fixture<AhrcaPrisonerCard>(
        html`<ahrca-prisoner-card style="inline-size: 40rem" src=${feedUrl()} person="example-misol-xatova"></ahrca-prisoner-card>`,
      );
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(skeleton.querySelector('[role="status"]'))).to.equal('Loading…');
      const loading = el.getBoundingClientRect().height;
      await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      await aTimeout(0);
      const ready = el.getBoundingClientRect().height;
      expect(Math.abs(loading - ready) / ready, `skeleton ${loading}px, card ${ready}px`).to.be.at.most(0.35);
    });

    it('is defined as <ahrca-prisoner-card>', () => {
      expect(customElements.get('ahrca-prisoner-card')).to.equal(CardClass);
    });
  });
});

/** WCAG contrast ratio between two `rgb()` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

export type { Data };

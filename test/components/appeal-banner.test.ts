/**
 * <ahrca-appeal-banner> as a reader sees it, a screen reader hears it and a host page receives it.
 * Time is never mocked: the banner reads Date.now(), so deadlines are built relative to now.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { nothing, render, type TemplateResult } from 'lit';
import { AhrcaAppealBanner } from '../../src/components/appeal-banner/appeal-banner.js';
import { defineElement } from '../../src/core/define.js';
import type { AhrcaActionDetail, AhrcaErrorDetail, AhrcaLoadDetail } from '../../src/core/events.js';
import { captureConsole, englishPage, imagesSettled, recordPage, stubClipboard, stubNavigator } from '../helpers/page.js';
import { blockStorage } from '../helpers/storage.js';
import { BROKEN, IFRAME, IMG, PWN, SCRIPT, STYLE, SVG } from '../helpers/hostile-markup.js';

const TAG = 'ahrca-appeal-banner';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NBSP = '\u00a0';
const SAMPLE_URL = '/demo/data/appeal-andijan-investigation.json';
const SIGN_URL = 'https://example.org/ahrca/andijan-appeal/sign';
const READ_URL = 'https://example.org/ahrca/andijan-appeal';
const SHARE_URL = 'https://example.org/ahrca/andijan-appeal/share';
const PRISONER_URL = 'https://example.org/ahrca/prisoners/sample-a';
const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
/**
 * Every appeal id and data URL these tests create starts with this, so that cleaning up never
 * touches what test files running at the same time on this origin keep in localStorage.
 */
const TEST_PREFIX = 'banner-test-';

type Data = Record<string, unknown>;

let serial = 0;
function uniqueId(): string {
  serial += 1;
  return `${TEST_PREFIX}${Date.now().toString(36)}-${serial}`;
}

/** The sample appeal under a URL of its own, so no copy kept by an earlier load is shown instead. */
function sampleUrl(): string {
  return `${SAMPLE_URL}?${uniqueId()}`;
}

/** An ISO date-time `ms` from now, so the countdown is exact. */
function fromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}

/** Today's date plus `days` where the reader is, as an editor writes a date-only deadline. */
function localDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A complete, open appeal (the Andijan sample) with a deadline 165 days away and a fresh id. */
function appeal(overrides: Data = {}): Data {
  return {
    id: uniqueId(),
    kind: 'appeal',
    title: {
      en: 'For an international investigation of the Andijan events',
      ru: 'За международное расследование андижанских событий',
    },
    ask: {
      en: 'Support the demand for an international investigation into the Andijan events of May 2005.',
      ru: 'Поддержите требование международного расследования андижанских событий мая 2005 года.',
    },
    summary: {
      en: 'The Association sends collective appeals to the UN.\n\nActivists who supported the demand **with independent experts** were arrested.',
      ru: 'Ассоциация направляет коллективные обращения в ООН.\n\nПравозащитников, поддержавших требование **с участием независимых экспертов**, арестовывали.',
    },
    addressees: [
      { en: 'The European Union', ru: 'Европейский союз' },
      { en: 'The United Nations', ru: 'Организация Объединённых Наций' },
    ],
    signatories: [
      {
        name: { en: 'Association for Human Rights in Central Asia', ru: 'Ассоциация «Права человека в Центральной Азии»' },
        url: 'https://example.org/ahrca',
      },
    ],
    published: '2026-05-13',
    deadline: fromNow(165 * DAY + 2 * HOUR),
    status: 'open',
    signatures: { count: 1834, goal: 5000 },
    actions: [
      { kind: 'sign', url: SIGN_URL },
      { kind: 'read', url: READ_URL },
      { kind: 'share', url: SHARE_URL },
    ],
    relatedPrisoners: [{ name: { en: 'Sample profile A (fictional)', ru: 'Пример профиля А (вымышленный)' }, url: PRISONER_URL }],
    ...overrides,
  };
}

interface Options {
  layout?: string;
  dismissible?: boolean;
  headingLevel?: string;
  theme?: string;
  lang?: string;
}

function mount(data: unknown, options: Options = {}): Promise<AhrcaAppealBanner> {
  return fixture<AhrcaAppealBanner>(
    html`<ahrca-appeal-banner
      .data=${data}
      layout=${options.layout ?? nothing}
      ?dismissible=${options.dismissible}
      heading-level=${options.headingLevel ?? nothing}
      theme=${options.theme ?? nothing}
      lang=${options.lang ?? nothing}
    ></ahrca-appeal-banner>`,
  );
}

function banners(root: ParentNode): AhrcaAppealBanner[] {
  return [...root.querySelectorAll(TAG)];
}

const pages: HTMLElement[] = [];

/**
 * Renders a bit of host page holding banners and waits for their first render. Unlike fixture()
 * with a plain root element, it never waits for an animation frame: frames stop while the test
 * runner's tab is in the background (two test files running at once in one Chromium).
 */
async function mountPage(template: TemplateResult): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  pages.push(container);
  render(template, container);
  await Promise.all(banners(container).map((el) => el.updateComplete));
  return container;
}

function $(el: AhrcaAppealBanner, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: AhrcaAppealBanner, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function part(el: AhrcaAppealBanner, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

/**
 * An element as a short string for assertions: a failing `expect(element)` makes the runner
 * serialise the element with the whole document behind it, and the run hangs.
 */
function markupOf(node: Element | null | undefined): string | null {
  return node ? node.outerHTML.slice(0, 300) : null;
}

/** Runs of ordinary white space collapsed; no-break spaces are kept, they are part of the language. */
function squash(text: string): string {
  return text.replace(/[ \t\n\r]+/g, ' ').trim();
}

function textOf(node: Node | null | undefined): string {
  return squash(node?.textContent ?? '');
}

/** The accessible name given by aria-labelledby inside the shadow root. */
function labelledByName(el: AhrcaAppealBanner, element: Element): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(el.shadowRoot!.getElementById(id))).join(' ');
}

// What reached the host page: every ahrca-* event, every click's fate, every uncaught problem.
const {
  clicks,
  problems: pageProblems,
  eventsOf,
} = recordPage((event) => {
  // Each click as the part it was on (or the tag name), and whether it was cancelled before the window.
  const [target] = event.composedPath();
  return { target: target instanceof Element ? (target.getAttribute('part') ?? target.localName) : undefined, prevented: event.defaultPrevented };
});
const restorers: (() => void)[] = [];

function forgetTestStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('ahrca-widgets:') && key.includes(TEST_PREFIX)) localStorage.removeItem(key);
  }
}

englishPage({ markdown: true });

afterEach(() => {
  for (const page of pages.splice(0)) page.remove();
  for (const restore of restorers.splice(0).reverse()) restore();
  forgetTestStorage();
});

describe('<ahrca-appeal-banner>', () => {
  describe('ready', () => {
    it('shows the kind, the title as a heading, the ask and the markdown summary', async () => {
      const el = await mount(appeal());
      expect(textOf(part(el, 'kind'))).to.equal('Appeal');
      const title = part(el, 'title')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(textOf(title)).to.equal('For an international investigation of the Andijan events');
      expect(textOf(part(el, 'ask'))).to.equal('Support the demand for an international investigation into the Andijan events of May 2005.');
      const summary = part(el, 'summary')!;
      expect(summary.querySelectorAll('p')).to.have.length(2);
      expect(textOf(summary.querySelector('strong'))).to.equal('with independent experts');
      expect(eventsOf<AhrcaLoadDetail>('ahrca-load')).to.deep.equal([{ source: 'property', stale: false }]);
    });

    it('opens links in the summary safely and loads its images without a referrer', async () => {
      const summary = 'See [the report](https://example.org/report), [our page](/about) and ![A crowd in Andijan](/demo/demo.css).';
      const el = await mount(appeal({ summary }));
      const [external, local] = [...part(el, 'summary')!.querySelectorAll('a')];
      expect([external!.getAttribute('href'), external!.rel, external!.target]).to.deep.equal(['https://example.org/report', 'noopener noreferrer', '_blank']);
      expect([local!.getAttribute('href'), local!.rel, local!.target]).to.deep.equal([new URL('/about', location.href).href, 'noopener noreferrer', '']);
      const image = part(el, 'summary')!.querySelector('img')!;
      expect([image.alt, image.getAttribute('referrerpolicy'), image.getAttribute('loading')]).to.deep.equal(['A crowd in Andijan', 'no-referrer', 'lazy']);
    });

    it('names itself after its title for screen readers', async () => {
      const el = await mount(appeal());
      const article = part(el, 'base')!;
      expect(article.localName).to.equal('article');
      expect(labelledByName(el, article)).to.equal('For an international investigation of the Andijan events');
    });

    it('takes the heading level from heading-level, kept within 1–6', async () => {
      expect(part(await mount(appeal(), { headingLevel: '3' }), 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(part(await mount(appeal(), { headingLevel: '9' }), 'title')!.getAttribute('aria-level')).to.equal('6');
    });

    it('lists addressees and signatories, and the publication date as a <time>', async () => {
      const el = await mount(appeal());
      const details = part(el, 'details')!;
      const [addressees, signatories] = [...details.querySelectorAll('dd')];
      expect(textOf(details.querySelector('dt'))).to.equal('Addressed to');
      expect([...addressees!.querySelectorAll('li')].map(textOf)).to.deep.equal(['The European Union', 'The United Nations']);
      const signatory = signatories!.querySelector('a')!;
      expect(signatory.href).to.equal('https://example.org/ahrca');
      expect(textOf(signatory)).to.equal('Association for Human Rights in Central Asia (opens in a new tab)');
      const published = $(el, '.published time')!;
      expect(published.getAttribute('datetime')).to.equal('2026-05-13');
      expect(textOf(published.parentElement)).to.equal('Published May 13, 2026');
    });

    it('shows the deadline as a <time> with the time left', async () => {
      const deadline = fromNow(165 * DAY + 2 * HOUR);
      const el = await mount(appeal({ deadline }));
      const block = part(el, 'deadline')!;
      expect(block.querySelector('time')!.getAttribute('datetime')).to.equal(deadline);
      expect(textOf(block.querySelector('.countdown'))).to.equal('165 days left');
      expect(markupOf(part(el, 'status'))).to.equal(null);
    });

    it('counts a date-only deadline to the end of that day where the reader is', async () => {
      const el = await mount(appeal({ deadline: localDate(30) }));
      expect(textOf($(el, '.countdown'))).to.equal('30 days left');
    });

    it('says the time left in at most two units, with plurals right', async () => {
      const cases: [number, string][] = [
        [1 * DAY + 5 * HOUR + 30 * SECOND, '1 day, 5 hours left'],
        [3 * HOUR + 20 * MINUTE + 30 * SECOND, '3 hours, 20 minutes left'],
        [1 * HOUR + 1 * MINUTE + 30 * SECOND, '1 hour, 1 minute left'],
        [30 * SECOND, 'less than a minute left'],
      ];
      for (const [left, expected] of cases) {
        const el = await mount(appeal({ deadline: fromNow(left) }));
        expect(textOf($(el, '.countdown')), expected).to.equal(expected);
      }
    });

    it('closes by itself when the deadline passes while the page is open', async () => {
      const el = await mount(appeal({ deadline: fromNow(1200) }));
      expect(textOf($(el, '.countdown'))).to.equal('less than a minute left');
      await waitUntil(() => part(el, 'status') !== null, 'the banner did not close at its deadline', { timeout: 4000 });
      expect(textOf(part(el, 'status'))).to.equal('Closed');
      expect(textOf(part(el, 'deadline'))).to.match(/^The deadline passed on /);
    });

    it('marks closed and succeeded appeals with a status badge', async () => {
      const closed = await mount(appeal({ status: 'closed' }));
      expect(textOf(part(closed, 'status'))).to.equal('Closed');
      expect(textOf(part(closed, 'deadline'))).to.match(/^Deadline /);
      expect(markupOf($(closed, '.countdown'))).to.equal(null);
      const succeeded = await mount(appeal({ status: 'succeeded' }));
      expect(textOf(part(succeeded, 'status'))).to.equal('Succeeded');
    });

    it('shows an open appeal whose deadline has passed as closed', async () => {
      const el = await mount(appeal({ deadline: '2020-01-31' }));
      expect(textOf(part(el, 'status'))).to.equal('Closed');
      expect(textOf(part(el, 'deadline'))).to.equal('The deadline passed on January 31, 2020');
      expect(part(el, 'deadline')!.querySelector('time')!.getAttribute('datetime')).to.equal('2020-01-31');
    });

    it('shows signatures against a goal as a progress bar named by the counts', async () => {
      const el = await mount(appeal());
      const progress = part(el, 'progress') as HTMLProgressElement;
      expect(progress.localName).to.equal('progress');
      expect(progress.max).to.equal(5000);
      expect(progress.value).to.equal(1834);
      expect(labelledByName(el, progress)).to.equal('1,834 of 5,000 signatures');
    });

    it('fills the bar no further than the goal once it is passed', async () => {
      const el = await mount(appeal({ signatures: { count: 6200, goal: 5000 } }));
      expect((part(el, 'progress') as HTMLProgressElement).value).to.equal(5000);
      expect(textOf(part(el, 'signatures'))).to.equal('6,200 of 5,000 signatures');
    });

    it('shows signatures without a goal as a count only', async () => {
      const el = await mount(appeal({ signatures: { count: 1834 } }));
      expect(markupOf(part(el, 'progress'))).to.equal(null);
      expect(textOf(part(el, 'signatures'))).to.equal('1,834 signatures');
      const one = await mount(appeal({ signatures: { count: 1 } }));
      expect(textOf(part(one, 'signatures'))).to.equal('1 signature');
    });

    it('renders actions as safe links; external ones open in a new tab and say so', async () => {
      const el = await mount(appeal());
      const sign = part(el, 'action-sign') as HTMLAnchorElement;
      expect(sign.localName).to.equal('a');
      expect(sign.getAttribute('href')).to.equal(SIGN_URL);
      expect(sign.rel).to.equal('noopener noreferrer');
      expect(sign.target).to.equal('_blank');
      expect(textOf(sign.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
      expect(textOf(sign)).to.equal('Sign (opens in a new tab)');
      expect(textOf(part(el, 'action-read'))).to.equal('Read the full text (opens in a new tab)');
      const group = part(el, 'actions')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Actions');
    });

    it('opens same-site and mailto actions in place', async () => {
      const el = await mount(
        appeal({
          actions: [
            { kind: 'donate', url: '/donate' },
            { kind: 'write', url: 'mailto:office@example.org?subject=Andijan' },
          ],
        }),
      );
      const donate = part(el, 'action-donate') as HTMLAnchorElement;
      expect(donate.href).to.equal(new URL('/donate', location.href).href);
      expect(donate.hasAttribute('target')).to.equal(false);
      expect(donate.rel).to.equal('noopener noreferrer');
      expect(textOf(donate)).to.equal('Donate');
      const write = part(el, 'action-write') as HTMLAnchorElement;
      expect(write.getAttribute('href')).to.equal('mailto:office@example.org?subject=Andijan');
      expect(write.hasAttribute('target')).to.equal(false);
      expect(textOf(write)).to.equal('Write a letter');
    });

    it('uses an action label from the data, in the reader’s language', async () => {
      const data = appeal({ actions: [{ kind: 'sign', url: SIGN_URL, label: { en: 'Sign the petition', ru: 'Подписать петицию' } }] });
      expect(textOf(part(await mount(data), 'action-sign'))).to.equal('Sign the petition (opens in a new tab)');
      expect(textOf(part(await mount(data, { lang: 'ru' }), 'action-sign'))).to.equal('Подписать петицию (откроется в новой вкладке)');
    });

    it('makes share a button, not a link', async () => {
      const el = await mount(appeal());
      const share = part(el, 'action-share')!;
      expect(share.localName).to.equal('button');
      expect(share.getAttribute('type')).to.equal('button');
      expect(textOf(share)).to.equal('Share');
    });

    it('links related prisoners to their profiles', async () => {
      const el = await mount(appeal());
      const related = part(el, 'related')!;
      expect(textOf(related.querySelector('.related-label'))).to.equal('Related prisoners');
      expect(labelledByName(el, related.querySelector('ul')!)).to.equal('Related prisoners');
      const link = related.querySelector('a')!;
      expect(link.href).to.equal(PRISONER_URL);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal('Sample profile A (fictional) (opens in a new tab)');
    });

    it('shows a name without a link as plain text', async () => {
      const el = await mount(appeal({ relatedPrisoners: [{ name: 'No profile yet' }] }));
      const item = part(el, 'related')!.querySelector('li')!;
      expect(markupOf(item.querySelector('a'))).to.equal(null);
      expect(textOf(item)).to.equal('No profile yet');
    });

    it('has no axe violations', async () => {
      await expect(await mount(appeal(), { dismissible: true })).to.be.accessible();
    });
  });

  describe('layouts', () => {
    for (const layout of ['inline', 'bar', 'floating']) {
      it(`${layout} renders the title and its actions, with no axe violations`, async () => {
        const el = await mount(appeal(), { layout, dismissible: true });
        expect(el.getAttribute('layout')).to.equal(layout);
        expect(textOf(part(el, 'title'))).to.equal('For an international investigation of the Andijan events');
        expect(part(el, 'action-sign')).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('inline is the default and shows everything', async () => {
      const el = await mount(appeal());
      expect(el.layout).to.equal('inline');
      for (const name of ['summary', 'details', 'related', 'deadline', 'signatures']) expect(part(el, name), name).not.to.equal(null);
    });

    it('bar keeps to one strip: the first action only, no summary, details or related', async () => {
      const el = await mount(appeal(), { layout: 'bar' });
      expect($$(el, '[part~="action"]').map((action) => action.getAttribute('part'))).to.deep.equal(['action action-sign']);
      for (const name of ['summary', 'details', 'related']) expect(markupOf(part(el, name)), name).to.equal(null);
      // The bar hides the count, so the progress bar's own name must still say it.
      expect(labelledByName(el, part(el, 'progress')!)).to.equal('1,834 of 5,000 signatures');
    });

    it('floating is fixed to the viewport', async () => {
      const el = await mount(appeal(), { layout: 'floating' });
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(getComputedStyle(await mount(appeal())).position).to.equal('static');
    });
  });

  describe('languages', () => {
    it('speaks Russian when the element has lang="ru"', async () => {
      const el = await mount(appeal(), { lang: 'ru' });
      expect(textOf(part(el, 'kind'))).to.equal('Обращение');
      expect(textOf($(el, '.countdown'))).to.equal('Осталось: 165 дней');
      expect(textOf($(el, '#signatures-label'))).to.equal(`1${NBSP}834 подписи из 5${NBSP}000`);
      expect(textOf(part(el, 'action-sign'))).to.equal('Подписать (откроется в новой вкладке)');
      expect(textOf($(el, '.published'))).to.equal('Опубликовано: 13 мая 2026 г.');
      expect(part(el, 'actions')!.getAttribute('aria-label')).to.equal('Действия');
    });

    it('speaks the language of the nearest ancestor with lang', async () => {
      const wrapper = await mountPage(
        html`<section lang="ru">
          <div><ahrca-appeal-banner .data=${appeal()}></ahrca-appeal-banner></div>
        </section>`,
      );
      const [el] = banners(wrapper);
      expect(textOf(part(el!, 'kind'))).to.equal('Обращение');
      expect(textOf(part(el!, 'related')!.querySelector('.related-label'))).to.equal('Заключённые, упомянутые в обращении');
    });

    it('picks the Russian content and marks it lang="ru"', async () => {
      const el = await mount(appeal(), { lang: 'ru' });
      const title = part(el, 'title')!.querySelector('[lang]')!;
      expect(title.getAttribute('lang')).to.equal('ru');
      expect(textOf(title)).to.equal('За международное расследование андижанских событий');
      expect(part(el, 'summary')!.getAttribute('lang')).to.equal('ru');
      expect(textOf(part(el, 'summary')!.querySelector('strong'))).to.equal('с участием независимых экспертов');
      const addressee = part(el, 'details')!.querySelector('li [lang]')!;
      expect([addressee.getAttribute('lang'), textOf(addressee)]).to.deep.equal(['ru', 'Европейский союз']);
    });

    it('falls back to English content, marked lang="en", when a field has no Russian', async () => {
      const el = await mount(appeal({ ask: { en: 'Only in English.' } }), { lang: 'ru' });
      const ask = part(el, 'ask')!.querySelector('[lang]')!;
      expect([ask.getAttribute('lang'), textOf(ask)]).to.deep.equal(['en', 'Only in English.']);
    });

    it('does not mark its own UI as in an unknown language (no lang="" on the host)', async () => {
      const wrapper = await mountPage(
        html`<div lang="ru">
          <ahrca-appeal-banner .data=${appeal()}></ahrca-appeal-banner>
          <ahrca-appeal-banner src=${sampleUrl()}></ahrca-appeal-banner>
        </div>`,
      );
      const [fromData, fromSrc] = banners(wrapper);
      await oneEvent(fromSrc!, 'ahrca-load');
      await fromSrc!.updateComplete;
      // lang="" makes the host's subtree "language unknown", hiding the page's ru from screen readers.
      expect(fromData!.getAttribute('lang'), 'data').not.to.equal('');
      expect(fromSrc!.getAttribute('lang'), 'src').not.to.equal('');
    });

    it('keeps two banners in different languages on one page apart', async () => {
      const data = appeal();
      const wrapper = await mountPage(
        html`<div>
          <div lang="ru"><ahrca-appeal-banner .data=${data}></ahrca-appeal-banner></div>
          <div lang="en"><ahrca-appeal-banner .data=${data}></ahrca-appeal-banner></div>
        </div>`,
      );
      const [russian, english] = banners(wrapper);
      expect(textOf(part(russian!, 'kind'))).to.equal('Обращение');
      expect(textOf(part(russian!, 'title'))).to.equal('За международное расследование андижанских событий');
      expect(textOf(part(english!, 'kind'))).to.equal('Appeal');
      expect(textOf(part(english!, 'title'))).to.equal('For an international investigation of the Andijan events');
      expect(textOf($(english!, '#signatures-label'))).to.equal('1,834 of 5,000 signatures');
    });
  });

  describe('dismissible', () => {
    it('has a dismiss button named after the appeal', async () => {
      const el = await mount(appeal(), { dismissible: true });
      const dismiss = part(el, 'dismiss')!;
      expect(dismiss.localName).to.equal('button');
      expect(dismiss.getAttribute('aria-label')).to.equal('Hide this appeal: For an international investigation of the Andijan events');
      expect(markupOf(part(await mount(appeal()), 'dismiss'))).to.equal(null);
    });

    it('hides the banner on click, tells the host and remembers it for that appeal only', async () => {
      const data = appeal();
      const el = await mount(data, { dismissible: true });
      part(el, 'dismiss')!.click();
      await el.updateComplete;
      expect(markupOf(part(el, 'base'))).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'dismiss' }]);

      const again = await mount(data, { dismissible: true });
      expect(markupOf(part(again, 'base')), 'the same appeal came back').to.equal(null);
      const other = await mount(appeal(), { dismissible: true });
      expect(part(other, 'base'), 'another appeal was hidden too').not.to.equal(null);
    });

    // ' ' rather than 'Space': Firefox's WebDriver BiDi knows keys by the character they type.
    for (const [name, key] of [
      ['Enter', 'Enter'],
      ['Space', ' '],
    ]) {
      it(`hides the banner with the keyboard (${name})`, async () => {
        const el = await mount(appeal(), { dismissible: true });
        part(el, 'dismiss')!.focus();
        await sendKeys({ press: key! });
        await el.updateComplete;
        expect(markupOf(part(el, 'base'))).to.equal(null);
        expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'dismiss' }]);
      });
    }

    it('stays when the host cancels the ahrca-action event', async () => {
      const data = appeal();
      const el = await mount(data, { dismissible: true });
      el.addEventListener('ahrca-action', (event) => event.preventDefault());
      part(el, 'dismiss')!.click();
      await el.updateComplete;
      expect(part(el, 'base')).not.to.equal(null);
      expect(localStorage.getItem(`ahrca-widgets:dismissed:${data.id as string}`)).to.equal(null);
      expect(part(await mount(data, { dismissible: true }), 'base')).not.to.equal(null);
    });
  });

  describe('share', () => {
    beforeEach(() => stubNavigator('share', undefined));

    it('copies the link where there is no share sheet and says so in a status region', async () => {
      const written = stubClipboard('works');
      const el = await mount(appeal());
      part(el, 'action-share')!.click();
      await waitUntil(() => textOf(part(el, 'notice')) !== '', 'no notice appeared');
      const notice = part(el, 'notice')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(textOf(notice)).to.equal('Link copied');
      expect(written).to.deep.equal([SHARE_URL]);
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'share', url: SHARE_URL }]);
    });

    it('shows the link to copy by hand when the clipboard refuses', async () => {
      stubClipboard('fails');
      const el = await mount(appeal());
      part(el, 'action-share')!.click();
      await waitUntil(() => textOf(part(el, 'notice')) !== '', 'no notice appeared');
      expect(textOf(part(el, 'notice'))).to.equal(`Copy this link: ${SHARE_URL}`);
    });

    it('says it in the reader’s language', async () => {
      stubClipboard('works');
      const el = await mount(appeal(), { lang: 'ru' });
      part(el, 'action-share')!.click();
      await waitUntil(() => textOf(part(el, 'notice')) !== '', 'no notice appeared');
      expect(textOf(part(el, 'notice'))).to.equal('Ссылка скопирована');
    });

    it('shares the appeal’s own url when the share action has none', async () => {
      const written = stubClipboard('works');
      const el = await mount(appeal({ url: 'https://example.org/ahrca/own-page', actions: [{ kind: 'share' }] }));
      part(el, 'action-share')!.click();
      await waitUntil(() => written.length > 0, 'nothing was copied');
      expect(written).to.deep.equal(['https://example.org/ahrca/own-page']);
    });

    it('uses the system share sheet where there is one', async () => {
      const shared: ShareData[] = [];
      stubNavigator('share', (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      });
      const written = stubClipboard('works');
      const el = await mount(appeal());
      part(el, 'action-share')!.click();
      await waitUntil(() => shared.length > 0, 'the share sheet was not opened');
      expect(shared).to.deep.equal([{ title: 'For an international investigation of the Andijan events', url: SHARE_URL }]);
      // The banner's step after the share sheet was queued before this test's: it has run.
      await el.updateComplete;
      expect(written).to.deep.equal([]);
      expect(textOf(part(el, 'notice'))).to.equal('');
    });

    it('says nothing when the reader closes the share sheet', async () => {
      let asked = false;
      stubNavigator('share', () => {
        asked = true;
        return Promise.reject(new DOMException('Share canceled', 'AbortError'));
      });
      const el = await mount(appeal());
      part(el, 'action-share')!.click();
      await waitUntil(() => asked, 'the share sheet was not opened');
      // The banner's handling of the refusal was queued before this test's step: its render is the next update.
      await el.updateComplete;
      expect(textOf(part(el, 'notice'))).to.equal('');
    });

    it('leaves sharing to the host when it cancels ahrca-action', async () => {
      const written = stubClipboard('works');
      const el = await mount(appeal());
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('ahrca-action', cancel);
      part(el, 'action-share')!.click();
      // A second click, not cancelled, copies (no share sheet here); a copy by the first would have come before it.
      el.removeEventListener('ahrca-action', cancel);
      part(el, 'action-share')!.click();
      await waitUntil(() => written.length > 0, 'the second click did not copy');
      await el.updateComplete;
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([
        { action: 'share', url: SHARE_URL },
        { action: 'share', url: SHARE_URL },
      ]);
      expect(written).to.deep.equal([SHARE_URL]);
      expect(textOf(part(el, 'notice')), 'the second click’s notice only').to.equal('Link copied');
    });
  });

  describe('action links', () => {
    it('tell the host which action and where it leads, and let the link work', async () => {
      const el = await mount(appeal());
      part(el, 'action-sign')!.click();
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'sign', url: SIGN_URL }]);
      expect(clicks).to.deep.equal([{ target: 'action action-sign', prevented: false }]);
    });

    it('do not navigate when the host cancels ahrca-action', async () => {
      const el = await mount(appeal());
      el.addEventListener('ahrca-action', (event) => event.preventDefault());
      part(el, 'action-read')!.click();
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'read', url: READ_URL }]);
      expect(clicks).to.deep.equal([{ target: 'action action-read', prevented: true }]);
    });
  });

  describe('keyboard', () => {
    async function mountBetweenButtons(data: Data): Promise<{ el: AhrcaAppealBanner; before: HTMLButtonElement; after: HTMLButtonElement }> {
      const wrapper = await mountPage(
        html`<div>
          <button id="before">Before</button>
          <ahrca-appeal-banner dismissible .data=${data}></ahrca-appeal-banner>
          <button id="after">After</button>
        </div>`,
      );
      return {
        el: banners(wrapper)[0]!,
        before: wrapper.querySelector<HTMLButtonElement>('#before')!,
        after: wrapper.querySelector<HTMLButtonElement>('#after')!,
      };
    }

    it('Tab reaches the dismiss button, every link and every action in reading order', async () => {
      const { el, before, after } = await mountBetweenButtons(appeal());
      const expected = [
        part(el, 'dismiss'),
        part(el, 'details')!.querySelector('a'),
        part(el, 'action-sign'),
        part(el, 'action-read'),
        part(el, 'action-share'),
        part(el, 'related')!.querySelector('a'),
      ];
      before.focus();
      const reached: (Element | null)[] = [];
      for (let step = 0; step < expected.length; step++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement);
      }
      expect(reached.map(markupOf)).to.deep.equal(expected.map(markupOf));
      expect(reached.every((node, index) => node === expected[index])).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, 'focus did not leave the banner').to.equal(true);
    });

    it('Enter follows an action link', async () => {
      const { el, before } = await mountBetweenButtons(appeal({ signatories: [], relatedPrisoners: [] }));
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(markupOf(el.shadowRoot!.activeElement)).to.equal(markupOf(part(el, 'action-sign')));
      await sendKeys({ press: 'Enter' });
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'sign', url: SIGN_URL }]);
      expect(clicks.map((click) => click.target)).to.deep.equal(['action action-sign']);
    });

    it('Enter on share copies the link', async () => {
      stubNavigator('share', undefined);
      const written = stubClipboard('works');
      const { el } = await mountBetweenButtons(appeal());
      part(el, 'action-share')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(part(el, 'notice')) === 'Link copied', 'no notice appeared');
      expect(written).to.deep.equal([SHARE_URL]);
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while the data loads, then the banner', async () => {
      const el = await fixture<AhrcaAppealBanner>(html`<ahrca-appeal-banner src=${sampleUrl()}></ahrca-appeal-banner>`);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton, 'no skeleton before the data arrived').not.to.equal(null);
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(skeleton.querySelector('[role="status"]'))).to.equal('Loading…');
      const loaded = await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      expect((loaded.detail as AhrcaLoadDetail).stale).to.equal(false);
      expect(markupOf(part(el, 'skeleton'))).to.equal(null);
      expect(textOf(part(el, 'title'))).to.equal('For an international investigation of the Andijan events');
    });

    for (const layout of ['inline', 'bar']) {
      it(`keeps the ${layout} skeleton within 30% of the banner's height, so nothing jumps`, async () => {
        const el = await fixture<AhrcaAppealBanner>(
          html`<ahrca-appeal-banner style="inline-size: 40rem" layout=${layout} src=${sampleUrl()}></ahrca-appeal-banner>`,
        );
        expect(part(el, 'skeleton')).not.to.equal(null);
        const loading = el.getBoundingClientRect().height;
        await oneEvent(el, 'ahrca-load');
        await el.updateComplete;
        const ready = el.getBoundingClientRect().height;
        expect(Math.abs(loading - ready) / ready, `skeleton ${loading}px, banner ${ready}px`).to.be.at.most(0.3);
      });
    }

    it('keeps the floating box off the screen until its appeal is here, saying only that it loads', async () => {
      const el = await fixture<AhrcaAppealBanner>(html`<ahrca-appeal-banner layout="floating" src=${sampleUrl()}></ahrca-appeal-banner>`);
      const skeleton = part(el, 'skeleton')!;
      expect(textOf(skeleton.querySelector('[role="status"]'))).to.equal('Loading…');
      // A box of guessed height over the story would cover it and then change size (a layout shift).
      expect(el.getBoundingClientRect().height).to.equal(0);
      await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.above(100);
    });

    for (const [name, data] of [
      ['{}', {}],
      ['null', null],
    ] as const) {
      it(`shows the empty state for ${name}`, async () => {
        const el = await mount(data);
        expect(textOf(part(el, 'empty'))).to.equal('Nothing to show yet.');
        expect(eventsOf('ahrca-error')).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    const invalid: [string, Data, string][] = [
      ['a wrong type', appeal({ signatures: { count: 'many' } }), 'signatures.count: expected a number'],
      ['a missing title', appeal({ title: undefined }), 'title: is required'],
      ['an unknown kind', appeal({ kind: 'petitionx' }), 'kind: expected one of appeal'],
      ['a date that is not one', appeal({ deadline: 'soon' }), 'deadline: expected a date'],
    ];
    for (const [name, data, path] of invalid) {
      it(`refuses ${name}, naming the field, and shows the fallback content`, async () => {
        const logged = captureConsole('error');
        const el = await fixture<AhrcaAppealBanner>(
          html`<ahrca-appeal-banner .data=${data}>
            <p id="fallback">Read the <a href="https://example.org/ahrca/andijan-appeal">appeal on our site</a>.</p>
          </ahrca-appeal-banner>`,
        );
        const errors = eventsOf<AhrcaErrorDetail>('ahrca-error');
        expect(errors).to.have.length(1);
        expect(errors[0]!.reason).to.equal('invalid-data');
        expect(errors[0]!.message).to.include(path);
        expect(logged.join('\n')).to.include(path);

        const box = part(el, 'error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(textOf(box)).to.equal('This content has errors and cannot be shown.');
        const fallback = el.querySelector('#fallback')!;
        expect(box.querySelector('slot')!.assignedElements().map(markupOf)).to.deep.equal([markupOf(fallback)]);
        const box2 = fallback.getBoundingClientRect();
        expect(box2.width * box2.height, 'fallback content is not visible').to.be.above(0);
        expect(eventsOf('ahrca-load')).to.deep.equal([]);
        expect(pageProblems).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('says the error in the reader’s language', async () => {
      captureConsole('error');
      const el = await mount(appeal({ kind: 'petitionx' }), { lang: 'ru' });
      expect(textOf(part(el, 'error'))).to.equal('В данных есть ошибки, показать их нельзя.');
    });

    it('says the content could not be loaded when the source is missing', async () => {
      captureConsole('error');
      const el = await fixture<AhrcaAppealBanner>(
        html`<ahrca-appeal-banner src="/test/fixtures/${TEST_PREFIX}missing.json" retries="0">
          <p>Fallback</p>
        </ahrca-appeal-banner>`,
      );
      const failed = await oneEvent(el, 'ahrca-error');
      await el.updateComplete;
      expect((failed.detail as AhrcaErrorDetail).reason).to.equal('http');
      expect(textOf(part(el, 'error'))).to.equal('This content could not be loaded.');
      expect(pageProblems).to.deep.equal([]);
    });
  });

  describe('hostile data', () => {
    const SUMMARY = [
      `# ${SCRIPT}`,
      `${IMG} and ${SVG}`,
      `[js](javascript:${PWN}) [mixed](JaVaScRiPt:${PWN}) [tab](<\tjavascript:${PWN}>) [vb](vbscript:msgbox(1))`,
      `[data](data:text/html,%3Cscript%3E${PWN}%3C/script%3E) <javascript:${PWN}> ![pic](/demo/demo.css "x onerror=${PWN}")`,
      `${IFRAME} ${STYLE}`,
      BROKEN,
    ].join('\n\n');

    /**
     * Every text field holds markup, every URL field a spelling that looks like a script URL to a
     * person but that the browser's parser reads as a path on this site: the schema, which reads
     * URLs as that parser does, lets it through. (Spellings it reads as a script are refused, below.)
     */
    function hostileAppeal(): Data {
      return appeal({
        title: { en: IMG, ru: SVG },
        ask: { en: SCRIPT, ru: IFRAME },
        summary: { en: SUMMARY, ru: SUMMARY.replaceAll('pic', 'картинка') },
        url: `java\u0001script:${PWN}`,
        addressees: [SCRIPT, { en: SVG, ru: IMG }, BROKEN],
        signatories: [
          { name: IFRAME, url: `\u00a0javascript:${PWN}` },
          { name: { en: STYLE, ru: BROKEN }, url: 'https://example.org/ahrca' },
        ],
        actions: [
          { kind: 'sign', url: `jav&#x09;ascript:${PWN}`, label: IMG },
          { kind: 'read', url: `java\u0000script:${PWN}`, label: { en: SVG, ru: IMG } },
          { kind: 'donate', url: '&#106;avascript:alert(1)', label: SCRIPT },
          { kind: 'share', url: `javascript&colon;${PWN}`, label: SCRIPT },
          { kind: 'write', url: `mailto:office@example.org?body=${encodeURIComponent(SCRIPT)}`, label: { en: SVG, ru: SVG } },
        ],
        relatedPrisoners: [
          { name: BROKEN, url: `JAVA\u200bSCRIPT:${PWN}` },
          { name: { en: IMG, ru: SCRIPT }, url: '//example.org/prisoner' },
        ],
      });
    }

    async function expectHarmless(el: AhrcaAppealBanner): Promise<void> {
      const root = el.shadowRoot!;
      await imagesSettled(root);
      expect(window.__ahrcaPwned, 'a payload ran').to.equal(undefined);
      expect(markupOf(root.querySelector('script, iframe, frame, object, embed, style, form, input, base, meta, link, [srcdoc], [style]'))).to.equal(null);
      for (const svg of root.querySelectorAll('svg')) expect(svg.closest('[part~="dismiss"]'), svg.outerHTML).not.to.equal(null);
      for (const element of root.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) {
          expect(name.startsWith('on'), `${name} on <${element.localName}>`).to.equal(false);
          if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster'].includes(name)) {
            const value = element.getAttribute(name)!;
            expect(
              ALLOWED_SCHEMES.some((scheme) => value.startsWith(scheme)),
              `${name}="${value}"`,
            ).to.equal(true);
            expect(ALLOWED_SCHEMES).to.include(new URL(value).protocol);
          }
        }
        if (element.localName === 'a' && element.getAttribute('target') === '_blank') {
          expect(element.getAttribute('rel'), element.outerHTML).to.equal('noopener noreferrer');
        }
      }
      expect(pageProblems).to.deep.equal([]);
    }

    for (const lang of ['en', 'ru']) {
      it(`shows markup in every text field as literal text (${lang})`, async () => {
        const el = await mount(hostileAppeal(), { lang, dismissible: true });
        expect(part(el, 'base'), 'the banner did not render').not.to.equal(null);
        await expectHarmless(el);
        const ru = lang === 'ru';
        expect(textOf(part(el, 'title'))).to.equal(ru ? SVG : IMG);
        expect(textOf(part(el, 'ask'))).to.equal(squash(ru ? IFRAME : SCRIPT));
        expect([...part(el, 'details')!.querySelectorAll('dd')[0]!.querySelectorAll('li')].map(textOf)).to.deep.equal(
          [SCRIPT, ru ? IMG : SVG, BROKEN].map(squash),
        );
        expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal(`${ru ? 'Скрыть обращение' : 'Hide this appeal'}: ${ru ? SVG : IMG}`);
        const summary = textOf(part(el, 'summary'));
        for (const payload of [SCRIPT, IMG, SVG]) expect(summary).to.include(payload);
        expect(textOf(part(el, 'action-write'))).to.include(SVG);
        expect(textOf(part(el, 'related'))).to.include(ru ? SCRIPT : IMG);
      });
    }

    it('links what only looks like a script URL as the harmless path on this site that the browser reads', async () => {
      const el = await mount(hostileAppeal());
      await expectHarmless(el);
      // An entity, a control character, a no-break or zero-width space in or before the scheme makes it a path.
      const origins = (links: Iterable<Element>) => [...links].map((link) => (link as HTMLAnchorElement).origin);
      expect(origins(part(el, 'details')!.querySelectorAll('a'))).to.deep.equal([location.origin, 'https://example.org']);
      for (const kind of ['sign', 'read', 'donate']) expect((part(el, `action-${kind}`) as HTMLAnchorElement).origin).to.equal(location.origin);
      expect(origins(part(el, 'related')!.querySelectorAll('a'))).to.deep.equal([location.origin, 'http://example.org']);
    });

    it('is harmless in the bar and floating layouts too', async () => {
      for (const layout of ['bar', 'floating']) {
        const el = await mount(hostileAppeal(), { layout, dismissible: true });
        await expectHarmless(el);
        expect(textOf(part(el, 'title'))).to.equal(IMG);
      }
    });

    const SCRIPT_URLS = [
      `javascript:${PWN}`,
      `JaVaScRiPt:${PWN}`,
      `\tjavascript:${PWN}`,
      ` javascript:${PWN}`,
      // Tabs and newlines inside the scheme, which browsers drop (issue #16).
      `java\tscript:${PWN}`,
      `java\nscript:${PWN}`,
      `JAVA\rSCRIPT:${PWN}`,
      `data:text/html,<script>${PWN}</script>`,
      'vbscript:msgbox(1)',
    ];
    for (const url of SCRIPT_URLS) {
      it(`refuses ${JSON.stringify(url.slice(0, 16))}… in every URL field, naming each`, async () => {
        captureConsole('error');
        const data = appeal({
          url,
          signatories: [{ name: 'Org', url }],
          actions: [
            { kind: 'sign', url },
            { kind: 'share', url },
          ],
          relatedPrisoners: [{ name: 'Person', url }],
        });
        const el = await mount(data);
        await expectHarmless(el);
        expect(markupOf(part(el, 'base'))).to.equal(null);
        expect(part(el, 'error')).not.to.equal(null);
        const [error] = eventsOf<AhrcaErrorDetail>('ahrca-error');
        for (const path of ['url', 'signatories[0].url', 'actions[0].url', 'actions[1].url', 'relatedPrisoners[0].url']) {
          expect(error!.message).to.include(`${path}: expected an http(s), mailto or tel URL`);
        }
      });
    }
  });

  describe('themes', () => {
    const background = (el: AhrcaAppealBanner) => getComputedStyle(part(el, 'base')!).backgroundColor;

    for (const theme of ['light', 'dark', 'auto']) {
      it(`has no axe violations with theme="${theme}"`, async () => {
        for (const layout of ['inline', 'bar']) {
          await expect(await mount(appeal({ status: 'succeeded' }), { theme, layout, dismissible: true })).to.be.accessible();
        }
      });
    }

    it('dark theme changes the colours', async () => {
      const light = background(await mount(appeal(), { theme: 'light' }));
      const dark = background(await mount(appeal(), { theme: 'dark' }));
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).not.to.equal(light);
    });

    it('auto follows the reader’s dark setting, with no axe violations', async function () {
      // Colour-scheme emulation needs CDP; Firefox runs over WebDriver BiDi, which has none yet.
      if (!navigator.userAgent.includes('Chrome/')) this.skip();
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch (error) {
        console.info(`prefers-color-scheme cannot be emulated here: ${String(error)}`);
        this.skip();
      }
      try {
        const auto = await mount(appeal(), { theme: 'auto' });
        expect(background(auto)).to.equal(background(await mount(appeal(), { theme: 'dark' })));
        expect(background(await mount(appeal(), { theme: 'light' }))).to.equal('rgb(255, 255, 255)');
        await expect(auto).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('blocked storage', () => {
    it('still loads from src and can be dismissed when localStorage throws', async () => {
      restorers.push(blockStorage());

      const el = await fixture<AhrcaAppealBanner>(html`<ahrca-appeal-banner dismissible src=${sampleUrl()}></ahrca-appeal-banner>`);
      await oneEvent(el, 'ahrca-load');
      await el.updateComplete;
      expect(textOf(part(el, 'title'))).to.equal('For an international investigation of the Andijan events');
      part(el, 'dismiss')!.click();
      await el.updateComplete;
      expect(markupOf(part(el, 'base'))).to.equal(null);
      expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'dismiss' }]);
      expect(pageProblems).to.deep.equal([]);
    });
  });

  describe('registration', () => {
    it('is defined as <ahrca-appeal-banner>', () => {
      expect(customElements.get(TAG)).to.equal(AhrcaAppealBanner);
      expect(document.createElement(TAG) instanceof AhrcaAppealBanner).to.equal(true);
    });

    it('a second definition of the tag warns and keeps the first', () => {
      const warnings = captureConsole('warn');
      expect(() => defineElement(TAG, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(TAG)).to.equal(AhrcaAppealBanner);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${TAG}>`);
      expect(() => defineElement(TAG, AhrcaAppealBanner)).not.to.throw();
      expect(warnings).to.have.length(1);
    });
  });
});

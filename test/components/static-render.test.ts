/**
 * Issue #23: each widget's static render read with JavaScript off (see test/helpers/static-render.ts
 * for how scripts are off): all its content, in English, Russian and Kazakh, light and dark, and no
 * axe violations.
 */
import { expect } from '@open-wc/testing';
import { demoData, demoJob, frame, pageOf, renderAll, PERSON, textOf, widgetIn, WIDGETS, type Payload, type Widget } from '../helpers/static-render.js';

const LANGS = ['en', 'ru', 'kk'];
const THEMES = ['light', 'dark'];
const rendered = new Map<string, string>();
const keyOf = (widget: Widget, lang: string, theme: string) => `${widget} ${lang} ${theme}`;
let data: Record<Widget, Payload>;
let longTimeline: string;

async function shown(widget: Widget, lang: string, theme: string) {
  const html = rendered.get(keyOf(widget, lang, theme));
  expect(html, keyOf(widget, lang, theme)).to.be.a('string');
  return widgetIn(await frame(pageOf(html!, lang, theme)), widget);
}

const visibleText = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="base"]')?.innerText ?? '';

before(async function () {
  this.timeout(240_000);
  data = await demoData();
  const jobs = WIDGETS.flatMap((widget) => LANGS.flatMap((lang) => THEMES.map((theme) => demoJob(data, widget, lang, theme))));
  // A long timeline: checked in slices and windowed in a browser, whole here.
  const events = Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, date: `${1900 + Math.floor(i / 6)}-01-0${(i % 6) + 1}`, title: `Event ${i + 1}` }));
  jobs.push({ payload: { title: 'Long', events }, options: { widget: 'timeline', lang: 'en', theme: 'light' } });
  const results = await renderAll(jobs);
  longTimeline = results.pop()!.html!;
  results.forEach((result, i) => {
    const { widget, lang, theme } = jobs[i]!.options;
    expect(result.error, keyOf(widget, lang!, theme!)).to.equal(undefined);
    rendered.set(keyOf(widget, lang!, theme!), result.html!);
  });
});

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  document.querySelector('#axe-copy')?.remove();
});

describe('static render, JavaScript off', function () {
  this.timeout(60_000);

  for (const lang of LANGS) {
    for (const theme of THEMES) {
      describe(`${lang}, ${theme}`, () => {
        it('the timeline shows every event, oldest first, under its year', async () => {
          const events = data.timeline.events as { title: unknown }[];
          const el = await shown('timeline', lang, theme);
          const titles = [...el.shadowRoot.querySelectorAll<HTMLElement>('[part="event-title"]')];
          expect(titles.map((title) => title.innerText.trim()).sort()).to.deep.equal(events.map((event) => textOf(event.title, lang)).sort());
          for (const title of titles) expect(title.getBoundingClientRect().height, title.innerText).to.be.above(0);
          const eventYears = [...el.shadowRoot.querySelectorAll('[part="event"]')].map((event) =>
            event.querySelector('[part="date"] time')!.getAttribute('datetime')!.slice(0, 4),
          );
          expect(eventYears).to.deep.equal([...eventYears].sort());
          const years = [...el.shadowRoot.querySelectorAll<HTMLElement>('[part="year"]')].map((year) => year.innerText.trim());
          expect(years).to.deep.equal([...new Set(eventYears)]);
          // Search needs a script: it is there, so nothing moves when the element takes over, but inert.
          expect(el.shadowRoot.querySelector('[part="search"]')).to.have.property('disabled', true);
        });

        it('the card shows the whole profile', async () => {
          const person = (data['prisoner-card'].people as Payload[]).find((candidate) => candidate.id === PERSON)!;
          const el = await shown('prisoner-card', lang, theme);
          expect(visibleText(el.shadowRoot)).to.include(textOf(person.name, lang));
          for (const part of ['name', 'facts', 'summary', 'letters']) {
            const node = el.shadowRoot.querySelector<HTMLElement>(`[part~="${part}"]`);
            expect(node, part).to.not.equal(null);
            expect(node!.getBoundingClientRect().height, part).to.be.above(0);
          }
        });

        it('the list shows all 2,000 people', async () => {
          const el = await shown('prisoner-list', lang, theme);
          const tiles = el.shadowRoot.querySelectorAll('[part="grid"] > *');
          expect(tiles.length).to.equal(2000);
          expect(el.shadowRoot.querySelector('[part="more"]')).to.equal(null);
          expect(tiles[1999]!.getBoundingClientRect().height).to.be.above(0);
        });

        it('the appeal shows its actions as plain links', async () => {
          const appeal = data['appeal-banner'];
          const el = await shown('appeal-banner', lang, theme);
          expect(visibleText(el.shadowRoot)).to.include(textOf(appeal.title, lang));
          const links = [...el.shadowRoot.querySelectorAll<HTMLAnchorElement>('[part~="action"]')].filter((action) => action.localName === 'a');
          // Sharing needs a script: it is the one action that is a button, and it is disabled.
          const withUrls = (appeal.actions as { kind: string; url?: string }[]).filter((action) => action.url && action.kind !== 'share');
          expect(links.map((link) => link.href)).to.deep.equal(withUrls.map((action) => new URL(action.url!).href));
          for (const button of el.shadowRoot.querySelectorAll('button')) {
            expect(button.disabled, button.textContent!).to.equal(true);
            // …and looks it: greyed, not a button that seems to work.
            expect(Number(getComputedStyle(button).opacity), button.textContent!).to.be.below(1);
          }
        });
      });
    }
  }

  it('a timeline of 600 events shows all 600, oldest first', async () => {
    const el = widgetIn(await frame(pageOf(longTimeline, 'en', 'light')), 'timeline');
    const titles = [...el.shadowRoot.querySelectorAll<HTMLElement>('[part="event-title"]')].map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal(Array.from({ length: 600 }, (_, i) => `Event ${i + 1}`));
  });

  for (const widget of WIDGETS) {
    for (const theme of THEMES) {
      it(`${widget}, ${theme}: no axe violations`, async () => {
        const page = new DOMParser().parseFromString(pageOf(rendered.get(keyOf(widget, 'ru', theme))!, 'ru', theme), 'text/html');
        const copy = document.createElement('div');
        copy.id = 'axe-copy';
        copy.style.background = theme === 'dark' ? '#16181d' : '#ffffff';
        copy.lang = 'ru';
        // The same markup with its declarative shadow root attached; this page defines no ahrca element.
        copy.setHTMLUnsafe(page.querySelector('main')!.innerHTML);
        if (widget === 'prisoner-list') {
          // 2,000 tiles of one shape: axe checks the first 20 as well as all of them, in a tenth of the time.
          const grid = copy.firstElementChild!.shadowRoot!.querySelector('[part="grid"]')!;
          while (grid.children.length > 20) grid.lastElementChild!.remove();
        }
        document.body.append(copy);
        expect(customElements.get(`ahrca-${widget}`)).to.equal(undefined);
        await expect(copy.firstElementChild).to.be.accessible();
      });
    }
  }
});

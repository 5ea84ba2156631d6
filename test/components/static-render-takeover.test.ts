/**
 * Issue #23: with JavaScript on, the element takes over its static render (the render's own CSS,
 * TAKE_OVER_CSS in src/tools/render.ts) from the data the render carries: the same text (dates
 * written by Node as the browser writes them), nothing moves (CLS 0 where the browser measures
 * layout shifts, and the same boxes to the pixel everywhere), and no request for the data; in
 * English, Russian and Kazakh, on a phone and a desktop.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { demoData, demoJob, frame, pageOf, renderAll, widgetIn, type Payload, type RenderJob, type Widget } from '../helpers/static-render.js';

const TAKEN_OVER: readonly Widget[] = ['timeline', 'prisoner-card', 'prisoner-list', 'appeal-banner'];
const LANGS = ['en', 'ru', 'kk'];
const WIDTHS = [375, 800];

/**
 * Every kind of date a timeline writes: deep time (compact numbers), years before the common era,
 * a day before year 1, date-times (the clock as recorded), a day, a month and a year alone.
 */
const DATES_TIMELINE: Payload = {
  title: 'Dates',
  events: ['-13800000000', '-538800000', '-3500', '-0044-03-15', '1917-11-07T10:00+03:00', '2005-05-13T18:00+05:00', '2005-05-14', '2005-05', '2006'].map(
    (date, index) => ({ id: `d${index}`, date, title: `Event ${index + 1}` }),
  ),
};

const rendered = new Map<string, string>();
const keyOf = (name: string, lang: string) => `${name} ${lang}`;

before(async function () {
  this.timeout(240_000);
  const data = await demoData();
  // The list as a page of the demo feed: a normal embed shows its first page of tiles, not 2,000.
  data['prisoner-list'] = data['prisoner-card'];
  const jobs: RenderJob[] = [];
  const names: string[] = [];
  for (const lang of LANGS) {
    for (const widget of TAKEN_OVER) {
      jobs.push(demoJob(data, widget, lang, 'light'));
      names.push(keyOf(widget, lang));
    }
    jobs.push({ payload: DATES_TIMELINE, options: { widget: 'timeline', lang, theme: 'light' } });
    names.push(keyOf('dates', lang));
    // An appeal led by its image (#19): the static render's image and the element's hold one box.
    const withImage = { ...data['appeal-banner'], image: { url: 'photos/example-1.svg', alt: 'Relatives outside the court', consent: true, credit: 'AHRCA' } };
    jobs.push({ ...demoJob(data, 'appeal-banner', lang, 'light'), payload: withImage });
    names.push(keyOf('appeal-image', lang));
  }
  const results = await renderAll(jobs);
  results.forEach((result, i) => {
    expect(result.error, names[i]).to.equal(undefined);
    rendered.set(names[i]!, result.html!);
  });
});

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

async function takeOver(name: string, widget: Widget, lang: string, width: number) {
  const iframe = await frame(pageOf(rendered.get(keyOf(name, lang))!, lang, 'light', true), width);
  const view = iframe.contentWindow! as Window & typeof globalThis;
  const el = widgetIn(iframe, widget);
  const shifts: number[] = [];
  const measured = view.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  if (measured) {
    new view.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  }
  // The list's tiles lay out their content only near the viewport (content-visibility: auto); one
  // beyond it is drawn by no one and is as tall as its placeholder says (8rem, or the size it had
  // when last laid out, which the static render may have had and a new tile has not). Every box the
  // browser lays out is compared; the skipped tiles below, in neither reading.
  const skipsItsContent = (node: HTMLElement) =>
    view.getComputedStyle(node).contentVisibility === 'auto' && node.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === false;
  const boxes = () =>
    [...el.shadowRoot.querySelectorAll<HTMLElement>('[part] :is(h1, h2, h3, h4, p, li, a, dt, dd, [role="heading"], time, button, input, img, figcaption)')]
      .filter((node) => node.checkVisibility({ contentVisibilityAuto: true }) && !skipsItsContent(node))
      .map((node) => {
        const box = node.getBoundingClientRect();
        return `${node.localName}.${node.getAttribute('part') ?? ''} ${Math.round(box.top)} ${Math.round(box.left)} ${Math.round(box.width)}x${Math.round(box.height)}`;
      });
  const shownBase = () =>
    [...el.shadowRoot.querySelectorAll<HTMLElement>(':host > *, [part~="base"]')].filter((node) => node.parentNode === el.shadowRoot && node.checkVisibility());
  // Text as written, not as laid out (innerText leaves out tiles that content-visibility skips).
  // A no-break space reads as a space: Chromium has no Kazakh compact numbers and writes "13,8 млрд"
  // from our table, where Firefox and Node's ICU write CLDR's U+00A0; the boxes below say whether
  // any space changed a line break.
  const textOf = (node: Node) =>
    node
      .textContent!.replace(/\u00a0/g, ' ')
      .replace(/[ \t\n\r]+/g, ' ')
      .trim();
  const dates = () => [...el.shadowRoot.querySelectorAll<HTMLElement>('time')].filter((node) => node.checkVisibility()).map(textOf);
  // The list's tiles lay out their content once the browser has judged them near the viewport,
  // a frame or more after they are drawn: boxes are read once two readings two frames apart agree.
  const frames = () => new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
  const settledBoxes = async () => {
    let last = boxes();
    for (let reading = 0; reading < 20; reading++) {
      await frames();
      const now = boxes();
      if (now.join('\n') === last.join('\n')) return now;
      last = now;
    }
    return last;
  };
  const before = await settledBoxes();
  const staticBase = el.shadowRoot.querySelector<HTMLElement>('[part~="base"]')!;
  const staticText = textOf(staticBase);
  const staticDates = dates();
  expect(before.length).to.be.above(5);
  const loaded = oneEvent(el, 'ahrca-load');
  const script = iframe.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = new URL('/src/index.ts', location.href).href;
  iframe.contentDocument!.head.append(script);
  const { detail } = (await loaded) as CustomEvent<{ source: string }>;
  expect(detail.source).to.equal('inline');
  await waitUntil(() => el.shadowRoot.querySelector('[part~="base"]') !== staticBase, 'the element did not render its own content');
  const after = await settledBoxes();
  const own = el.shadowRoot.querySelector<HTMLElement>('[part~="base"]')!;
  expect(shownBase(), 'one copy of the content is shown: the element’s own').to.deep.equal([own]);
  expect(staticBase.checkVisibility(), 'the static render is hidden').to.equal(false);
  expect(dates(), 'the same dates').to.deep.equal(staticDates);
  expect(textOf(own), 'the same text').to.equal(staticText);
  expect(after).to.deep.equal(before);
  if (measured)
    expect(
      shifts.reduce((sum, value) => sum + value, 0),
      'CLS',
    ).to.equal(0);
  const requests = view.performance.getEntriesByType('resource').map((entry) => entry.name);
  expect(requests.filter((name) => name.endsWith('.json'))).to.deep.equal([]);
}

describe('static render, JavaScript on: the element takes over', function () {
  this.timeout(60_000);

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      describe(`${lang}, ${width} px`, () => {
        for (const widget of TAKEN_OVER) {
          it(`${widget}: the same content, nothing moves, no request for the data`, () => takeOver(widget, widget, lang, width));
        }
        it('a timeline of every kind of date: the same dates, nothing moves', () => takeOver('dates', 'timeline', lang, width));
        it('an appeal with an image: nothing moves', () => takeOver('appeal-image', 'appeal-banner', lang, width));
      });
    }
  }
});

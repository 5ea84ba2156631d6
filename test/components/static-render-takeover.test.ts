/**
 * Issue #23: with JavaScript on, the element takes over its static render (the render's own CSS,
 * TAKE_OVER_CSS in src/tools/render.ts) from the data the render carries: the same content, nothing moves (CLS 0 where the browser
 * measures layout shifts, and the same boxes everywhere), and no request for the data.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { demoData, demoJob, frame, pageOf, renderAll, widgetIn, type Widget } from '../helpers/static-render.js';

const TAKEN_OVER: readonly Widget[] = ['timeline', 'prisoner-card', 'prisoner-list', 'appeal-banner'];
const rendered = new Map<Widget, string>();

before(async function () {
  this.timeout(240_000);
  const data = await demoData();
  // The list as a page of the demo feed: a normal embed shows its first page of tiles, not 2,000.
  data['prisoner-list'] = data['prisoner-card'];
  const results = await renderAll(TAKEN_OVER.map((widget) => demoJob(data, widget, 'ru', 'light')));
  results.forEach((result, i) => {
    expect(result.error).to.equal(undefined);
    rendered.set(TAKEN_OVER[i]!, result.html!);
  });
});

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('static render, JavaScript on: the element takes over', function () {
  this.timeout(60_000);

  for (const widget of TAKEN_OVER) {
    it(`${widget}: the same content, nothing moves, no request for the data`, async () => {
      const iframe = await frame(pageOf(rendered.get(widget)!, 'ru', 'light', true));
      const view = iframe.contentWindow! as Window & typeof globalThis;
      const el = widgetIn(iframe, widget);
      const shifts: number[] = [];
      const measured = view.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      if (measured) {
        new view.PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      }
      const boxes = () =>
        [...el.shadowRoot.querySelectorAll<HTMLElement>('[part] :is(h1, h2, h3, h4, p, li, a, dt, dd, [role="heading"], time, button, input)')]
          .filter((node) => node.checkVisibility())
          .map((node) => {
            const box = node.getBoundingClientRect();
            return `${node.localName}.${node.getAttribute('part') ?? ''} ${Math.round(box.top)} ${Math.round(box.left)} ${Math.round(box.width)}x${Math.round(box.height)}`;
          });
      // The list's tiles lay out their content once the browser has judged them near the viewport
      // (content-visibility): measured after two frames, as a reader would first see them.
      const frames = () => new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
      await frames();
      const before = boxes();
      const staticBase = el.shadowRoot.querySelector('[part~="base"]');
      expect(before.length).to.be.above(5);
      const loaded = oneEvent(el, 'ahrca-load');
      const script = iframe.contentDocument!.createElement('script');
      script.type = 'module';
      script.src = new URL('/src/index.ts', location.href).href;
      iframe.contentDocument!.head.append(script);
      const { detail } = (await loaded) as CustomEvent<{ source: string }>;
      expect(detail.source).to.equal('inline');
      await waitUntil(() => el.shadowRoot.querySelector('[part~="base"]') !== staticBase, 'the element did not render its own content');
      await frames();
      const shown = [...el.shadowRoot.querySelectorAll<HTMLElement>(':host > *, [part~="base"]')].filter(
        (node) => node.parentNode === el.shadowRoot && node.checkVisibility(),
      );
      expect(shown, 'one copy of the content is shown: the element’s own').to.deep.equal([el.shadowRoot.querySelector('[part~="base"]')]);
      expect(staticBase!.checkVisibility(), 'the static render is hidden').to.equal(false);
      expect(boxes()).to.deep.equal(before);
      if (measured)
        expect(
          shifts.reduce((sum, value) => sum + value, 0),
          'CLS',
        ).to.equal(0);
      const requests = view.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((name) => name.endsWith('.json'))).to.deep.equal([]);
    });
  }
});

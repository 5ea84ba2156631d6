/**
 * The demo gallery holds its widgets' places (#19): its cumulative layout shift, from load until
 * every widget shows its data, measured by a PerformanceObserver in the page at 1280 and 375 px
 * (Chromium: Firefox has no layout-shift entries); and axe on the demo pages.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { axeViolations, openUrl } from '../embed/pages.js';

const WIDGETS = 'ahrca-appeal-banner, ahrca-prisoner-card, ahrca-prisoner-list, ahrca-timeline';

/** True once every widget on the page has left its loading state (ready, empty or in error). */
function allSettled(doc: Document): boolean {
  const widgets = [...doc.querySelectorAll(WIDGETS)];
  return (
    widgets.length > 0 && widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="skeleton"]'))
  );
}

/** Two frames of the page, so that what the last render changed has been laid out and measured. */
function frames(view: Window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())));
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

async function cumulativeShift(url: string, width: number, height: number): Promise<number> {
  const frame = await openUrl(url, { width, height });
  const view = frame.contentWindow! as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => allSettled(doc), `the widgets of ${url} did not settle`, { timeout: 20000 });
  await frames(view);
  const entries = await new Promise<LayoutShift[]>((resolve) => {
    const observer = new view.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries() as LayoutShift[]);
    });
    // Buffered: every shift since the page started, delivered at once.
    observer.observe({ type: 'layout-shift', buffered: true });
    view.setTimeout(() => resolve([]), 1000);
  });
  frame.remove();
  return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
}

describe('demo gallery', () => {
  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ] as const) {
    it(`moves less than 0.05 (CLS) while its widgets load, ${width} px wide`, async function () {
      if (!('PerformanceObserver' in window) || !PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
      const shift = await cumulativeShift('/demo/index.html', width, height);
      console.info(`[#19] gallery CLS at ${width}×${height}: ${shift.toFixed(3)}`);
      expect(shift).to.be.below(0.05);
    });
  }

  /** Every axe violation of a demo page, of any impact, once its widgets have settled. */
  async function violationsOf(url: string, width: number, height: number, settled: (doc: Document) => boolean): Promise<string[]> {
    const frame = await openUrl(url, { width, height });
    const doc = frame.contentDocument!;
    await waitUntil(() => settled(doc), `${url} did not settle`, { timeout: 20000 });
    const violations = await axeViolations(frame);
    frame.remove();
    return violations;
  }

  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ] as const) {
    it(`has no axe violation of any impact, ${width} px wide`, async function () {
      // axe reads the whole gallery: some thirty widgets.
      this.timeout(60000);
      expect(await violationsOf('/demo/index.html', width, height, allSettled)).to.deep.equal([]);
    });
  }

  it('has no axe violation on the timeline scale page', async function () {
    this.timeout(30000);
    expect(await violationsOf('/demo/timeline-scale.html', 1280, 800, (doc) => doc.querySelector('main') !== null)).to.deep.equal([]);
  });

  it('gives the embed page a level-one heading: the widget’s title', async () => {
    const url = '/src/embed/embed.html?widget=timeline&src=/demo/data/timeline-andijan.json&lang=en';
    const frame = await openUrl(url, { width: 375, height: 667 });
    const doc = frame.contentDocument!;
    await waitUntil(() => allSettled(doc), 'the embed page did not settle', { timeout: 20000 });
    const timeline = doc.querySelector('ahrca-timeline')!;
    const title = timeline.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.closest('[role="heading"], h1')?.getAttribute('aria-level') ?? title.localName).to.be.oneOf(['1', 'h1']);
    // Its policy (Trusted Types) lets no test script in, so axe cannot run inside it; the widget's own axe tests cover what it shows.
    expect(doc.querySelector('main')!.contains(timeline)).to.equal(true);
    frame.remove();
  });
});

/**
 * A page reserves a widget's space the way web.dev's "Optimize CLS" says to for embeds: `display:
 * block; min-height: …` on the element (README, docs/embedding.md; the snippet builder prints it).
 * While loading, the skeleton fills the reserved height; from skeleton to ready the element keeps
 * exactly the height reserved for it, never shorter for a moment and never taller.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/components/appeal-banner/appeal-banner.js';
import '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import '../../src/components/timeline/timeline.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

const WIDTH = 380;
const WIDGETS = [
  { tag: 'ahrca-appeal-banner', data: '/demo/data/appeal-andijan-investigation.json', attributes: {} },
  { tag: 'ahrca-prisoner-card', data: '/demo/data/prisoners.json', attributes: { person: 'example-namuna-odamov' } },
  { tag: 'ahrca-prisoner-list', data: '/demo/data/prisoners.json', attributes: {} },
  { tag: 'ahrca-timeline', data: '/demo/data/timeline-andijan.json', attributes: {} },
] as const;

let serial = 0;
const columns: HTMLElement[] = [];

/** The element in a column `WIDTH` wide, its data on its way (a request that never answers). */
async function mount(tag: string, attributes: Record<string, string>, style = ''): Promise<Widget> {
  const column = document.createElement('div');
  column.style.inlineSize = `${WIDTH}px`;
  document.body.append(column);
  columns.push(column);
  const element = document.createElement(tag) as Widget;
  element.lang = 'en';
  if (style) element.setAttribute('style', style);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('src', `/net/hang?id=reserved-${serial++}-${Math.random()}`);
  element.setAttribute('timeout', '60000');
  column.append(element);
  await element.updateComplete;
  return element;
}

/**
 * Ready (a timeline's eras, sources and media come with modules of their own, after the data), images
 * loaded (lazy ones below the fold never start) and two frames drawn: what a reader sees once the widget has settled.
 */
async function settled(element: Widget): Promise<void> {
  await waitUntil(() => !element.shadowRoot!.querySelector('[part="skeleton"]'), 'the widget stayed in its loading state');
  await element.updateComplete;
  const images = [...element.shadowRoot!.querySelectorAll('img')].filter((image) => !image.complete && image.loading !== 'lazy');
  await Promise.all(
    images.map(
      (image) =>
        new Promise((resolve) => {
          image.addEventListener('load', resolve, { once: true });
          image.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
  await nextFrame();
  await nextFrame();
}

const heightOf = (element: Element) => element.getBoundingClientRect().height;

for (const { tag, data, attributes } of WIDGETS) {
  describe(`<${tag}> in a reserved space`, () => {
    let payload: unknown;
    before(async () => {
      payload = await (await fetch(data)).json();
    });
    afterEach(() => {
      for (const column of columns.splice(0)) column.remove();
    });

    it('fills the reserved height with its skeleton', async () => {
      const element = await mount(tag, attributes, 'display: block; min-height: 1500px');
      const skeleton = element.shadowRoot!.querySelector('[part="skeleton"] > [part~="base"]')!;
      expect(skeleton, 'the skeleton shows').to.not.equal(null);
      expect(heightOf(element)).to.equal(1500);
      expect(heightOf(skeleton)).to.be.closeTo(1500, 1);
    });

    it('keeps the height reserved for it from skeleton to ready, never shorter nor taller', async () => {
      // The reservation the builder prints: the height of the ready state, measured once.
      const measured = await mount(tag, attributes);
      measured.data = payload;
      await settled(measured);
      const reserved = Math.ceil(heightOf(measured));

      const element = await mount(tag, attributes, `display: block; min-height: ${reserved}px`);
      const heights = new Set<number>([heightOf(element)]);
      const observer = new ResizeObserver(() => heights.add(heightOf(element)));
      observer.observe(element);
      element.data = payload;
      await settled(element);
      observer.disconnect();
      heights.add(heightOf(element));
      expect(element.shadowRoot!.querySelector('[part="skeleton"]'), 'the ready state shows').to.equal(null);
      expect([...heights]).to.deep.equal([reserved]);
    });
  });
}

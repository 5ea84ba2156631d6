/**
 * Hostile hosts: a page whose CSS resets and overrides everything, a page that already runs its own
 * copy of Lit, and a page that loads our script twice, in two versions (the built loader and the
 * source). Strict CSP and Trusted Types are in test/components/csp.test.ts, for every widget.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { elementsOf, type Shadowed } from './inspect.js';
import { appealBase, createWidget, feedBase, personBase, timelineBase, WIDGET_CASES } from './widgets.js';

/** A partner theme at its worst: resets, !important colours and fonts, hidden class names, a huge root size. */
const HOSTILE_CSS = `
  html { font-size: 48px !important; }
  * { all: unset; }
  *, *::before, *::after {
    box-sizing: content-box !important;
    color: #ff00ff !important;
    background: #ffff00 !important;
    font-family: "Comic Sans MS", cursive, fantasy !important;
    font-size: 31px !important;
    font-weight: 100 !important;
    font-style: italic !important;
    line-height: 0.6 !important;
    letter-spacing: 0.4em !important;
    word-spacing: 2em !important;
    text-transform: uppercase !important;
    text-indent: 3em !important;
    text-shadow: 2px 2px red !important;
    white-space: nowrap !important;
    text-align: right !important;
    cursor: wait !important;
  }
  .hidden, .title, .card, .banner, .summary, .text, .content, .header, .name, .button, .state, .error,
  .visually-hidden, .row, .media, .status, .actions, [part], [role="heading"] { display: none !important; }
  p, div, span, a, article, section, ul, ol, li, button, img, h2, h3 { display: none !important; }
`;

/** What makes text legible: it must be the same inside the widget with the hostile CSS as without. */
const TEXT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'color',
  'background-color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-shadow',
  'white-space',
  'text-align',
  'visibility',
  'display',
  'opacity',
  'box-sizing',
  'cursor',
] as const;

function textStyles(el: Shadowed): Map<Element, string> {
  const styles = new Map<Element, string>();
  for (const element of elementsOf(el.shadowRoot)) {
    const style = getComputedStyle(element);
    styles.set(element, TEXT_PROPERTIES.map((name) => `${name}: ${style.getPropertyValue(name)}`).join('; '));
  }
  return styles;
}

function differences(before: Map<Element, string>, after: Map<Element, string>): string[] {
  const changed: string[] = [];
  for (const [element, style] of before) {
    const now = after.get(element);
    if (now === undefined || now === style) continue;
    const was = style.split('; ');
    const is = now.split('; ');
    const props = is.filter((value, index) => value !== was[index]).map((value) => `${value} (was ${was[is.indexOf(value)]?.split(': ')[1]})`);
    changed.push(`<${element.localName} part="${element.getAttribute('part') ?? ''}" class="${element.getAttribute('class') ?? ''}">: ${props.join(', ')}`);
  }
  return changed;
}

describe('hostile hosts: a page CSS that resets and overrides everything', () => {
  // Not a div: the hostile CSS hides every div of the page, which is the page's business.
  const container = document.createElement('hardening-page');
  let sheet: HTMLStyleElement | undefined;

  before(() => document.body.append(container));
  afterEach(() => {
    sheet?.remove();
    container.replaceChildren();
  });

  for (const widget of WIDGET_CASES) {
    it(`${widget.name}: the text inside looks as it does on a plain page`, async () => {
      const el = createWidget(widget) as unknown as Shadowed & { data: unknown; updateComplete: Promise<boolean> };
      const loaded = new Promise((resolve) => el.addEventListener('ahrca-load', resolve, { once: true }));
      el.data = widget.base();
      container.append(el);
      await loaded;
      await el.updateComplete;
      await whenMarkdownReady();
      await el.updateComplete;
      const plain = textStyles(el);
      sheet = document.createElement('style');
      sheet.textContent = HOSTILE_CSS;
      document.head.append(sheet);
      await aTimeout(0);
      const changed = differences(plain, textStyles(el));
      expect(changed).to.deep.equal([]);
      const title = el.shadowRoot.querySelector<HTMLElement>('[part~="title"], [part~="name"]')!;
      const box = title.getBoundingClientRect();
      expect(box.width * box.height, 'the title has a box to be read in').to.be.above(0);
      expect(parseFloat(getComputedStyle(title).fontSize), 'the title is no smaller than the reader’s default text').to.be.at.least(16);
    });
  }
});

type PageWindow = Window & typeof globalThis & { problems: string[] };

/** Records what a host page would see go wrong; warnings are allowed (a second copy warns by design). */
const RECORD_PROBLEMS = `<script>
  window.problems = [];
  addEventListener('error', (event) => problems.push('exception: ' + event.message));
  addEventListener('unhandledrejection', (event) => problems.push('unhandledrejection: ' + event.reason));
  const original = console.error;
  console.error = (...args) => { problems.push('console.error: ' + args.join(' ')); original.apply(console, args); };
</script>`;

function inline(tag: string, data: unknown, attributes = ''): string {
  return `<${tag} lang="en" ${attributes}><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></${tag}>`;
}

const WIDGETS_MARKUP = [
  inline('ahrca-appeal-banner', appealBase()),
  inline('ahrca-prisoner-card', { ...personBase(), photo: undefined }),
  inline('ahrca-prisoner-list', feedBase()),
  inline('ahrca-timeline', timelineBase()),
].join('\n');
const TAGS = ['ahrca-appeal-banner', 'ahrca-prisoner-card', 'ahrca-prisoner-list', 'ahrca-timeline'];

const frames: HTMLIFrameElement[] = [];

async function openPage(head: string, body: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${RECORD_PROBLEMS}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** Every widget on the page is an upgraded element of its tag, in its ready state. */
async function everyWidgetReady(page: PageWindow): Promise<void> {
  for (const tag of TAGS) await Promise.race([page.customElements.whenDefined(tag), aTimeout(8000)]);
  const widgets = TAGS.flatMap((tag) => [...page.document.querySelectorAll<HTMLElement>(tag)]);
  expect(widgets.length).to.be.at.least(TAGS.length);
  await waitUntil(
    () => widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)')),
    `not every widget rendered: ${widgets
      .filter((el) => !el.shadowRoot?.querySelector('[part~="base"]'))
      .map((el) => el.localName)
      .join(', ')}`,
    { timeout: 8000 },
  );
  for (const el of widgets) expect(el, el.localName).to.be.instanceOf(page.customElements.get(el.localName)!);
}

const module = (src: string) => `<script type="module" src="${src}"></script>`;
const LOADER = '/dist/ahrca-widgets.js';
const SOURCE = '/src/index.ts';

describe('hostile hosts: other copies of Lit and of our script', function () {
  this.timeout(30_000);

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('a page that already runs its own Lit (the npm build) and its own Lit element: our loader upgrades every widget', async () => {
    const partnerElement = `<script type="module">
      import { LitElement, html } from '/node_modules/lit/index.js';
      customElements.define('partner-box', class extends LitElement { render() { return html\`<p>partner</p>\`; } });
    </script>`;
    const page = await openPage(partnerElement, `<partner-box></partner-box>${WIDGETS_MARKUP}${module(LOADER)}`);
    await everyWidgetReady(page);
    await waitUntil(() => page.document.querySelector('partner-box')?.shadowRoot?.textContent?.includes('partner'), 'the partner’s own Lit element broke');
    await aTimeout(50);
    expect(page.problems).to.deep.equal([]);
  });

  for (const [first, second] of [
    [SOURCE, LOADER],
    [LOADER, SOURCE],
  ] as const) {
    it(`our script twice, two versions (${first} then ${second}): no error, every widget upgraded, later ones too`, async () => {
      const page = await openPage('', `${WIDGETS_MARKUP}${module(first)}`);
      await everyWidgetReady(page);
      const script = page.document.createElement('script');
      script.type = 'module';
      script.src = second;
      const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      page.document.body.append(script);
      await ran;
      page.document.body.insertAdjacentHTML('beforeend', WIDGETS_MARKUP);
      await everyWidgetReady(page);
      await aTimeout(50);
      expect(page.problems).to.deep.equal([]);
    });
  }
});

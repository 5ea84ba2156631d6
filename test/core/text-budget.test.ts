/**
 * What a reader sees of a text over its time budget (marked's in markdown-parser.ts, the markup's
 * in markup-scan.ts): the text as typed, at once, with a warning for the page's developer that names
 * the field; and how texts share a task. Widgets at the schemas' limits: test/hardening/text-budget.test.ts.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { html, render } from 'lit';
import { renderMarkdown, setSanitizerForTesting, whenMarkdownReady, type MarkdownOptions } from '../../src/core/markdown.js';
import type { SanitizerKind } from '../../src/core/markdown-engine.js';
import { PARSE_BUDGET } from '../../src/core/markdown-parser.js';
import { MARKUP_BUDGET } from '../../src/core/markup-scan.js';
import { leastOf, watchLongestTask } from '../helpers/long-tasks.js';

const HAS_SANITIZER_API = 'setHTML' in Element.prototype;

let warnings: string[] = [];
const originalWarn = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = originalWarn;
});

/** Renders in a task of its own, as a widget's render would be, and returns the container. */
async function shown(text: string, options: MarkdownOptions = {}): Promise<HTMLElement> {
  await aTimeout(0);
  const container = document.createElement('div');
  render(renderMarkdown(text, options), container);
  return container;
}

for (const kind of ['native', 'dompurify'] as const satisfies readonly SanitizerKind[]) {
  describe(`a text over its time budget (${kind} sanitiser)`, () => {
    before(async function () {
      if (kind === 'native' && !HAS_SANITIZER_API) this.skip();
      setSanitizerForTesting(kind);
      await Promise.all([whenMarkdownReady('markdown'), whenMarkdownReady('html')]);
    });
    after(() => setSanitizerForTesting(undefined));

    it('shows emphasis marked would take seconds over as typed, and says which field and why', async () => {
      const text = '*a_'.repeat(1_000);
      const container = await shown(text, { field: 'summary' });
      expect(container.querySelector('em, strong')).to.equal(null);
      expect(container.textContent).to.equal(text);
      expect(warnings).to.deep.equal(['[ahrca-widgets] summary: shown as plain text: too many runs of *, _ or ~ in one paragraph']);
    });

    it('shows more list items than the budget has elements for as typed', async () => {
      const text = '- item\n'.repeat(PARSE_BUDGET.listItems + 1);
      const container = await shown(text, { field: 'events[3].text' });
      expect(container.querySelector('li')).to.equal(null);
      expect(warnings).to.deep.equal([`[ahrca-widgets] events[3].text: shown as plain text: over ${PARSE_BUDGET.listItems} list items`]);
    });

    it('counts the lines that may start a table before marked reads them', async () => {
      // A GFM table may start on every second line: marked reads to the end of the text for each.
      const text = 'a\n--\n'.repeat(20_000);
      let rendered: HTMLElement | undefined;
      const longest = await leastOf(async () => {
        warnings = [];
        const watch = watchLongestTask();
        rendered = await shown(text, { field: 'health' });
        return watch.stop();
      }, 200);
      const container = rendered!;
      expect(longest, 'the longest task').to.be.below(200);
      expect(container.querySelector('h2, h3, table')).to.equal(null);
      expect(warnings).to.deep.equal([
        `[ahrca-widgets] health: shown as plain text: over ${PARSE_BUDGET.underlines} lines that may underline a table or heading`,
      ]);
    });

    it('stops marked once it has taken its time, whatever in the text made it slow', async () => {
      // What is slow is not known in advance, so the clock is made to run fast: 10 ms a look.
      const text = `${'A paragraph of plain prose, long enough to be timed.\n\n'.repeat(200)}`;
      const now = performance.now.bind(performance);
      let looks = 0;
      performance.now = () => now() + 10 * looks++;
      try {
        const container = await shown(text, { field: 'summary' });
        expect(container.querySelectorAll('p').length).to.be.above(1);
      } finally {
        performance.now = now;
      }
      expect(warnings).to.deep.equal([`[ahrca-widgets] summary: shown as plain text: formatting took over ${PARSE_BUDGET.milliseconds} ms`]);
    });

    it('does not time a short text', async () => {
      const now = performance.now.bind(performance);
      let looks = 0;
      performance.now = () => now() + 1_000 * looks++;
      try {
        const container = await shown('A **short** text, formatted however slow the machine.', {});
        expect(container.querySelector('strong')?.textContent).to.equal('short');
      } finally {
        performance.now = now;
      }
      expect(warnings).to.deep.equal([]);
    });

    it('shows HTML that nests too deep, or has too many elements, as its text, tags left out', async () => {
      const deep = await shown(`${'<b>'.repeat(MARKUP_BUDGET.depth + 1)}deep`, { format: 'html', field: 'events[0].text' });
      expect(deep.querySelector('b')).to.equal(null);
      expect(deep.querySelector('p')?.outerHTML).to.equal('<p>deep</p>');
      const many = await shown('<p>a</p>'.repeat(MARKUP_BUDGET.elements + 1), { format: 'html' });
      expect(many.querySelectorAll('p')).to.have.length(1);
      expect(many.textContent).to.equal('a'.repeat(MARKUP_BUDGET.elements + 1));
      expect(warnings).to.deep.equal([
        `[ahrca-widgets] events[0].text: shown as plain text: elements nested over ${MARKUP_BUDGET.depth} deep`,
        `[ahrca-widgets] a text: shown as plain text: over ${MARKUP_BUDGET.elements} elements`,
      ]);
    });

    it('keeps at most 100 paragraphs of a text shown as typed, the rest in the last', async () => {
      const container = await shown(Array.from({ length: 1_000 }, (_, index) => `Paragraph ${index}`).join('\n\n'));
      const paragraphs = container.querySelectorAll('p');
      expect(paragraphs).to.have.length(100);
      expect(paragraphs[98]!.textContent).to.equal('Paragraph 98');
      expect(paragraphs[99]!.textContent).to.match(/^Paragraph 99 Paragraph 100 .* Paragraph 999$/);
    });

    it('formats long ordinary text, and elements up to the budget', async () => {
      const prose = await shown(`${'Words of an ordinary summary. '.repeat(1_000)}**Free them.**`);
      expect(prose.querySelector('strong')?.textContent).to.equal('Free them.');
      const items = await shown('- item\n'.repeat(MARKUP_BUDGET.elements - 1));
      expect(items.querySelectorAll('li')).to.have.length(MARKUP_BUDGET.elements - 1);
      expect(warnings).to.deep.equal([]);
    });
  });
}

describe('texts sharing a task', () => {
  before(() => whenMarkdownReady());

  it('shows long texts one task after another, the first at once', async () => {
    const texts = ['First', 'Second', 'Third'].map((word) => `${word} ${'text '.repeat(3_000)}`);
    await aTimeout(0);
    const container = document.createElement('div');
    render(html`${texts.map((text) => html`<section>${renderMarkdown(text)}</section>`)}`, container);
    const shownNow = [...container.querySelectorAll('section')].map((section) => section.textContent!.trim().split(' ')[0]);
    expect(shownNow).to.deep.equal(['First', '', '']);
    await waitUntil(() => [...container.querySelectorAll('section')].every((section) => section.querySelector('p')), 'the other texts never showed');
    expect(warnings).to.deep.equal([]);
  });

  it('shows short texts together, at once', async () => {
    await aTimeout(0);
    const container = document.createElement('div');
    render(html`${Array.from({ length: 50 }, (_, index) => html`<section>${renderMarkdown(`Event **${index}**`)}</section>`)}`, container);
    expect(container.querySelectorAll('strong')).to.have.length(50);
  });
});

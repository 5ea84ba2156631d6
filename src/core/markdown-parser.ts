/**
 * marked, configured for our markdown. markdown.ts loads it with `import()` only when a text written
 * in markdown is shown; text given as HTML (TimelineJS3's) goes straight to the sanitiser in
 * ./markdown-engine.ts, so a page with only such text never downloads marked (15 KB gzip).
 * The HTML it returns is untrusted until the engine has sanitised it.
 *
 * marked is not linear in every input (see PARSE_BUDGET), so each parse has a time budget: text
 * that would go over it is refused (toHtml throws, saying why) and shows as typed.
 */
import { Marked } from 'marked';

export interface MarkdownParser {
  /**
   * Markdown to HTML; `inline` parses one line: emphasis, links, code, no paragraphs or lists.
   * @throws Error when the text is over PARSE_BUDGET.
   */
  toHtml(text: string, inline: boolean): string;
}

export const PARSE_BUDGET = {
  /**
   * marked's emphasis is quadratic (markedjs/marked#4099, open in 18.3.0; the fix proposed in #4103
   * is not merged): each run of `*`, `_` or `~` that may open one is matched against every later
   * run of its paragraph. 100 KB of `*a_` took 94 s. The runs of each paragraph, squared and
   * summed, stay under this (500 runs in one paragraph), checked before marked starts. One
   * paragraph of 500 runs of `*a_` takes 5–15 ms in Chromium and Firefox on a laptop.
   */
  emphasisRuns: 250_000,
  /**
   * Lines that start a list item. marked reads all the items of a list in one step, before it
   * checks the time again (25,000 took it 100 ms and more), and each item is an element: over
   * the markup's budget (MARKUP_BUDGET in ./markup-scan.ts) anyway.
   */
  listItems: 500,
  /**
   * Containers opened at the start of one line (`> > > …`, `1. - > …`): marked recurses once per
   * level, until the stack runs out, taking hundreds of milliseconds first. More than the markup's
   * nesting budget (MARKUP_BUDGET.depth in ./markup-scan.ts) would be refused after the parse anyway.
   */
  nesting: 16,
  /**
   * Lines that may underline a table's header or a heading (`--`, `|:-|`): marked's GFM table
   * pattern reads to the end of the text for each (`a\n--\n` repeated is quadratic: 1.3 s for 50 KB).
   * A text has a few; a hundred bound the work to a hundred reads of it.
   */
  underlines: 100,
  /**
   * Milliseconds one parse may take, checked at every block and every inline step marked takes:
   * the guard against what no count foresees (a GFM table's rows are read to the end of the text
   * for each line that may underline a header: `a\n--\n` repeated is quadratic too; nesting on one
   * line recurses until the stack runs out; both are counted above, so the clock is the guard for
   * what we have not found). 100 KB of prose parses in about 10 ms on a laptop. 50 ms was too
   * tight: a table and a quote ran out of it in Firefox when a garbage collection or a busy machine
   * paused the parse, and showed as typed. 120 ms leaves a slow phone its formatting and still ends
   * a runaway parse inside the 200 ms a task may take.
   */
  milliseconds: 120,
  /**
   * Texts up to this length are not timed: with the counts above, nothing this short takes long,
   * and the first parse on a page (marked's patterns not yet compiled) may take 100 ms on a busy
   * machine, which showed a one-line text as typed.
   */
  untimedCharacters: 5_000,
} as const;

/** A line that opens more containers (quotes, list items) than PARSE_BUDGET.nesting. */
const NESTED = new RegExp(`^(?:[ \\t]*(?:>[ \\t]?|(?:[-*+]|\\d{1,9}[.)])[ \\t]+)){${PARSE_BUDGET.nesting + 1}}`, 'm');
/** A line of dashes, perhaps with colons, pipes and spaces: a table's delimiter row or a heading's underline. */
const UNDERLINE = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/gm;

/** A text that takes marked through the patterns a first paragraph, list and quote run. */
const WARM_UP = 'A *b* **c** [d](https://e.example) `f`\n\n- g\n\n> h\n';

/**
 * marked compiles each of its patterns the first time it runs it: 20 to 50 ms for the first text
 * of a page on a laptop (the pattern for a paragraph alone takes 10). The loader fetches this module
 * beside the data, so that happens while the page still waits on the network, not in the first render.
 */
(globalThis.requestIdleCallback ?? setTimeout)(() => {
  try {
    createMarkdownParser().toHtml(WARM_UP, false);
  } catch {
    // Nothing to warm: the first real text compiles the patterns, as it would have.
  }
});

export function createMarkdownParser(): MarkdownParser {
  let deadline = Infinity;
  /** Called first at each block (`space`) and inline (`tag`) step of a parse. */
  const checkTime = () => {
    if (performance.now() > deadline) throw new Error('out of time');
  };
  const marked = new Marked({
    gfm: true,
    tokenizer: {
      // `false` hands the step on to marked's own tokenizer.
      space() {
        checkTime();
        return false;
      },
      // Raw HTML is not markdown we support: with no `html` (block) or `tag` (inline) token, `<b>` is
      // plain text that the text renderer escapes, so it shows as typed and can never become markup.
      html: () => undefined,
      tag() {
        checkTime();
        return undefined;
      },
    },
    renderer: {
      // A widget's title is the heading of its section on a partner page (h2 at most), so a
      // summary's `#` starts at h3 and deeper levels follow it down to h6, keeping their order.
      heading({ tokens, depth }) {
        const level = Math.min(depth + 2, 6);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      // GFM task lists would emit <input>, which has no place in read-only text.
      checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
    },
  });
  return {
    toHtml(text, inline) {
      let runs = 0;
      // A blank line ends a paragraph in every block marked reads, so no paragraph of its spans one.
      for (const paragraph of text.split(/\n[ \t\r]*\n/)) runs += (paragraph.match(/([*_~])\1*/g)?.length ?? 0) ** 2;
      if (runs > PARSE_BUDGET.emphasisRuns) throw new Error('too many runs of *, _ or ~ in one paragraph');
      if ((text.match(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/gm)?.length ?? 0) > PARSE_BUDGET.listItems) {
        throw new Error(`over ${PARSE_BUDGET.listItems} list items`);
      }
      if (NESTED.test(text)) throw new Error(`containers nested over ${PARSE_BUDGET.nesting} deep on one line`);
      if ((text.match(UNDERLINE)?.length ?? 0) > PARSE_BUDGET.underlines)
        throw new Error(`over ${PARSE_BUDGET.underlines} lines that may underline a table or heading`);
      deadline = text.length > PARSE_BUDGET.untimedCharacters ? performance.now() + PARSE_BUDGET.milliseconds : Infinity;
      try {
        return inline ? marked.parseInline(text, { async: false }) : marked.parse(text, { async: false });
      } catch (error) {
        // marked wraps what a tokenizer throws; the deadline is the reason worth giving.
        throw performance.now() > deadline ? new Error(`formatting took over ${PARSE_BUDGET.milliseconds} ms`) : error;
      } finally {
        deadline = Infinity;
      }
    },
  };
}

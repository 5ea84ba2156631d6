/**
 * One linear read of the HTML the engine is about to parse, the way the browser's tokenizer reads
 * it: the elements and attributes it makes and how deeply they nest, counted before the parse that
 * would pay for them, for the budget below. Comments and the like end at the first `>` here, never
 * later than in the browser: past it, this read sees at most more tags than the browser does.
 */

/**
 * What one text's HTML may cost; over it, the text shows as typed (markdown.ts). The sanitiser's
 * parse, the finishing pass and the layout each cost about as much per element, and far more per
 * element nested deep; 1,000 list items (the costliest element we measured) took 20–30 ms on an
 * idle laptop in Chromium and Firefox, with either sanitiser, and three times as long while other
 * work shared its cores.
 */
export const MARKUP_BUDGET = {
  elements: 500,
  /** In all: one tag with tens of thousands of them took Chromium's parser 100 ms. */
  attributes: 2_000,
  /** Elements open at once (see ScannedMarkup.depth). */
  depth: 16,
} as const;

export interface ScannedMarkup {
  /**
   * Start tags, and the end tags that make an element (`</br>`, a `</p>` with no `<p>` before it):
   * the elements the parser makes, but for those it adds itself (a table's tbody, formatting
   * copied into a block).
   */
  elements: number;
  /** Attributes of start and end tags. */
  attributes: number;
  /**
   * How many elements are open at once, at most. Those whose end tag may be left out (`p`, `li`,
   * `td` …) close when their next sibling opens and are not counted: a nested table counts one
   * level of its four. An end tag closes one of its name only, as the elements it would skip may
   * live on in the parser.
   */
  depth: number;
  /**
   * The HTML without its `style` attributes and event handlers (`on…`), which nothing we show
   * keeps: parsed with them, even into a document with no browsing context, they make the page's
   * CSP report `style-src-attr` and `script-src-attr` violations, to a partner's `report-uri` too.
   */
  html: string;
}

/** Attributes that the page's CSP checks as soon as they are parsed. */
const isReportedAttribute = (name: string) => name === 'style' || name.startsWith('on');

/** Elements that hold nothing, or that close when their next sibling opens: neither nests by itself. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'image',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
]);

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);

export function scanMarkup(source: string): ScannedMarkup {
  let elements = 0;
  let attributes = 0;
  let open = 0;
  const openByName = new Map<string, number>();
  let depth = 0;
  let paragraphOpen = false;
  /** Where each attribute to leave out starts and ends, in order. */
  const dropped: number[] = [];
  let index = source.indexOf('<');
  while (index !== -1) {
    const closing = source[index + 1] === '/';
    const nameStart = index + (closing ? 2 : 1);
    if (!isLetter(source[nameStart])) {
      // `<!--`, `<!DOCTYPE`, `<?`, `</>`: up to the first `>`. A `<` that starts nothing is text.
      const markup = source[index + 1] === '!' || source[index + 1] === '?' || closing;
      index = markup ? source.indexOf('>', index) : index + 1;
      if (index !== -1) index = source.indexOf('<', index);
      continue;
    }
    let at = nameStart;
    while (at < source.length && !isSpace(source[at]) && source[at] !== '/' && source[at] !== '>') at++;
    const name = source.slice(nameStart, at).toLowerCase();
    // Attributes, as the tokenizer splits them: a name, then perhaps `=` and a quoted or bare value.
    for (;;) {
      while (isSpace(source[at]) || source[at] === '/') at++;
      if (at >= source.length || source[at] === '>') break;
      attributes++;
      const attributeStart = at;
      at++;
      while (at < source.length && !isSpace(source[at]) && source[at] !== '/' && source[at] !== '>' && source[at] !== '=') at++;
      const reported = isReportedAttribute(source.slice(attributeStart, at).toLowerCase());
      let afterName = at;
      while (isSpace(source[afterName])) afterName++;
      if (source[afterName] === '=') {
        at = afterName + 1;
        while (isSpace(source[at])) at++;
        const quote = source[at];
        if (quote === '"' || quote === "'") {
          const end = source.indexOf(quote, at + 1);
          at = end === -1 ? source.length : end + 1;
        } else {
          while (at < source.length && !isSpace(source[at]) && source[at] !== '>') at++;
        }
      }
      if (reported) dropped.push(attributeStart, at);
    }
    // `</br>` makes a `<br>`, and `</p>` a `<p>` where none is open (one closed by a block that
    // opened since is counted by that block).
    if (!closing || name === 'br' || (name === 'p' && !paragraphOpen)) elements++;
    if (name === 'p') paragraphOpen = !closing;
    if (!NOT_NESTING.has(name)) {
      // An end tag closes an element only if one of its name is open. Those it skips stay open
      // here, as formatting elements do in the parser, which copies them into every later block.
      const named = openByName.get(name) ?? 0;
      if (!closing) {
        openByName.set(name, named + 1);
        depth = Math.max(depth, ++open);
      } else if (named > 0) {
        openByName.set(name, named - 1);
        open--;
      }
    }
    index = source.indexOf('<', at);
  }
  return { elements, attributes, depth, html: dropped.length ? without(source, dropped) : source };
}

/** `source` without the ranges in `dropped` (start, end, start, end … in order). */
function without(source: string, dropped: readonly number[]): string {
  let kept = '';
  let from = 0;
  for (let index = 0; index < dropped.length; index += 2) {
    kept += source.slice(from, dropped[index]);
    from = dropped[index + 1]!;
  }
  return kept + source.slice(from);
}

/** Why HTML (given, or made by marked) is over MARKUP_BUDGET, before it is parsed; undefined when it is within. */
export function markupOverBudget({ elements, attributes, depth }: ScannedMarkup): string | undefined {
  if (elements > MARKUP_BUDGET.elements) return `over ${MARKUP_BUDGET.elements} elements`;
  if (attributes > MARKUP_BUDGET.attributes) return `over ${MARKUP_BUDGET.attributes} attributes`;
  if (depth > MARKUP_BUDGET.depth) return `elements nested over ${MARKUP_BUDGET.depth} deep`;
  return undefined;
}

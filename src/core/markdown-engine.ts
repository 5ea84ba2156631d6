/**
 * The heavy half of markdown.ts, loaded by it with `import()` the first time a text is shown, so a
 * widget with no text on screen never downloads a sanitiser. marked is a module of its own
 * (./markdown-parser.ts), loaded beside this one only for text written in markdown.
 *
 * marked (raw HTML off) → sanitiser → one shared finishing pass → nodes for the page; text given as
 * HTML skips marked and takes the same path from the sanitiser on. marked has a time budget of its
 * own (./markdown-parser.ts); before the sanitiser, the HTML is held to the markup's budget
 * (./markup-scan.ts); and texts share each task. The browser's Sanitizer API does the cleaning
 * where it exists; DOMPurify is downloaded only where it does not.
 * Both parse into a document with no browsing context, so nothing (an image above all) loads before
 * the finishing pass has made it safe, and both end in the same finishing pass, so they give the
 * same DOM. In a widget with `media-on-request`, that pass also puts each image from another
 * origin in its placeholder (./held-image.ts) before anything could load it.
 */
import type { Config, DOMPurify as Purifier } from 'dompurify';
import type { MarkdownParser } from './markdown-parser.js';
import type { Translator } from './i18n/index.js';
import { markupOverBudget, scanMarkup } from './markup-scan.js';
import { heldImages, mayLoadNow } from './media-on-request.js';
import { isExternalUrl, safeUrl } from './safe-url.js';

export type SanitizerKind = 'native' | 'dompurify';

/** What a text is written in: markdown (raw HTML in it stays text) or HTML (sanitised like markdown's output). */
export type TextFormat = 'markdown' | 'html';

export interface RenderRequest {
  text: string;
  format: TextFormat;
  /** The URL the text came from; relative links and images resolve against it. */
  baseUrl: string | undefined;
  /** Markdown only: a single line of inline markdown. */
  inline: boolean;
  /** The widget's translator, given when it has `media-on-request`: images from other origins wait for the reader. */
  held?: Translator;
  /** How a warning about the text names it: `summary`, `events[3].text`. */
  field?: string | undefined;
}

export interface MarkdownEngine {
  /**
   * Takes `text`'s share of what this task may show (TASK_CHARACTERS); false when it would go
   * over, and the text should wait for a later task. The first text of a task always fits.
   */
  fitsInTask(text: string): boolean;
  /**
   * Sanitised text as a fragment of the page's document, ready to insert. Markdown needs `parser`.
   * @throws Error for markdown without a parser, and for a text over its time budget (marked's,
   *   in ./markdown-parser.ts; the markup's, in ./markup-scan.ts), after a console warning naming
   *   the field and why: the caller then shows it as typed.
   */
  render(request: RenderRequest, parser: MarkdownParser | undefined): DocumentFragment;
}

/** The elements sanitised text may hold; exported for the hardening suites, which hold every widget to it. */
export const ALLOWED_ELEMENTS: readonly string[] = [
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'del',
  'sup',
  'sub',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
export const ALLOWED_ATTRIBUTES: readonly string[] = ['href', 'title', 'src', 'alt', 'lang', 'dir', 'start', 'align'];
const ALLOWED_ELEMENT_SET: ReadonlySet<string> = new Set(ALLOWED_ELEMENTS);
const ALLOWED_ATTRIBUTE_SET: ReadonlySet<string> = new Set(ALLOWED_ATTRIBUTES);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * HTML input (TimelineJS3's text) uses more than markdown produces. Its top headings are kept and
 * demoted like markdown's; layout wrappers and harmless inline elements give up their tag and keep
 * their text. Anything else outside the allowlist goes with its content, as in markdown.
 */
const HTML_HEADINGS: readonly string[] = ['h1', 'h2'];
const UNWRAPPED_ELEMENTS: readonly string[] = [
  'div',
  'span',
  'font',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'address',
  'figure',
  'figcaption',
  'small',
  'big',
  'mark',
  'abbr',
  'cite',
  'q',
  'dfn',
  'kbd',
  'samp',
  'var',
  'time',
  'ins',
  'strike',
  'tt',
  'dl',
  'dt',
  'dd',
  'caption',
  'tfoot',
  'colgroup',
  'col',
  'nobr',
  'wbr',
];
const UNWRAPPED_SET: ReadonlySet<string> = new Set(UNWRAPPED_ELEMENTS);

const NATIVE_CONFIGS: Readonly<Record<TextFormat, SanitizerConfig>> = {
  markdown: {
    elements: [...ALLOWED_ELEMENTS],
    attributes: [...ALLOWED_ATTRIBUTES],
    comments: false,
    dataAttributes: false,
  },
  html: {
    elements: [...ALLOWED_ELEMENTS, ...HTML_HEADINGS],
    replaceWithChildrenElements: [...UNWRAPPED_ELEMENTS],
    attributes: [...ALLOWED_ATTRIBUTES],
    comments: false,
    dataAttributes: false,
  },
};

const PURIFY_BASE: Config = {
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

const PURIFY_CONFIGS: Readonly<Record<TextFormat, Config & { RETURN_DOM_FRAGMENT: true }>> = {
  markdown: {
    ...PURIFY_BASE,
    ALLOWED_TAGS: [...ALLOWED_ELEMENTS],
    // A fragment of DOMPurify's own DOMParser document: inert, and no second parse by us.
    RETURN_DOM_FRAGMENT: true,
  },
  html: {
    ...PURIFY_BASE,
    // The wrappers pass here and the finishing pass unwraps them; everything else goes with its
    // content, as the Sanitizer API does with elements it was not told to keep. Without
    // KEEP_CONTENT, DOMPurify keeps text only when '#text' is listed.
    ALLOWED_TAGS: [...ALLOWED_ELEMENTS, ...HTML_HEADINGS, ...UNWRAPPED_ELEMENTS, '#text'],
    KEEP_CONTENT: false,
    RETURN_DOM_FRAGMENT: true,
  },
};

/**
 * Characters of text one task shows, at most: a widget with many long texts (a timeline of fifty
 * events renders whole) shows them over several tasks, none of which blocks the page for long.
 * Each text is within its own time budget; together they would not be.
 */
const TASK_CHARACTERS = 20_000;
/** Characters shown in the current task; undefined until its first text, and again once it is over. */
let taskCharacters: number | undefined;

function fitsInTask(text: string): boolean {
  if (taskCharacters === undefined) {
    taskCharacters = 0;
    setTimeout(() => (taskCharacters = undefined));
  }
  if (taskCharacters > 0 && taskCharacters + text.length > TASK_CHARACTERS) return false;
  taskCharacters += text.length;
  return true;
}

/** TypeScript's DOM library knows the Sanitizer config but not yet `setHTML` itself. */
type SettableElement = Element & { setHTML(html: string, options: { sanitizer: SanitizerConfig }): void };

/** HTML to sanitised nodes, still in an inert document. */
type Sanitize = (html: string, format: TextFormat) => DocumentFragment;

export async function createMarkdownEngine(kind: SanitizerKind): Promise<MarkdownEngine> {
  const sanitize = kind === 'native' ? nativeSanitizer() : await purifySanitizer();
  return {
    fitsInTask,
    render({ text, format, baseUrl, inline, held, field }, parser) {
      if (format === 'markdown' && !parser) throw new Error('The markdown parser is not loaded.');
      let html: string;
      try {
        html = format === 'markdown' ? parser!.toHtml(text, inline) : text;
        const scanned = scanMarkup(html);
        const over = markupOverBudget(scanned);
        if (over) throw new Error(over);
        html = scanned.html;
      } catch (error) {
        // Over its time budget, or too much for marked: the caller shows it as typed; the page's
        // developer learns which text and why. marked adds a line asking to report its errors.
        console.warn(`[ahrca-widgets] ${field ?? 'a text'}: shown as plain text: ${String((error as Error).message).split('\n')[0]}`);
        throw error;
      }
      const fragment = sanitize(html, format);
      finish(fragment, baseUrl, format, held);
      // Adopting moves the nodes without a parse, so it is no Trusted Types sink; images in them
      // start loading only now, with their final src, referrer policy and lazy loading.
      return document.adoptNode(fragment);
    },
  };
}

function nativeSanitizer(): Sanitize {
  // A document with no browsing context: nothing parsed into it loads or runs.
  const inert = document.implementation.createHTMLDocument('');
  return (html, format) => {
    const container: Element = inert.createElement('div');
    (container as SettableElement).setHTML(html, { sanitizer: NATIVE_CONFIGS[format] });
    const fragment = inert.createDocumentFragment();
    fragment.append(...container.childNodes);
    return fragment;
  };
}

async function purifySanitizer(): Promise<Sanitize> {
  const { default: DOMPurify } = await import('dompurify');
  // An instance of our own, so hooks added to the page's or another copy's DOMPurify never run on
  // our output. Its DOMParser needs the Trusted Types policy 'dompurify'.
  const purifier: Purifier = DOMPurify(window);
  return (html, format) => purifier.sanitize(html, PURIFY_CONFIGS[format]);
}

/**
 * The pass both sanitisers share. It first repeats their allowlist, so that a difference between
 * the two (or a browser's Sanitizer defaults) can never show, then secures URLs and adds our own
 * attributes, the only ones outside the allowlist.
 */
function finish(fragment: DocumentFragment, baseUrl: string | undefined, format: TextFormat, held: Translator | undefined): void {
  const walker = fragment.ownerDocument.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);

  for (const node of nodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      (node as Comment).remove();
      continue;
    }
    let element = node as Element;
    if (format === 'html' && element.namespaceURI === HTML_NAMESPACE) {
      if (UNWRAPPED_SET.has(element.localName)) {
        element.replaceWith(...element.childNodes);
        continue;
      }
      if (/^h[1-6]$/.test(element.localName)) element = demoteHeading(element);
    }
    if (element.namespaceURI !== HTML_NAMESPACE || !ALLOWED_ELEMENT_SET.has(element.localName)) {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      if (!ALLOWED_ATTRIBUTE_SET.has(attribute.name)) element.removeAttributeNode(attribute);
    }
    secure(element, baseUrl, held);
  }
}

/**
 * Markdown's headings arrive demoted already (see createMarkdownParser in markdown-parser.ts); an HTML heading is demoted here by
 * the same rule, so `<h1>` in TimelineJS3 text becomes h3 under the event's own heading. Its
 * children move over and are still walked.
 */
function demoteHeading(heading: Element): Element {
  const level = Math.min(Number(heading.localName.slice(1)) + 2, 6);
  const demoted = heading.ownerDocument.createElement(`h${level}`);
  for (const attribute of heading.attributes) demoted.setAttribute(attribute.name, attribute.value);
  demoted.append(...heading.childNodes);
  heading.replaceWith(demoted);
  return demoted;
}

function secure(element: Element, baseUrl: string | undefined, held: Translator | undefined): void {
  for (const name of ['href', 'src']) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const url = safeUrl(value, baseUrl);
    if (url === undefined) element.removeAttribute(name);
    else element.setAttribute(name, url);
  }

  if (element.localName === 'a') {
    const href = element.getAttribute('href');
    if (href === null) return;
    element.setAttribute('rel', 'noopener noreferrer');
    if (isExternalUrl(href)) element.setAttribute('target', '_blank');
  } else if (element.localName === 'img') {
    if (!element.hasAttribute('src')) {
      element.remove();
      return;
    }
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
    element.setAttribute('referrerpolicy', 'no-referrer');
    const src = element.getAttribute('src')!;
    if (!held || mayLoadNow(src, true)) return;
    // The widget waited for the placeholders; should they have failed to download, the image goes.
    const placeholders = heldImages();
    if (placeholders) placeholders.holdInText(element, src, held);
    else element.remove();
  }
}

/**
 * The text a reader would see in a fragment of HTML, as a plain string: tags dropped, the content
 * of script-like elements dropped, entities decoded, white space collapsed. It never parses into a
 * document (so it runs in Node, and nothing in the markup can load or run), and its result is only
 * ever used as text. Markup that should stay markup goes through `renderMarkdown(…, { format: 'html' })`.
 */

/** Elements whose content is not text a reader sees. */
const HIDDEN_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'textarea', 'title', 'object']);

/** Elements that end a line or a block: a space keeps the words on either side apart. */
const SEPARATING = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dd',
  'dt',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'tr',
  'td',
  'th',
  'table',
  'blockquote',
  'pre',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'figcaption',
  'address',
]);

/** The entities people type by hand; any other one stays as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  euro: '€',
  pound: '£',
  sect: '§',
  para: '¶',
  prime: '′',
  Prime: '″',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}

function isTagNameEnd(char: string): boolean {
  return char === '>' || char === '/' || char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

/** Index just after the `>` closing the tag whose attributes start at `from`, skipping quoted values. */
function endOfTag(html: string, from: number): number {
  let index = from;
  while (index < html.length) {
    const char = html[index];
    if (char === '>') return index + 1;
    if (char === '=') {
      index++;
      while (html[index] === ' ' || html[index] === '\t' || html[index] === '\n') index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close === -1) return html.length;
        index = close + 1;
        continue;
      }
      continue;
    }
    index++;
  }
  return html.length;
}

/** `</name` ending a hidden element, in any ASCII case; one pattern per name, searched from where the element starts. */
const closingTags = new Map<string, RegExp>();

/**
 * Index just after `</name …>`, or the end of the text when the element is never closed. It reads
 * only from `from` on, so that a text of many hidden elements is read once, not once per element.
 */
function endOfElement(html: string, name: string, from: number): number {
  let closing = closingTags.get(name);
  if (!closing) closingTags.set(name, (closing = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi')));
  closing.lastIndex = from;
  const close = closing.exec(html);
  return close ? endOfTag(html, close.index + 2 + name.length) : html.length;
}

/**
 * The text of an HTML fragment without its tags, entities still encoded. Text is copied a run at a
 * time, between tags: a `<` that starts no tag stays in its run (a character at a time, 100,000 of
 * them took a fifth of a second).
 */
function stripTags(html: string): string {
  let text = '';
  /** Where the text not yet copied starts. */
  let run = 0;
  let open = html.indexOf('<');
  while (open !== -1) {
    const next = html[open + 1];
    const closing = next === '/';
    const nameStart = closing ? open + 2 : open + 1;
    const comment = html.startsWith('<!--', open);
    // `a < b` is text; `</>` is nothing.
    if (!comment && next !== '!' && next !== '?' && !isAsciiLetter(html[nameStart]) && !(closing && html[nameStart] === '>')) {
      open = html.indexOf('<', open + 1);
      continue;
    }
    text += html.slice(run, open);
    let end: number;
    if (comment) {
      const close = html.indexOf('-->', open + 4);
      end = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', open);
      end = close === -1 ? html.length : close + 1;
    } else if (!isAsciiLetter(html[nameStart])) {
      end = nameStart + 1;
    } else {
      let nameEnd = nameStart;
      while (nameEnd < html.length && !isTagNameEnd(html[nameEnd] ?? '>')) nameEnd++;
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      end = endOfTag(html, nameEnd);
      if (SEPARATING.has(name)) text += ' ';
      if (!closing && HIDDEN_CONTENT.has(name)) end = endOfElement(html, name, end);
    }
    run = end;
    open = html.indexOf('<', end);
  }
  return text + html.slice(run);
}

function decodeCodePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return String.fromCodePoint(valid ? code : 0xfffd);
}

/** Decodes `&amp;`, `&#8211;`, `&#x2013;` and the named entities above; leaves anything else as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body] ?? whole;
    const hex = body[1] === 'x' || body[1] === 'X';
    return decodeCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** What a reader would read in `html`, on one line: `Whitney Houston<br/> 1963 &ndash; 2012` → `Whitney Houston 1963 – 2012`. */
export function plainTextFromHtml(html: string): string {
  return decodeEntities(stripTags(html))
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

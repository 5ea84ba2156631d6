/**
 * marked, configured for our markdown. markdown.ts loads it with `import()` only when a text written
 * in markdown is shown; text given as HTML (TimelineJS3's) goes straight to the sanitiser in
 * ./markdown-engine.ts, so a page with only such text never downloads marked (15 KB gzip).
 * The HTML it returns is untrusted until the engine has sanitised it.
 */
import { Marked } from 'marked';

export interface MarkdownParser {
  /** Markdown to HTML; `inline` parses one line: emphasis, links, code, no paragraphs or lists. */
  toHtml(text: string, inline: boolean): string;
}

export function createMarkdownParser(): MarkdownParser {
  const marked = new Marked({
    gfm: true,
    // Raw HTML is not markdown we support: with no `html` (block) or `tag` (inline) token, `<b>` is
    // plain text that the text renderer escapes, so it shows as typed and can never become markup.
    tokenizer: {
      html: () => undefined,
      tag: () => undefined,
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
    toHtml: (text, inline) => (inline ? marked.parseInline(text, { async: false }) : marked.parse(text, { async: false })),
  };
}

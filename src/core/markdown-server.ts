/**
 * The server's half of markdown.ts, for `ahrca-widgets render` (src/tools/render.ts) and never in a
 * reader's download. Lit's server renderer calls a directive's `render()` and writes strings, not
 * nodes: there, the markdown directive's `render()` is this one, which takes a text through the
 * same engine (marked, DOMPurify with the same configuration, the same finishing pass and URL rule)
 * and hands the sanitised result to Lit as HTML. A text the engine refuses (over its time budget)
 * shows as typed, as in the browser. Nothing in markdown.ts changes for it, so a reader downloads
 * nothing for it.
 */
import { getDirectiveClass } from 'lit/directive-helpers.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { createMarkdownEngine } from './markdown-engine.js';
import { createMarkdownParser } from './markdown-parser.js';
import { renderMarkdown, whenMarkdownReady, type MarkdownOptions } from './markdown.js';

/**
 * From now on, every text renders to HTML. The global `window` and `document` must be a DOM's
 * (jsdom's, set by the renderer): DOMPurify and the finishing pass work in it, as in a browser.
 */
export async function useServerMarkdown(): Promise<void> {
  // markdown.ts's own downloads settle too, so that renderMarkdown() counts no text as waiting for
  // them (a widget would show its skeleton instead of its texts).
  const [engine] = await Promise.all([createMarkdownEngine('dompurify'), whenMarkdownReady('markdown')]);
  const parser = createMarkdownParser();
  // The directive's class, through Lit's own helper: markdown.ts keeps it to itself.
  const directive = getDirectiveClass(renderMarkdown('text'))!;
  directive.prototype.render = (text: string, options: MarkdownOptions) => {
    const format = options.format ?? 'markdown';
    try {
      const box = document.createElement('div');
      box.append(engine.render({ text, format, baseUrl: options.baseUrl, inline: options.inline === true, field: options.field }, parser));
      return unsafeHTML(box.innerHTML);
    } catch {
      // Over its time budget: as typed, HTML without its tags, as plainText() in markdown.ts shows it.
      const box = document.createElement('p');
      box.textContent = format === 'html' ? text.replace(/<[^<>]*>/g, '') : text;
      return unsafeHTML(options.inline ? box.innerHTML : box.outerHTML);
    }
  };
}

/**
 * The snippets the builder prints for one widget set-up: a script tag and the element, an iframe,
 * an npm import, and the command that renders it as static HTML for readers without JavaScript.
 * The first three carry the same attributes, so they render the same widget.
 */
import { EMBED_WIDGETS } from '../../src/embed/embed-params.js';

export interface WidgetSetup {
  /** A key of EMBED_WIDGETS. */
  widget: string;
  /** Attribute name and value, `src` and `lang` included; `''` is a boolean attribute. */
  attributes: readonly (readonly [string, string])[];
  /** Where the library's dist/ is, ending in `/`. */
  cdnBase: string;
  /** The URL of embed.html. */
  embedPage: string;
  /** The `integrity` of each file by its name in dist/ (from sri.json); a file without one gets none. */
  integrity: Readonly<Record<string, string>>;
  /** The content inside the element, as HTML (see fallback.ts). */
  fallbackHtml: string;
  /** The iframe's title, for screen readers: what it shows. */
  title: string;
  /** The widget's height in the preview, in whole pixels: the space the script and iframe snippets reserve. */
  reservedHeight?: number;
  /**
   * What the script snippet has the browser fetch beside the loader, so that a slow link spends one
   * round trip on it all: files of dist/ (see preloads.ts), and the data's URL.
   */
  preload?: { files: readonly string[]; data?: string };
}

/** The height of the iframe before the helper, or without it, sizes the frame to its content, when nothing was measured. */
export const FRAME_HEIGHT = 600;

/** What embed.html adds around the widget: `main`'s padding above and below (src/embed/embed.css). */
export const EMBED_PAGE_PADDING = 8;

/**
 * The reservation on the element: before the widget's code arrives the element is an unknown, inline
 * one, on which `min-height` does nothing, hence `display: block`.
 */
export function reservationStyle(height: number): string {
  return `display: block; min-height: ${height}px`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value made safe to write into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function attributeList(attributes: readonly (readonly [string, string])[]): string {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}

/** ` integrity="…" crossorigin="anonymous"` for a file of dist/ whose hash is known, else nothing. */
function checked(setup: WidgetSetup, file: string): string {
  const integrity = setup.integrity[file];
  return integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
}

function scriptTag(setup: WidgetSetup, file: string, attributes: string): string {
  return `<script${attributes} src="${escapeHtml(setup.cdnBase + file)}"${checked(setup, file)}></script>`;
}

/**
 * Preload hints: each module with its hash (a module preload is fetched as the import will ask
 * for it), and the data as the widgets fetch it (CORS, no referrer; `crossorigin` makes it the
 * same request as theirs, so the browser hands it over instead of fetching twice).
 */
function preloadTags(setup: WidgetSetup): string[] {
  const { files = [], data } = setup.preload ?? {};
  const tags = files.map((file) => `<link rel="modulepreload" href="${escapeHtml(setup.cdnBase + file)}"${checked(setup, file)}>`);
  if (data) tags.push(`<link rel="preload" as="fetch" href="${escapeHtml(data)}" crossorigin="anonymous" referrerpolicy="no-referrer">`);
  return tags;
}

function elementMarkup(setup: WidgetSetup, attributes: readonly (readonly [string, string])[] = setup.attributes): string {
  const tag = EMBED_WIDGETS[setup.widget]!.tag;
  const inner = setup.fallbackHtml ? `\n  ${setup.fallbackHtml}\n` : '';
  return `<${tag}${attributeList(attributes)}>${inner}</${tag}>`;
}

/** Preload hints, the loader from the CDN, then the element, its space reserved, with its fallback content. */
export function scriptSnippet(setup: WidgetSetup): string {
  const reserved = setup.reservedHeight === undefined ? [] : [['style', reservationStyle(setup.reservedHeight)] as const];
  return [...preloadTags(setup), scriptTag(setup, 'ahrca-widgets.js', ' type="module"'), elementMarkup(setup, [...setup.attributes, ...reserved])].join('\n');
}

/** The embed page's URL for this set-up: the same attributes as query parameters. */
export function embedUrl(setup: WidgetSetup): string {
  const url = new URL(setup.embedPage);
  url.search = '';
  url.searchParams.set('widget', setup.widget);
  for (const [name, value] of setup.attributes) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The iframe, then the optional one-line helper that sizes it and links deep links through. A
 * measured height is the frame's first height and the least the helper sizes it to, so that the
 * frame neither shrinks to the skeleton nor grows when the data arrives.
 */
export function iframeSnippet(setup: WidgetSetup): string {
  const reserved = setup.reservedHeight === undefined ? undefined : setup.reservedHeight + EMBED_PAGE_PADDING;
  const frame =
    `<iframe data-ahrca-embed src="${escapeHtml(embedUrl(setup))}" title="${escapeHtml(setup.title)}"` +
    ` width="100%" height="${reserved ?? FRAME_HEIGHT}"${reserved === undefined ? '' : ` data-ahrca-min-height="${reserved}"`}` +
    ` style="border: 0; width: 100%"></iframe>`;
  return `${frame}\n${scriptTag(setup, 'embed-resize.js', ' async')}`;
}

/** For an application that bundles its own code: the import, then the element. */
export function npmSnippet(setup: WidgetSetup): string {
  return `// npm install ahrca-widgets\nimport 'ahrca-widgets/${setup.widget}';\n\n<!-- in your template -->\n${elementMarkup(setup)}`;
}

/** A word for a POSIX shell, quoted so that nothing in it is read by the shell. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** The options `ahrca-widgets render` takes from the set-up; the others keep the widget's defaults. */
const RENDER_OPTIONS = ['lang', 'theme', 'person'] as const;

/**
 * Works without JavaScript: the command that renders the widget with its data to static HTML
 * (`ahrca-widgets render`, docs/tools.md). The renderer is Lit's server renderer with DOMPurify on a
 * server-side DOM, in Node: it is not shipped to browsers, so the builder prints the command to run
 * instead of its output. The data's first URL is the one rendered (mirrors are for the script).
 */
export function staticSnippet(setup: WidgetSetup): string {
  const value = (name: string) => setup.attributes.find(([attribute]) => attribute === name)?.[1];
  const source = value('src')?.trim().split(/\s+/)[0] || 'data.json';
  const words = ['npx', 'ahrca-widgets', 'render', shellWord(source), '--widget', setup.widget];
  for (const name of RENDER_OPTIONS) {
    const given = value(name);
    if (given) words.push(`--${name}`, shellWord(given));
  }
  return `# Node.js 20 or later; paste what it writes where the widget goes\n${words.join(' ')} > ${setup.widget}.html`;
}

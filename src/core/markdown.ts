/**
 * The only place where untrusted text becomes HTML. This half is small and always bundled: it checks
 * the text, and renders it through a directive that downloads the engine (a sanitiser and the
 * finishing pass, in ./markdown-engine.ts) the first time a text is shown, and marked
 * (./markdown-parser.ts) beside it the first time a text written in markdown is shown. Widgets with
 * no text on screen download neither; text given as HTML never downloads marked. No HTML string
 * reaches Lit: the engine hands over sanitised nodes.
 */
import { noChange, nothing } from 'lit';
import { AsyncDirective, directive, type ChildPart, type DirectiveResult } from 'lit/async-directive.js';
import { resolveLang, translator, type Translator } from './i18n/index.js';
import type { MarkdownEngine, RenderRequest, SanitizerKind, TextFormat } from './markdown-engine.js';
import type { MarkdownParser } from './markdown-parser.js';

import { MARKDOWN_MAX_LENGTH } from './limits.js';

export { MARKDOWN_MAX_LENGTH };
export type { TextFormat };

/**
 * Trusted Types policies a page that enforces `require-trusted-types-for 'script'` must allow for
 * widgets showing markdown. Lit creates 'lit-html' when it loads, for its own templates; markdown no
 * longer passes through it. Browsers with the Sanitizer API need nothing more; elsewhere DOMPurify
 * parses the markup it cleans through 'dompurify'. A page's policy serves every browser, so both are
 * listed. A page that can load two copies of the widgets (or of Lit or DOMPurify) also needs
 * `'allow-duplicates'`.
 */
export const TRUSTED_TYPES_POLICIES: readonly string[] = Object.freeze(['lit-html', 'dompurify']);

export class MarkdownTooLongError extends Error {
  readonly length: number;
  readonly max: number;

  constructor(length: number, max: number) {
    super(`Markdown is ${length} characters long; at most ${max} are accepted.`);
    this.name = 'MarkdownTooLongError';
    this.length = length;
    this.max = max;
  }
}

export interface MarkdownOptions {
  /** The URL the text came from; relative links and images resolve against it. */
  baseUrl?: string;
  /** Defaults to MARKDOWN_MAX_LENGTH. */
  maxLength?: number;
  /** Parse as a single line of inline markdown: emphasis, links, code, no paragraphs or lists. */
  inline?: boolean;
  /**
   * `markdown` (default), or `html` for text written as HTML (TimelineJS3's): it skips marked and
   * goes through the same sanitiser, link policy and Trusted Types path, so it never runs.
   */
  format?: TextFormat;
  /** How a warning names the text, when it is shown as typed (over its time budget): `summary`, `events[3].text`. */
  field?: string;
}

/**
 * A module downloaded once for every widget on the page. A failed download is forgotten, so that a
 * later text retries (shown as typed meanwhile); `failed` says the last one failed.
 */
class LazyModule<T> {
  value: T | undefined;
  failed = false;
  private loading: Promise<T> | undefined;

  constructor(private readonly download: () => Promise<T>) {}

  load(): Promise<T> {
    if (!this.loading) {
      const loading = this.download();
      this.loading = loading;
      // Registered before any caller's handlers, so `value` is set when they run. A reset makes this load stale.
      loading.then(
        (loaded) => {
          if (this.loading !== loading) return;
          this.value = loaded;
          this.failed = false;
        },
        () => {
          if (this.loading !== loading) return;
          this.loading = undefined;
          this.failed = true;
        },
      );
    }
    return this.loading;
  }

  reset(): void {
    this.value = undefined;
    this.loading = undefined;
    this.failed = false;
  }
}

let sanitizerKind: SanitizerKind | undefined;
const engine = new LazyModule<MarkdownEngine>(() => {
  sanitizerKind ??= 'setHTML' in Element.prototype ? 'native' : 'dompurify';
  const kind = sanitizerKind;
  return import('./markdown-engine.js').then((module) => module.createMarkdownEngine(kind));
});
/** marked, fetched at the same time as the engine the first time a text in markdown is shown. */
const parser = new LazyModule<MarkdownParser>(() => import('./markdown-parser.js').then((module) => module.createMarkdownParser()));

/** What a text in `format` needs, downloaded in parallel; rejects if any of it fails. */
function loadFor(format: TextFormat): Promise<unknown> {
  return format === 'markdown' ? Promise.all([engine.load(), parser.load()]) : engine.load();
}

/** True when a text in `format` can render now, without waiting for a download. */
function readyFor(format: TextFormat): boolean {
  return engine.value !== undefined && (format === 'html' || parser.value !== undefined);
}

/** True when the last download a text in `format` needs failed: it shows as typed meanwhile. */
function failedFor(format: TextFormat): boolean {
  return engine.failed || (format === 'markdown' && parser.failed);
}

/**
 * Resolves once what texts in `format` need has loaded (the engine, and marked for markdown), after
 * which they render synchronously, or has failed to, after which waiting texts show as plain text.
 * Starts the download if no text has. Never rejects.
 */
export function whenMarkdownReady(format: TextFormat = 'markdown'): Promise<void> {
  return loadFor(format).then(
    () => undefined,
    () => undefined,
  );
}

let textsBeforeEngine = 0;
/** The formats of the texts counted by textsBeforeEngine. */
const formatsAskedBeforeEngine = new Set<TextFormat>();

/**
 * How many texts have been asked for that show a moment after the rest of their template: while
 * what they need is downloading (not after a failed download: those show as typed at once). A
 * widget compares it before and after rendering: when it grew, it can keep its skeleton until
 * `whenTextsReady()`, so that its ready state appears whole instead of growing as texts come in.
 */
export function textsAskedBeforeEngine(): number {
  return textsBeforeEngine;
}

/**
 * Resolves once every text asked for so far can show: the downloads its format needs have loaded
 * or failed (text given as HTML never waits for marked). Never rejects.
 */
export function whenTextsReady(): Promise<void> {
  return Promise.all([...formatsAskedBeforeEngine].map(whenMarkdownReady)).then(() => undefined);
}

/** Tests force each sanitiser in turn; `undefined` restores feature detection. Forgets the engine (marked stays). */
export function setSanitizerForTesting(kind: SanitizerKind | undefined): void {
  sanitizerKind = kind;
  engine.reset();
}

/** Paragraphs of a text shown as typed; the rest joins the last, so that no text lays out as thousands of elements. */
const PLAIN_PARAGRAPHS = 100;

/**
 * Without the engine, or over its time budget, the text as typed: plain text, paragraphs split on
 * blank lines. HTML loses its tags (only ever set as text, so nothing in it can run; a tag ends
 * before the next `<`, which keeps this linear); its entities stay as written.
 */
function plainText({ text: typed, format, inline }: RenderRequest): DocumentFragment {
  const text = format === 'html' ? typed.replace(/<[^<>]*>/g, '') : typed;
  const fragment = document.createDocumentFragment();
  if (inline) {
    fragment.append(text);
    return fragment;
  }
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length > PLAIN_PARAGRAPHS) paragraphs.push(paragraphs.splice(PLAIN_PARAGRAPHS - 1).join(' '));
  for (const paragraph of paragraphs) {
    const element = document.createElement('p');
    element.textContent = paragraph;
    fragment.append(element);
  }
  return fragment;
}

/**
 * A widget with `media-on-request` holds the images in its texts as it holds its own: read from the
 * element that renders the text, so that no text of any widget can forget to. The placeholder
 * speaks the widget's language.
 */
function heldBy(host: object | undefined): Translator | undefined {
  return host instanceof HTMLElement && (host as { mediaOnRequest?: unknown }).mediaOnRequest === true ? translator(resolveLang(host)) : undefined;
}

class MarkdownDirective extends AsyncDirective {
  private request?: RenderRequest;
  /** What arrived while the directive was off the page, to show when it comes back. */
  private pending?: { request: RenderRequest; loaded: MarkdownEngine | undefined };
  private held?: Translator;

  override update(part: ChildPart, [text, options]: [string, MarkdownOptions]): unknown {
    this.held = heldBy(part.options?.host);
    return this.render(text, options);
  }

  render(text: string, options: MarkdownOptions): unknown {
    const previous = this.request;
    const request: RenderRequest = {
      text,
      format: options.format ?? 'markdown',
      baseUrl: options.baseUrl,
      inline: options.inline === true,
      field: options.field,
      ...(this.held ? { held: this.held } : {}),
    };
    // Widgets re-render every minute for their countdowns: the same text keeps the same nodes.
    if (
      previous &&
      previous.text === request.text &&
      previous.format === request.format &&
      previous.baseUrl === request.baseUrl &&
      previous.inline === request.inline &&
      previous.held === request.held
    ) {
      return noChange;
    }
    this.request = request;
    this.pending = undefined;
    // Once this task has shown its share of text, the next text waits like one whose engine is loading.
    if (readyFor(request.format) && engine.value!.fitsInTask(text)) return content(request, engine.value);
    // Whatever arrived is used: marked missing leaves markdown as typed, the engine missing leaves any text so.
    const show = () => this.show(request, engine.value);
    loadFor(request.format).then(show, show);
    // After a failed download, the text as typed while the next one is tried.
    return failedFor(request.format) ? content(request, engine.value) : nothing;
  }

  protected override reconnected(): void {
    if (this.pending) this.show(this.pending.request, this.pending.loaded);
  }

  private show(request: RenderRequest, loaded: MarkdownEngine | undefined): void {
    if (request !== this.request) return;
    // A part taken off the page may have no parent left to insert into.
    if (!this.isConnected) {
      this.pending = { request, loaded };
      return;
    }
    this.pending = undefined;
    if (loaded?.fitsInTask(request.text) === false) {
      // This task has shown its share of text.
      setTimeout(() => this.show(request, loaded));
      return;
    }
    this.setValue(content(request, loaded));
  }
}

/**
 * Never throws into the page: an engine that is missing or fails shows the text as typed, and so
 * does a text over its time budget (the engine says why in the console).
 */
function content(request: RenderRequest, loaded: MarkdownEngine | undefined): DocumentFragment | typeof nothing {
  let fragment: DocumentFragment;
  try {
    fragment = loaded ? loaded.render(request, parser.value) : plainText(request);
  } catch {
    fragment = plainText(request);
  }
  return fragment.hasChildNodes() ? fragment : nothing;
}

const markdown = directive(MarkdownDirective);

/**
 * Markdown (or HTML, with `format: 'html'`) as a value for a Lit template; `nothing` for blank text. The first text on a page shows
 * once the engine has downloaded (`whenMarkdownReady()`); later ones show at once. In a widget with
 * `media-on-request`, images from other origins in the text wait for the reader.
 * @throws TypeError when `text` is not a string; MarkdownTooLongError when it is over `maxLength`.
 */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): DirectiveResult<typeof MarkdownDirective> | typeof nothing {
  if (typeof text !== 'string') {
    throw new TypeError(`Markdown must be a string, got ${text === null ? 'null' : typeof text}.`);
  }
  const max = options.maxLength ?? MARKDOWN_MAX_LENGTH;
  if (text.length > max) throw new MarkdownTooLongError(text.length, max);
  if (text.trim() === '') return nothing;
  const format = options.format ?? 'markdown';
  if (!readyFor(format) && !failedFor(format)) {
    textsBeforeEngine += 1;
    formatsAskedBeforeEngine.add(format);
  }
  return markdown(text, options);
}

/**
 * `ahrca-widgets render`: a widget with its data rendered inside, as declarative shadow DOM
 * (`<template shadowrootmode="open">`), for pages read with JavaScript off (Tor Browser at
 * "Safest", sites that strip scripts, search engines). It is Lit's own server renderer running the
 * widgets' own code: their schemas, adapters, string tables, dates and templates. Texts go through
 * the widgets' markdown engine with DOMPurify on a jsdom DOM, the same sanitiser configuration and
 * URL rule as in a reader's browser. Node only: nothing of this reaches a reader.
 *
 * The element also carries its data as inline JSON, so that with JavaScript on it reads that (no
 * request) and takes over. Nothing in the widgets' code knows of this: Lit renders its own content
 * in front of the static one, and a rule of this render's own CSS (TAKE_OVER_CSS) hides the static
 * content once the element shows anything but its skeleton, and the skeleton until then, so nothing
 * flashes or moves, and a reader of a normal embed downloads nothing more.
 */
// Lit's DOM shim on Node's global, before any widget module loads: `Element`, `document`, `window`.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
// Node's dates spaced as browsers space them, so that the take-over writes the same strings.
import './browser-intl.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { JSDOM } from 'jsdom';
import { html, type TemplateResult } from 'lit';
import type { Theme, View } from '../core/base-element.js';
import { LoadError } from '../core/data-source.js';
import { loadLanguage } from '../core/i18n/index.js';
import { useServerMarkdown } from '../core/markdown-server.js';
import { IDENTIFIER_PATTERN } from '../core/patterns.js';
import { invalidData, preparePayload, type MaybePromise } from '../core/payload.js';
import type { ValidationResult } from '../core/schema/validate.js';
import '../components/appeal-banner/appeal-banner.js';
import '../components/prisoner-card/prisoner-card.js';
import '../components/prisoner-list/prisoner-list.js';
import '../components/timeline/timeline.js';
import { extrasStyles } from '../components/timeline/event-extras.js';
import { mediaStyles } from '../components/timeline/media-cards.js';

export const RENDER_WIDGETS = ['timeline', 'prisoner-card', 'prisoner-list', 'appeal-banner'] as const;
export type RenderWidget = (typeof RENDER_WIDGETS)[number];

export const isRenderWidget = (value: string): value is RenderWidget => (RENDER_WIDGETS as readonly string[]).includes(value);

export interface RenderOptions {
  widget: RenderWidget;
  /** The language of the UI and of localised content; default `en`. */
  lang?: string;
  /** `light` (default), `dark` or `auto`. */
  theme?: Theme;
  /** For `prisoner-card` with a feed: the id of the person to show. */
  person?: string;
  /**
   * The address of the page the HTML will be published on: relative URLs in the data resolve
   * against it, and links to other sites open in a new tab. Without it, a data file given by URL is
   * the base; relative URLs in a local file then have none and point nowhere useful.
   */
  base?: string;
}

/** Where relative URLs go when the renderer is told of no page: an address that can never load. */
const NO_PAGE = 'https://relative.invalid/';

/**
 * The page the widgets' code sees: a jsdom document at the address the render goes on. Lit's shim
 * gives the classes (`HTMLElement`, `customElements`); `window`, `document`, `location`, `Node` and
 * `NodeFilter` are jsdom's, so that the URL rule (src/core/safe-url.ts) reads the page's address,
 * and DOMPurify and the finishing pass (src/core/markdown-engine.ts) run as in a browser. Nothing
 * loads or runs in it: jsdom runs no script and fetches nothing unless told to.
 */
const page = new JSDOM('', { url: NO_PAGE });
const { window } = page;
Object.assign(globalThis, { window, document: window.document, location: window.location, Node: window.Node, NodeFilter: window.NodeFilter });

let markdownReady: Promise<void> | undefined;

/** The steps of AhrcaElement (src/core/base-element.ts) that read data; protected there, public to this renderer. */
interface DataSteps {
  adapt(payload: unknown, signal: AbortSignal): unknown;
  beforeValidation(value: unknown): unknown;
  validateData(value: unknown, signal: AbortSignal): MaybePromise<ValidationResult<unknown>>;
  isEmpty(value: unknown): boolean;
}

/**
 * The data as the widget would show it, read and checked whole by an element of its class, off any
 * page, through its own steps (adapter, withdrawals, schema), as its `load()` does.
 * @throws LoadError for data the widget would refuse.
 */
async function viewOf(widget: RenderWidget, payload: unknown, lang: string, person: string | undefined): Promise<View<unknown>> {
  const constructor = customElements.get(`ahrca-${widget}`) as unknown as new () => DataSteps & { lang: string; person?: string };
  const element = new constructor();
  // Its language, as on the page: a step may load what the language needs (a timeline's dates
  // before the common era), and Node 20 has no `navigator.language` to fall back on.
  element.lang = lang;
  if (person !== undefined) element.person = person;
  const signal = new AbortController().signal;
  const prepared = await preparePayload(
    payload,
    'inline',
    {
      adapt: (value, abort) => element.adapt(value, abort),
      beforeValidation: (value) => element.beforeValidation(value),
      validate: (value, abort) => element.validateData(value, abort),
    },
    signal,
  );
  if (prepared.kind === 'empty' || element.isEmpty(prepared.value)) return { status: 'empty' };
  const errors = prepared.remaining ? await prepared.remaining() : [];
  if (errors.length > 0) throw invalidData('inline', errors);
  return { status: 'ready', value: prepared.value, source: 'inline', stale: false };
}

/** One template per widget: a tag name cannot be a binding. */
/**
 * One template per widget: a tag name cannot be a binding. `view` is the state to render (the
 * element's protected `view`); `data` is the same payload, which the element reads again as it
 * connects, so that it starts no load of its own. The list shows every tile (its private `limit`):
 * there is no "Show more" without a script.
 */
function template(widget: RenderWidget, view: View<unknown>, payload: unknown, lang: string, theme: Theme, person: string | undefined): TemplateResult {
  switch (widget) {
    case 'timeline':
      return html`<ahrca-timeline lang=${lang} theme=${theme} .data=${payload} .view=${view}></ahrca-timeline>`;
    case 'prisoner-card':
      return person === undefined
        ? html`<ahrca-prisoner-card lang=${lang} theme=${theme} .data=${payload} .view=${view}></ahrca-prisoner-card>`
        : html`<ahrca-prisoner-card lang=${lang} theme=${theme} person=${person} .data=${payload} .view=${view}></ahrca-prisoner-card>`;
    case 'prisoner-list':
      return html`<ahrca-prisoner-list lang=${lang} theme=${theme} .data=${payload} .view=${view} .limit=${Number.POSITIVE_INFINITY}></ahrca-prisoner-list>`;
    case 'appeal-banner':
      return html`<ahrca-appeal-banner lang=${lang} theme=${theme} .data=${payload} .view=${view}></ahrca-appeal-banner>`;
  }
}

/**
 * With JavaScript on, Lit renders the element's own content in front of the static one. Until that
 * content is more than the skeleton, the skeleton is hidden and the static content shows; from the
 * update that renders it on, the static content is hidden: one frame to the next, nothing moves.
 */
export const TAKE_OVER_CSS =
  ':host > [part~="base"] ~ [part~="base"], :host > :is([part="error"], [part="empty"], [part="withdrawn"]) ~ *,' +
  ' :host > [part="skeleton"]:has(~ [part~="base"]) { display: none !important; }';

/**
 * The controls the static render disables (disableControls) look it: a reader with scripts off sees
 * a greyed button, not one that seems to work and does nothing. The widgets disable no control of
 * their own, so this touches none once the element has taken over; opacity moves no box.
 */
export const STATIC_CONTROLS_CSS = ':is(button, input, select, textarea):disabled { opacity: 0.55; cursor: not-allowed; }';

/** JSON that can sit in a `<script>` element: no `<` in it can close the element or open a comment. */
export function scriptSafeJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

/**
 * Controls that need JavaScript (search, filters, order, copy link, share, dismiss, show image,
 * play) are kept where they are, so that nothing moves when the element takes over, but disabled:
 * inert, never a button that does nothing. Every `<` from data reaches the output escaped (text and
 * attributes by Lit, sanitised texts by the serialiser), so these tag openings are the templates' own.
 */
function disableControls(markup: string): string {
  return markup.replace(/<(button|input|select|textarea)(?=[\s>])/g, '<$1 disabled');
}

/**
 * The element `<ahrca-… lang theme>` with the widget's view of `payload` rendered inside as
 * declarative shadow DOM, and the payload as inline JSON for when JavaScript is on.
 * @throws LoadError for data the widget would refuse (invalid, or no such person).
 */
export async function renderWidget(payload: unknown, options: RenderOptions): Promise<string> {
  const lang = options.lang || 'en';
  const theme = options.theme ?? 'light';
  page.reconfigure({ url: options.base ?? NO_PAGE });
  markdownReady ??= useServerMarkdown();
  await Promise.all([markdownReady, loadLanguage(lang)]);
  const view = await viewOf(options.widget, payload, lang, options.person);
  const rendered = await collectResult(render(template(options.widget, view, payload, lang, theme, options.person)));
  // The outer part's markers are for hydration, which this render does not use.
  const element = rendered
    .replace(/^(?:<!--[^>]*-->)+/, '')
    .replace(/(?:<!--[^>]*-->)+$/, '')
    .replace(/(<template shadowroot="open" shadowrootmode="open">)/, `$1<style>${TAKE_OVER_CSS} ${STATIC_CONTROLS_CSS}${lazyCss(options.widget)}</style>`);
  const closing = `</ahrca-${options.widget}>`;
  const at = element.lastIndexOf(closing);
  const inline = `<script type="application/json">${scriptSafeJson(payload)}</script>`;
  return `${disableControls(element.slice(0, at))}${inline}${closing}\n`;
}

/**
 * The styles a page adopts with the timeline's lazy modules (media, eras, sources, backgrounds),
 * which a static render has no script to fetch: in its own style element, as the modules' rows are
 * in its HTML.
 */
function lazyCss(widget: RenderWidget): string {
  return widget === 'timeline' ? ` ${extrasStyles.cssText} ${mediaStyles.cssText}` : '';
}

/** The message of what went wrong while rendering, for the command line. */
export function renderProblem(error: unknown): string {
  return error instanceof LoadError ? error.message : String(error);
}

/** A page of static HTML that `compile --html` writes beside a JSON file. */
export interface RenderedFile {
  /** `appeal-<name>.html`, `timeline-<name>.html`, `prisoners.html`, `person-<id>.html`. */
  name: string;
  html: string;
}

/**
 * The static HTML for one compiled JSON file: an appeal or a timeline whole, a feed as a list and
 * each person in it (not withdrawn) as a card of their own, so that every record reads without scripts.
 */
export async function renderCompiled(name: string, json: string, options: Omit<RenderOptions, 'widget' | 'person'> = {}): Promise<RenderedFile[]> {
  const payload = JSON.parse(json) as unknown;
  const stem = name.replace(/\.json$/, '');
  if (name.startsWith('appeal-')) return [{ name: `${stem}.html`, html: await renderWidget(payload, { ...options, widget: 'appeal-banner' }) }];
  if (name.startsWith('timeline-')) return [{ name: `${stem}.html`, html: await renderWidget(payload, { ...options, widget: 'timeline' }) }];
  const people = ((payload as { people?: { id?: unknown; withdrawn?: unknown }[] }).people ?? []).filter(
    // The schema holds ids to this already; a file name is checked again all the same.
    (person) => typeof person.id === 'string' && IDENTIFIER_PATTERN.test(person.id) && !person.withdrawn,
  );
  const files = [{ name: `${stem}.html`, html: await renderWidget(payload, { ...options, widget: 'prisoner-list' }) }];
  for (const person of people) {
    const id = person.id as string;
    files.push({ name: `person-${id}.html`, html: await renderWidget(payload, { ...options, widget: 'prisoner-card', person: id }) });
  }
  return files;
}

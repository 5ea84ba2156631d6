/**
 * `ahrca-widgets render`: a widget with its data rendered inside, as declarative shadow DOM
 * (`<template shadowrootmode="open">`), for pages read with JavaScript off (Tor Browser at
 * "Safest", sites that strip scripts, search engines). It is Lit's own server renderer running the
 * widgets' own code: their schemas, adapters, string tables, dates and templates. Texts go through
 * the widgets' markdown engine with DOMPurify on a jsdom DOM, the same sanitiser configuration and
 * URL rule as in a reader's browser. Node only: nothing of this reaches a reader.
 *
 * The element also carries its data as inline JSON, so that with JavaScript on it reads that
 * (no request) and takes over: its static content stays until the element's own ready state
 * replaces it in one update (src/core/base-element.ts), so nothing flashes or moves.
 */
// Lit's DOM shim on Node's global, before any widget module loads: `Element`, `document`, `window`.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { JSDOM } from 'jsdom';
import { html, type TemplateResult } from 'lit';
import type { AhrcaElement, Theme, View } from '../core/base-element.js';
import { LoadError } from '../core/data-source.js';
import { loadLanguage } from '../core/i18n/index.js';
import { createMarkdownEngine } from '../core/markdown-engine.js';
import { createMarkdownParser } from '../core/markdown-parser.js';
import { useServerMarkdown } from '../core/markdown.js';
import { IDENTIFIER_PATTERN } from '../core/patterns.js';
import { setServerPage } from '../core/safe-url.js';
import '../components/appeal-banner/appeal-banner.js';
import '../components/prisoner-card/prisoner-card.js';
import '../components/prisoner-list/prisoner-list.js';
import '../components/timeline/timeline.js';

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

let markdownReady: Promise<void> | undefined;

/** The widgets' markdown engine, once, with DOMPurify on a jsdom window: no script of the data runs in it. */
function prepareMarkdown(): Promise<void> {
  markdownReady ??= (async () => {
    const { window } = new JSDOM('');
    const view = window as unknown as Window & typeof globalThis;
    const engine = await createMarkdownEngine('dompurify', view);
    useServerMarkdown((request, parser) => {
      const box = view.document.createElement('div');
      box.append(engine.render(request, parser));
      return box.innerHTML;
    }, createMarkdownParser());
  })();
  return markdownReady;
}

/** An element of `widget`'s class, outside any page: it reads and checks the data with the widget's own steps. */
function newElement(widget: RenderWidget, options: RenderOptions): AhrcaElement<unknown> {
  const constructor = customElements.get(`ahrca-${widget}`) as unknown as new () => AhrcaElement<unknown>;
  const element = new constructor();
  if (options.person !== undefined) (element as unknown as { person: string }).person = options.person;
  return element;
}

/** One template per widget: a tag name cannot be a binding. */
function template(widget: RenderWidget, view: View<unknown>, lang: string, theme: Theme, person: string | undefined): TemplateResult {
  switch (widget) {
    case 'timeline':
      return html`<ahrca-timeline lang=${lang} theme=${theme} .view=${view}></ahrca-timeline>`;
    case 'prisoner-card':
      return person === undefined
        ? html`<ahrca-prisoner-card lang=${lang} theme=${theme} .view=${view}></ahrca-prisoner-card>`
        : html`<ahrca-prisoner-card lang=${lang} theme=${theme} person=${person} .view=${view}></ahrca-prisoner-card>`;
    case 'prisoner-list':
      return html`<ahrca-prisoner-list lang=${lang} theme=${theme} .view=${view}></ahrca-prisoner-list>`;
    case 'appeal-banner':
      return html`<ahrca-appeal-banner lang=${lang} theme=${theme} .view=${view}></ahrca-appeal-banner>`;
  }
}

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
  setServerPage(options.base ?? NO_PAGE);
  await Promise.all([prepareMarkdown(), loadLanguage(lang)]);
  const view = await newElement(options.widget, options).viewOf(payload, 'inline');
  const rendered = await collectResult(render(template(options.widget, view, lang, theme, options.person)));
  // The outer part's markers are for hydration, which this render does not use.
  const element = rendered.replace(/^(?:<!--[^>]*-->)+/, '').replace(/(?:<!--[^>]*-->)+$/, '');
  const closing = `</ahrca-${options.widget}>`;
  const at = element.lastIndexOf(closing);
  const inline = `<script type="application/json">${scriptSafeJson(payload)}</script>`;
  return `${disableControls(element.slice(0, at))}${inline}${closing}\n`;
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

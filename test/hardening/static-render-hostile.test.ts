/**
 * Issue #23: the hostile corpus through the server renderer (`ahrca-widgets render`, built tools,
 * test/server/ssr-pages.mjs). Every text, markdown and URL field of every widget gets every payload;
 * in what comes out, the only script is the element's inline JSON (which reads back as the data),
 * no attribute is an event handler, every URL is http(s), mailto or tel, and no element that could
 * load or run anything (iframe, object, embed, base, meta, link, form, a style from data) appears.
 */
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { allowedUrl } from '../../src/core/url-rule.js';
import { renderAll, type RenderJob, type Widget } from '../helpers/static-render.js';
import { replaceAt, type Field } from './schema-fields.js';
import { WIDGET_CASES } from './widgets.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

const corpus = XSS_PAYLOADS.map(({ payload }) => payload);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'ping', 'cite', 'data']);
const FORBIDDEN = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'form', 'noscript', 'applet', 'portal']);

const accepts = (field: Field, value: string) => field.schema === undefined || v.is(field.schema, value);

/** The case's base payload with payloads from the corpus in every field, starting at `offset`. */
function hostile(base: unknown, fields: readonly Field[], offset: number): unknown {
  let payload = base;
  fields.forEach((field, f) => {
    const value = corpus[(offset + f) % corpus.length]!;
    if (field.kind === 'url' && !accepts(field, value)) return;
    payload = replaceAt(payload, field.path, () => value);
  });
  return payload;
}

/** Every element of the render, the declarative shadow roots' contents included. */
function elementsOf(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element instanceof HTMLTemplateElement ? elementsOf(element.content) : [])]);
}

function problemsIn(html: string, payload: unknown, tag: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const host = doc.body.firstElementChild;
  if (host?.localName !== tag || doc.body.children.length !== 1) problems.push(`not one <${tag}> element`);
  for (const element of elementsOf(doc.body)) {
    const name = element.localName;
    if (name === 'script') {
      if (element.parentElement !== host || element.getAttribute('type') !== 'application/json') problems.push('a script other than the inline JSON');
      else if (JSON.stringify(JSON.parse(element.textContent!)) !== JSON.stringify(payload)) problems.push('the inline JSON does not read back as the data');
    }
    if (FORBIDDEN.has(name)) problems.push(`a <${name}>`);
    if (name === 'style' && !(element.parentNode instanceof DocumentFragment)) problems.push('a <style> that is not the widget’s own');
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`an event handler ${attribute.name} on <${name}>`);
      if (URL_ATTRIBUTES.has(attribute.name) && allowedUrl(attribute.value) === undefined) problems.push(`${attribute.name}="${attribute.value}" on <${name}>`);
      if (attribute.name === 'style' && /url\(|expression\(|javascript:/i.test(attribute.value)) problems.push(`style="${attribute.value}" on <${name}>`);
    }
  }
  return problems;
}

const WIDGET_OF: Record<string, Widget> = {
  'ahrca-appeal-banner': 'appeal-banner',
  'ahrca-prisoner-card': 'prisoner-card',
  'ahrca-prisoner-list': 'prisoner-list',
  'ahrca-timeline': 'timeline',
};

describe('static render of hostile data', function () {
  this.timeout(240_000);

  for (const widget of WIDGET_CASES) {
    it(`${widget.name}: nothing executable comes out`, async () => {
      const jobs: RenderJob[] = [];
      // Job j puts payloads jF … jF+F-1 in its F fields, so every payload is in some field; a second
      // round, shifted by half, puts each in another field too. All of them at once: one render each.
      const step = widget.fields.length;
      for (const start of [0, Math.floor(step / 2)]) {
        for (let offset = start; offset < corpus.length + start; offset += step) {
          jobs.push({
            payload: hostile(widget.base(), widget.fields, offset),
            options: { widget: WIDGET_OF[widget.tag]!, lang: 'en', ...(widget.attributes.person ? { person: widget.attributes.person } : {}) },
          });
        }
      }
      const results = await renderAll(jobs);
      const shown = results.filter((result) => result.html !== undefined).length;
      expect(shown, `${widget.name}: ${results.find((result) => result.error)?.error ?? ''}`).to.be.above(jobs.length / 2);
      const problems = new Set<string>();
      results.forEach((result, i) => {
        if (result.html) for (const problem of problemsIn(result.html, jobs[i]!.payload, widget.tag)) problems.add(problem);
      });
      expect([...problems]).to.deep.equal([]);
    });
  }
});

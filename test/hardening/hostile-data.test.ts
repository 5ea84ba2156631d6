/**
 * Hostile data: every string of the XSS corpus in every text, markdown and URL field of every
 * widget (and of TimelineJS3 data). Several payloads share a render, each field getting a
 * different one, and after a full turn every payload has been in every field: shown, or refused by
 * the schema with an error naming the field. Nothing may run (the page's tripwire), and the shadow
 * root may hold no handler, no script URL, nothing the widget does not show with harmless data,
 * and nothing outside the widget's box.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { settled } from '../helpers/long-tasks.js';
import { waitUntil } from '../helpers/wait.js';
import * as v from 'valibot';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS } from '../../src/core/markdown-engine.js';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { validate } from '../../src/core/schema/validate.js';
import { clickEverything, elementsOf, installTripwire, problemsIn, tripped, vocabularyOf, type Shadowed, type Vocabulary } from './inspect.js';
import { countAt, replaceAt, schemaFields, type Field } from './schema-fields.js';
import { createWidget, WIDGET_CASES, type WidgetCase } from './widgets.js';
import { XSS_PAYLOADS, XSS_FAMILIES } from './xss-payloads.js';

installTripwire();

/** Instances rendered together; each is one turn of payloads through the fields. */
const BATCH = 16;
/** How far apart, in the corpus, the payloads of neighbouring fields are in one render. */
const STRIDE = 7;
const WIDTH = 640;

/** What the sanitiser lets through, and the attributes its finishing pass adds. */
const SANITISED: Vocabulary = {
  shapes: new Set([
    ...ALLOWED_ELEMENTS,
    ...ALLOWED_ELEMENTS.flatMap((element) => ALLOWED_ATTRIBUTES.map((attribute) => `${element}@${attribute}`)),
    'a@rel',
    'a@target',
    'img@loading',
    'img@decoding',
    'img@referrerpolicy',
    // The timeline's keyboard model takes the actions of every event but the focused one out of the
    // Tab order (event-navigation.ts), on links and buttons of ours and of the data alike.
    ...['a', 'button'].flatMap((element) => [`${element}@tabindex`, `${element}@data-out-of-order`]),
  ]),
  ids: new Set(),
};

const container = document.createElement('div');
container.style.inlineSize = `${WIDTH}px`;
document.body.append(container);

/** console.error calls during renders: refused data is reported there, and only ours may be. */
let consoleErrors: string[] = [];

async function render(widget: WidgetCase, payloads: readonly unknown[]): Promise<{ els: Shadowed[]; outcomes: string[] }> {
  const original = console.error;
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
  try {
    const els = payloads.map(() => createWidget(widget) as unknown as Shadowed);
    const outcomes = await Promise.all(
      els.map((el, index) => {
        const outcome = new Promise<string>((resolve) => {
          el.addEventListener('ahrca-load', () => resolve('load'), { once: true });
          el.addEventListener('ahrca-error', (event) => resolve(`error: ${(event as CustomEvent).detail.message}`), { once: true });
        });
        (el as unknown as { data: unknown }).data = payloads[index];
        container.append(el);
        return outcome;
      }),
    );
    await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
    await whenMarkdownReady();
    await aTimeout(0);
    await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
    return { els, outcomes };
  } finally {
    console.error = original;
  }
}

/**
 * After the tasks the clicks queued and the renders they caused (a copy's notice once the clipboard
 * answers, a dialog): what a reader's clicks show in the hostile runs, which are many, so no
 * quiet period is waited for there (the vocabulary's run waits for one).
 */
async function afterClicks(els: readonly Shadowed[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await new Promise<void>((resolve) => setTimeout(resolve));
    await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
  }
}

/** Drops the #id a click on a deep link left in the address, so that no later widget follows it. */
function forgetHash(): void {
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
}

/** Problems in each widget, before and after a reader clicks every link and button. */
async function inspect(els: readonly Shadowed[], allowed: Vocabulary): Promise<string[]> {
  const problems = els.flatMap((el) => problemsIn(el, allowed));
  for (const el of els) clickEverything(el);
  await afterClicks(els);
  forgetHash();
  await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
  problems.push(...els.flatMap((el) => problemsIn(el, allowed)));
  return [...new Set(problems)];
}

/**
 * The shapes a widget shows with harmless data: the base; every text in another language; every
 * URL missing (broken images hide) and every text empty once its markup is gone; and the error
 * state. A reader's clicks are part of it (a copy that fails shows the link to copy by hand).
 */
async function harmlessVocabulary(widget: WidgetCase): Promise<Vocabulary> {
  let localized: unknown = widget.base();
  let hollow: unknown = widget.base();
  for (const field of widget.fields) {
    if (field.localized) localized = replaceAt(localized, field.path, () => ({ fr: 'Texte en français' }));
    hollow = replaceAt(hollow, field.path, () => (field.kind === 'url' ? 'missing.png' : '<i></i>'));
  }
  const { els, outcomes } = await render(widget, [hollow, widget.base(), localized, { id: 42 }]);
  expect(outcomes.slice(0, 3), `${widget.name}: the harmless data is not shown`).to.deep.equal(['load', 'load', 'load']);
  // Broken images hide themselves once their error arrives, which a loaded machine delays. Lazy
  // images load only in view: those of the first instance, the hollow one, on screen.
  const images = [...els[0]!.shadowRoot.querySelectorAll('img')].filter((image) => image.getBoundingClientRect().top < innerHeight);
  await waitUntil(() => images.every((image) => image.complete), 'the images of the harmless data did not settle', { timeout: 5000 });
  await Promise.all(els.map((el) => settled(el.shadowRoot, { quiet: 50 })));
  const before = els.flatMap((el) => elementsOf(el.shadowRoot));
  for (const el of els) clickEverything(el);
  // Everything the clicks show must be in the vocabulary, or a later run would report it: wait
  // until each widget has been quiet for 50 ms.
  await Promise.all(els.map((el) => settled(el.shadowRoot, { quiet: 50 })));
  forgetHash();
  const vocabulary = vocabularyOf([...before, ...els.flatMap((el) => elementsOf(el.shadowRoot))], SANITISED);
  for (const el of els) el.remove();
  return vocabulary;
}

function accepts(field: Field, value: string): boolean {
  return field.schema === undefined || v.is(field.schema, value);
}

/** `sources[].title` as a pattern for the path in an error message, `sources[0].title`. */
function pathPattern(path: string): RegExp {
  return new RegExp(`(^|; )${path.replace(/[.$^()]/g, '\\$&').replace(/\[\]/g, '\\[\\d+\\]')}:`);
}

const corpus = XSS_PAYLOADS.map(({ payload }) => payload);

describe('hostile data', function () {
  this.timeout(180_000);

  it(`the corpus has at least 150 payloads in every family (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(150);
    for (const [family, payloads] of Object.entries(XSS_FAMILIES)) expect(payloads.length, family).to.be.at.least(5);
  });

  for (const widget of WIDGET_CASES) {
    describe(widget.name, () => {
      let allowed: Vocabulary;
      const refused: { field: Field; payload: string }[] = [];

      before(async () => {
        allowed = await harmlessVocabulary(widget);
      });

      afterEach(() => {
        container.replaceChildren();
        forgetHash();
      });

      it('the base payload has a value in every text, markdown and URL field the schema has', () => {
        const kinds = new Set(widget.fields.map((field) => field.kind));
        expect([...kinds].sort()).to.deep.equal(['markdown', 'text', 'url']);
        for (const field of widget.fields) expect(countAt(widget.base(), field.path), `${field.path} has no value in the base payload`).to.be.above(0);
        if (widget.schema) {
          expect(validate(widget.schema, widget.base())).to.deep.include({ ok: true });
          // A field the walker finds in the schema is in the table by construction; this proves the walk saw them all.
          expect(schemaFields(widget.schema, widget.base()).map((field) => field.path)).to.deep.equal(widget.fields.map((field) => field.path));
        }
      });

      it('every payload in every field: nothing runs, nothing foreign, nothing outside the box', async () => {
        consoleErrors = [];
        const shown = new Set<string>();
        const batch = widget.batch ?? BATCH;
        for (let start = 0; start < corpus.length; start += batch) {
          const rounds = Array.from({ length: Math.min(batch, corpus.length - start) }, (_, offset) => start + offset);
          const payloads = rounds.map((round) => {
            let data: unknown = widget.base();
            widget.fields.forEach((field, index) => {
              const payload = corpus[(round + index * STRIDE) % corpus.length]!;
              if (!accepts(field, payload)) {
                refused.push({ field, payload });
                return;
              }
              shown.add(`${field.path}\n${payload}`);
              const localized = field.localized && round % 4 === 3;
              data = replaceAt(data, field.path, () => (localized ? { fr: payload } : payload));
            });
            return data;
          });
          const { els, outcomes } = await render(widget, payloads);
          const problems = await inspect(els, allowed);
          const context = `payloads ${start}–${start + rounds.length - 1}`;
          expect(
            outcomes.filter((outcome) => outcome !== 'load'),
            `${context}: hostile text made valid data unreadable`,
          ).to.deep.equal([]);
          expect(tripped, `${context}: a payload ran`).to.deep.equal([]);
          expect(problems, context).to.deep.equal([]);
          container.replaceChildren();
        }
        expect(
          consoleErrors.filter((line) => !line.startsWith('[ahrca-widgets]')),
          'console errors that are not ours',
        ).to.deep.equal([]);
        expect(shown.size + refused.length, 'every payload met every field').to.equal(corpus.length * widget.fields.length);
      });

      // A foreign format (TimelineJS3) has no schema of ours: none of its fields refuses anything.
      const { schema } = widget;
      if (schema)
        it('a payload a field refuses makes the widget refuse the data, naming the field, and show its error', async () => {
          for (const { field, payload } of refused) {
            const result = validate(
              schema,
              replaceAt(widget.base(), field.path, () => payload),
            );
            expect(result.ok, `${field.path} accepted ${JSON.stringify(payload)}`).to.equal(false);
            if (!result.ok) expect(result.errors.join('; '), JSON.stringify(payload)).to.match(pathPattern(field.path));
          }
          // Rendered too, every URL field at once: the error state, with nothing of the payload in it.
          const urlFields = widget.fields.filter((field) => field.kind === 'url');
          const refusedUrls = [...new Set(refused.filter(({ field }) => field.kind === 'url').map(({ payload }) => payload))];
          for (let start = 0; start < refusedUrls.length; start += BATCH) {
            const batch = refusedUrls.slice(start, start + BATCH);
            const payloads = batch.map((payload) => urlFields.reduce<unknown>((data, field) => replaceAt(data, field.path, () => payload), widget.base()));
            const { els, outcomes } = await render(widget, payloads);
            outcomes.forEach((outcome, index) => expect(outcome, JSON.stringify(batch[index])).to.match(/^error: /));
            for (const el of els) expect(el.shadowRoot.querySelector('[part~="error"]'), 'the error state').to.not.equal(null);
            expect(await inspect(els, allowed)).to.deep.equal([]);
            expect(tripped).to.deep.equal([]);
            container.replaceChildren();
          }
        });
    });
  }

  it('a URL field takes a string only when the browser would follow it to http(s), mailto or tel', () => {
    const spellings = [...XSS_FAMILIES['URL schemes']!, ...XSS_FAMILIES['URL spellings browsers forgive']!];
    const link = document.createElement('a');
    const taken: string[] = [];
    for (const widget of WIDGET_CASES) {
      for (const field of widget.fields.filter((candidate) => candidate.kind === 'url' && candidate.schema)) {
        for (const url of spellings.filter((spelling) => accepts(field, spelling))) {
          link.href = url;
          if (!['http:', 'https:', 'mailto:', 'tel:'].includes(link.protocol))
            taken.push(`${widget.name} ${field.path}: ${JSON.stringify(url)} → ${link.protocol}`);
        }
      }
    }
    expect(taken).to.deep.equal([]);
  });

  it('every payload reached a text, a markdown and a URL field of some widget, or was refused there by the schema', () => {
    const kinds = ['text', 'markdown', 'url'] as const;
    for (const kind of kinds) {
      const fields = WIDGET_CASES.flatMap((widget) => widget.fields.filter((field) => field.kind === kind));
      expect(fields.length, kind).to.be.above(0);
    }
    // Markdown fields take every payload: each is shown at least once as markdown.
    for (const payload of corpus) {
      const markdownFields = WIDGET_CASES.flatMap((widget) => widget.fields.filter((field) => field.kind === 'markdown'));
      expect(
        markdownFields.some((field) => accepts(field, payload)),
        JSON.stringify(payload),
      ).to.equal(true);
    }
  });
});

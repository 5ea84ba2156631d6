/**
 * Property-based: fast-check draws payloads for each widget's schema, some of the schema's own
 * shape (valid ones among them), some any JSON at all, some a valid payload with one part swapped
 * for random JSON. The validator never throws; the widget never throws and always ends in a
 * state of its own; valid data always shows (ready, or the empty state for an empty feed).
 */
import { aTimeout, expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as v from 'valibot';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { WIDGET_SCHEMAS } from '../../src/core/schema/index.js';
import { validate } from '../../src/core/schema/validate.js';
import '../../src/components/appeal-banner/appeal-banner.js';
import '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import '../../src/components/timeline/timeline.js';
import { arbitraryFor } from './schema-arbitrary.js';

/** How long a widget may take to say load or error: a condition, met in milliseconds unless the machine is busy. */
const EVENT_TIMEOUT_MS = 10_000;

const RUNS = 100;

/** The element that shows each schema's data. */
const TAG_OF: Record<string, string> = {
  'appeal-banner': 'ahrca-appeal-banner',
  'prisoner-card': 'ahrca-prisoner-card',
  'prisoner-list': 'ahrca-prisoner-list',
  timeline: 'ahrca-timeline',
};

/** A payload with the value at one random place replaced by random JSON. */
function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([value, replacement, pick]) => {
    const copy = structuredClone(value) as Record<string, unknown>;
    if (typeof copy !== 'object' || copy === null) return replacement;
    const keys = Object.keys(copy);
    if (keys.length === 0) return replacement;
    copy[keys[pick % keys.length]!] = replacement;
    return copy;
  });
}

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const problems: string[] = [];
const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandledrejection: ${String(event.reason)}`);

/** Shows `payload` in a fresh element; the event that ended its loading and the state on screen. */
async function show(tag: string, payload: unknown): Promise<{ event: string; state: string }> {
  const el = document.createElement(tag) as Widget;
  el.lang = 'en';
  const original = console.error;
  console.error = () => {};
  try {
    const outcome = new Promise<string>((resolve) => {
      el.addEventListener('ahrca-load', () => resolve('load'), { once: true });
      el.addEventListener('ahrca-error', () => resolve('error'), { once: true });
    });
    el.data = payload;
    document.body.append(el);
    const event = await Promise.race([outcome, aTimeout(EVENT_TIMEOUT_MS).then(() => 'none')]);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const state = root.querySelector('[part~="error"]')
      ? 'error'
      : root.querySelector('[part~="empty"]')
        ? 'empty'
        : root.querySelector('[part~="skeleton"]')
          ? 'loading'
          : 'ready';
    el.remove();
    return { event, state };
  } finally {
    console.error = original;
  }
}

describe('property-based: random payloads for every schema', function () {
  this.timeout(120_000);

  before(async () => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    await whenMarkdownReady();
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (const { name, schema } of WIDGET_SCHEMAS) {
    const shaped = arbitraryFor(schema);
    const anything = fc.oneof(shaped, fc.jsonValue({ maxDepth: 4 }), mutated(shaped));
    const valid = shaped.filter((value) => validate(schema as v.GenericSchema, value).ok);

    it(`${name}: the validator never throws, and names a path for every problem`, () => {
      fc.assert(
        fc.property(anything, (payload) => {
          const result = validate(schema as v.GenericSchema, payload);
          if (!result.ok) for (const error of result.errors) expect(error).to.match(/^\S.*: (is required|expected .*)$/s);
        }),
        { numRuns: RUNS * 3 },
      );
    });

    it(`${name}: the widget never throws and ends in a state of its own, whatever the JSON`, async () => {
      await fc.assert(
        fc.asyncProperty(anything, async (payload) => {
          const { event, state } = await show(TAG_OF[name]!, payload);
          expect(event, 'neither ahrca-load nor ahrca-error').to.not.equal('none');
          expect(state).to.not.equal('loading');
          expect(problems.splice(0)).to.deep.equal([]);
        }),
        { numRuns: RUNS },
      );
    });

    it(`${name}: valid data always shows`, async () => {
      await fc.assert(
        fc.asyncProperty(valid, async (payload) => {
          const { event, state } = await show(TAG_OF[name]!, payload);
          expect(event).to.equal('load');
          expect(['ready', 'empty']).to.include(state);
          expect(problems.splice(0)).to.deep.equal([]);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

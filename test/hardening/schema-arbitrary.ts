/**
 * fast-check arbitraries built from a widget's valibot schema: random payloads of the schema's own
 * shape, each leaf drawn at random and kept only when the leaf's own schema accepts it. Checks
 * across fields (an end after its start, unique ids) are left to the caller's filter.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { isUrlSchema } from './schema-fields.js';

type AnySchema = v.GenericSchema & {
  type: string;
  pipe?: readonly { type: string; requirement?: unknown }[];
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: readonly (AnySchema | string)[];
  getter?: (input: unknown) => AnySchema;
  key?: AnySchema;
  value?: AnySchema;
};

/** Only URLs on this page's server, mailto and tel: a random image URL must not reach the network. */
const URLS = ['/demo/media/placeholder-1.svg', 'placeholder.svg', '#anchor', '?page=2', 'mailto:info@example.org', 'tel:+10000000000'];
const LANGUAGES = ['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'fr', 'de', 'ug-Arab'];
/** Text with what breaks naive code: markup, markdown, right-to-left and combining characters, emoji. */
const TEXT = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('**bold** and [a link](https://example.org/)', '<b>not markup</b>', 'مرحبا', 'e\u0301\u0301', '👩🏽‍⚖️', '# heading\n\n- item'),
);

function requirement(schema: AnySchema, type: string): unknown {
  return schema.pipe?.find((action) => action.type === type)?.requirement;
}

/** A year, a month or a day: `2005`, `2005-05`, `2005-05-13`; `-0044-03-15` before the common era. */
const calendarDate = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 2 }))
    .map(([year, month, day, precision]) =>
      [`${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`, String(month).padStart(2, '0'), String(day).padStart(2, '0')]
        .slice(0, precision + 1)
        .join('-'),
    );

/** A timeline's date: the common era, years BCE, or deep time (a year alone, up to a trillion years back). */
const timelineDate = fc.oneof(
  calendarDate(1900, 2100),
  calendarDate(-9999, -1),
  fc.integer({ min: 10_000, max: 1_000_000_000_000 }).map((years) => `-${years}`),
);

/** The JSON Schema pattern a check-only string schema declares (a timeline's date), if any. */
function declaredPattern(schema: AnySchema): string | undefined {
  const action = schema.pipe?.find((item) => item.type === 'metadata') as { metadata?: { pattern?: unknown } } | undefined;
  return typeof action?.metadata?.pattern === 'string' ? action.metadata.pattern : undefined;
}

function stringArbitrary(schema: AnySchema): fc.Arbitrary<string> {
  if (isUrlSchema(schema)) return fc.constantFrom(...URLS);
  const regex = requirement(schema, 'regex');
  if (regex instanceof RegExp) {
    if (regex.source.startsWith('^\\d{4}')) return calendarDate(1900, 2100);
    return fc.stringMatching(regex);
  }
  if (declaredPattern(schema)?.includes('|-\\d{4,15}')) return timelineDate;
  return TEXT;
}

function numberArbitrary(schema: AnySchema): fc.Arbitrary<number> {
  const min = (requirement(schema, 'min_value') as number | undefined) ?? 0;
  const max = (requirement(schema, 'max_value') as number | undefined) ?? 1_000_000;
  return fc.integer({ min, max });
}

/** Random values of `schema`'s shape; each leaf satisfies its own schema. */
export function arbitraryFor(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  const build = (node: AnySchema): fc.Arbitrary<unknown> => {
    const leaf = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.filter((value) => v.is(node, value));
    switch (node.type) {
      case 'optional':
      case 'nullish':
      case 'nullable':
        return build(node.wrapped!);
      case 'lazy':
        return build(node.getter!(undefined));
      case 'union':
        return fc.oneof(...(node.options as AnySchema[]).map(build));
      case 'object': {
        const entries = Object.entries(node.entries!).filter(([, entry]) => entry.type !== 'optional' || entry.wrapped!.type !== 'never');
        const model = Object.fromEntries(entries.map(([key, entry]) => [key, build(entry)]));
        const requiredKeys = entries.filter(([, entry]) => entry.type !== 'optional').map(([key]) => key);
        return fc.record(model, { requiredKeys });
      }
      case 'array': {
        const max = Math.min((requirement(node, 'max_length') as number | undefined) ?? 3, 3);
        return fc.array(build(node.item!), { maxLength: max });
      }
      case 'record':
        return fc.dictionary(fc.constantFrom(...LANGUAGES), TEXT, { minKeys: 1, maxKeys: 3 }).filter((value) => v.is(node, value));
      case 'string':
        return leaf(stringArbitrary(node));
      case 'number':
        return leaf(numberArbitrary(node));
      case 'boolean':
        return fc.boolean();
      case 'picklist':
        return fc.constantFrom(...(node.options as string[]));
      default:
        throw new Error(`a ${node.type} schema the arbitrary builder does not know`);
    }
  };
  return build(schema as AnySchema);
}

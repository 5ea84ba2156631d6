/**
 * The text, markdown and URL fields of a widget's schema, found by walking the valibot schema
 * itself, so that a field added to a schema is attacked by the hardening suites without anyone
 * listing it. A schema construct the walker does not know fails loudly instead of being skipped.
 */
import * as v from 'valibot';
import { identifier, partialDate } from '../../src/core/schema/common.js';
import { isAllowedUrl } from '../../src/core/url-rule.js';

export type FieldKind = 'text' | 'markdown' | 'url';

export interface Field {
  /** `sources[].title`: `[]` stands for every item of the list. */
  path: string;
  kind: FieldKind;
  /** The schema of the value itself: whether a string is accepted there is its answer. */
  schema: v.GenericSchema;
  /** Plain text or an object of texts by language. */
  localized: boolean;
}

type AnySchema = v.GenericSchema & {
  type: string;
  pipe?: readonly { kind: string; type: string; requirement?: unknown }[];
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: readonly AnySchema[];
  getter?: (input: unknown) => AnySchema;
};

/** The pattern each helper of common.ts checks, to tell a date or an id from text. */
function patternOf(schema: AnySchema): string | undefined {
  const regex = schema.pipe?.find((action) => action.type === 'regex')?.requirement;
  return regex instanceof RegExp ? regex.source : undefined;
}

/**
 * A string whose regex is anchored at both ends and takes no '<', '"' or space: a closed shape (a
 * colour such as #8b1e3f or teal), not a text; what it refuses it refuses by its pattern.
 */
function closedPattern(schema: AnySchema): boolean {
  const regex = schema.pipe?.find((action) => action.type === 'regex')?.requirement;
  return regex instanceof RegExp && regex.source.startsWith('^') && regex.source.endsWith('$') && !['<i></i>', '"', ' '].some((probe) => regex.test(probe));
}

/** A string checked by code, not by a regex, that declares its shape to JSON Schema: a timeline's date. */
function declaresPattern(schema: AnySchema): boolean {
  const action = schema.pipe?.find((item) => item.type === 'metadata') as { metadata?: { pattern?: unknown } } | undefined;
  return typeof action?.metadata?.pattern === 'string';
}

/** A URL field: common.ts's url() checks it with the URL rule. */
export const isUrlSchema = (schema: { pipe?: readonly { type: string; requirement?: unknown }[] }) =>
  schema.pipe?.some((action) => action.type === 'check' && action.requirement === isAllowedUrl) ?? false;
const NOT_TEXT_PATTERNS = new Set([patternOf(partialDate('') as AnySchema), patternOf(identifier('') as AnySchema)]);
const IGNORED_TYPES = new Set(['picklist', 'boolean', 'number', 'never', 'literal']);

function descriptionOf(schema: AnySchema): string {
  const action = schema.pipe?.find((item) => item.type === 'description') as { description?: string } | undefined;
  return action?.description ?? '';
}

function isLocalizedUnion(schema: AnySchema): boolean {
  const types = (schema.options ?? []).map((option) => option.type).sort();
  return types.length === 2 && types[0] === 'record' && types[1] === 'string';
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Every text, markdown and URL field under `schema`. `sample` is a valid payload: where a schema
 * picks its shape by looking at the input (one person or a feed), the sample's shape is walked.
 */
export function schemaFields(schema: v.GenericSchema, sample: unknown): Field[] {
  const fields: Field[] = [];
  const walk = (node: AnySchema, path: string, value: unknown): void => {
    switch (node.type) {
      case 'optional':
      case 'nullish':
      case 'nullable':
        return walk(node.wrapped!, path, value);
      case 'lazy':
        return walk(node.getter!(value), path, value);
      case 'object':
        for (const [key, entry] of Object.entries(node.entries!)) {
          walk(entry, join(path, key), (value as Record<string, unknown> | undefined)?.[key]);
        }
        return;
      case 'array':
        return walk(node.item!, `${path}[]`, Array.isArray(value) ? value[0] : undefined);
      case 'union':
        if (!isLocalizedUnion(node)) throw new Error(`${path}: a union the hardening walker does not know`);
        fields.push({ path, kind: /markdown/i.test(descriptionOf(node)) ? 'markdown' : 'text', schema: node, localized: true });
        return;
      case 'string': {
        if (isUrlSchema(node)) fields.push({ path, kind: 'url', schema: node, localized: false });
        else if (!NOT_TEXT_PATTERNS.has(patternOf(node)) && !declaresPattern(node) && !closedPattern(node))
          fields.push({ path, kind: 'text', schema: node, localized: false });
        return;
      }
      default:
        if (IGNORED_TYPES.has(node.type)) return;
        throw new Error(`${path || '(root)'}: a ${node.type} schema the hardening walker does not know`);
    }
  };
  walk(schema as AnySchema, '', sample);
  return fields;
}

/** How many values `path` names in `payload` (every item of every list on the way). */
export function countAt(payload: unknown, path: string): number {
  let count = 0;
  visit(payload, segmentsOf(path), () => {
    count += 1;
  });
  return count;
}

/** A copy of `payload` with every value at `path` replaced by `make(index)`, numbered in document order. */
export function replaceAt(payload: unknown, path: string, make: (index: number) => unknown): unknown {
  const copy = structuredClone(payload);
  let index = 0;
  visit(copy, segmentsOf(path), (parent, key) => {
    parent[key] = make(index++);
  });
  return copy;
}

function segmentsOf(path: string): string[] {
  return path.split(/\.|(?=\[\])/).flatMap((segment) => (segment.startsWith('[]') ? ['[]', segment.slice(2)].filter(Boolean) : [segment]));
}

type Container = Record<string | number, unknown>;

function visit(node: unknown, segments: string[], found: (parent: Container, key: string | number) => void): void {
  const [head, ...rest] = segments;
  if (head === undefined || typeof node !== 'object' || node === null) return;
  const keys: (string | number)[] = head === '[]' ? (Array.isArray(node) ? node.map((_, i) => i) : []) : [head];
  for (const key of keys) {
    const child = (node as Container)[key];
    if (child === undefined) continue;
    if (rest.length === 0) found(node as Container, key);
    else visit(child, rest, found);
  }
}

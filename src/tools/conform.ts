/**
 * Walks a value alongside the widget's schema (the same valibot schema that validates it) to
 * write it the way the widgets' data is written: fields in the schema's order, unknown fields
 * found and left out, and, for values read from YAML as text, numbers and true/false where the
 * schema wants them. It never decides validity: whatever it cannot place is passed on unchanged
 * for validation to report.
 */
import type { GenericSchema } from 'valibot';

type Keys = (string | number)[];

export interface UnknownField {
  keys: Keys;
  /** The fields the schema knows at that place, for a "did you mean" hint. */
  known: string[];
}

export interface Conformed {
  value: unknown;
  unknownFields: UnknownField[];
}

interface SchemaNode {
  type: string;
  entries?: Record<string, GenericSchema>;
  item?: GenericSchema;
  value?: GenericSchema;
  options?: GenericSchema[];
  wrapped?: GenericSchema;
  getter?: (input: unknown) => GenericSchema;
}

const WRAPPERS = new Set(['optional', 'exact_optional', 'nullable', 'nullish', 'non_optional', 'non_nullable', 'non_nullish', 'undefinedable']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema that applies to `value`: optional wrappers removed, lazy shapes chosen for it. */
function resolve(schema: GenericSchema, value: unknown): SchemaNode {
  let node = schema as unknown as SchemaNode;
  for (let guard = 0; guard < 32; guard++) {
    if (WRAPPERS.has(node.type) && node.wrapped) node = node.wrapped as unknown as SchemaNode;
    else if (node.type === 'lazy' && node.getter) node = node.getter(value) as unknown as SchemaNode;
    else break;
  }
  return node;
}

/** True when a value of this JavaScript kind can be what the schema node describes. */
function fits(node: SchemaNode, value: unknown): boolean {
  switch (node.type) {
    case 'object':
    case 'record':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
    case 'picklist':
      return typeof value === 'string';
    default:
      return true;
  }
}

interface Walk {
  /** Values come from YAML read as text: turn "1978" into 1978 and "true" into true where numbers and booleans are wanted. */
  fromText: boolean;
  unknownFields: UnknownField[];
}

function conformValue(schema: GenericSchema, value: unknown, keys: Keys, walk: Walk): unknown {
  const node = resolve(schema, value);
  if (node.type === 'object' && node.entries && isRecord(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(node.entries)) {
      if (Object.hasOwn(value, key) && value[key] !== undefined) result[key] = conformValue(entry, value[key], [...keys, key], walk);
    }
    const known = Object.keys(node.entries);
    for (const key of Object.keys(value)) {
      // `"$schema"` at the top names the JSON Schema for editors; the widgets ignore it, rightly.
      const isSchemaLink = keys.length === 0 && key === '$schema';
      if (!Object.hasOwn(node.entries, key) && !isSchemaLink) walk.unknownFields.push({ keys: [...keys, key], known });
    }
    return result;
  }
  if (node.type === 'array' && node.item && Array.isArray(value)) {
    const item = node.item;
    return value.map((element, index) => conformValue(item, element, [...keys, index], walk));
  }
  if (node.type === 'record' && node.value && isRecord(value)) {
    const entry = node.value;
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, conformValue(entry, element, [...keys, key], walk)]));
  }
  if (node.type === 'union' && node.options) {
    const option = node.options.find((candidate) => fits(resolve(candidate, value), value));
    return option ? conformValue(option, value, keys, walk) : value;
  }
  if (walk.fromText && typeof value === 'string') {
    if (node.type === 'number' && /^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
    if (node.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  }
  return value;
}

/** `value` written as `schema` orders it, with the fields the schema does not know listed and left out. */
export function conform(schema: GenericSchema, value: unknown, options: { fromText?: boolean } = {}): Conformed {
  const walk: Walk = { fromText: options.fromText ?? false, unknownFields: [] };
  return { value: conformValue(schema, value, [], walk), unknownFields: walk.unknownFields };
}

/** Edit distance counting a swap of neighbours as one edit (`titel` → `title`), for suggesting the field a typo meant. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known field a misspelt one most likely meant (`stauts` → `status`, `birthyear` → `birthYear`), if one is close. */
export function closestField(name: string, known: readonly string[]): string | undefined {
  // Field names are short: one edit in a name of up to five letters, two in a longer one.
  const limit = name.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const found = distance(name.toLowerCase(), candidate.toLowerCase());
    if (found < bestDistance) {
      best = candidate;
      bestDistance = found;
    }
  }
  return best;
}

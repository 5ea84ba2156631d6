/**
 * YAML fields as editors write them in front matter, read safely: every value is text (the
 * failsafe schema, so `yes` stays "yes" and `2005` stays "2005" until the widget's schema says it
 * is a number), no tags, no aliases (so no "billion laughs"), no nesting deep enough to exhaust
 * the parser. `title.ru: …` is read as `title: { ru: … }`. Every value's line is kept, so an
 * error is shown where it was written.
 */
import { type Node, LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { pathOf } from '../core/schema/validate.js';
import { InputError } from './problems.js';

type Keys = (string | number)[];
type Fields = Record<string, unknown>;

/** Deeper than any widget's data needs; shallow enough for the YAML parser's recursion. */
const MAX_FLOW_NESTING = 32;
const MAX_INDENT = 160;

export interface YamlFields {
  fields: Fields;
  /** The line each value's path (`title.ru`, `charges[1].article`) is written on. */
  lineOf: Map<string, number>;
}

/** Refuses bracket nesting and indentation that only an attack would use, before the parser sees them. */
function checkNesting(text: string, firstLine: number): void {
  const lines = text.split('\n');
  let depth = 0;
  lines.forEach((line, index) => {
    const indent = /^ */.exec(line)![0].length;
    if (indent > MAX_INDENT) throw new InputError(`is indented more than ${MAX_INDENT} spaces`, { line: firstLine + index });
    for (const char of line) {
      if (char === '[' || char === '{') depth++;
      else if ((char === ']' || char === '}') && depth > 0) depth--;
      if (depth > MAX_FLOW_NESTING) throw new InputError(`nests brackets more than ${MAX_FLOW_NESTING} levels deep`, { line: firstLine + index });
    }
  });
}

/**
 * Names that reach into every JavaScript object when used as keys: `__proto__.polluted: yes` would
 * set `Object.prototype.polluted` in the program reading the file (issue #16). Refused where a
 * file names a field or a language; the fields are also built on objects without a prototype, so
 * that no name (`toString`) finds an inherited value.
 */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a name that must not become a key; the refusal ends with PROTOTYPE_KEY_REASON. */
export const isPrototypeKey = (name: string) => PROTOTYPE_KEYS.has(name);
export const PROTOTYPE_KEY_REASON = 'it reaches into every JavaScript object';

/** A plain (unquoted) empty value, `~` or `null`: the field is not given. */
const NOT_GIVEN = new Set(['', '~', 'null', 'Null', 'NULL']);

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

class FieldReader {
  readonly lineOf = new Map<string, number>();

  constructor(
    private readonly counter: LineCounter,
    private readonly firstLine: number,
  ) {}

  lineAt(offset: number): number {
    return this.firstLine + this.counter.linePos(offset).line - 1;
  }

  private fail(message: string, node: Node): never {
    throw new InputError(message, { line: this.lineAt(node.range?.[0] ?? 0) });
  }

  private note(keys: Keys, line: number): void {
    const path = pathOf(keys);
    if (!this.lineOf.has(path)) this.lineOf.set(path, line);
  }

  value(node: Node | null, keys: Keys): unknown {
    if (node === null) return undefined;
    if (isAlias(node)) this.fail(`${pathOf(keys)}: aliases (*name) are not supported here; write the value out`, node);
    if (node.tag) this.fail(`${pathOf(keys)}: tags (${node.tag}) are not supported here; write plain values`, node);
    if (isScalar(node)) {
      const text = String(node.value);
      return node.type === 'PLAIN' && NOT_GIVEN.has(text) ? undefined : text;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const itemNode = item as Node;
        this.note([...keys, index], this.lineAt(itemNode.range?.[0] ?? 0));
        return this.value(itemNode, [...keys, index]) ?? null;
      });
    }
    if (isMap(node)) {
      const fields: Fields = Object.create(null) as Fields;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!keyNode || !isScalar(keyNode) || keyNode.tag) this.fail(`${pathOf(keys)}: a field name must be plain text`, keyNode ?? node);
        const name = String(keyNode.value);
        // `title.ru` is `title: { ru }`; a name with an empty part (`a..b`, `.a`) is kept as written.
        const parts = /^[^.\s]+(?:\.[^.\s]+)+$/.test(name) ? name.split('.') : [name];
        const line = this.lineAt(keyNode.range?.[0] ?? 0);
        parts.forEach((part, index) => {
          const path = [...keys, ...parts.slice(0, index + 1)];
          if (isPrototypeKey(part)) throw new InputError(`${pathOf(path)}: is not allowed as a field name: ${PROTOTYPE_KEY_REASON}`, { line });
          this.note(path, line);
        });
        const value = this.value(pair.value as Node | null, [...keys, ...parts]);
        if (value !== undefined) this.assign(fields, keys, parts, value, line);
      }
      return fields;
    }
    return this.fail(`${pathOf(keys)}: not a value this reader understands`, node);
  }

  /** Puts `value` at `parts` under `fields`, merging `title: {en}` with `title.ru`, refusing a field given twice. */
  private assign(fields: Fields, keys: Keys, parts: string[], value: unknown, line: number): void {
    const [part, ...rest] = parts as [string, ...string[]];
    const here = [...keys, part];
    const existing = fields[part];
    if (existing === undefined) {
      fields[part] = rest.length === 0 ? value : Object.create(null);
      if (rest.length === 0) return;
    } else if (rest.length === 0 && isFields(existing) && isFields(value)) {
      for (const [name, inner] of Object.entries(value)) this.assign(existing, here, [name], inner, line);
      return;
    } else if (rest.length === 0 || !isFields(existing)) {
      const first = this.lineOf.get(pathOf(here));
      const also = first !== undefined && first !== line ? ` (also on line ${first})` : '';
      throw new InputError(`${pathOf(here)}: is given twice${also}: give it once, either as text or as one text per language`, { line });
    }
    this.assign(fields[part] as Fields, here, rest, value, line);
  }
}

/** Reads YAML text whose first line is line `firstLine` of its file, as fields with their lines. */
export function readYamlFields(text: string, firstLine = 1): YamlFields {
  checkNesting(text, firstLine);
  const counter = new LineCounter();
  const document = parseDocument(text, { schema: 'failsafe', lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
  const reader = new FieldReader(counter, firstLine);
  const [problem] = [...document.errors, ...document.warnings];
  if (problem) throw new InputError(`is not valid YAML: ${problem.message}`, { line: reader.lineAt(problem.pos[0]) });
  const contents = document.contents as Node | null;
  if (contents === null) return { fields: {}, lineOf: reader.lineOf };
  if (!isMap(contents)) throw new InputError('expected fields, one "name: value" per line', { line: reader.lineAt(contents.range?.[0] ?? 0) });
  return { fields: reader.value(contents, []) as Fields, lineOf: reader.lineOf };
}

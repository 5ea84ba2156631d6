/**
 * A list of people from a spreadsheet (a Google Sheet or any CSV): one row per person, one column per
 * field, named by the field's path in our JSON format (docs/data-format.md#people-from-a-spreadsheet):
 * `name`, `name.ru` for a language, `photo.url` for a field inside another, and `;` between the
 * items of a list (`aliases`, `charges.article`, whose n-th items make the n-th charge). Every cell
 * is text, read as data like any JSON string, and checked by the same schema. One implementation for
 * the widgets and `convert --from csv`; no DOM.
 */

/** Fields that hold lists: a cell holds their items, separated by `;`. */
const LIST_FIELDS = new Set(['aliases', 'charges', 'recognition', 'appeals', 'sources', 'sentence.additions']);
/** Fields that are numbers or true/false in the JSON format. */
const NUMBER_FIELDS = new Set(['birthYear']);
const BOOLEAN_FIELDS = new Set(['photo.consent', 'letters.accepted']);
/** A field name, or a language tag after one; names that reach into an object's prototype are not fields. */
const SAFE_SEGMENT = /^[A-Za-z][\w-]{0,39}$/;
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PeopleRows {
  /** `{ people: [...] }`, as a feed in JSON. */
  feed: { people: Record<string, unknown>[] };
  /** The row (the header is row 1) each person was read from, in order. */
  rows: number[];
  /** `column "x.__proto__" is not a field; ignored`: header cells that were not read. */
  problems: string[];
}

type Tree = Record<string, unknown>;

function setPath(target: Tree, path: readonly string[], value: unknown): void {
  let node = target;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Tree;
  }
}

function cellValue(field: string, text: string): unknown {
  if (NUMBER_FIELDS.has(field) && /^-?\d+$/.test(text)) return Number(text);
  if (BOOLEAN_FIELDS.has(field) && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}

/** Reads the rows (the header first) as a feed of people. */
export function readPeopleRows(sheetRows: readonly (readonly string[])[]): PeopleRows {
  const [header = [], ...records] = sheetRows;
  const problems: string[] = [];
  // A plain column beside language columns of the same field (`name` and `name.ru`) is not read.
  const columns = header
    .map((name, index) => ({ index, path: name.trim().split('.') }))
    .filter(({ path }) => {
      if (path.join('') === '') return false;
      if (path.every((segment) => SAFE_SEGMENT.test(segment) && !UNSAFE_SEGMENTS.has(segment))) return true;
      problems.push(`row 1: column ${JSON.stringify(path.join('.'))} is not a field name; ignored`);
      return false;
    })
    .filter(({ path }, _, all) => {
      const name = path.join('.');
      if (!all.some((other) => other.path.join('.').startsWith(`${name}.`))) return true;
      problems.push(`row 1: column ${JSON.stringify(name)} is ignored: the columns ${name}.<language> give its languages`);
      return false;
    });
  // What each column is, worked out once: its field, and for a list its path and the items' field.
  const readers = columns.map(({ index, path }) => {
    const field = path.join('.');
    const listAt = path.findIndex((_, end) => LIST_FIELDS.has(path.slice(0, end + 1).join('.')));
    return listAt === -1
      ? { index, path, field, list: undefined }
      : { index, path, field, list: { path: path.slice(0, listAt + 1), inner: path.slice(listAt + 1) } };
  });
  const people: Record<string, unknown>[] = [];
  const rows: number[] = [];
  records.forEach((record, index) => {
    const person: Tree = {};
    for (const { index: column, path, field, list } of readers) {
      const text = (record[column] ?? '').trim();
      if (text === '') continue;
      if (!list) {
        setPath(person, path, cellValue(field, text));
        continue;
      }
      let target = list.path.reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], person);
      if (!Array.isArray(target)) {
        target = [];
        setPath(person, list.path, target);
      }
      const items = target as unknown[];
      let position = 0;
      for (const part of text.split(';')) {
        const item = part.trim();
        if (item === '') continue;
        if (list.inner.length === 0) items[position] = item;
        else {
          if (typeof items[position] !== 'object' || items[position] === null) items[position] = {};
          setPath(items[position] as Tree, list.inner, item);
        }
        position += 1;
      }
    }
    if (Object.keys(person).length === 0) return;
    // A withdrawn person keeps only the id and the withdrawal: nothing else is read.
    if (typeof person.withdrawn === 'string') {
      const reason = person.withdrawn.toLowerCase();
      people.push({ id: person.id, withdrawn: reason === 'true' || reason === 'yes' ? true : { reason } });
    } else people.push(person);
    rows.push(index + 2);
  });
  return { feed: { people }, rows, problems };
}

/** `charges[1].article: expected …` → the column it came from: `charges.article`. */
export const columnOfPath = (error: string): string => (/^[\w.[\]-]+/.exec(error)?.[0] ?? '').replace(/\[\d+\]/g, '');

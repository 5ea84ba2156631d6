#!/usr/bin/env node
// The translator's workflow: every UI table side by side in one CSV, and back.
//
//   npm run i18n:export [-- tables.csv]      writes the CSV (standard output without a file)
//   npm run i18n:import -- tables.csv        checks it, then writes every table it changes
//   npm run i18n:import -- tables.csv --check   checks only, writes nothing
//
// CSV, not XLIFF: a reviewer compares one string in eleven languages on one row, in any
// spreadsheet (LibreOffice, Excel, Google Sheets) and in the CAT tools and platforms that read
// multilingual CSV (memoQ, Trados, Crowdin, Weblate); XLIFF holds one target language per file.
// UTF-8 with a byte order mark, so that Excel shows Cyrillic and Uzbek ʻ right.
//
// One row per entry and form: `form` is empty for a text; `female` and `male` rows hold the
// forms of a text that agrees with a person's gender (its neutral form is on the empty row);
// a plural entry has a row per category (zero, one, two, few, many, other). An empty cell is a
// form the language does not have. Import writes only entries whose text changed, in place, so
// the comments in the tables stay; a key it adds goes at the end of its part.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PARTS = ['common', 'durations', 'appeal', 'prisoner', 'prisoner-list', 'timeline', 'sheets'];
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const GENDERS = ['female', 'male'];

/** Compiles TypeScript from the repository (esbuild, as Vite does) and imports it. */
async function importTypeScript(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** The languages, notes and rules the widgets use, from src/core/i18n. */
async function loadRules() {
  const i18n = join(root, 'src/core/i18n');
  return importTypeScript(
    `export { UI_LANGUAGES } from './index.ts'; export { NOTES, ORDINAL_KEYS, PARAMETER_ALIASES } from './notes.ts'; export { pluralSelector } from './plural-rules.ts';`,
    i18n,
  );
}

/** Every table in `stringsDir`, by language tag, then part, then key. */
export async function loadTables(stringsDir, languages) {
  const imports = languages.flatMap((lang) =>
    PARTS.map((part) => `import * as m${Math.random().toString(36).slice(2)} from './${lang.toLowerCase()}/${part}.ts';`),
  );
  const names = imports.map((line) => /import \* as (\w+)/.exec(line)[1]);
  const module = await importTypeScript(`${imports.join('\n')}\nexport default [${names.map((name) => `${name}.strings`).join(', ')}];`, stringsDir);
  const tables = {};
  let index = 0;
  for (const lang of languages) {
    tables[lang] = {};
    for (const part of PARTS) tables[lang][part] = module.default[index++];
  }
  return tables;
}

/** The categories `lang` asks for, as the widgets decide them (ours where Intl lacks the language). */
function categoriesOf(lang, pluralSelector, type = 'cardinal') {
  const select = pluralSelector(lang, type);
  const found = new Set();
  // Whole numbers show every category a count takes; `other` (fractions in Russian) every entry needs.
  found.add('other');
  for (let n = 0; n <= 1000; n++) found.add(select(n));
  return CATEGORIES.filter((category) => found.has(category));
}

const csvCell = (value) => (/[",\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV of `tables`: key, part, form, note, then one column per language, English first. */
export function toCsv(tables, languages, notes) {
  const rows = [['key', 'part', 'form', 'note', ...languages]];
  for (const part of PARTS) {
    for (const [key, english] of Object.entries(tables.en[part])) {
      const forms =
        typeof english === 'string'
          ? ['', ...GENDERS]
          : CATEGORIES.filter((category) => languages.some((lang) => tables[lang][part][key]?.[category] !== undefined));
      for (const form of forms) {
        const cells = languages.map((lang) => {
          const entry = tables[lang][part][key];
          if (entry === undefined) return '';
          if (typeof english !== 'string') return entry[form] ?? '';
          if (typeof entry === 'string') return form === '' ? entry : '';
          return entry[form === '' ? 'other' : form] ?? '';
        });
        if (form !== '' && cells.every((cell) => cell === '')) continue;
        rows.push([key, part, form, form === '' || form === 'other' || (typeof english !== 'string' && form === forms[0]) ? notes[key] : '', ...cells]);
      }
    }
  }
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const paramsOf = (text, aliases) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => aliases[match[1]] ?? match[1]))].sort();

/**
 * Reads the CSV back into tables and checks it against English and the language's rules.
 * Returns the tables and every problem, each naming the language and the key.
 */
export function fromCsv(text, languages, rules, englishTables) {
  const records = parse(text.replace(/^\ufeff/, ''), { columns: true, skip_empty_lines: true, relax_column_count: false });
  const errors = [];
  const header = records.length > 0 ? Object.keys(records[0]) : [];
  for (const lang of languages) if (!header.includes(lang)) errors.push(`${lang}: no column for this language`);
  for (const column of header.slice(4))
    if (!languages.includes(column)) errors.push(`${column}: a column for a language with no table; add the language first (docs/translating.md)`);
  const partOf = new Map(PARTS.flatMap((part) => Object.keys(englishTables[part]).map((key) => [key, part])));
  const rowsByKey = new Map();
  for (const record of records) {
    if (!partOf.has(record.key)) {
      errors.push(`${record.key}: not a key of the English table (a typo, or a key removed from the code)`);
      continue;
    }
    if (record.part !== partOf.get(record.key)) errors.push(`${record.key}: belongs to the part "${partOf.get(record.key)}", not "${record.part}"`);
    if (!rowsByKey.has(record.key)) rowsByKey.set(record.key, []);
    rowsByKey.get(record.key).push(record);
  }
  const tables = Object.fromEntries(languages.map((lang) => [lang, Object.fromEntries(PARTS.map((part) => [part, {}]))]));
  for (const [key, part] of partOf) {
    const english = englishTables[part][key];
    const rows = rowsByKey.get(key);
    if (!rows) {
      for (const lang of languages) errors.push(`${lang}: missing key ${key} (part ${part}); English: ${JSON.stringify(english)}`);
      continue;
    }
    const expected = paramsOf(typeof english === 'string' ? english : Object.values(english).join(' '), {});
    for (const lang of languages) {
      const byForm = new Map(rows.map((row) => [row.form, row[lang] ?? '']));
      let entry;
      if (typeof english === 'string') {
        const [text, female, male] = ['', ...GENDERS].map((form) => byForm.get(form) ?? '');
        if ((female === '') !== (male === '')) errors.push(`${lang}: ${key}: give both the female and the male form, or neither`);
        entry = female !== '' || male !== '' ? { female, male, other: text } : text;
        if (text === '') errors.push(`${lang}: missing key ${key} (part ${part}); English: ${JSON.stringify(english)}`);
      } else {
        entry = Object.fromEntries(CATEGORIES.filter((category) => (byForm.get(category) ?? '') !== '').map((category) => [category, byForm.get(category)]));
        const needed = rules.ORDINAL_KEYS.has(key) ? ['other'] : categoriesOf(lang, rules.pluralSelector);
        const missing = needed.filter((category) => entry[category] === undefined);
        if (Object.keys(entry).length === 0) errors.push(`${lang}: missing key ${key} (part ${part}); English: ${JSON.stringify(english)}`);
        else if (missing.length > 0)
          errors.push(`${lang}: ${key}: missing the plural form${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${lang} needs ${needed.join(', ')})`);
      }
      for (const form of typeof entry === 'string' ? [entry] : Object.values(entry)) {
        if (form === '') continue;
        const found = paramsOf(form, rules.PARAMETER_ALIASES);
        if (found.join() !== expected.join())
          errors.push(`${lang}: ${key}: placeholders {${found.join('}, {')}} where English has {${expected.join('}, {')}}: ${JSON.stringify(form)}`);
      }
      tables[lang][part][key] = entry;
    }
  }
  return { tables, errors: [...new Set(errors)] };
}

const escapeString = (value) =>
  `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\u202f/g, '\\u202f')}'`;
const literal = (entry) =>
  typeof entry === 'string'
    ? escapeString(entry)
    : `{ ${Object.entries(entry)
        .map(([form, text]) => `${form}: ${escapeString(text)}`)
        .join(', ')} }`;

/** The same entry, whatever the order of its forms. */
const canonical = (entry) => (typeof entry === 'object' && entry !== null ? JSON.stringify(Object.entries(entry).sort()) : JSON.stringify(entry));
const same = (a, b) => canonical(a) === canonical(b);

/** Where `key`'s entry is in a table's source, from its quote to the comma after its value. */
function entrySpan(source, key) {
  const start = source.search(new RegExp(`^\\s*'${key.replace(/[.]/g, '\\.')}':`, 'm'));
  if (start < 0) return undefined;
  let index = source.indexOf(':', source.indexOf(`'${key}'`, start)) + 1;
  let depth = 0;
  let quote = '';
  for (; index < source.length; index++) {
    const char = source[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0) break;
      depth--;
    } else if (char === ',' && depth === 0) return { start: source.indexOf(`'${key}'`, start), end: index + 1 };
  }
  return { start: source.indexOf(`'${key}'`, start), end: index };
}

/** Writes the entries that changed into the table files, in place; returns the files written. */
export function writeTables(stringsDir, languages, before, after) {
  const written = [];
  for (const lang of languages) {
    for (const part of PARTS) {
      const changed = Object.entries(after[lang][part]).filter(([key, entry]) => !same(before[lang][part][key], entry));
      if (changed.length === 0) continue;
      const file = join(stringsDir, lang.toLowerCase(), `${part}.ts`);
      let source = readFileSync(file, 'utf8');
      for (const [key, entry] of changed) {
        const span = entrySpan(source, key);
        const text = `'${key}': ${literal(entry)},`;
        if (span) source = source.slice(0, span.start) + text + source.slice(span.end);
        else {
          const close = source.lastIndexOf('}');
          source = `${source.slice(0, close)}  ${text}\n${source.slice(close)}`;
        }
      }
      writeFileSync(file, source);
      written.push(file);
    }
  }
  return written;
}

async function main(argv) {
  const [command, file, ...rest] = argv;
  const stringsDir = join(root, 'src/core/i18n/strings');
  const rules = await loadRules();
  const languages = [...rules.UI_LANGUAGES];
  const tables = await loadTables(stringsDir, languages);
  if (command === 'export') {
    const csv = toCsv(tables, languages, rules.NOTES);
    if (file) writeFileSync(file, csv);
    else process.stdout.write(csv);
    return 0;
  }
  if (command === 'import' && file) {
    const { tables: imported, errors } = fromCsv(readFileSync(file, 'utf8'), languages, rules, tables.en);
    if (errors.length > 0) {
      console.error(`${file}: ${errors.length} problem${errors.length > 1 ? 's' : ''}; nothing written.\n${errors.map((error) => `  ${error}`).join('\n')}`);
      return 1;
    }
    if (rest.includes('--check')) {
      console.log(`${file}: every key, placeholder and plural form is there.`);
      return 0;
    }
    const written = writeTables(stringsDir, languages, tables, imported);
    console.log(
      written.length === 0
        ? `${file}: no change.`
        : `${file}: wrote ${written.length} table file${written.length > 1 ? 's' : ''}; run \`npx prettier --write src/core/i18n/strings\`.`,
    );
    return 0;
  }
  console.error('Usage: node scripts/i18n-tables.mjs export [file.csv] | import <file.csv> [--check]');
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

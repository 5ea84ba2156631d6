// The translator's export and import (scripts/i18n-tables.mjs): every table survives the round
// trip unchanged, and a CSV with a missing key, a lost placeholder or a missing plural form is
// refused with a message that names the language and the key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { PARTS, fromCsv, loadTables, toCsv, writeTables } from '../../scripts/i18n-tables.mjs';
import { projectRoot } from './helpers.mjs';

const script = join(projectRoot, 'scripts/i18n-tables.mjs');
const stringsDir = join(projectRoot, 'src/core/i18n/strings');
const LANGUAGES = ['en', 'ru', 'uz-Latn', 'uz-Cyrl', 'kk', 'ky', 'tg', 'tk', 'fr', 'kaa', 'kaa-Cyrl'];

/** The rules the import checks against, as the script loads them. */
async function rules() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `export { NOTES, ORDINAL_KEYS, PARAMETER_ALIASES } from './notes.ts'; export { pluralSelector } from './plural-rules.ts';`,
      resolveDir: join(projectRoot, 'src/core/i18n'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** The CSV with one cell changed: `lang`'s text on the row of `key` and `form`. */
function editCell(csv, key, form, lang, value) {
  const rows = parse(csv.replace(/^\ufeff/, ''), { columns: true });
  const row = rows.find((record) => record.key === key && record.form === form);
  assert.ok(row, `${key} ${form} is in the CSV`);
  row[lang] = value;
  const header = Object.keys(rows[0]);
  const cell = (value) => `"${String(value).replace(/"/g, '""')}"`;
  return [header.join(','), ...rows.map((record) => header.map((name) => cell(record[name])).join(','))].join('\r\n');
}

describe('the translator’s CSV', () => {
  let tables;
  let csv;
  let r;
  let scratch;
  before(async () => {
    r = await rules();
    tables = await loadTables(stringsDir, LANGUAGES);
    csv = toCsv(tables, LANGUAGES, r.NOTES);
    scratch = mkdtempSync(join(tmpdir(), 'ahrca-i18n-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('puts every language side by side, with a note on every key', () => {
    const rows = parse(csv.replace(/^\ufeff/, ''), { columns: true });
    assert.deepEqual(Object.keys(rows[0]), ['key', 'part', 'form', 'note', ...LANGUAGES]);
    const keys = new Set(rows.map((row) => row.key));
    const englishKeys = PARTS.flatMap((part) => Object.keys(tables.en[part]));
    assert.deepEqual([...keys].sort(), [...englishKeys].sort());
    for (const key of keys)
      assert.ok(
        rows.find((row) => row.key === key && row.note),
        `a note on ${key}`,
      );
    const loading = rows.find((row) => row.key === 'state.loading');
    assert.equal(loading.ru, 'Загрузка…');
    assert.equal(loading.kaa, 'Júklenbekte…');
    assert.deepEqual(
      rows.filter((row) => row.key === 'duration.years').map((row) => [row.form, row.ru]),
      [
        ['one', '{count} год'],
        ['few', '{count} года'],
        ['many', '{count} лет'],
        ['other', '{count} года'],
      ],
    );
    const detained = rows.filter((row) => row.key === 'prisoner.status.detained').map((row) => [row.form, row.ru, row.kk]);
    assert.deepEqual(detained, [
      ['', 'Под стражей', 'Қамауда'],
      ['female', 'Арестована', ''],
      ['male', 'Арестован', ''],
    ]);
  });

  it('reads back every table of every language without loss', () => {
    const { tables: back, errors } = fromCsv(csv, LANGUAGES, r, tables.en);
    assert.deepEqual(errors, []);
    for (const lang of LANGUAGES) for (const part of PARTS) assert.deepStrictEqual(back[lang][part], { ...tables[lang][part] }, `${lang} ${part}`);
  });

  it('writes nothing when nothing changed, and only the changed entry when one did, keeping the comments', async () => {
    const copy = join(scratch, 'strings');
    cpSync(stringsDir, copy, { recursive: true });
    const filesOf = (dir) =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true })
          .filter((name) => name.endsWith('.ts'))
          .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
      );
    const original = filesOf(copy);
    assert.deepEqual(writeTables(copy, LANGUAGES, tables, fromCsv(csv, LANGUAGES, r, tables.en).tables), []);
    assert.deepEqual(filesOf(copy), original);

    const edited = editCell(csv, 'timeline.search', '', 'kaa', 'Izlew (tekst)');
    const { tables: back, errors } = fromCsv(edited, LANGUAGES, r, tables.en);
    assert.deepEqual(errors, []);
    assert.deepEqual(writeTables(copy, LANGUAGES, tables, back), [join(copy, 'kaa', 'timeline.ts')]);
    const after = filesOf(copy);
    for (const name of Object.keys(original)) if (name !== join('kaa', 'timeline.ts')) assert.equal(after[name], original[name], name);
    assert.equal(after[join('kaa', 'timeline.ts')], original[join('kaa', 'timeline.ts')].replace("'Izlew'", "'Izlew (tekst)'"));
    assert.equal((await loadTables(copy, ['kaa'])).kaa.timeline['timeline.search'], 'Izlew (tekst)');
  });

  it('names the language and the key of a missing string, a lost placeholder and a missing plural form', () => {
    let broken = editCell(csv, 'timeline.video', '', 'kaa', '');
    broken = editCell(broken, 'appeal.timeLeft', '', 'tk', 'galdy');
    broken = editCell(broken, 'duration.years', 'few', 'ru', '');
    const { errors } = fromCsv(broken, LANGUAGES, r, tables.en);
    assert.deepEqual(errors, [
      'ru: duration.years: missing the plural form few (ru needs one, few, many, other)',
      'tk: appeal.timeLeft: placeholders {} where English has {duration}: "galdy"',
      'kaa: missing key timeline.video (part timeline); English: "Video on {host}"',
    ]);
  });

  it('names a key English has and the CSV lacks, in every language (a key added on another branch)', () => {
    const english = { ...tables.en, appeal: { ...tables.en.appeal, 'appeal.retry': 'Try again' } };
    const { errors } = fromCsv(csv, LANGUAGES, r, english);
    assert.deepEqual(
      errors,
      LANGUAGES.map((lang) => `${lang}: missing key appeal.retry (part appeal); English: "Try again"`),
    );
  });

  it('runs as a command: exit 0 for a good CSV, 1 with the problems for a bad one', () => {
    const good = join(scratch, 'good.csv');
    const bad = join(scratch, 'bad.csv');
    assert.equal(spawnSync(process.execPath, [script, 'export', good]).status, 0);
    assert.equal(readFileSync(good, 'utf8'), csv);
    const checked = spawnSync(process.execPath, [script, 'import', good, '--check'], { encoding: 'utf8' });
    assert.equal(checked.status, 0, checked.stderr);
    writeFileSync(bad, editCell(csv, 'prisoner.charges', '', 'tg', ''));
    const refused = spawnSync(process.execPath, [script, 'import', bad], { encoding: 'utf8' });
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, `${bad}: 1 problem; nothing written.\n  tg: missing key prisoner.charges (part prisoner); English: "Charges"\n`);
  });
});

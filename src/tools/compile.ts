/**
 * `compile <folder>`: Markdown files with front matter, one per person, appeal and event, as the
 * JSON the widgets read. The folder:
 *
 *     people/*.md               → prisoners.json       (people/feed.yml: the feed's title, updated)
 *     appeals/<name>.md         → appeal-<name>.json
 *     timelines/<name>/*.md     → timeline-<name>.json (timelines/<name>/timeline.yml: title, description, eras …)
 *
 * Files are read in name order, which is the order of the people and events; names starting with
 * `_` or `.` are skipped (drafts). Each output is checked against the widget's schema, and every
 * problem names the file and line it comes from.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GenericSchema } from 'valibot';
import { AppealSchema } from '../core/schema/appeal.js';
import { PrisonerFeedSchema } from '../core/schema/prisoner.js';
import { TimelineSchema } from '../core/schema/timeline.js';
import { validateWithIssues } from '../core/schema/issues.js';
import { pathOf } from '../core/schema/validate.js';
import { readMarkdownContent } from './content-file.js';
import { conform } from './conform.js';
import { firstPerPath, issueProblem, unknownFieldProblem } from './findings.js';
import { MAX_CONTENT_FILE_BYTES, readSource } from './input.js';
import { toJsonText } from './json-output.js';
import { InputError, type Location, type Problem, errorsOf } from './problems.js';
import { type YamlFields, readYamlFields } from './yaml-fields.js';

type Keys = (string | number)[];

export interface CompileOptions {
  /** Write the outputs into this folder; without it, nothing is written. */
  out?: string;
  /** With `out`: write nothing, and report each output that differs from the file already there. */
  check?: boolean;
}

export interface CompiledFile {
  /** `prisoners.json`, `appeal-<name>.json`, `timeline-<name>.json`. */
  name: string;
  json: string;
  /** What it holds: `13 people`, `appeal`, `11 events`. */
  summary: string;
}

export interface CompileResult {
  folder: string;
  ok: boolean;
  /** Every output, when there are no errors. */
  files: CompiledFile[];
  problems: Problem[];
  /** With `out`: the files written, or, with `check`, those found out of date. */
  written?: string[];
  stale?: string[];
}

/** Where a path of an output comes from: a file, its line, and the path within that file. */
interface Place {
  location: Location;
  keys: Keys;
}

/** One content file, read. */
interface SourceFile extends YamlFields {
  path: string;
}

const isContentName = (name: string) => !name.startsWith('_') && !name.startsWith('.');
const OUTPUT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The line of the value at `keys`, or of the nearest enclosing value written in the file; else the first line. */
function lineIn(file: YamlFields, keys: Keys): number {
  for (let length = keys.length; length > 0; length--) {
    const line = file.lineOf.get(pathOf(keys.slice(0, length)));
    if (line !== undefined) return line;
  }
  return 1;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

class Compilation {
  readonly problems: Problem[] = [];
  readonly files: CompiledFile[] = [];

  private problem(message: string, location: Location, severity: Problem['severity'] = 'error'): void {
    this.problems.push({ severity, message, ...location });
  }

  private async read(path: string, read: (text: string) => YamlFields): Promise<SourceFile | undefined> {
    try {
      return { path, ...read(await readSource(path, { maxBytes: MAX_CONTENT_FILE_BYTES })) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.problems.push(error.toProblem(path));
      return undefined;
    }
  }

  /** The Markdown files of a folder in name order, and its YAML file of shared fields, if any. */
  private async listFolder(folder: string, metaName?: string): Promise<{ markdown: string[]; meta?: string }> {
    const names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && isContentName(entry.name));
    const markdown: string[] = [];
    let meta: string | undefined;
    for (const { name } of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (/\.md$/i.test(name)) markdown.push(name);
      else if (metaName && (name === `${metaName}.yml` || name === `${metaName}.yaml`)) meta = name;
      else this.problem(`not read: only .md files${metaName ? ` and ${metaName}.yml` : ''} are read here`, { source: join(folder, name) }, 'warning');
    }
    return { markdown, ...(meta ? { meta } : {}) };
  }

  private async readRecords(folder: string, names: string[], bodyField: string): Promise<SourceFile[]> {
    const records: SourceFile[] = [];
    for (const name of names) {
      const record = await this.read(join(folder, name), (text) => readMarkdownContent(text, bodyField));
      if (!record) continue;
      // A record without an id takes its file's name.
      record.fields.id ??= name.replace(/\.md$/i, '');
      records.push(record);
    }
    return records;
  }

  /** Reports ids used by two files, at both; true when there were any. */
  private reportRepeatedIds(records: readonly SourceFile[], noun: string): boolean {
    const firstWithId = new Map<unknown, SourceFile>();
    let repeated = false;
    for (const record of records) {
      const first = firstWithId.get(record.fields.id);
      if (!first) {
        firstWithId.set(record.fields.id, record);
        continue;
      }
      repeated = true;
      this.problem(`id: ${JSON.stringify(record.fields.id)} is already the id of ${noun} ${first.path}; each needs its own`, {
        source: record.path,
        line: lineIn(record, ['id']),
      });
    }
    return repeated;
  }

  /**
   * Checks `document` against `schema` and adds it to the outputs. `place` finds the file, the line
   * and the path within that file of a path in the document; `skip` drops issues already reported better.
   */
  private emit(name: string, schema: GenericSchema, document: unknown, place: (keys: Keys) => Place, summary: string, skip?: (keys: Keys) => boolean): void {
    const { value, unknownFields } = conform(schema, document, { fromText: true });
    for (const field of unknownFields) {
      const { location, keys } = place(field.keys);
      this.problems.push(unknownFieldProblem({ ...field, keys }, 'compile', () => location));
    }
    const result = validateWithIssues(schema, value);
    if (!result.ok) {
      for (const issue of firstPerPath(result.issues)) {
        if (skip?.(issue.keys)) continue;
        const { location, keys } = place(issue.keys);
        this.problems.push(issueProblem(issue, () => location, keys));
      }
    }
    this.files.push({ name, json: toJsonText(value), summary });
  }

  /** A feed or timeline: records in a list, shared fields from the folder's YAML file. */
  private async compileList(
    folder: string,
    output: string,
    schema: GenericSchema,
    listKey: 'people' | 'events',
    metaName: string,
    bodyField: string,
  ): Promise<void> {
    const listing = await this.listFolder(folder, metaName);
    const meta = listing.meta ? await this.read(join(folder, listing.meta), (text) => readYamlFields(text)) : undefined;
    if (meta && meta.fields[listKey] !== undefined) {
      this.problem(`${listKey}: is not written here: each goes in its own .md file in ${folder}`, { source: meta.path, line: lineIn(meta, [listKey]) });
      delete meta.fields[listKey];
    }
    const records = await this.readRecords(folder, listing.markdown, bodyField);
    const noun = listKey === 'people' ? 'person' : 'event';
    const repeated = this.reportRepeatedIds(records, noun);
    const document = { ...meta?.fields, [listKey]: records.map((record) => record.fields) };
    const place = (keys: Keys): Place => {
      const [first, index, ...rest] = keys;
      const record = first === listKey && typeof index === 'number' ? records[index] : undefined;
      if (record) return { location: { source: record.path, line: lineIn(record, rest) }, keys: rest };
      if (meta && keys.length > 0 && first !== listKey) return { location: { source: meta.path, line: lineIn(meta, keys) }, keys };
      return { location: { source: folder }, keys };
    };
    // Repeated ids are reported above, at each file; the list's own check would name only the folder.
    const skip = (keys: Keys) => repeated && keys.length === 1 && keys[0] === listKey;
    this.emit(output, schema, document, place, `${records.length} ${records.length === 1 ? noun : listKey}`, skip);
  }

  async compilePeople(folder: string): Promise<void> {
    await this.compileList(folder, 'prisoners.json', PrisonerFeedSchema, 'people', 'feed', 'summary');
  }

  async compileTimeline(folder: string, name: string): Promise<void> {
    await this.compileList(folder, `timeline-${name}.json`, TimelineSchema, 'events', 'timeline', 'text');
  }

  async compileAppeals(folder: string): Promise<void> {
    const { markdown } = await this.listFolder(folder);
    for (const record of await this.readRecords(folder, markdown, 'summary')) {
      const name = record.path.slice(folder.length + 1).replace(/\.md$/i, '');
      this.emit(
        `appeal-${name}.json`,
        AppealSchema,
        record.fields,
        (keys) => ({ location: { source: record.path, line: lineIn(record, keys) }, keys }),
        'appeal',
      );
    }
  }

  checkOutputNames(): void {
    for (const file of this.files) {
      if (!OUTPUT_NAME.test(file.name))
        this.problem(`${file.name}: a file or folder name of letters, digits, ".", "_" and "-" only makes a safe output name`, {});
    }
  }
}

/** Writes the outputs into `out`, or with `check` lists those that differ from what is there. */
async function writeOutputs(files: readonly CompiledFile[], out: string, check: boolean): Promise<{ written?: string[]; stale?: string[] }> {
  if (check) {
    const stale: string[] = [];
    for (const file of files) {
      const current = await readFile(join(out, file.name), 'utf8').catch(() => undefined);
      if (current !== file.json) stale.push(join(out, file.name));
    }
    return { stale };
  }
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    await writeFile(join(out, file.name), file.json);
    written.push(join(out, file.name));
  }
  return { written };
}

/** Compiles a content folder; writes the outputs when `out` is given and nothing is wrong. Never throws for bad content: it reports it. */
export async function compile(folder: string, options: CompileOptions = {}): Promise<CompileResult> {
  const compilation = new Compilation();
  const fail = (message: string): CompileResult => ({ folder, ok: false, files: [], problems: [{ severity: 'error', source: folder, message }] });
  if (!(await isFolder(folder))) return fail('no such folder');
  const people = join(folder, 'people');
  const appeals = join(folder, 'appeals');
  const timelines = join(folder, 'timelines');
  const timelineNames = (await isFolder(timelines))
    ? (await readdir(timelines, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && isContentName(entry.name))
        .map((entry) => entry.name)
        .sort()
    : [];
  const hasPeople = await isFolder(people);
  const hasAppeals = await isFolder(appeals);
  if (!hasPeople && !hasAppeals && timelineNames.length === 0) {
    return fail('nothing to compile: expected a people/ or appeals/ folder, or timelines/<name>/ folders, in it');
  }
  if (hasPeople) await compilation.compilePeople(people);
  if (hasAppeals) await compilation.compileAppeals(appeals);
  for (const name of timelineNames) await compilation.compileTimeline(join(timelines, name), name);
  compilation.checkOutputNames();
  const problems = compilation.problems;
  const ok = errorsOf(problems).length === 0;
  if (!ok) return { folder, ok, files: [], problems };
  const result: CompileResult = { folder, ok, files: compilation.files, problems };
  if (options.out === undefined) return result;
  const outcome = await writeOutputs(compilation.files, options.out, options.check ?? false);
  for (const path of outcome.stale ?? [])
    problems.push({ severity: 'error', source: path, message: `is not what ${folder} compiles to: run compile without --check to rewrite it` });
  return { ...result, ...outcome, ok: (outcome.stale ?? []).length === 0, problems };
}

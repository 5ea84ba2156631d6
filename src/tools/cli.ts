#!/usr/bin/env node
/**
 * `ahrca-widgets validate | convert | compile | render`: the data tools on the command line. Results go to
 * standard output (for `convert`, the timeline does, and the report goes to standard error); a
 * misused command or bad input is a one-line message, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HELP } from './cli-help.js';
import { type Style, countsOf, formatProblems, plural, styleFor } from './cli-format.js';
import { compile } from './compile.js';
import { convert } from './convert.js';
import { DATA_TYPE_LABELS, isDataType } from './data-types.js';
import { LANGUAGE_TAG_PATTERN } from '../core/patterns.js';
import { errorsOf } from './problems.js';
import { isUrl, readSource } from './input.js';
import { toJsonText } from './json-output.js';
import { validate } from './validate.js';

/** A command used wrongly: its message and exit status 2. */
class UsageError extends Error {}

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

interface Arguments {
  /** `--name value` options. */
  text: Record<string, string | undefined>;
  /** `--name` switches. */
  flag: Record<string, boolean | undefined>;
  positionals: string[];
}

/** Parses a command's arguments: `strings` and `flags` name its options; `-h`/`--help` is always one. */
function parse(args: string[], strings: string[], flags: string[]): Arguments {
  const options = Object.fromEntries([
    ['help', { type: 'boolean' as const, short: 'h' }],
    ...strings.map((name) => [name, { type: 'string' as const }]),
    ...flags.map((name) => [name, { type: 'boolean' as const }]),
  ]);
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    const all = values as Record<string, string | boolean | undefined>;
    const pick = <T>(names: string[]) => Object.fromEntries(names.map((name) => [name, all[name] as T]));
    return { text: pick<string | undefined>(strings), flag: pick<boolean | undefined>([...flags, 'help']), positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

function timeoutOf(text: Arguments['text']): number | undefined {
  if (text.timeout === undefined) return undefined;
  const seconds = Number(text.timeout);
  if (!(seconds > 0)) throw new UsageError(`--timeout expects a number of seconds, got ${JSON.stringify(text.timeout)}`);
  return seconds * 1000;
}

async function runValidate(args: string[], out: Style): Promise<{ stdout: string; code: number }> {
  const { text, flag, positionals } = parse(args, ['type', 'timeout'], ['json']);
  if (flag.help) return { stdout: `${HELP.validate}\n`, code: EXIT_OK };
  if (positionals.length === 0) throw new UsageError('validate needs a file or URL: ahrca-widgets validate data.json');
  const type = text.type;
  if (type !== undefined && !isDataType(type))
    throw new UsageError(`--type must be one of ${Object.keys(DATA_TYPE_LABELS).join(', ')}; got ${JSON.stringify(type)}`);
  const timeoutMs = timeoutOf(text);
  const result = await validate(positionals, { ...(type ? { type } : {}), ...(timeoutMs ? { timeoutMs } : {}) });
  const code = result.ok ? EXIT_OK : EXIT_INVALID;
  if (flag.json) return { stdout: toJsonText(result), code };
  const lines = result.reports.map((report) => {
    const what = report.type ? DATA_TYPE_LABELS[report.type] : 'data';
    const counts = countsOf(report.problems);
    const heading = report.ok
      ? `${out.bold(report.source)}: ${out.success('valid')} ${what}${report.summary && report.summary !== what ? ` (${report.summary})` : ''}${counts ? `, ${counts}` : ''}`
      : `${out.bold(report.source)}: ${out.error(counts)}${report.type ? ` (${what})` : ''}`;
    return report.problems.length ? `${heading}\n${formatProblems(report.problems, out, false)}` : heading;
  });
  if (result.reports.length > 1) {
    const invalid = result.reports.filter((report) => !report.ok).length;
    lines.push(
      `${plural(result.reports.length, 'file')} checked: ${result.reports.length - invalid} valid${invalid ? `, ${out.error(`${invalid} with errors`)}` : ''}.`,
    );
  }
  return { stdout: `${lines.join('\n')}\n`, code };
}

async function runConvert(args: string[], err: Style): Promise<{ stdout: string; stderr: string; code: number }> {
  const { text, flag, positionals } = parse(args, ['from', 'out', 'timeout'], ['json']);
  if (flag.help) return { stdout: `${HELP.convert}\n`, stderr: '', code: EXIT_OK };
  if (text.from === undefined) throw new UsageError('convert needs --from: ahrca-widgets convert --from timelinejs timeline.json');
  if (text.from !== 'timelinejs' && text.from !== 'csv') throw new UsageError(`--from must be timelinejs or csv; got ${JSON.stringify(text.from)}`);
  if (positionals.length !== 1) throw new UsageError('convert takes one file or URL: ahrca-widgets convert --from timelinejs timeline.json');
  const timeoutMs = timeoutOf(text);
  const result = await convert(positionals[0]!, { from: text.from, ...(timeoutMs ? { timeoutMs } : {}) });
  if (result.ok && text.out !== undefined) await writeFile(text.out, result.json!);
  const code = result.ok ? EXIT_OK : EXIT_INVALID;
  if (flag.json) {
    const { json: _text, timeline, ...report } = result;
    const written = result.ok && text.out !== undefined ? { output: text.out } : {};
    const shown = result.ok && text.out === undefined ? { timeline } : {};
    return { stdout: toJsonText({ ...report, ...written, ...shown }), stderr: '', code };
  }
  const counts = countsOf(result.problems);
  const outcome = result.ok
    ? `${err.success('converted')}${text.out ? ` to ${text.out}` : ''}${counts ? `, ${counts}` : ''}`
    : `${err.error(counts)}; nothing written`;
  const report = `${err.bold(result.source)}: ${outcome}\n${result.problems.length ? `${formatProblems(result.problems, err, false)}\n` : ''}`;
  return { stdout: result.ok && text.out === undefined ? result.json! : '', stderr: report, code };
}

const THEMES = ['light', 'dark', 'auto'] as const;

/** `--lang`, `--theme` and `--base`, checked, for `render` and `compile --html`. */
function renderOptionsOf(text: Arguments['text']): { lang?: string; theme?: (typeof THEMES)[number]; base?: string } {
  const theme = text.theme;
  if (theme !== undefined && !(THEMES as readonly string[]).includes(theme))
    throw new UsageError(`--theme must be one of ${THEMES.join(', ')}; got ${JSON.stringify(theme)}`);
  if (text.lang !== undefined && !LANGUAGE_TAG_PATTERN.test(text.lang))
    throw new UsageError(`--lang expects a language tag such as ru; got ${JSON.stringify(text.lang)}`);
  if (text.base !== undefined && !isUrl(text.base)) throw new UsageError(`--base expects the http(s) address of the page; got ${JSON.stringify(text.base)}`);
  return {
    ...(text.lang ? { lang: text.lang } : {}),
    ...(theme ? { theme: theme as (typeof THEMES)[number] } : {}),
    ...(text.base ? { base: text.base } : {}),
  };
}

async function runRender(args: string[], err: Style): Promise<{ stdout: string; stderr: string; code: number }> {
  const { text, flag, positionals } = parse(args, ['widget', 'lang', 'theme', 'person', 'base', 'out', 'timeout'], []);
  if (flag.help) return { stdout: `${HELP.render}\n`, stderr: '', code: EXIT_OK };
  if (positionals.length !== 1) throw new UsageError('render takes one file or URL: ahrca-widgets render data/appeal.json --widget appeal-banner');
  // Standard output is the HTML: what the widgets say in the console (a TimelineJS3 file's notes) goes to standard error.
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  // Loaded only for this command: Lit's server renderer and jsdom are not small.
  const { isRenderWidget, RENDER_WIDGETS, renderProblem, renderWidget } = await import('./render.js');
  const widget = text.widget;
  if (widget === undefined || !isRenderWidget(widget))
    throw new UsageError(`--widget must be one of ${RENDER_WIDGETS.join(', ')}; got ${JSON.stringify(widget ?? '')}`);
  const source = positionals[0]!;
  const options = renderOptionsOf(text);
  const timeoutMs = timeoutOf(text);
  const fail = (message: string) => ({ stdout: '', stderr: `${err.bold(source)}: ${err.error(message)}\n`, code: EXIT_INVALID });
  let payload: unknown;
  try {
    payload = JSON.parse(await readSource(source, timeoutMs ? { timeoutMs } : {}));
  } catch (error) {
    return fail((error as Error).message);
  }
  let markup: string;
  try {
    markup = await renderWidget(payload, {
      widget,
      ...options,
      ...(text.person ? { person: text.person } : {}),
      ...(options.base === undefined && isUrl(source) ? { base: source } : {}),
    });
  } catch (error) {
    return fail(`${renderProblem(error)} (ahrca-widgets validate ${source} names every problem)`);
  }
  if (text.out === undefined) return { stdout: markup, stderr: '', code: EXIT_OK };
  await writeFile(text.out, markup);
  return { stdout: '', stderr: `${err.bold(source)}: ${err.success('rendered')} to ${text.out}\n`, code: EXIT_OK };
}

async function runCompile(args: string[], out: Style): Promise<{ stdout: string; code: number }> {
  const { text, flag, positionals } = parse(args, ['out', 'lang', 'theme', 'base'], ['check', 'json', 'html']);
  if (flag.help) return { stdout: `${HELP.compile}\n`, code: EXIT_OK };
  if (positionals.length !== 1) throw new UsageError('compile takes one folder: ahrca-widgets compile content --out public/data');
  const folder = positionals[0]!;
  const outFolder = text.out ?? join(folder, 'dist');
  const renderOptions = renderOptionsOf(text);
  const result = await compile(folder, { out: outFolder, check: flag.check ?? false });
  if (result.ok && flag.html && !flag.check) {
    const { renderCompiled } = await import('./render.js');
    for (const file of [...result.files]) {
      for (const page of await renderCompiled(file.name, file.json, renderOptions)) {
        await writeFile(join(outFolder, page.name), page.html);
        result.files.push({ name: page.name, json: '', summary: 'static HTML' });
      }
    }
  }
  const code = result.ok ? EXIT_OK : EXIT_INVALID;
  if (flag.json) {
    const files = result.files.map(({ name, summary }) => ({ name, summary }));
    return { stdout: toJsonText({ ...result, out: outFolder, files }), code };
  }
  const lines: string[] = [];
  if (result.problems.length) lines.push(formatProblems(result.problems, out));
  if (errorsOf(result.problems).length > 0) {
    lines.push(`${out.error(countsOf(result.problems))}: ${flag.check ? 'checked' : 'nothing written'}.`);
  } else {
    const width = Math.max(...result.files.map((file) => file.name.length));
    const verb = flag.check ? 'is up to date in' : 'written to';
    lines.push(
      `${out.success(flag.check ? 'Up to date' : 'Compiled')} ${folder} → ${outFolder}${result.problems.length ? ` (${countsOf(result.problems)})` : ''}`,
    );
    for (const file of result.files) lines.push(`  ${file.name.padEnd(width)}  ${out.dim(file.summary)}`);
    if (result.files.length === 0) lines.push(`  nothing ${verb} ${outFolder}`);
  }
  return { stdout: `${lines.join('\n')}\n`, code };
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** Runs the command line `args` (without `node` and the script); resolves to the exit status. */
export async function main(args: string[]): Promise<number> {
  const out = styleFor(process.stdout);
  const err = styleFor(process.stderr);
  const [command, ...rest] = args;
  try {
    let result: { stdout: string; stderr?: string; code: number };
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') result = { stdout: `${HELP.main}\n`, code: EXIT_OK };
    else if (command === '-v' || command === '--version') result = { stdout: `${version()}\n`, code: EXIT_OK };
    else if (command === 'validate') result = await runValidate(rest, out);
    else if (command === 'convert') result = await runConvert(rest, err);
    else if (command === 'compile') result = await runCompile(rest, out);
    else if (command === 'render') result = await runRender(rest, err);
    else throw new UsageError(`unknown command ${JSON.stringify(command)}: expected validate, convert, compile or render`);
    process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    return result.code;
  } catch (error) {
    if (error instanceof UsageError) {
      const help =
        command === 'validate' || command === 'convert' || command === 'compile' || command === 'render'
          ? `ahrca-widgets ${command} --help`
          : 'ahrca-widgets --help';
      process.stderr.write(`${err.error('ahrca-widgets:')} ${error.message}\nSee ${help}.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

// A reader closing the pipe early (`… | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = process.env.AHRCA_DEBUG ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`ahrca-widgets: internal error: ${detail}\nPlease report it, with the command you ran.\n`);
    process.exitCode = EXIT_INVALID;
  },
);

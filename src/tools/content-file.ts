/**
 * One content file of a compile: Markdown with YAML front matter (a person, an appeal, an event),
 * or plain YAML (a feed's or a timeline's own fields). The Markdown body is one text, or one per
 * language under `<!-- lang: ru -->` lines, which Markdown previews do not show.
 */
import { pathOf } from '../core/schema/validate.js';
import { InputError } from './problems.js';
import { PROTOTYPE_KEY_REASON, type YamlFields, isPrototypeKey, readYamlFields } from './yaml-fields.js';

const LANGUAGE_MARKER = /^<!--\s*lang:\s*(\S*?)\s*-->\s*$/;
const FENCE = /^(?:---|\.\.\.)\s*$/;

/** Drops blank lines at the start and white space at the end. */
const trimText = (text: string) => text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();

export interface ContentBody {
  value: string | Record<string, string>;
  /** The line the text (or each language's marker) starts on. */
  lineOf: Map<string, number>;
}

/** The body as one text or texts by language; undefined when blank. `field` names the paths in `lineOf`. */
function readBody(lines: string[], firstLine: number, field: string): ContentBody | undefined {
  const lineOf = new Map<string, number>();
  const markers = lines.flatMap((line, index) => (LANGUAGE_MARKER.test(line) ? [index] : []));
  if (markers.length === 0) {
    const text = trimText(lines.join('\n'));
    if (text === '') return undefined;
    lineOf.set(field, firstLine + lines.findIndex((line) => line.trim() !== ''));
    return { value: text, lineOf };
  }
  const before = lines.slice(0, markers[0]).findIndex((line) => line.trim() !== '');
  if (before !== -1)
    throw new InputError('text before the first <!-- lang: … --> line: put every text under the line naming its language', { line: firstLine + before });
  const texts: Record<string, string> = {};
  lineOf.set(field, firstLine + markers[0]!);
  markers.forEach((start, index) => {
    const line = firstLine + start;
    const lang = LANGUAGE_MARKER.exec(lines[start]!)![1]!;
    if (lang === '') throw new InputError('<!-- lang: … --> names no language: write <!-- lang: ru -->', { line });
    if (isPrototypeKey(lang)) throw new InputError(`<!-- lang: ${lang} --> is not allowed: ${PROTOTYPE_KEY_REASON}`, { line });
    if (Object.hasOwn(texts, lang)) throw new InputError(`a second <!-- lang: ${lang} --> (also on line ${lineOf.get(pathOf([field, lang]))})`, { line });
    const text = trimText(lines.slice(start + 1, markers[index + 1]).join('\n'));
    if (text === '') throw new InputError(`no text after <!-- lang: ${lang} -->`, { line });
    texts[lang] = text;
    lineOf.set(pathOf([field, lang]), line);
  });
  return { value: texts, lineOf };
}

/**
 * A Markdown file: front matter between `---` lines, then the body, which becomes `bodyField`
 * (`summary`, `text`). The body and a `bodyField` in the front matter cannot both be given.
 */
export function readMarkdownContent(text: string, bodyField: string): YamlFields {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '') || lines[0]!.startsWith('...')) {
    throw new InputError('does not start with front matter: its first line must be ---, then the fields, then another ---', { line: 1 });
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) throw new InputError('front matter is not closed: expected a line --- after the fields', { line: 1 });
  const { fields, lineOf } = readYamlFields(lines.slice(1, end).join('\n'), 2);
  const body = readBody(lines.slice(end + 1), end + 2, bodyField);
  if (body) {
    if (fields[bodyField] !== undefined) {
      throw new InputError(`${bodyField}: is given in the front matter (line ${lineOf.get(bodyField)}) and as the text below it; give it once`, {
        line: end + 2,
      });
    }
    fields[bodyField] = body.value;
    for (const [path, line] of body.lineOf) lineOf.set(path, line);
  }
  return { fields, lineOf };
}

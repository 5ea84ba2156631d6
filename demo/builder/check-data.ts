/**
 * The builder's check of a data URL, done the way the widget will do it (the same fetch, JSON
 * pointer, TimelineJS3 adapter and schema), with what went wrong said in plain words.
 */
import { fromTimelineJs, isTimelineJs } from '../../src/core/adapters/timelinejs.js';
import { fetchFirstAvailable, LoadError, parseJson } from '../../src/core/data-source.js';
import { JsonPointerError, resolveJsonPointer } from '../../src/core/json-pointer.js';
import { WIDGET_SCHEMAS } from '../../src/core/schema/index.js';
import { validate } from '../../src/core/schema/validate.js';

export type DataCheck =
  | {
      ok: true;
      /** The data as the widget will read it. */
      value: unknown;
      /** Things worth knowing that do not stop the widget (what a TimelineJS3 file loses). */
      notes: string[];
      /** The file is TimelineJS3's, read through the adapter. */
      timelineJs: boolean;
    }
  | {
      ok: false;
      /** What is wrong, in one or two sentences. */
      summary: string;
      /** One line per bad field, naming it. */
      problems: string[];
    };

const TIMEOUT_MS = 10_000;
/** The largest payload any widget takes (a timeline). */
const MAX_BYTES = 16 * 1024 * 1024;

const CORS_HINT =
  'If the address opens in your browser, the server does not let other sites read the file: it must send the header ' +
  '“Access-Control-Allow-Origin: *” (see “CORS headers” in the embedding guide).';

/** A failed fetch in plain words. */
function describeLoadError(error: LoadError): string {
  switch (error.reason) {
    case 'network':
      return `The file could not be fetched. Check the address. ${CORS_HINT}`;
    case 'timeout':
      return `The server did not answer within ${TIMEOUT_MS / 1000} seconds.`;
    case 'http':
      return `The server answered with error ${error.status ?? ''}: the file is not at this address, or not public.`;
    case 'not-json':
      return `The address leads to a page, not to JSON (${error.message.replace(/^.* sent /, 'the server sent ')}). Use the address of the .json file itself.`;
    case 'too-large':
      return 'The file is larger than a widget accepts (16 MB at most, 1 MB for a banner).';
    case 'invalid-json':
      return `The file is not valid JSON: ${error.message.replace(/^.*\((.*)\)$/, '$1')}. A JSON validator shows where.`;
    default:
      return error.message;
  }
}

/** Fetches `url` and checks it as data for `widget`. Never throws. */
export async function checkData(widget: string, url: string, options: { dataPath?: string; person?: string } = {}): Promise<DataCheck> {
  let payload: unknown;
  try {
    const { text } = await fetchFirstAvailable([url], { signal: new AbortController().signal, timeout: TIMEOUT_MS, retries: 0, maxBytes: MAX_BYTES });
    payload = parseJson(text, url);
  } catch (error) {
    const summary = error instanceof LoadError ? describeLoadError(error) : `The file could not be read: ${String(error)}`;
    return { ok: false, summary, problems: [] };
  }
  if (options.dataPath) {
    try {
      payload = resolveJsonPointer(payload, options.dataPath);
    } catch (error) {
      if (!(error instanceof JsonPointerError)) throw error;
      return { ok: false, summary: `The data path leads nowhere in this file: ${error.message.replace(/^data-path:? ?/, '')}.`, problems: [] };
    }
  }
  const notes: string[] = [];
  const timelineJs = widget === 'timeline' && isTimelineJs(payload);
  if (timelineJs) {
    const converted = fromTimelineJs(payload);
    payload = converted.timeline;
    notes.push('This is a TimelineJS3 file: the timeline reads it as it is.', ...converted.notes);
  }
  const schema = WIDGET_SCHEMAS.find(({ name }) => name === widget)?.schema;
  if (!schema) return { ok: false, summary: `There is no widget called “${widget}”.`, problems: [] };
  const result = validate(schema, payload);
  if (!result.ok) {
    return {
      ok: false,
      summary: `The file is JSON, but not in the format this widget reads. Fix ${result.errors.length === 1 ? 'this field' : `these ${result.errors.length} fields`} (docs/data-format.md describes each):`,
      problems: result.errors,
    };
  }
  const people = (result.value as { people?: { id: string }[] }).people;
  if (widget === 'prisoner-card' && options.person && people && !people.some(({ id }) => id === options.person)) {
    return { ok: false, summary: `No one in this feed has the id “${options.person}”. Pick a person from the list.`, problems: [] };
  }
  return { ok: true, value: result.value, notes, timelineJs };
}

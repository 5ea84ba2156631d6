/**
 * Where a field of a converted timeline came from in the TimelineJS3 file, so that a problem is
 * shown at the line (or the spreadsheet cell) the editor has to change.
 */
import { EVENT_SLIDE_KEYS } from '../core/adapters/timelinejs.js';

type Keys = (string | number)[];

const ERA_SOURCES: Readonly<Record<string, readonly (string | number)[]>> = {
  title: ['text', 'headline'],
  start: ['start_date'],
  end: ['end_date'],
  text: ['text', 'text'],
};

const ROOT_SOURCES: Readonly<Record<string, Keys>> = {
  title: ['title', 'text', 'headline'],
  description: ['title', 'text', 'text'],
  media: ['title', 'media'],
};

/** Our media field → TimelineJS3's (`kind` is worked out from the url). */
const MEDIA_SOURCES: Readonly<Record<string, string>> = { kind: 'url' };

function mediaKeys(rest: Keys): Keys {
  const [field, ...deeper] = rest;
  if (typeof field !== 'string') return rest;
  return [MEDIA_SOURCES[field] ?? field, ...deeper];
}

/** The keys in the TimelineJS3 file of the value at `keys` in the converted timeline. */
export function timelineJsKeysOf(keys: readonly (string | number)[]): Keys {
  const [first, index, field, ...rest] = keys;
  if ((first === 'events' || first === 'eras') && typeof index === 'number' && typeof field === 'string') {
    const sources = first === 'events' ? EVENT_SLIDE_KEYS : ERA_SOURCES;
    const source = sources[field];
    if (!source) return [first, index];
    return [first, index, ...source, ...(field === 'media' ? mediaKeys(rest) : [])];
  }
  if (typeof first === 'string' && ROOT_SOURCES[first]) {
    const [, ...after] = keys;
    return [...ROOT_SOURCES[first]!, ...(first === 'media' ? mediaKeys(after) : [])];
  }
  return [...keys];
}

const SEGMENT = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/**
 * Splits a note of the TimelineJS3 adapter, `events[3].media.url: not carried …`, into the keys of
 * its path and its message. `(root): …` has no keys.
 */
export function splitNote(note: string): { keys: Keys; path: string; message: string } {
  if (note.startsWith('(root): ')) return { keys: [], path: '(root)', message: note.slice('(root): '.length) };
  const keys: Keys = [];
  let rest = note;
  for (let match = SEGMENT.exec(rest); match; match = SEGMENT.exec(rest)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3]!) as string);
    rest = rest.slice(match[0].length);
  }
  if (!rest.startsWith(': ')) return { keys: [], path: '', message: note };
  return { keys, path: note.slice(0, note.length - rest.length), message: rest.slice(2) };
}

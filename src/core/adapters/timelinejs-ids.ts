/**
 * Event ids for TimelineJS3 slides: `unique_id` where it is a valid id, its slug where it is not
 * (as TimelineJS3 itself slugifies them), else one made from the date and the headline. Made ids
 * do not depend on the slide's position, so a deep link survives reordering and insertions.
 */
import * as v from 'valibot';
import { identifier } from '../schema/common.js';
import type { Notes } from './timelinejs-notes.js';

const ACCEPTED_ID = identifier('');
const SLUG_LENGTH = 60;

/** Latin letters and digits of `text`, accents dropped, words joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, base 36: a short stable name for a headline with no Latin letters. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export interface IdRequest {
  /** `unique_id` as written, if any. */
  given: unknown;
  /** Our date, for made ids. */
  date: string | undefined;
  title: string;
  /** `events[3]`, for notes. */
  path: string;
}

/**
 * `2005-05-13-the-andijan-events`; before the common era the date comes first without its sign,
 * then `bce`, so that the id starts with a digit as ids must: `3500-bce-first-manufactured-glass`.
 */
function madeId({ date, title }: IdRequest): string {
  const written = date && /^-\d{4}/.test(date) ? `${date.slice(1)}-bce` : date;
  const day = written && /^\d{4}/.test(written) ? written.replace(/[^A-Za-z0-9._-]/g, '-') : 'event';
  return `${day}-${slugify(title) || hashOf(title)}`;
}

/** One id per request, in order, each used once. */
export function assignIds(requests: readonly IdRequest[], notes: Notes): string[] {
  const used = new Set<string>();
  const ids: (string | undefined)[] = requests.map(({ given, path }) => {
    if (typeof given !== 'string' && typeof given !== 'number') {
      if (given !== undefined && given !== null) notes.add(`${path}.unique_id`, 'expected text; a new id is made');
      return undefined;
    }
    const written = String(given).trim();
    if (written === '') return undefined;
    const id = v.is(ACCEPTED_ID, written) ? written : slugify(written);
    if (id === '') {
      notes.add(`${path}.unique_id`, `${JSON.stringify(written)} has no letters or digits to make an id of; a new id is made`);
      return undefined;
    }
    if (used.has(id)) {
      notes.add(`${path}.unique_id`, `${JSON.stringify(id)} is already used by an earlier event; a new id is made`);
      return undefined;
    }
    if (id !== written) notes.add(`${path}.unique_id`, `${JSON.stringify(written)} is not a valid id; read as ${JSON.stringify(id)}`);
    used.add(id);
    return id;
  });
  return ids.map((id, index) => {
    if (id !== undefined) return id;
    const base = madeId(requests[index]!);
    let candidate = base;
    for (let suffix = 2; used.has(candidate); suffix++) candidate = `${base}-${suffix}`;
    used.add(candidate);
    return candidate;
  });
}

/**
 * What the prisoner widgets read of a withdrawal, before validation: any record that carries a
 * `withdrawn` field, whatever its value (a valid `{reason}`, `true`, `null`, an unknown reason), is
 * taken down and nothing else of it is read. When in doubt about a person, the widgets fail closed:
 * a malformed withdrawal is still a withdrawal (`validate` tells the editor it is malformed).
 */
import { IDENTIFIER_PATTERN } from '../patterns.js';
import { isWithdrawn, peopleOf, WITHDRAWAL_REASONS, type PrisonerCardData, type WithdrawnPerson } from './prisoner.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The bare withdrawal a record becomes: its id (or, when it has no usable one, a stand-in) and a reason. */
function bareWithdrawal(record: Json, standInId: string): WithdrawnPerson {
  const id = typeof record['id'] === 'string' && IDENTIFIER_PATTERN.test(record['id']) ? record['id'] : standInId;
  const given = isRecord(record['withdrawn']) ? record['withdrawn']['reason'] : undefined;
  // The reason is never shown; one the widgets do not know counts as the stricter.
  const reason = WITHDRAWAL_REASONS.find((known) => known === given) ?? 'safety';
  return { id, withdrawn: { reason } };
}

function isTakenDown(record: unknown, alsoWithdrawn: ReadonlySet<string>): record is Json {
  if (!isRecord(record)) return false;
  if (Object.hasOwn(record, 'withdrawn')) return true;
  return typeof record['id'] === 'string' && alsoWithdrawn.has(record['id']);
}

/** A list of people with each taken-down record cut to its bare withdrawal; the same array when none is. */
function takeDownList(people: unknown[], alsoWithdrawn: ReadonlySet<string>, withdrawn: string[]): unknown[] {
  if (!people.some((record) => isTakenDown(record, alsoWithdrawn))) return people;
  return people.map((record, index) => {
    if (!isTakenDown(record, alsoWithdrawn)) return record;
    const bare = bareWithdrawal(record, `withdrawn-${index}`);
    if (bare.id === record['id']) withdrawn.push(bare.id);
    return bare;
  });
}

/**
 * The payload of a card or a list with every withdrawn person — or one whose id is in
 * `alsoWithdrawn` — cut down to its bare withdrawal, and the ids of those people: a lone person, a
 * bare list of people, or a feed's `people`. Anything else is left for validation to refuse. The
 * same object when nobody is withdrawn.
 */
export function takeDownPeople(payload: unknown, alsoWithdrawn: ReadonlySet<string>): { value: unknown; withdrawn: readonly string[] } {
  const withdrawn: string[] = [];
  if (Array.isArray(payload)) return { value: takeDownList(payload, alsoWithdrawn, withdrawn), withdrawn };
  if (!isRecord(payload)) return { value: payload, withdrawn };
  if (Array.isArray(payload['people'])) {
    const people = takeDownList(payload['people'], alsoWithdrawn, withdrawn);
    return { value: people === payload['people'] ? payload : { ...payload, people }, withdrawn };
  }
  if (!isTakenDown(payload, alsoWithdrawn)) return { value: payload, withdrawn };
  const bare = bareWithdrawal(payload, 'withdrawn');
  if (bare.id === payload['id']) withdrawn.push(bare.id);
  return { value: bare, withdrawn };
}

/** The ids of the people that a valid card's or list's data shows. */
export function activePeople(data: PrisonerCardData): string[] {
  return peopleOf(data).flatMap((person) => (isWithdrawn(person) ? [] : [person.id]));
}

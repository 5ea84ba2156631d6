import { parsePartialDate, type PartialDate } from '../../core/i18n/dates.js';
import { ONGOING_DETENTION_STATUSES, type ActivePerson } from '../../core/schema/prisoner.js';

export interface DetentionPeriod {
  from: PartialDate;
  /** Today while the person is held; the release or the death once it ended. */
  to: Date;
  /** True while the person is held, so the period grows each day. */
  ongoing: boolean;
}

/**
 * The reader's calendar day at `now`, as midnight UTC of that date: the form `formatDuration`
 * counts in, so that the time in detention turns over at the reader's midnight.
 */
export function readerToday(now: number): Date {
  const local = new Date(now);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** Milliseconds from `now` to the reader's next midnight. */
export function untilNextDay(now: number): number {
  const local = new Date(now);
  return new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1).getTime() - now;
}

/**
 * The time in detention: from the arrest to today while the person is held, to the release (or
 * the death in custody) once it ended; undefined when the data does not say when it began or ended.
 */
export function detentionPeriod(person: ActivePerson, now: number): DetentionPeriod | undefined {
  const from = person.arrested ? parsePartialDate(person.arrested) : undefined;
  if (!from) return undefined;
  if (ONGOING_DETENTION_STATUSES.has(person.status)) return { from, to: readerToday(now), ongoing: true };
  const endValue = person.status === 'died-in-custody' ? person.died : person.released;
  const end = endValue ? parsePartialDate(endValue) : undefined;
  return end ? { from, to: end.date, ongoing: false } : undefined;
}

import type { Translator } from './index.js';
import './strings/durations.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A remaining time as a reader says it, with two units at most and plurals right:
 * "12 days", "1 day, 5 hours", "3 hours, 20 minutes", "less than a minute".
 */
export function formatRemaining(milliseconds: number, tr: Translator): string {
  const ms = Math.max(0, milliseconds);
  if (ms < MINUTE) return tr.t('duration.lessThanMinute');
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days >= 2) {
    parts.push(tr.plural('duration.days', days));
  } else if (days === 1) {
    parts.push(tr.plural('duration.days', days));
    if (hours > 0) parts.push(tr.plural('duration.hours', hours));
  } else {
    if (hours > 0) parts.push(tr.plural('duration.hours', hours));
    if (minutes > 0 && hours < 10) parts.push(tr.plural('duration.minutes', minutes));
  }
  return tr.list(parts);
}

/** `date` plus whole calendar months, on the same day of the month or the last day of a shorter month (UTC). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/**
 * The calendar time between two dates (UTC calendar days, as `PartialDate` keeps them), as a
 * reader says it: "9 years, 4 months", "1 month", "12 days"; days only when under a month.
 * The order of `from` and `to` does not matter.
 */
export function formatDuration(from: Date, to: Date, tr: Translator): string {
  const [start, end] = from.getTime() <= to.getTime() ? [from, to] : [to, from];
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (addMonths(start, months).getTime() > end.getTime()) months -= 1;
  if (months === 0) return tr.plural('duration.days', Math.floor((end.getTime() - start.getTime()) / DAY));
  const parts: string[] = [];
  if (months >= 12) parts.push(tr.plural('duration.years', Math.floor(months / 12)));
  if (months % 12 > 0) parts.push(tr.plural('duration.months', months % 12));
  return tr.list(parts);
}

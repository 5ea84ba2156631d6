import type { Translator } from './index.js';

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

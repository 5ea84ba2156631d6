/**
 * The bounds of a timeline's years before the common era (timeline-dates.ts), in a module of their
 * own: the lazy parts that need them (TimelineJS3's adapter, the writing of such dates) import only
 * these, so that the reading of the dates stays in the timeline's chunk and off the other widgets.
 */

/** Years from which a date before the common era reads as years ago, and is a year alone. */
export const DEEP_TIME_YEARS = 10_000;

/** The most years back a date may be: 15 digits, every one exact in JavaScript, as in TimelineJS3. */
export const MAX_YEARS_BEFORE = 999_999_999_999_999;

/** `years` to four significant digits: 13,799,630,000 → 13,800,000,000; 538,800,000 stays. */
export function roundYears(years: number): number {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(years)) - 3);
  return Math.round(years / unit) * unit;
}

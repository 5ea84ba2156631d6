/**
 * The strings of dates before the common era and deep time (src/core/i18n/timeline-date-format.ts),
 * downloaded with that module, only for a timeline that has such a date. English: the reference the
 * other languages match key for key.
 */
export const strings = {
  // `date.bce` wraps a day or a month written by `date.day` / `date.month`; `date.yearsAgo` takes a
  // whole number of 10,000 or more, `date.unitsAgo` an amount in `number.millions` / `number.billions`.
  'date.yearBce': '{year} BCE',
  'date.bce': '{date} BCE',
  'date.yearsAgo': '{years} years ago',
  'date.unitsAgo': '{amount} years ago',
  'number.millions': { one: '{count} million', other: '{count} million' },
  'number.billions': { one: '{count} billion', other: '{count} billion' },
  'number.decimal': '.',
} as const;

import type { PartTable } from '../../messages.js';

// Karakalpak (Cyrillic), transliterated from ../kaa/early-dates.ts; awaiting a native speaker's review.
export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'б.э.ш. {year}',
  'date.bce': 'б.э.ш. {date}',
  'date.yearsAgo': '{years} жыл бурын',
  'date.unitsAgo': '{amount} жыл бурын',
  'number.millions': { one: '{count} млн', other: '{count} млн' },
  'number.billions': { one: '{count} млрд', other: '{count} млрд' },
  'number.decimal': ',',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'mil. av. {year}',
  'date.bce': 'mil. av. {date}',
  'date.yearsAgo': '{years} yil oldin',
  'date.unitsAgo': '{amount} yil oldin',
  'number.millions': { one: '{count} mln', other: '{count} mln' },
  'number.billions': { one: '{count} mlrd', other: '{count} mlrd' },
  'number.decimal': ',',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'b.e.öň {year}',
  'date.bce': 'b.e.öň {date}',
  'date.yearsAgo': '{years} ýyl mundan öň',
  'date.unitsAgo': '{amount} ýyl mundan öň',
  'number.millions': { one: '{count} mln', other: '{count} mln' },
  'number.billions': { one: '{count} mlrd', other: '{count} mlrd' },
  'number.decimal': ',',
};

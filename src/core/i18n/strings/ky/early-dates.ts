import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'б.з.ч. {year}',
  'date.bce': 'б.з.ч. {date}',
  'date.yearsAgo': '{years} жыл мурун',
  'date.unitsAgo': '{amount} жыл мурун',
  'number.millions': { one: '{count} млн', other: '{count} млн' },
  'number.billions': { one: '{count} млрд', other: '{count} млрд' },
  'number.decimal': ',',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'б.з.д. {year}',
  'date.bce': 'б.з.д. {date}',
  'date.yearsAgo': '{years} жыл бұрын',
  'date.unitsAgo': '{amount} жыл бұрын',
  'number.millions': { one: '{count} млн', other: '{count} млн' },
  'number.billions': { one: '{count} млрд', other: '{count} млрд' },
  'number.decimal': ',',
};

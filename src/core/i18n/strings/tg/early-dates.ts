import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': '{year} то милод',
  'date.bce': '{date} то милод',
  'date.yearsAgo': '{years} сол пеш',
  'date.unitsAgo': '{amount} сол пеш',
  'number.millions': { one: '{count} млн', other: '{count} млн' },
  'number.billions': { one: '{count} млрд', other: '{count} млрд' },
  'number.decimal': ',',
};

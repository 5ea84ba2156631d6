import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'мил. ав. {year}',
  'date.bce': 'мил. ав. {date}',
  'date.yearsAgo': '{years} йил олдин',
  'date.unitsAgo': '{amount} йил олдин',
  'number.millions': { one: '{count} млн', other: '{count} млн' },
  'number.billions': { one: '{count} млрд', other: '{count} млрд' },
  'number.decimal': ',',
};

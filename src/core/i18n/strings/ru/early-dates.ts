import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': '{year} до н. э.',
  'date.bce': '{date} до н. э.',
  'date.yearsAgo': '{years} лет назад',
  'date.unitsAgo': '{amount} лет назад',
  'number.millions': { one: '{count} млн', few: '{count} млн', many: '{count} млн', other: '{count} млн' },
  'number.billions': { one: '{count} млрд', few: '{count} млрд', many: '{count} млрд', other: '{count} млрд' },
  'number.decimal': ',',
};

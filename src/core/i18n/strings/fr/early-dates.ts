import type { PartTable } from '../../messages.js';

export const strings: PartTable<'early-dates'> = {
  'date.yearBce': '{year} av. J.-C.',
  'date.bce': '{date} av. J.-C.',
  'date.yearsAgo': 'il y a {years} ans',
  'date.unitsAgo': 'il y a {amount} d’années',
  'number.millions': { one: '{count} million', many: '{count} de millions', other: '{count} millions' },
  'number.billions': { one: '{count} milliard', many: '{count} de milliards', other: '{count} milliards' },
  'number.decimal': ',',
};

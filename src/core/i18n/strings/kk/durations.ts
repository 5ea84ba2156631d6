import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} күн', other: '{count} күн' },
  'duration.hours': { one: '{count} сағат', other: '{count} сағат' },
  'duration.minutes': { one: '{count} минут', other: '{count} минут' },
  'duration.lessThanMinute': 'бір минуттан аз',
  'duration.years': { one: '{count} жыл', other: '{count} жыл' },
  'duration.months': { one: '{count} ай', other: '{count} ай' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'бір күннен аз',
};

import type { PartTable } from '../../messages.js';

// Karakalpak in Cyrillic, transliterated from the Latin table and checked by hand (month names and Russian loans keep their Russian spelling); awaiting a native speaker's review.
export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} күн', other: '{count} күн' },
  'duration.hours': { one: '{count} саат', other: '{count} саат' },
  'duration.minutes': { one: '{count} минут', other: '{count} минут' },
  'duration.lessThanMinute': 'бир минуттан аз',
  'duration.years': { one: '{count} жыл', other: '{count} жыл' },
  'duration.months': { one: '{count} ай', other: '{count} ай' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'бир күннен аз',
};

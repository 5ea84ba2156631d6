import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} күн', other: '{count} күн' },
  'duration.hours': { one: '{count} саат', other: '{count} саат' },
  'duration.minutes': { one: '{count} мүнөт', other: '{count} мүнөт' },
  'duration.lessThanMinute': 'бир мүнөттөн аз',
  'duration.years': { one: '{count} жыл', other: '{count} жыл' },
  'duration.months': { one: '{count} ай', other: '{count} ай' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'бир күндөн аз',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} gün', other: '{count} gün' },
  'duration.hours': { one: '{count} sagat', other: '{count} sagat' },
  'duration.minutes': { one: '{count} minut', other: '{count} minut' },
  'duration.lessThanMinute': 'bir minutdan az',
  'duration.years': { one: '{count} ýyl', other: '{count} ýyl' },
  'duration.months': { one: '{count} aý', other: '{count} aý' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'bir günden az',
};

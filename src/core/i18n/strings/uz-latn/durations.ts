import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} kun', other: '{count} kun' },
  'duration.hours': { one: '{count} soat', other: '{count} soat' },
  'duration.minutes': { one: '{count} daqiqa', other: '{count} daqiqa' },
  'duration.lessThanMinute': 'bir daqiqadan kam',
  'duration.years': { one: '{count} yil', other: '{count} yil' },
  'duration.months': { one: '{count} oy', other: '{count} oy' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'bir kundan kam',
};

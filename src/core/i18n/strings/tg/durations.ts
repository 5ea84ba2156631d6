import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} рӯз', other: '{count} рӯз' },
  'duration.hours': { one: '{count} соат', other: '{count} соат' },
  'duration.minutes': { one: '{count} дақиқа', other: '{count} дақиқа' },
  'duration.lessThanMinute': 'камтар аз як дақиқа',
  'duration.years': { one: '{count} сол', other: '{count} сол' },
  'duration.months': { one: '{count} моҳ', other: '{count} моҳ' },
  'duration.join': '{first} ва {second}',
  'duration.lessThanDay': 'камтар аз як рӯз',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} кун', other: '{count} кун' },
  'duration.hours': { one: '{count} соат', other: '{count} соат' },
  'duration.minutes': { one: '{count} дақиқа', other: '{count} дақиқа' },
  'duration.lessThanMinute': 'бир дақиқадан кам',
  'duration.years': { one: '{count} йил', other: '{count} йил' },
  'duration.months': { one: '{count} ой', other: '{count} ой' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'бир кундан кам',
};

import type { PartTable } from '../../messages.js';

// Karakalpak in the Latin alphabet official since 2016, written for #21; awaiting a native speaker's review (docs/translating.md).
export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} kún', other: '{count} kún' },
  'duration.hours': { one: '{count} saat', other: '{count} saat' },
  'duration.minutes': { one: '{count} minut', other: '{count} minut' },
  'duration.lessThanMinute': 'bir minuttan az',
  'duration.years': { one: '{count} jıl', other: '{count} jıl' },
  'duration.months': { one: '{count} ay', other: '{count} ay' },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'bir kúnnen az',
};

/** Durations ("9 years, 4 months"), for `formatDuration` and `formatRemaining` (durations.ts). English: the reference the other languages match key for key. */
export const strings = {
  'duration.days': { one: '{count} day', other: '{count} days' },
  'duration.hours': { one: '{count} hour', other: '{count} hours' },
  'duration.minutes': { one: '{count} minute', other: '{count} minutes' },
  'duration.lessThanMinute': 'less than a minute',
  'duration.years': { one: '{count} year', other: '{count} years' },
  'duration.months': { one: '{count} month', other: '{count} months' },
  'duration.join': '{first}, {second}',
  'duration.lessThanDay': 'less than a day',
} as const;

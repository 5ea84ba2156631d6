import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} день', few: '{count} дня', many: '{count} дней', other: '{count} дня' },
  'duration.hours': { one: '{count} час', few: '{count} часа', many: '{count} часов', other: '{count} часа' },
  'duration.minutes': {
    one: '{count} минута',
    few: '{count} минуты',
    many: '{count} минут',
    other: '{count} минуты',
  },
  'duration.lessThanMinute': 'меньше минуты',
  'duration.years': { one: '{count} год', few: '{count} года', many: '{count} лет', other: '{count} года' },
  'duration.months': {
    one: '{count} месяц',
    few: '{count} месяца',
    many: '{count} месяцев',
    other: '{count} месяца',
  },
  'duration.join': '{first} {second}',
  'duration.lessThanDay': 'меньше суток',
};

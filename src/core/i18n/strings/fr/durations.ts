import type { PartTable } from '../../messages.js';

export const strings: PartTable<'durations'> = {
  'duration.days': { one: '{count} jour', many: '{count} de jours', other: '{count} jours' },
  'duration.hours': { one: '{count} heure', many: '{count} d’heures', other: '{count} heures' },
  'duration.minutes': { one: '{count} minute', many: '{count} de minutes', other: '{count} minutes' },
  'duration.lessThanMinute': 'moins d’une minute',
  'duration.years': { one: '{count} an', many: '{count} d’années', other: '{count} ans' },
  'duration.months': { one: '{count} mois', many: '{count} de mois', other: '{count} mois' },
  'duration.join': '{first} et {second}',
  'duration.lessThanDay': 'moins d’un jour',
};

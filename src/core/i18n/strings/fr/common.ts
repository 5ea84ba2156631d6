import type { PartTable } from '../../messages.js';

/**
 * French. `many` is CLDR's category for millions ("1 000 000 de signatures"); a colon or a
 * semicolon takes a no-break space before it.
 */
export const strings: PartTable<'common'> = {
  'state.loading': 'Chargement…',
  'state.empty': 'Rien à afficher pour le moment.',
  'state.error': 'Impossible de charger ce contenu.',
  'state.retry': 'Réessayer',
  'state.invalid': 'Ce contenu comporte des erreurs et ne peut pas être affiché.',
  'state.stale': 'Copie enregistrée le {date}\u202f; elle n’est peut-être plus à jour.',
  'state.withdrawn': 'Ce contenu a été retiré.',

  'link.newTab': '(s’ouvre dans un nouvel onglet)',
  'image.show': 'Afficher l’image',
  'image.from': 'Elle ne se charge depuis {host} que si vous le demandez.',

  'date.day': '{day} {month} {year}',
  'date.month': '{month} {year}',
  'date.year': '{year}',
  'date.approximate': '{date} (date approximative)',
  'date.range': '{start} – {end}',
  'month.1': 'janvier',
  'month.2': 'février',
  'month.3': 'mars',
  'month.4': 'avril',
  'month.5': 'mai',
  'month.6': 'juin',
  'month.7': 'juillet',
  'month.8': 'août',
  'month.9': 'septembre',
  'month.10': 'octobre',
  'month.11': 'novembre',
  'month.12': 'décembre',
  'monthOf.1': 'janvier',
  'monthOf.2': 'février',
  'monthOf.3': 'mars',
  'monthOf.4': 'avril',
  'monthOf.5': 'mai',
  'monthOf.6': 'juin',
  'monthOf.7': 'juillet',
  'monthOf.8': 'août',
  'monthOf.9': 'septembre',
  'monthOf.10': 'octobre',
  'monthOf.11': 'novembre',
  'monthOf.12': 'décembre',
  'list.separator': ', ',
  'number.group': '\u202f',
  'date.dayOfMonth': { one: '{count}er', other: '{count}' },
  'date.yearOrdinal': { other: '{count}' },
};

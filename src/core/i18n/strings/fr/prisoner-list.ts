import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Rechercher par nom',
  'prisonerList.filters': 'Filtrer par statut',
  'prisonerList.people': { one: '{count} personne', many: '{count} de personnes', other: '{count} personnes' },
  'prisonerList.shownOf': { one: '{shown} sur {count} personne', many: '{shown} sur {count} de personnes', other: '{shown} sur {count} personnes' },
  'prisonerList.withdrawn': {
    one: '{count} profil a été retiré et n’est pas affiché.',
    many: '{count} de profils ont été retirés et ne sont pas affichés.',
    other: '{count} profils ont été retirés et ne sont pas affichés.',
  },
  'prisonerList.noMatch': 'Personne ne correspond à cette recherche.',
  'prisonerList.empty': 'Personne ne figure encore dans cette liste.',
  'prisonerList.showAll': 'Afficher tout le monde',
  'prisonerList.showMore': 'Afficher plus',
  'prisonerList.close': 'Fermer',
};

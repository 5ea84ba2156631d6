import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Ady boýunça gözlemek',
  'prisonerList.filters': 'Ýagdaýy boýunça saýlamak',
  'prisonerList.people': { one: '{count} adam', other: '{count} adam' },
  'prisonerList.shownOf': { one: '{count} adamdan {shown} adam', other: '{count} adamdan {shown} adam' },
  'prisonerList.withdrawn': {
    one: '{count} profil neşirden aýryldy we sanawda görkezilmeýär.',
    other: '{count} profil neşirden aýryldy we sanawda görkezilmeýär.',
  },
  'prisonerList.noMatch': 'Hiç kim tapylmady.',
  'prisonerList.empty': 'Bu sanawda häzirlikçe hiç kim ýok.',
  'prisonerList.showAll': 'Hemmesini görkezmek',
  'prisonerList.showMore': 'Ýene görkezmek',
  'prisonerList.close': 'Ýapmak',
};

import type { PartTable } from '../../messages.js';

// Karakalpak in the Latin alphabet official since 2016, written for #21; awaiting a native speaker's review (docs/translating.md).
export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Atı boyınsha izlew',
  'prisonerList.filters': 'Jaǵdayı boyınsha filtrlew',
  'prisonerList.empty': 'Bul dizimde házirshe hesh kim joq.',
  'prisonerList.people': { one: '{count} adam', other: '{count} adam' },
  'prisonerList.shownOf': { one: '{count} adamnan {shown} adam', other: '{count} adamnan {shown} adam' },
  'prisonerList.withdrawn': {
    one: '{count} profil járiyalawdan alındı hám dizimde kórsetilmeydi.',
    other: '{count} profil járiyalawdan alındı hám dizimde kórsetilmeydi.',
  },
  'prisonerList.noMatch': 'Hesh kim tabılmadı.',
  'prisonerList.showAll': 'Hámmesin kórsetiw',
  'prisonerList.showMore': 'Jáne kórsetiw',
  'prisonerList.close': 'Jabıw',
};

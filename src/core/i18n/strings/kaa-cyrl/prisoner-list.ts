import type { PartTable } from '../../messages.js';

// Karakalpak in Cyrillic, transliterated from the Latin table and checked by hand (month names and Russian loans keep their Russian spelling); awaiting a native speaker's review.
export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Аты бойынша излеў',
  'prisonerList.filters': 'Жағдайы бойынша филтрлеў',
  'prisonerList.empty': 'Бул дизимде ҳәзирше ҳеш ким жоқ.',
  'prisonerList.people': { one: '{count} адам', other: '{count} адам' },
  'prisonerList.shownOf': { one: '{count} адамнан {shown} адам', other: '{count} адамнан {shown} адам' },
  'prisonerList.withdrawn': {
    one: '{count} профиль жәриялаўдан алынды ҳәм дизимде көрсетилмейди.',
    other: '{count} профиль жәриялаўдан алынды ҳәм дизимде көрсетилмейди.',
  },
  'prisonerList.noMatch': 'Ҳеш ким табылмады.',
  'prisonerList.showAll': 'Ҳәммесин көрсетиў',
  'prisonerList.showMore': 'Және көрсетиў',
  'prisonerList.close': 'Жабыў',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Ism boʻyicha qidirish',
  'prisonerList.filters': 'Holati boʻyicha filtrlash',
  'prisonerList.people': { one: '{count} kishi', other: '{count} kishi' },
  'prisonerList.shownOf': { one: '{count} kishidan {shown} kishi', other: '{count} kishidan {shown} kishi' },
  'prisonerList.withdrawn': {
    one: '{count} ta profil olib tashlangan va roʻyxatda koʻrsatilmaydi.',
    other: '{count} ta profil olib tashlangan va roʻyxatda koʻrsatilmaydi.',
  },
  'prisonerList.noMatch': 'Hech kim topilmadi.',
  'prisonerList.empty': 'Bu roʻyxatda hozircha hech kim yoʻq.',
  'prisonerList.showAll': 'Hammasini koʻrsatish',
  'prisonerList.showMore': 'Yana koʻrsatish',
  'prisonerList.close': 'Yopish',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Аты-жөнү боюнча издөө',
  'prisonerList.filters': 'Абалы боюнча тандоо',
  'prisonerList.people': { one: '{count} адам', other: '{count} адам' },
  'prisonerList.shownOf': { one: '{count} адамдан {shown} адам', other: '{count} адамдан {shown} адам' },
  'prisonerList.withdrawn': {
    one: '{count} профиль жарыялоодон алынды, тизмеде көрсөтүлбөйт.',
    other: '{count} профиль жарыялоодон алынды, тизмеде көрсөтүлбөйт.',
  },
  'prisonerList.noMatch': 'Эч ким табылган жок.',
  'prisonerList.empty': 'Бул тизмеде азырынча эч ким жок.',
  'prisonerList.showAll': 'Баарын көрсөтүү',
  'prisonerList.showMore': 'Дагы көрсөтүү',
  'prisonerList.close': 'Жабуу',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Исм бўйича қидириш',
  'prisonerList.filters': 'Ҳолати бўйича филтрлаш',
  'prisonerList.people': { one: '{count} киши', other: '{count} киши' },
  'prisonerList.shownOf': { one: '{count} кишидан {shown} киши', other: '{count} кишидан {shown} киши' },
  'prisonerList.withdrawn': {
    one: '{count} та профил олиб ташланган ва рўйхатда кўрсатилмайди.',
    other: '{count} та профил олиб ташланган ва рўйхатда кўрсатилмайди.',
  },
  'prisonerList.noMatch': 'Ҳеч ким топилмади.',
  'prisonerList.empty': 'Бу рўйхатда ҳозирча ҳеч ким йўқ.',
  'prisonerList.showAll': 'Ҳаммасини кўрсатиш',
  'prisonerList.showMore': 'Яна кўрсатиш',
  'prisonerList.close': 'Ёпиш',
};

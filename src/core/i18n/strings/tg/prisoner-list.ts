import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Ҷустуҷӯ аз рӯи ном',
  'prisonerList.filters': 'Интихоб аз рӯи вазъ',
  'prisonerList.people': { one: '{count} нафар', other: '{count} нафар' },
  'prisonerList.shownOf': { one: '{shown} нафар аз {count}', other: '{shown} нафар аз {count}' },
  'prisonerList.withdrawn': {
    one: '{count} профил аз нашр бардошта шуд ва дар рӯйхат нишон дода намешавад.',
    other: '{count} профил аз нашр бардошта шуд ва дар рӯйхат нишон дода намешавад.',
  },
  'prisonerList.noMatch': 'Ҳеҷ кас ёфт нашуд.',
  'prisonerList.empty': 'Дар ин рӯйхат ҳоло ҳеҷ кас нест.',
  'prisonerList.showAll': 'Ҳамаро нишон додан',
  'prisonerList.showMore': 'Боз нишон додан',
  'prisonerList.close': 'Пӯшидан',
};

import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Аты-жөні бойынша іздеу',
  'prisonerList.filters': 'Жағдайы бойынша сүзу',
  'prisonerList.people': { one: '{count} адам', other: '{count} адам' },
  'prisonerList.shownOf': { one: '{count} адамнан {shown} адам', other: '{count} адамнан {shown} адам' },
  'prisonerList.withdrawn': {
    one: '{count} профиль жарияланымнан алынды, тізімде көрсетілмейді.',
    other: '{count} профиль жарияланымнан алынды, тізімде көрсетілмейді.',
  },
  'prisonerList.noMatch': 'Ешкім табылмады.',
  'prisonerList.empty': 'Бұл тізімде әзірге ешкім жоқ.',
  'prisonerList.showAll': 'Барлығын көрсету',
  'prisonerList.showMore': 'Тағы көрсету',
  'prisonerList.close': 'Жабу',
};

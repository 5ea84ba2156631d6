import type { PartTable } from '../../messages.js';

export const strings: PartTable<'prisoner-list'> = {
  'prisonerList.search': 'Поиск по имени',
  'prisonerList.filters': 'Фильтр по статусу',
  'prisonerList.people': { one: '{count} человек', few: '{count} человека', many: '{count} человек', other: '{count} человека' },
  // «из» требует родительного падежа: из 21 человека, из 3 человек, из 40 человек.
  'prisonerList.shownOf': {
    one: '{shown} из {count} человека',
    few: '{shown} из {count} человек',
    many: '{shown} из {count} человек',
    other: '{shown} из {count} человека',
  },
  'prisonerList.withdrawn': {
    one: '{count} профиль снят с публикации и не показан.',
    few: '{count} профиля сняты с публикации и не показаны.',
    many: '{count} профилей сняты с публикации и не показаны.',
    other: '{count} профиля сняты с публикации и не показаны.',
  },
  'prisonerList.noMatch': 'Никого не найдено.',
  'prisonerList.empty': 'В этом списке пока никого нет.',
  'prisonerList.showAll': 'Показать всех',
  'prisonerList.showMore': 'Показать ещё',
  'prisonerList.close': 'Закрыть',
};

import type { PartTable } from '../../messages.js';

// Karakalpak in Cyrillic, transliterated from the Latin table and checked by hand (month names and Russian loans keep their Russian spelling); awaiting a native speaker's review.
export const strings: PartTable<'timeline'> = {
  'timeline.events': 'Ўақыялар',
  'timeline.search': 'Излеў',
  'timeline.tags': 'Теглер',
  'timeline.groups': 'Топарлар',
  'timeline.group': 'Топар',
  'timeline.place': 'Орын',
  'timeline.order': 'Тәртип',
  'timeline.order.oldest': 'Дәслеп ескилери',
  'timeline.order.newest': 'Дәслеп жаңалары',
  'timeline.showAll': 'Барлық ўақыяларды көрсетиў',
  'timeline.count': { one: '{count} ўақыя', other: '{count} ўақыя' },
  'timeline.countOf': { one: 'Барлығы {count} ўақыя, көрсетилгени {shown}', other: 'Барлығы {count} ўақыя, көрсетилгени {shown}' },
  'timeline.noMatch': 'Сәйкес ўақыя жоқ.',
  'timeline.years': 'Жылға өтиў',
  'timeline.sources': 'Дереклер',
  'timeline.copyLink': 'Силтемени көшириў',
  'timeline.linkCopied': 'Силтеме көширилди',
  'timeline.copyThisLink': 'Бул силтемени көшириң',
  'timeline.video': '{host} сайтындағы видео',
  'timeline.video.play': 'Видеоны көриў',
  'timeline.video.consent': 'Видео қосылғанда {host} сайтынан жүкленеди.',
  'timeline.post': '{host} сайтындағы жазба',
  'timeline.post.open': '{host} сайтында ашыў',
};

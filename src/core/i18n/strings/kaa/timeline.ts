import type { PartTable } from '../../messages.js';

// Karakalpak in the Latin alphabet official since 2016, written for #21; awaiting a native speaker's review (docs/translating.md).
export const strings: PartTable<'timeline'> = {
  'timeline.events': 'Waqıyalar',
  'timeline.search': 'Izlew',
  'timeline.tags': 'Tegler',
  'timeline.groups': 'Toparlar',
  'timeline.group': 'Topar',
  'timeline.place': 'Orın',
  'timeline.order': 'Tártip',
  'timeline.order.oldest': 'Dáslep eskileri',
  'timeline.order.newest': 'Dáslep jańaları',
  'timeline.showAll': 'Barlıq waqıyalardı kórsetiw',
  'timeline.count': { one: '{count} waqıya', other: '{count} waqıya' },
  'timeline.countOf': { one: 'Barlıǵı {count} waqıya, kórsetilgeni {shown}', other: 'Barlıǵı {count} waqıya, kórsetilgeni {shown}' },
  'timeline.noMatch': 'Sáykes waqıya joq.',
  'timeline.years': 'Jılǵa ótiw',
  'timeline.sources': 'Derekler',
  'timeline.copyLink': 'Siltemeni kóshiriw',
  'timeline.linkCopied': 'Silteme kóshirildi',
  'timeline.copyThisLink': 'Bul siltemeni kóshiriń',
  'timeline.video': '{host} saytındaǵı video',
  'timeline.video.play': 'Videonı kóriw',
  'timeline.video.consent': 'Video qosılǵanda {host} saytınan júklenedi.',
  'timeline.post': '{host} saytındaǵı jazba',
  'timeline.post.open': '{host} saytında ashıw',
};

/** The strings of `<ahrca-prisoner-list>` itself; its tiles and dialog also use the `prisoner` part. English: the reference the other languages match key for key. */
export const strings = {
  'prisonerList.search': 'Search by name',
  'prisonerList.filters': 'Filter by status',
  'prisonerList.people': { one: '{count} person', other: '{count} people' },
  'prisonerList.shownOf': { one: '{shown} of {count} person', other: '{shown} of {count} people' },
  'prisonerList.withdrawn': {
    one: '{count} profile has been withdrawn and is not listed.',
    other: '{count} profiles have been withdrawn and are not listed.',
  },
  'prisonerList.noMatch': 'No one matches this search.',
  'prisonerList.empty': 'No one is in this list yet.',
  'prisonerList.showAll': 'Show everyone',
  'prisonerList.showMore': 'Show more',
  'prisonerList.close': 'Close',
} as const;

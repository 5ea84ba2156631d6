/**
 * The English UI strings every widget uses (states, links, dates, lists, numbers): the reference
 * every other language must match key for key, as the English part of each widget must be.
 * `{name}` is replaced by a parameter; a plural entry holds one form per `Intl.PluralRules` category.
 */
export const strings = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show yet.',
  'state.error': 'This content could not be loaded.',
  'state.retry': 'Try again',
  'state.invalid': 'This content has errors and cannot be shown.',
  'state.stale': 'Saved copy from {date}; it may be out of date.',
  'state.withdrawn': 'This content has been withdrawn.',

  'link.newTab': '(opens in a new tab)',
  // An image from another origin that waits for the reader (media-on-request); {host} is where it loads from.
  'image.show': 'Show image',
  'image.from': 'It loads from {host} only when you ask.',

  // Dates, for languages whose date data the browser lacks (see dates.ts); every language has them.
  // `month.N` stands alone ("May 2005"); `monthOf.N` is the form used with a day ("13 May 2005").
  'date.day': '{month} {day}, {year}',
  'date.month': '{month} {year}',
  'date.year': '{year}',
  'date.approximate': 'c. {date}',
  'date.range': '{start} – {end}',
  'month.1': 'January',
  'month.2': 'February',
  'month.3': 'March',
  'month.4': 'April',
  'month.5': 'May',
  'month.6': 'June',
  'month.7': 'July',
  'month.8': 'August',
  'month.9': 'September',
  'month.10': 'October',
  'month.11': 'November',
  'month.12': 'December',
  'monthOf.1': 'January',
  'monthOf.2': 'February',
  'monthOf.3': 'March',
  'monthOf.4': 'April',
  'monthOf.5': 'May',
  'monthOf.6': 'June',
  'monthOf.7': 'July',
  'monthOf.8': 'August',
  'monthOf.9': 'September',
  'monthOf.10': 'October',
  'monthOf.11': 'November',
  'monthOf.12': 'December',
  'list.separator': ', ',
  // Digit grouping is ours, not Intl's: Chromium groups Kazakh or Uzbek counts with commas.
  'number.group': ',',
  'date.dayOfMonth': { other: '{count}' },
  'date.yearOrdinal': { other: '{count}' },
} as const;

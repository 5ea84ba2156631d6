/**
 * The English UI strings: the reference table every other language must match key for key.
 * `{name}` is replaced by a parameter; a plural entry holds one form per `Intl.PluralRules` category.
 */
export const en = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show yet.',
  'state.error': 'This content could not be loaded.',
  'state.invalid': 'This content has errors and cannot be shown.',
  'state.stale': 'Saved copy from {date}; it may be out of date.',

  'link.newTab': '(opens in a new tab)',

  'appeal.kind.appeal': 'Appeal',
  'appeal.kind.open-letter': 'Open letter',
  'appeal.kind.petition': 'Petition',
  'appeal.kind.statement': 'Statement',
  'appeal.kind.urgent-action': 'Urgent action',
  'appeal.status.open': 'Open',
  'appeal.status.closed': 'Closed',
  'appeal.status.succeeded': 'Succeeded',
  'appeal.addressees': 'Addressed to',
  'appeal.signatories': 'Signed by',
  'appeal.related': 'Related prisoners',
  'appeal.published': 'Published {date}',
  'appeal.deadline': 'Deadline {date}',
  'appeal.deadlinePassed': 'The deadline passed on {date}',
  'appeal.timeLeft': '{duration} left',
  'appeal.signatures': { one: '{count} signature', other: '{count} signatures' },
  'appeal.signaturesOfGoal': { one: '{count} of {goal} signature', other: '{count} of {goal} signatures' },
  'appeal.signaturesLabel': 'Signatures',
  'appeal.action.sign': 'Sign',
  'appeal.action.read': 'Read the full text',
  'appeal.action.share': 'Share',
  'appeal.action.donate': 'Donate',
  'appeal.action.write': 'Write a letter',
  'appeal.actions': 'Actions',
  'appeal.linkCopied': 'Link copied',
  'appeal.copyThisLink': 'Copy this link: {url}',
  'appeal.dismiss': 'Hide this appeal: {title}',

  'duration.days': { one: '{count} day', other: '{count} days' },
  'duration.hours': { one: '{count} hour', other: '{count} hours' },
  'duration.minutes': { one: '{count} minute', other: '{count} minutes' },
  'duration.lessThanMinute': 'less than a minute',
  'list.separator': ', ',
} as const;

import * as v from 'valibot';
import { count, identifier, localizedText, markdownText, namedLink, partialDate, url } from './common.js';

export const APPEAL_KINDS = ['appeal', 'open-letter', 'petition', 'statement', 'urgent-action'] as const;
export const APPEAL_STATUSES = ['open', 'closed', 'succeeded'] as const;
export const APPEAL_ACTIONS = ['sign', 'read', 'share', 'donate', 'write'] as const;

const AppealAction = v.pipe(
  v.object({
    kind: v.pipe(
      v.picklist(APPEAL_ACTIONS, `expected one of ${APPEAL_ACTIONS.join(', ')}`),
      v.description('What the button does: sign, read the letter, share, donate or write a letter.'),
    ),
    url: v.optional(url('Where the action leads. For "share", the link to share (defaults to the appeal\'s url).')),
    label: v.optional(localizedText('A label to use instead of the default one for this kind.', 80, 'Sign the petition')),
  }),
  v.check((action) => action.kind === 'share' || action.url !== undefined, 'expected a url for this action'),
  v.description('A call-to-action button.'),
  v.examples([{ kind: 'sign', url: 'https://example.org/sign' }]),
);

/** The data of one `<ahrca-appeal-banner>`: an appeal, open letter, petition, statement or urgent action. */
export const AppealSchema = v.pipe(
  v.object({
    id: identifier('Stable id of the appeal; a reader\'s dismissal is remembered under it.', 'prague-open-letter'),
    kind: v.pipe(
      v.picklist(APPEAL_KINDS, `expected one of ${APPEAL_KINDS.join(', ')}`),
      v.description('What sort of call to action this is.'),
      v.examples(['open-letter']),
    ),
    title: localizedText('The title.', 300, 'Open letter to the President of the Czech Republic'),
    ask: v.optional(localizedText('The ask, in one sentence.', 500, 'Cancel the visit of Islam Karimov to Prague.')),
    summary: v.optional(markdownText('What happened and why this matters.', 'Thirteen human rights organisations ask…')),
    url: v.optional(url('The appeal\'s own page: shared by the share button.')),
    addressees: v.optional(
      v.pipe(
        v.array(localizedText('One addressee.', 300, 'The European Union')),
        v.description('Who the appeal is addressed to.'),
        v.examples([['The European Union', 'The United Nations']]),
      ),
    ),
    signatories: v.optional(
      v.pipe(
        v.array(namedLink('An organisation that signed.', { name: 'Association for Human Rights in Central Asia' })),
        v.description('Organisations that signed the appeal.'),
      ),
    ),
    published: v.optional(partialDate('When the appeal was published.', '2015-11-20')),
    deadline: v.optional(partialDate('When the appeal closes; a date without a time means the end of that day.', '2015-11-25')),
    status: v.optional(
      v.pipe(
        v.picklist(APPEAL_STATUSES, `expected one of ${APPEAL_STATUSES.join(', ')}`),
        v.description('Open (default), closed, or succeeded.'),
        v.examples(['open']),
      ),
      'open',
    ),
    signatures: v.optional(
      v.pipe(
        v.object({
          count: count('Signatures collected so far.', 1200),
          goal: v.optional(count('Signatures sought; shown as a progress bar.', 5000)),
        }),
        v.description('Signatures collected, against an optional goal.'),
        v.examples([{ count: 1200, goal: 5000 }]),
      ),
    ),
    actions: v.optional(
      v.pipe(v.array(AppealAction), v.maxLength(6, 'expected at most 6 actions'), v.description('Buttons, the first one primary.')),
    ),
    relatedPrisoners: v.optional(
      v.pipe(
        v.array(namedLink('A prisoner the appeal is about.', { name: 'Name Surname', url: 'https://example.org/prisoners/1' })),
        v.description('Political prisoners the appeal concerns, linked to their profiles.'),
      ),
    ),
    updated: v.optional(partialDate('When this record was last updated.', '2015-11-21')),
  }),
  v.title('Appeal'),
  v.description('An appeal, open letter, petition, statement or urgent action shown by <ahrca-appeal-banner>.'),
);

export type Appeal = v.InferOutput<typeof AppealSchema>;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export type AppealActionKind = (typeof APPEAL_ACTIONS)[number];

import * as v from 'valibot';
import { count, documentedObject, flag, identifier, listOf, localizedText, markdownText, namedLink, partialDate, url } from './common.js';
import { docs } from './docs.js';

export const APPEAL_KINDS = ['appeal', 'open-letter', 'petition', 'statement', 'urgent-action'] as const;
export const APPEAL_STATUSES = ['open', 'closed', 'succeeded'] as const;
export const APPEAL_ACTIONS = ['sign', 'read', 'share', 'donate', 'write'] as const;

const AppealAction = v.pipe(
  v.object({
    kind: v.pipe(
      v.picklist(APPEAL_ACTIONS, `expected one of ${APPEAL_ACTIONS.join(', ')}`),
      v.description(docs?.('What the button does: sign, read the letter, share, donate or write a letter.')),
    ),
    url: v.optional(url(docs?.('Where the action leads. For "share", the link to share (defaults to the appeal\'s url).'))),
    label: v.optional(localizedText(docs?.('A label to use instead of the default one for this kind.'), 80, docs?.('Sign the petition'))),
  }),
  v.check((action) => action.kind === 'share' || action.url !== undefined, 'expected a url for this action'),
  v.description(docs?.('A call-to-action button.')),
  v.examples(docs?.([{ kind: 'sign', url: 'https://example.org/sign' }])),
);

const AppealImage = documentedObject(
  {
    url: url(docs?.('The image: a JPEG, PNG, WebP or SVG, relative to the data file or on the media host.'), docs?.('photos/andijan-square.jpg')),
    alt: localizedText(docs?.('What the image shows, for a reader who cannot see it.'), 300, docs?.('Relatives of the prisoners outside the court')),
    consent: v.optional(flag(docs?.('false when the people it shows have not agreed to be shown: the appeal is shown without it.'))),
    credit: v.optional(localizedText(docs?.('Who took the image or holds its rights.'), 200, docs?.('AHRCA'))),
  },
  docs?.('An image that leads the card (inline layout only). Loaded lazily, without a referrer; left out when refused or broken.'),
  docs?.([{ url: 'photos/andijan-square.jpg', alt: 'Relatives of the prisoners outside the court', consent: true, credit: 'AHRCA' }]),
);

/** The data of one `<ahrca-appeal-banner>`: an appeal, open letter, petition, statement or urgent action. */
export const AppealSchema = v.pipe(
  v.object({
    id: identifier(docs?.("Stable id of the appeal; a reader's dismissal is remembered under it."), docs?.('prague-open-letter')),
    kind: v.pipe(
      v.picklist(APPEAL_KINDS, `expected one of ${APPEAL_KINDS.join(', ')}`),
      v.description(docs?.('What sort of call to action this is.')),
      v.examples(docs?.(['open-letter'])),
    ),
    title: localizedText(docs?.('The title.'), 300, docs?.('Open letter to the President of the Czech Republic')),
    ask: v.optional(localizedText(docs?.('The ask, in one sentence.'), 500, docs?.('Cancel the visit of Islam Karimov to Prague.'))),
    summary: v.optional(markdownText(docs?.('What happened and why this matters.'), docs?.('Thirteen human rights organisations ask…'))),
    url: v.optional(url(docs?.("The appeal's own page: shared by the share button."))),
    image: v.optional(AppealImage),
    addressees: v.optional(
      v.pipe(
        v.array(localizedText(docs?.('One addressee.'), 300, docs?.('The European Union'))),
        v.description(docs?.('Who the appeal is addressed to.')),
        v.examples(docs?.([['The European Union', 'The United Nations']])),
      ),
    ),
    signatories: v.optional(
      v.pipe(
        v.array(namedLink(docs?.('An organisation that signed.'), docs?.({ name: 'Association for Human Rights in Central Asia' }))),
        v.description(docs?.('Organisations that signed the appeal.')),
      ),
    ),
    published: v.optional(partialDate(docs?.('When the appeal was published.'), docs?.('2015-11-20'))),
    deadline: v.optional(partialDate(docs?.('When the appeal closes; a date without a time means the end of that day.'), docs?.('2015-11-25'))),
    status: v.optional(
      v.pipe(
        v.picklist(APPEAL_STATUSES, `expected one of ${APPEAL_STATUSES.join(', ')}`),
        v.description(docs?.('Open (default), closed, or succeeded.')),
        v.examples(docs?.(['open'])),
      ),
      'open',
    ),
    signatures: v.optional(
      v.pipe(
        v.object({
          count: count(docs?.('Signatures collected so far.'), docs?.(1200)),
          goal: v.optional(count(docs?.('Signatures sought; shown as a progress bar.'), docs?.(5000))),
        }),
        v.description(docs?.('Signatures collected, against an optional goal.')),
        v.examples(docs?.([{ count: 1200, goal: 5000 }])),
      ),
    ),
    actions: v.optional(listOf(AppealAction, 'actions', 6, docs?.('Buttons, the first one primary.'))),
    relatedPrisoners: v.optional(
      v.pipe(
        v.array(namedLink(docs?.('A prisoner the appeal is about.'), docs?.({ name: 'Name Surname', url: 'https://example.org/prisoners/1' }))),
        v.description(docs?.('Political prisoners the appeal concerns, linked to their profiles.')),
      ),
    ),
    updated: v.optional(partialDate(docs?.('When this record was last updated.'), docs?.('2015-11-21'))),
  }),
  v.title(docs?.('Appeal')),
  v.description(docs?.('An appeal, open letter, petition, statement or urgent action shown by <ahrca-appeal-banner>.')),
);

export type Appeal = v.InferOutput<typeof AppealSchema>;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export type AppealActionKind = (typeof APPEAL_ACTIONS)[number];

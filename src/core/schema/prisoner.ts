import * as v from 'valibot';
import { documentedObject, flag, identifier, listOf, localizedText, markdownText, namedLink, partialDate, shapeSwitch, url } from './common.js';
import { docs } from './docs.js';

/** Where a person is, as political-prisoner databases record it; the order is the order filters list them in. */
export const PRISONER_STATUSES = [
  'detained',
  'pretrial-detention',
  'house-arrest',
  'psychiatric-detention',
  'released',
  'released-under-supervision',
  'in-exile',
  'disappeared',
  'died-in-custody',
  'unknown',
] as const;

/** Statuses in which the person is held now, so the time in detention is still counting. */
export const ONGOING_DETENTION_STATUSES: ReadonlySet<PrisonerStatus> = new Set([
  'detained',
  'pretrial-detention',
  'house-arrest',
  'psychiatric-detention',
  'disappeared',
]);

export const WITHDRAWAL_REASONS = ['safety', 'consent'] as const;
export const GENDERS = ['female', 'male'] as const;

const NAME_EXAMPLE = { 'uz-Latn': 'Namuna Odamov', 'uz-Cyrl': 'Намуна Одамов', ru: 'Намуна Одамов', en: 'Namuna Odamov (example)' };

const Photo = documentedObject(
  {
    url: url(docs?.('The image: a small JPEG, PNG, WebP or SVG, relative to the data file or on the media host.'), docs?.('photos/namuna-odamov.jpg')),
    alt: v.optional(localizedText(docs?.('What the photo shows; the name is used when this is left out.'), 300, docs?.('Namuna Odamov in 2015'))),
    consent: v.optional(flag(docs?.('false when the person or their family has not agreed to show the photo: initials are shown instead.'))),
    credit: v.optional(localizedText(docs?.('Who took the photo or holds its rights.'), 200, docs?.('Family archive'))),
  },
  docs?.('A portrait. Loaded lazily, without a referrer; initials are shown when it is missing, refused or broken.'),
  docs?.([{ url: 'photos/namuna-odamov.jpg', alt: 'Namuna Odamov in 2015', consent: true }]),
);

const Charge = documentedObject(
  {
    article: v.pipe(
      v.string('expected text'),
      v.minLength(1, 'expected the article'),
      v.maxLength(60, 'expected at most 60 characters'),
      v.description(docs?.('The criminal-code article, with its part and paragraph as the verdict cites it.')),
      v.examples(docs?.(['159 part 4'])),
    ),
    code: v.optional(localizedText(docs?.('The code the article belongs to.'), 200, docs?.('Criminal Code of Uzbekistan'))),
    label: v.optional(localizedText(docs?.('What the article is about.'), 300, docs?.('Attempt to overthrow the constitutional order'))),
  },
  docs?.('One charge.'),
  docs?.([{ article: '159 part 4', label: 'Attempt to overthrow the constitutional order' }]),
);

const SentenceAddition = documentedObject(
  {
    term: localizedText(docs?.('The time added.'), 300, docs?.('3 years')),
    date: v.optional(partialDate(docs?.('When it was added.'), docs?.('2019-06-14'))),
    article: v.optional(
      v.pipe(
        v.string('expected text'),
        v.maxLength(60, 'expected at most 60 characters'),
        v.description(docs?.('The article it was added under.')),
        v.examples(docs?.(['221'])),
      ),
    ),
    label: v.optional(localizedText(docs?.('Why, as the prison or court put it.'), 300, docs?.('Disobeying the prison administration'))),
  },
  docs?.('A term added while in prison.'),
  docs?.([{ term: '3 years', date: '2019-06-14', article: '221', label: 'Disobeying the prison administration' }]),
);

const Sentence = documentedObject(
  {
    term: localizedText(docs?.('The sentence as the verdict gives it.'), 300, docs?.('12 years in a strict-regime colony')),
    court: v.optional(localizedText(docs?.('The court that passed it.'), 300, docs?.('Tashkent Regional Criminal Court'))),
    verdict: v.optional(partialDate(docs?.('The date of the verdict.'), docs?.('2017-03-02'))),
    start: v.optional(partialDate(docs?.('When the term is counted from.'), docs?.('2016-09-20'))),
    end: v.optional(partialDate(docs?.('When the term ends, as the verdict and later additions set it: the expected release.'), docs?.('2031-09-20'))),
    additions: v.optional(listOf(SentenceAddition, 'additions', 20, docs?.('Terms added while in prison, oldest first.'))),
  },
  docs?.('The sentence, if there is one.'),

  docs?.([
    { term: '12 years in a strict-regime colony', court: 'Tashkent Regional Criminal Court', verdict: '2017-03-02', start: '2016-09-20', end: '2031-09-20' },
  ]),
);

const Place = documentedObject(
  {
    name: localizedText(docs?.('The prison, colony, detention centre or hospital.'), 300, docs?.('Penal colony No. 64/49, Karshi')),
    address: v.optional(
      localizedText(docs?.('Its postal address; lines separated by "\\n".'), 500, docs?.('Uzbekistan, Kashkadarya region, Karshi, UYa 64/49')),
    ),
    since: v.optional(partialDate(docs?.('Since when the person is held there.'), docs?.('2018-01'))),
  },
  docs?.('Where the person is held.'),
  docs?.([{ name: 'Penal colony No. 64/49, Karshi', since: '2018-01' }]),
);

const Letters = documentedObject(
  {
    accepted: v.optional(flag(docs?.('false when letters are not delivered at present: the card says so and shows no address.')), true),
    address: v.optional(
      localizedText(
        docs?.('Where to send letters; the place of detention\'s address when left out. Lines separated by "\\n".'),
        500,
        docs?.('Uzbekistan, Kashkadarya region, Karshi, UYa 64/49'),
      ),
    ),
    recipient: v.optional(
      localizedText(
        docs?.('The name to write on the envelope, as the prison requires it (often with the year of birth).'),
        300,
        docs?.('Odamov Namuna, born 1978'),
      ),
    ),
    language: v.optional(localizedText(docs?.('The language letters must be written in; censors hold back others.'), 200, docs?.('Russian or Uzbek'))),
    tips: v.optional(markdownText(docs?.('What to write and what to avoid.'), docs?.('Write about everyday things; do not mention the case.'))),
    url: v.optional(url(docs?.('A guide to writing, or an online letter service.'), docs?.('https://example.org/how-to-write'))),
  },
  docs?.('Whether and how to write to the person.'),
  docs?.([{ accepted: true, language: 'Russian or Uzbek', tips: 'Write about everyday things.' }]),
);

const Recognition = documentedObject(
  {
    by: localizedText(
      docs?.('The organisation that recognised the person as a political prisoner.'),
      300,
      docs?.('Association for Human Rights in Central Asia'),
    ),
    date: v.optional(partialDate(docs?.('When.'), docs?.('2017-05'))),
    url: v.optional(url(docs?.('The statement.'), docs?.('https://example.org/statements/2017-05'))),
  },
  docs?.('A recognition as a political prisoner.'),
  docs?.([{ by: 'Association for Human Rights in Central Asia', date: '2017-05' }]),
);

const Source = documentedObject(
  {
    title: localizedText(docs?.('The title of the source.'), 500, docs?.('Verdict of 2 March 2017')),
    url: v.optional(url(docs?.('Where to read it.'), docs?.('https://example.org/documents/verdict'))),
    publisher: v.optional(localizedText(docs?.('Who published it.'), 200, docs?.('Association for Human Rights in Central Asia'))),
    date: v.optional(partialDate(docs?.('When it was published.'), docs?.('2017-03-10'))),
  },
  docs?.('A source, numbered in the order given.'),
  docs?.([{ title: 'Verdict of 2 March 2017', publisher: 'Association for Human Rights in Central Asia', date: '2017-03-10' }]),
);

const Withdrawal = documentedObject(
  {
    reason: v.pipe(
      v.picklist(WITHDRAWAL_REASONS, `expected one of ${WITHDRAWAL_REASONS.join(', ')}`),
      v.description(
        docs?.('Why: "safety" (showing the person puts them or their family at risk) or "consent" (they asked not to be shown). Never shown to readers.'),
      ),
      v.examples(docs?.(['safety'])),
    ),
  },

  docs?.('Set to take the person off every page: only a neutral notice is shown, whatever else the record holds. Leave it out for a published record.'),
  docs?.([{ reason: 'safety' }]),
);

const id = identifier(docs?.('Stable id of the person: `person="…"` and `#…` links use it.'), docs?.('namuna-odamov'));

/** A record taken down: only its id and the withdrawal are read, everything else is dropped unread. */
export const WithdrawnPersonSchema = v.pipe(
  v.object({ id, withdrawn: Withdrawal }),
  v.title(docs?.('Withdrawn person')),
  v.description(docs?.('A person no longer shown, for their safety or at their request.')),
);

/** One published person, as the card shows them. */
export const ActivePersonSchema = v.pipe(
  v.object({
    id,
    // Lets `person.withdrawn` tell the two shapes apart, and makes JSON Schema refuse a bad `withdrawn` here too.
    withdrawn: v.optional(v.never('expected no withdrawn field')),
    name: localizedText(
      docs?.('The name, keyed by language and script (uz-Latn, uz-Cyrl, ru, en …); readers see it in their own script and the others as "also written".'),
      300,
      docs?.(NAME_EXAMPLE),
    ),
    aliases: v.optional(
      v.pipe(
        listOf(
          v.pipe(v.string('expected text'), v.maxLength(300, 'expected at most 300 characters')),
          'names',
          20,
          docs?.('More spellings and former names, found by search but not shown.'),
        ),
        v.examples(docs?.([['Namouna Odamov']])),
      ),
    ),
    gender: v.optional(
      v.pipe(
        v.picklist(GENDERS, `expected one of ${GENDERS.join(', ')}`),
        v.description(
          docs?.('Only for grammar: labels agree with it in languages that need it ("арестован" / "арестована"). Left out, neutral wording is used.'),
        ),
        v.examples(docs?.(['male'])),
      ),
    ),
    photo: v.optional(Photo),
    birthYear: v.optional(
      v.pipe(
        v.number('expected a number'),
        v.integer('expected a whole year'),
        v.minValue(1900, 'expected a year from 1900'),
        v.maxValue(2100, 'expected a year up to 2100'),
        v.description(docs?.('The year of birth.')),
        v.examples(docs?.([1978])),
      ),
    ),
    occupation: v.optional(localizedText(docs?.('What the person does or did.'), 200, docs?.('Schoolteacher'))),
    region: v.optional(localizedText(docs?.('Where the person is from.'), 200, docs?.('Andijan region'))),
    status: v.pipe(
      v.picklist(PRISONER_STATUSES, `expected one of ${PRISONER_STATUSES.join(', ')}`),
      v.description(docs?.('Where the person is now.')),
      v.examples(docs?.(['detained'])),
    ),
    statusConfirmed: v.optional(partialDate(docs?.('When the status was last confirmed.'), docs?.('2026-04-02'))),
    arrested: v.optional(partialDate(docs?.('The arrest; the time in detention is counted from it.'), docs?.('2016-09-20'))),
    released: v.optional(partialDate(docs?.('The release, for a person released or in exile; the time in detention ends there.'), docs?.('2024-11-05'))),
    died: v.optional(partialDate(docs?.('The death, for a person who died in custody; the time in detention ends there.'), docs?.('2021-02-11'))),
    charges: v.optional(listOf(Charge, 'charges', 30, docs?.('The charges, by criminal-code article.'))),
    sentence: v.optional(Sentence),
    place: v.optional(Place),
    letters: v.optional(Letters),
    summary: v.optional(markdownText(docs?.('Who the person is and what happened.'), docs?.('A schoolteacher who **spoke at a rally** in 2015.'))),
    health: v.optional(markdownText(docs?.('Health concerns.'), docs?.('Needs treatment for a heart condition that the colony does not give.'))),
    recognition: v.optional(listOf(Recognition, 'recognitions', 20, docs?.('Who recognised the person as a political prisoner.'))),
    appeals: v.optional(
      listOf(
        namedLink(docs?.('An appeal for the person.'), docs?.({ name: 'Free Namuna Odamov', url: 'https://example.org/appeals/odamov' })),
        'appeals',
        20,
        docs?.('Appeals for the person, linked under "How to help".'),
      ),
    ),
    sources: v.optional(listOf(Source, 'sources', 100, docs?.('Sources, numbered in this order.'))),
    url: v.optional(
      url(docs?.("The person's full profile page; in the compact layout the name links to it."), docs?.('https://example.org/prisoners/namuna-odamov')),
    ),
    updated: v.optional(partialDate(docs?.('When this record was last updated.'), docs?.('2026-04-02'))),
  }),
  v.title(docs?.('Person')),
  v.description(docs?.('A political prisoner or a person at risk of becoming one.')),
);

const isRecord = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * One person. A record with `withdrawn` needs nothing but its id and the reason, and nothing else
 * in it is read, whatever it holds or lacks.
 */
export const PersonSchema = shapeSwitch(
  [WithdrawnPersonSchema, ActivePersonSchema],
  (input) => (isRecord(input) && input.withdrawn !== undefined ? WithdrawnPersonSchema : ActivePersonSchema),
  docs?.('One person: a published record, or a withdrawn one (only `id` and `withdrawn`).'),
);

/** The first id that two people share, if any. */
function repeatedId(people: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id: personId } of people) {
    if (seen.has(personId)) return personId;
    seen.add(personId);
  }
  return undefined;
}

const People = v.pipe(
  listOf(PersonSchema, 'people', 10_000, docs?.('The people, in the order lists show them.')),
  v.check(
    (people) => repeatedId(people) === undefined,
    (issue) => `expected each id once ("${repeatedId(issue.input as { id: string }[]) ?? ''}" is repeated)`,
  ),
);

const FeedObject = v.pipe(
  // In the order a compiled feed is written: the title before the long list.
  v.object({
    title: v.optional(localizedText(docs?.('The title of the list.'), 300, docs?.('Political prisoners of Uzbekistan'))),
    updated: v.optional(partialDate(docs?.('When the feed was last updated.'), docs?.('2026-04-02'))),
    people: People,
  }),
  v.title(docs?.('Prisoner feed')),
  v.description(docs?.('Many people: `{ "people": [...] }`.')),
);

const BareList = v.pipe(
  People,
  v.transform((people) => ({ people })),
  v.title(docs?.('Bare list of people')),
  v.description(docs?.('A plain JSON array of people, read as `{ "people": [...] }`.')),
);

/** Many people: `{ people: [...], title?, updated? }`, or a bare array of people. */
export const PrisonerFeedSchema = shapeSwitch(
  [FeedObject, BareList],
  (input) => (Array.isArray(input) ? BareList : FeedObject),
  docs?.('A feed of people: an object with `people`, or a bare array of people.'),
);

/** What `<ahrca-prisoner-card>` reads: one person, or a feed from which `person="…"` picks one. */
export const PrisonerCardDataSchema = shapeSwitch(
  [PersonSchema, PrisonerFeedSchema],
  (input) => (Array.isArray(input) || (isRecord(input) && 'people' in input) ? PrisonerFeedSchema : PersonSchema),
  docs?.('One person, or a feed of people.'),
);

export type ActivePerson = v.InferOutput<typeof ActivePersonSchema>;
export type WithdrawnPerson = v.InferOutput<typeof WithdrawnPersonSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type PrisonerFeed = v.InferOutput<typeof PrisonerFeedSchema>;
export type PrisonerCardData = v.InferOutput<typeof PrisonerCardDataSchema>;
export type PrisonerStatus = (typeof PRISONER_STATUSES)[number];
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];
export type Gender = (typeof GENDERS)[number];
export type Charge = v.InferOutput<typeof Charge>;
export type Sentence = v.InferOutput<typeof Sentence>;
export type Letters = v.InferOutput<typeof Letters>;
export type PrisonerSource = v.InferOutput<typeof Source>;

/** True for a record taken down: show only the neutral notice. */
export function isWithdrawn(person: Person): person is WithdrawnPerson {
  return person.withdrawn !== undefined;
}

/** The people of a card's data: the one person, or the feed's list. */
export function peopleOf(data: PrisonerCardData): readonly Person[] {
  return 'people' in data ? data.people : [data];
}

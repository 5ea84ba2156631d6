import * as v from 'valibot';
import { identifier, localizedText, markdownText, namedLink, partialDate, shapeSwitch, url } from './common.js';

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

function list<T extends v.GenericSchema>(item: T, max: number, description: string) {
  return v.pipe(v.array(item, 'expected a list'), v.maxLength(max, `expected at most ${max} items`), v.description(description));
}

const Photo = v.pipe(
  v.object({
    url: url('The image: a small JPEG, PNG, WebP or SVG, relative to the data file or on the media host.', 'photos/namuna-odamov.jpg'),
    alt: v.optional(localizedText('What the photo shows; the name is used when this is left out.', 300, 'Namuna Odamov in 2015')),
    consent: v.optional(
      v.pipe(
        v.boolean('expected true or false'),
        v.description('false when the person or their family has not agreed to show the photo: initials are shown instead.'),
        v.examples([true]),
      ),
    ),
    credit: v.optional(localizedText('Who took the photo or holds its rights.', 200, 'Family archive')),
  }),
  v.description('A portrait. Loaded lazily, without a referrer; initials are shown when it is missing, refused or broken.'),
  v.examples([{ url: 'photos/namuna-odamov.jpg', alt: 'Namuna Odamov in 2015', consent: true }]),
);

const Charge = v.pipe(
  v.object({
    article: v.pipe(
      v.string('expected text'),
      v.minLength(1, 'expected the article'),
      v.maxLength(60, 'expected at most 60 characters'),
      v.description('The criminal-code article, with its part and paragraph as the verdict cites it.'),
      v.examples(['159 part 4']),
    ),
    code: v.optional(localizedText('The code the article belongs to.', 200, 'Criminal Code of Uzbekistan')),
    label: v.optional(localizedText('What the article is about.', 300, 'Attempt to overthrow the constitutional order')),
  }),
  v.description('One charge.'),
  v.examples([{ article: '159 part 4', label: 'Attempt to overthrow the constitutional order' }]),
);

const SentenceAddition = v.pipe(
  v.object({
    term: localizedText('The time added.', 300, '3 years'),
    date: v.optional(partialDate('When it was added.', '2019-06-14')),
    article: v.optional(v.pipe(v.string('expected text'), v.maxLength(60, 'expected at most 60 characters'), v.description('The article it was added under.'), v.examples(['221']))),
    label: v.optional(localizedText('Why, as the prison or court put it.', 300, 'Disobeying the prison administration')),
  }),
  v.description('A term added while in prison.'),
  v.examples([{ term: '3 years', date: '2019-06-14', article: '221', label: 'Disobeying the prison administration' }]),
);

const Sentence = v.pipe(
  v.object({
    term: localizedText('The sentence as the verdict gives it.', 300, '12 years in a strict-regime colony'),
    court: v.optional(localizedText('The court that passed it.', 300, 'Tashkent Regional Criminal Court')),
    verdict: v.optional(partialDate('The date of the verdict.', '2017-03-02')),
    start: v.optional(partialDate('When the term is counted from.', '2016-09-20')),
    end: v.optional(partialDate('When the term ends, as the verdict and later additions set it: the expected release.', '2031-09-20')),
    additions: v.optional(list(SentenceAddition, 20, 'Terms added while in prison, oldest first.')),
  }),
  v.description('The sentence, if there is one.'),
  v.examples([{ term: '12 years in a strict-regime colony', court: 'Tashkent Regional Criminal Court', verdict: '2017-03-02', start: '2016-09-20', end: '2031-09-20' }]),
);

const Place = v.pipe(
  v.object({
    name: localizedText('The prison, colony, detention centre or hospital.', 300, 'Penal colony No. 64/49, Karshi'),
    address: v.optional(localizedText('Its postal address; lines separated by "\\n".', 500, 'Uzbekistan, Kashkadarya region, Karshi, UYa 64/49')),
    since: v.optional(partialDate('Since when the person is held there.', '2018-01')),
  }),
  v.description('Where the person is held.'),
  v.examples([{ name: 'Penal colony No. 64/49, Karshi', since: '2018-01' }]),
);

const Letters = v.pipe(
  v.object({
    accepted: v.optional(
      v.pipe(v.boolean('expected true or false'), v.description('false when letters are not delivered at present: the card says so and shows no address.'), v.examples([true])),
      true,
    ),
    address: v.optional(localizedText('Where to send letters; the place of detention\'s address when left out. Lines separated by "\\n".', 500, 'Uzbekistan, Kashkadarya region, Karshi, UYa 64/49')),
    recipient: v.optional(localizedText('The name to write on the envelope, as the prison requires it (often with the year of birth).', 300, 'Odamov Namuna, born 1978')),
    language: v.optional(localizedText('The language letters must be written in; censors hold back others.', 200, 'Russian or Uzbek')),
    tips: v.optional(markdownText('What to write and what to avoid.', 'Write about everyday things; do not mention the case.')),
    url: v.optional(url('A guide to writing, or an online letter service.', 'https://example.org/how-to-write')),
  }),
  v.description('Whether and how to write to the person.'),
  v.examples([{ accepted: true, language: 'Russian or Uzbek', tips: 'Write about everyday things.' }]),
);

const Recognition = v.pipe(
  v.object({
    by: localizedText('The organisation that recognised the person as a political prisoner.', 300, 'Association for Human Rights in Central Asia'),
    date: v.optional(partialDate('When.', '2017-05')),
    url: v.optional(url('The statement.', 'https://example.org/statements/2017-05')),
  }),
  v.description('A recognition as a political prisoner.'),
  v.examples([{ by: 'Association for Human Rights in Central Asia', date: '2017-05' }]),
);

const Source = v.pipe(
  v.object({
    title: localizedText('The title of the source.', 500, 'Verdict of 2 March 2017'),
    url: v.optional(url('Where to read it.', 'https://example.org/documents/verdict')),
    publisher: v.optional(localizedText('Who published it.', 200, 'Association for Human Rights in Central Asia')),
    date: v.optional(partialDate('When it was published.', '2017-03-10')),
  }),
  v.description('A source, numbered in the order given.'),
  v.examples([{ title: 'Verdict of 2 March 2017', publisher: 'Association for Human Rights in Central Asia', date: '2017-03-10' }]),
);

const Withdrawal = v.pipe(
  v.object({
    reason: v.pipe(
      v.picklist(WITHDRAWAL_REASONS, `expected one of ${WITHDRAWAL_REASONS.join(', ')}`),
      v.description('Why: "safety" (showing the person puts them or their family at risk) or "consent" (they asked not to be shown). Never shown to readers.'),
      v.examples(['safety']),
    ),
  }),
  v.description('Set to take the person off every page: only a neutral notice is shown, whatever else the record holds. Leave it out for a published record.'),
  v.examples([{ reason: 'safety' }]),
);

const id = identifier('Stable id of the person: `person="…"` and `#…` links use it.', 'namuna-odamov');

/** A record taken down: only its id and the withdrawal are read, everything else is dropped unread. */
export const WithdrawnPersonSchema = v.pipe(
  v.object({ id, withdrawn: Withdrawal }),
  v.title('Withdrawn person'),
  v.description('A person no longer shown, for their safety or at their request.'),
);

/** One published person, as the card shows them. */
export const ActivePersonSchema = v.pipe(
  v.object({
    id,
    // Lets `person.withdrawn` tell the two shapes apart, and makes JSON Schema refuse a bad `withdrawn` here too.
    withdrawn: v.optional(v.never('expected no withdrawn field')),
    name: localizedText('The name, keyed by language and script (uz-Latn, uz-Cyrl, ru, en …); readers see it in their own script and the others as "also written".', 300, NAME_EXAMPLE),
    aliases: v.optional(
      v.pipe(
        list(v.pipe(v.string('expected text'), v.maxLength(300, 'expected at most 300 characters')), 20, 'More spellings and former names, found by search but not shown.'),
        v.examples([['Namouna Odamov']]),
      ),
    ),
    gender: v.optional(
      v.pipe(
        v.picklist(GENDERS, `expected one of ${GENDERS.join(', ')}`),
        v.description('Only for grammar: labels agree with it in languages that need it ("арестован" / "арестована"). Left out, neutral wording is used.'),
        v.examples(['male']),
      ),
    ),
    photo: v.optional(Photo),
    birthYear: v.optional(
      v.pipe(
        v.number('expected a number'),
        v.integer('expected a whole year'),
        v.minValue(1900, 'expected a year from 1900'),
        v.maxValue(2100, 'expected a year up to 2100'),
        v.description('The year of birth.'),
        v.examples([1978]),
      ),
    ),
    occupation: v.optional(localizedText('What the person does or did.', 200, 'Schoolteacher')),
    region: v.optional(localizedText('Where the person is from.', 200, 'Andijan region')),
    status: v.pipe(
      v.picklist(PRISONER_STATUSES, `expected one of ${PRISONER_STATUSES.join(', ')}`),
      v.description('Where the person is now.'),
      v.examples(['detained']),
    ),
    statusConfirmed: v.optional(partialDate('When the status was last confirmed.', '2026-04-02')),
    arrested: v.optional(partialDate('The arrest; the time in detention is counted from it.', '2016-09-20')),
    released: v.optional(partialDate('The release, for a person released or in exile; the time in detention ends there.', '2024-11-05')),
    died: v.optional(partialDate('The death, for a person who died in custody; the time in detention ends there.', '2021-02-11')),
    charges: v.optional(list(Charge, 30, 'The charges, by criminal-code article.')),
    sentence: v.optional(Sentence),
    place: v.optional(Place),
    letters: v.optional(Letters),
    summary: v.optional(markdownText('Who the person is and what happened.', 'A schoolteacher who **spoke at a rally** in 2015.')),
    health: v.optional(markdownText('Health concerns.', 'Needs treatment for a heart condition that the colony does not give.')),
    recognition: v.optional(list(Recognition, 20, 'Who recognised the person as a political prisoner.')),
    appeals: v.optional(list(namedLink('An appeal for the person.', { name: 'Free Namuna Odamov', url: 'https://example.org/appeals/odamov' }), 20, 'Appeals for the person, linked under "How to help".')),
    sources: v.optional(list(Source, 100, 'Sources, numbered in this order.')),
    url: v.optional(url('The person\'s full profile page; in the compact layout the name links to it.', 'https://example.org/prisoners/namuna-odamov')),
    updated: v.optional(partialDate('When this record was last updated.', '2026-04-02')),
  }),
  v.title('Person'),
  v.description('A political prisoner or a person at risk of becoming one.'),
);

const isRecord = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * One person. A record with `withdrawn` needs nothing but its id and the reason, and nothing else
 * in it is read, whatever it holds or lacks.
 */
export const PersonSchema = shapeSwitch(
  [WithdrawnPersonSchema, ActivePersonSchema],
  (input) => (isRecord(input) && input.withdrawn !== undefined ? WithdrawnPersonSchema : ActivePersonSchema),
  'One person: a published record, or a withdrawn one (only `id` and `withdrawn`).',
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
  v.array(PersonSchema, 'expected a list of people'),
  v.maxLength(10_000, 'expected at most 10000 people'),
  v.check((people) => repeatedId(people) === undefined, (issue) => `expected each id once ("${repeatedId(issue.input as { id: string }[]) ?? ''}" is repeated)`),
  v.description('The people, in the order lists show them.'),
);

const FeedObject = v.pipe(
  // In the order a compiled feed is written: the title before the long list.
  v.object({
    title: v.optional(localizedText('The title of the list.', 300, 'Political prisoners of Uzbekistan')),
    updated: v.optional(partialDate('When the feed was last updated.', '2026-04-02')),
    people: People,
  }),
  v.title('Prisoner feed'),
  v.description('Many people: `{ "people": [...] }`.'),
);

const BareList = v.pipe(
  People,
  v.transform((people) => ({ people })),
  v.title('Bare list of people'),
  v.description('A plain JSON array of people, read as `{ "people": [...] }`.'),
);

/** Many people: `{ people: [...], title?, updated? }`, or a bare array of people. */
export const PrisonerFeedSchema = shapeSwitch(
  [FeedObject, BareList],
  (input) => (Array.isArray(input) ? BareList : FeedObject),
  'A feed of people: an object with `people`, or a bare array of people.',
);

/** What `<ahrca-prisoner-card>` reads: one person, or a feed from which `person="…"` picks one. */
export const PrisonerCardDataSchema = shapeSwitch(
  [PersonSchema, PrisonerFeedSchema],
  (input) => (Array.isArray(input) || (isRecord(input) && 'people' in input) ? PrisonerFeedSchema : PersonSchema),
  'One person, or a feed of people.',
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

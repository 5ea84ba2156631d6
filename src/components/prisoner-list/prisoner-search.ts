/**
 * Finding people in a feed by any spelling of their name, and narrowing by status. Pure functions
 * of the data: the list builds the index once per feed and filters it on every keystroke.
 */
import { PRISONER_STATUSES, isWithdrawn, type ActivePerson, type Person, type PrisonerStatus } from '../../core/schema/prisoner.js';

/** Apostrophes and the letters that stand for them: Uzbek writes oʻ and gʻ with any of these. */
const APOSTROPHES = /['‘’ʻʼʹ`´]/g;
/** Combining marks, after canonical decomposition: ё → е, й → и, ў → у, é → e, Arabic short vowels. */
const MARKS = /\p{M}/gu;
/** Format characters such as the zero-width non-joiner inside Persian-script words, and the soft hyphen. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/**
 * Letters of Central Asian alphabets that carry their mark in the glyph, so decomposition leaves
 * them whole: typed on a Russian or English keyboard they come out as the plain letter ("Орнек"
 * for "Өрнек", "Gofur" for "Gʻofur" already matches).
 */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ғ: 'г',
  қ: 'к',
  ҳ: 'х',
  һ: 'х',
  ң: 'н',
  ә: 'а',
  ө: 'о',
  ү: 'у',
  ұ: 'у',
  і: 'и',
  ҷ: 'ч',
  ı: 'i',
};
const MARKED_LETTERS = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

/**
 * Text as search compares it: lower case, without diacritics (ё and е, ў and у match), without
 * apostrophes (O‘g‘li, O'g'li and Ogli match), with ғ, қ, ө… as г, к, о…, and every run of
 * punctuation or space as one space.
 * Scripts are not transliterated: "Абдуллаев" finds a person whose data also spells "Abdullayev".
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FORMAT_CHARACTERS, '')
    .replace(APOSTROPHES, '')
    .replace(MARKED_LETTERS, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

interface Entry {
  person: ActivePerson;
  /** Every spelling of the name and every alias, as search keys, one space apart. */
  spellings: string;
}

/** A feed made ready for search: the published people only, and how many records were withdrawn. */
export interface PeopleIndex {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, ActivePerson>;
  readonly withdrawn: number;
  /** The statuses some published person has, in the vocabulary's order. */
  readonly statuses: readonly PrisonerStatus[];
}

/** Withdrawn records are left out here, so nothing about them can be listed, counted by status or found. */
export function indexPeople(people: readonly Person[]): PeopleIndex {
  const entries: Entry[] = [];
  let withdrawn = 0;
  for (const person of people) {
    if (isWithdrawn(person)) {
      withdrawn += 1;
      continue;
    }
    const names = typeof person.name === 'string' ? [person.name] : Object.values(person.name);
    entries.push({ person, spellings: searchKey([...names, ...(person.aliases ?? [])].join(' ')) });
  }
  const present = new Set(entries.map((entry) => entry.person.status));
  return {
    entries,
    byId: new Map(entries.map(({ person }) => [person.id, person])),
    withdrawn,
    statuses: PRISONER_STATUSES.filter((status) => present.has(status)),
  };
}

/** What the reader asked for: a search text and the statuses to keep (none kept means all). */
export interface PeopleQuery {
  text: string;
  statuses: ReadonlySet<PrisonerStatus>;
}

export interface PeopleMatch {
  /** The people to list, in the feed's order. */
  people: ActivePerson[];
  /** How many people the search alone finds in each status, for the filter buttons. */
  byStatus: ReadonlyMap<PrisonerStatus, number>;
}

/** Every word of the search must appear in some spelling of the name: "odamov nam" finds "Namuna Odamov". */
export function matchPeople(index: PeopleIndex, query: PeopleQuery): PeopleMatch {
  const words = searchKey(query.text).split(' ').filter(Boolean);
  const people: ActivePerson[] = [];
  const byStatus = new Map<PrisonerStatus, number>();
  for (const { person, spellings } of index.entries) {
    if (!words.every((word) => spellings.includes(word))) continue;
    byStatus.set(person.status, (byStatus.get(person.status) ?? 0) + 1);
    if (query.statuses.size === 0 || query.statuses.has(person.status)) people.push(person);
  }
  return { people, byStatus };
}

import { expect } from '@open-wc/testing';
import { PRISONER_STATUSES, PersonSchema, PrisonerCardDataSchema, PrisonerFeedSchema, isWithdrawn, peopleOf } from '../../src/core/schema/prisoner.js';
import { validate } from '../../src/core/schema/validate.js';
import { jsonBlocks, sectionOf, text } from '../helpers/docs.js';

function errorsOf(schema: Parameters<typeof validate>[0], payload: unknown): string[] {
  const result = validate(schema, payload);
  return result.ok ? [] : result.errors;
}

function expectErrors(errors: string[], patterns: RegExp[]): void {
  for (const pattern of patterns) {
    expect(
      errors.some((line) => pattern.test(line)),
      `${pattern} in\n${errors.join('\n')}`,
    ).to.equal(true);
  }
}

describe('prisoner data format', () => {
  it('accepts every example in its section of docs/data-format.md, and the demo feed', async () => {
    const examples = jsonBlocks(sectionOf(await text('/docs/data-format.md'), '`<ahrca-prisoner-card>`'));
    expect(examples.length).to.be.greaterThanOrEqual(4);
    for (const example of examples) {
      expect(errorsOf(PrisonerCardDataSchema, example), JSON.stringify(example).slice(0, 60)).to.deep.equal([]);
    }
    const feed = validate(PrisonerFeedSchema, JSON.parse(await text('/demo/data/prisoners.json')));
    expect(feed.ok ? [] : feed.errors).to.deep.equal([]);
    if (!feed.ok) return;
    expect(feed.value.people.length).to.be.at.least(12);
    const statuses = new Set(feed.value.people.map((person) => (isWithdrawn(person) ? 'withdrawn' : person.status)));
    expect([...statuses].sort()).to.deep.equal([...PRISONER_STATUSES, 'withdrawn'].sort());
  });

  it('accepts a person with only an id, a name and a status, in every status', () => {
    for (const status of PRISONER_STATUSES) {
      expect(errorsOf(PersonSchema, { id: 'p1', name: 'Example Person', status }), status).to.deep.equal([]);
    }
  });

  it('says which required field is missing', () => {
    expect(errorsOf(PersonSchema, { id: 'p1' })).to.deep.equal(['name: is required', 'status: is required']);
  });

  it('names every bad field with what it expected and what it got', () => {
    const errors = errorsOf(PersonSchema, {
      id: 'bad id!',
      name: { 'not a tag': 'x' },
      status: 'jailed',
      gender: 'f',
      birthYear: '1978',
      arrested: '2016-02-30',
      statusConfirmed: 'last week',
      photo: { url: 'javascript:alert(1)', consent: 'no' },
      charges: [{ label: 'No article' }],
      sentence: { court: 'A court' },
      letters: { url: 'data:text/html,<script>alert(1)</script>' },
      sources: [{ title: 'A source', url: ' javascript:alert(1)' }],
      recognition: [{ by: '' }],
      summary: 'x'.repeat(100_001),
    });
    expectErrors(errors, [
      /^id: expected an id of letters.*got "bad id!"$/,
      /^name\["not a tag"\]: expected a language tag/,
      /^status: expected one of detained, pretrial-detention, .*, unknown, got "jailed"$/,
      /^gender: expected one of female, male, got "f"$/,
      /^birthYear: expected a number, got "1978"$/,
      /^arrested: expected a real calendar date, got "2016-02-30"$/,
      /^statusConfirmed: expected a date like 2005-05-13.*got "last week"$/,
      /^photo\.url: expected an http\(s\), mailto or tel URL, or a relative one, got "javascript:alert\(1\)"$/,
      /^photo\.consent: expected true or false, got "no"$/,
      /^charges\[0\]\.article: is required$/,
      /^sentence\.term: is required$/,
      /^letters\.url: expected an http\(s\), mailto or tel URL/,
      /^sources\[0\]\.url: expected an http\(s\), mailto or tel URL/,
      /^recognition\[0\]\.by: expected non-empty text, got ""$/,
      /^summary: expected at most 100000 characters/,
    ]);
  });

  describe('a withdrawn record', () => {
    it('needs only its id and the reason, and keeps nothing else, whatever else it holds', () => {
      const result = validate(PersonSchema, {
        id: 'hidden-1',
        withdrawn: { reason: 'safety' },
        name: 42,
        status: 'jailed',
        photo: { url: 'javascript:alert(1)' },
        summary: 'x'.repeat(200_000),
      });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.value).to.deep.equal({ id: 'hidden-1', withdrawn: { reason: 'safety' } });
      expect(isWithdrawn(result.value)).to.equal(true);
      expect(validate(PersonSchema, { id: 'hidden-2', withdrawn: { reason: 'consent' } }).ok).to.equal(true);
    });

    it('is refused, not shown, when the withdrawal itself is malformed', () => {
      expect(errorsOf(PersonSchema, { id: 'p', name: 'N', status: 'detained', withdrawn: { reason: 'legal' } })).to.deep.equal([
        'withdrawn.reason: expected one of safety, consent, got "legal"',
      ]);
      expect(errorsOf(PersonSchema, { id: 'p', withdrawn: true })[0]).to.match(/^withdrawn: /);
      expect(errorsOf(PersonSchema, { id: 'p', withdrawn: null })[0]).to.match(/^withdrawn: /);
    });
  });

  describe('a feed', () => {
    const people = [
      { id: 'a', name: 'A', status: 'detained' },
      { id: 'b', withdrawn: { reason: 'consent' } },
    ];

    it('is an object with people, or a bare array of people', () => {
      const object = validate(PrisonerFeedSchema, { people, title: 'Example feed', updated: '2026-04' });
      const bare = validate(PrisonerFeedSchema, people);
      expect(object.ok && bare.ok).to.equal(true);
      if (!object.ok || !bare.ok) return;
      expect(object.value.people.map((person) => person.id)).to.deep.equal(['a', 'b']);
      expect(bare.value).to.deep.equal({ people: object.value.people });
    });

    it('names the person and the field that is wrong', () => {
      const broken = [...people, { id: 'c', name: 'C', status: 'gone' }];
      expect(errorsOf(PrisonerFeedSchema, { people: broken })).to.deep.equal([
        'people[2].status: expected one of detained, pretrial-detention, house-arrest, psychiatric-detention, released, released-under-supervision, in-exile, disappeared, died-in-custody, unknown, got "gone"',
      ]);
      expect(errorsOf(PrisonerFeedSchema, broken)[0]).to.match(/^\[2\]\.status: expected one of/);
      expect(errorsOf(PrisonerFeedSchema, { title: 'No people' })).to.deep.equal(['people: is required']);
    });

    it('refuses two people with one id', () => {
      expect(errorsOf(PrisonerFeedSchema, { people: [...people, { id: 'a', name: 'Again', status: 'released' }] })).to.deep.equal([
        'people: expected each id once ("a" is repeated), got a list',
      ]);
    });
  });

  it('reads a card’s data as one person or as a feed', () => {
    const one = validate(PrisonerCardDataSchema, { id: 'a', name: 'A', status: 'unknown' });
    const many = validate(PrisonerCardDataSchema, [{ id: 'a', name: 'A', status: 'unknown' }]);
    expect(one.ok && many.ok).to.equal(true);
    if (!one.ok || !many.ok) return;
    expect(peopleOf(one.value).map((person) => person.id)).to.deep.equal(['a']);
    expect(peopleOf(many.value).map((person) => person.id)).to.deep.equal(['a']);
    expect(errorsOf(PrisonerCardDataSchema, { people: [{ id: 'a', status: 'unknown' }] })).to.deep.equal(['people[0].name: is required']);
    expect(errorsOf(PrisonerCardDataSchema, 'a string')[0]).to.match(/^\(root\): /);
  });
});

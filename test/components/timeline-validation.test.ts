/** Checking a long timeline in slices gives the verdict of checking it at once, by the same paths. */
import { expect } from '@open-wc/testing';
import { EventChecker, readOutline, validateInSlices } from '../../src/components/timeline/timeline-validation.js';
import { buildModel, SearchIndex } from '../../src/components/timeline/timeline-model.js';
import { needsSlices, shownTextFormat } from '../../src/components/timeline/timeline-data.js';
import { MAX_TIMELINE_EVENTS, TimelineSchema } from '../../src/core/schema/timeline.js';
import { validate } from '../../src/core/schema/validate.js';
import { manyEvents } from './timeline-helpers.js';

async function bothWays(payload: { events: unknown[]; [field: string]: unknown }): Promise<[string[], string[]]> {
  expect(needsSlices(payload)).to.equal(true);
  const sliced = await validateInSlices(payload);
  const whole = validate(TimelineSchema, payload);
  return [sliced.ok ? [] : sliced.errors, whole.ok ? [] : whole.errors];
}

describe('timeline validation in slices', () => {
  it('accepts what the schema accepts, with the same output', async () => {
    const payload = { title: 'T', events: manyEvents(2500) };
    const sliced = await validateInSlices(payload);
    const whole = validate(TimelineSchema, payload);
    expect(sliced.ok && whole.ok).to.equal(true);
    if (sliced.ok && whole.ok) expect(sliced.value).to.deep.equal(whole.value);
  });

  it('names the same fields, numbered in the whole list', async () => {
    const events: Record<string, unknown>[] = manyEvents(3000);
    events[7] = { ...events[7], date: 'soon' };
    events[2345] = { ...events[2345], title: '', tags: 'x' };
    events[2999] = { ...events[2999], media: { kind: 'image', url: 'javascript:alert(1)' } };
    const [sliced, whole] = await bothWays({ textFormat: 'rtf', events });
    expect(sliced.length).to.be.above(3);
    expect([...sliced].sort()).to.deep.equal([...whole].sort());
  });

  it('finds an id used twice in different slices', async () => {
    const events: Record<string, unknown>[] = manyEvents(3000);
    events[2900] = { ...events[2900], id: 'event-100' };
    const [sliced, whole] = await bothWays({ events });
    expect(sliced).to.deep.equal(['events: expected each event id once; "event-100" used more than once, got a list']);
    expect(sliced).to.deep.equal(whole);
  });

  it('refuses too many events before reading them', async () => {
    const events = manyEvents(MAX_TIMELINE_EVENTS + 1, { text: false });
    const sliced = await validateInSlices({ events });
    expect(sliced.ok ? [] : sliced.errors).to.deep.equal([`events: expected at most ${MAX_TIMELINE_EVENTS} events, got a list`]);
  });
});

describe("what a long timeline's texts need, known before it is checked", () => {
  it("is the timeline's text format when any text is shown, and nothing otherwise", () => {
    expect(shownTextFormat({ events: manyEvents(600) })).to.equal('markdown');
    expect(shownTextFormat({ textFormat: 'html', events: manyEvents(600) })).to.equal('html');
    expect(shownTextFormat({ events: manyEvents(600, { text: false }) })).to.equal(undefined);
    expect(shownTextFormat({ description: 'Intro', events: manyEvents(600, { text: false }) })).to.equal('markdown');
    expect(shownTextFormat({ eras: [{ text: 'An era' }], events: [] })).to.equal('markdown');
    expect(shownTextFormat({ textFormat: 'rtf', events: [{ text: 1 }] })).to.equal('markdown');
    for (const payload of [null, 'text', 7, [], { events: 'many' }]) expect(shownTextFormat(payload)).to.equal(undefined);
  });
});

describe('a long timeline read from its outline', () => {
  it("is read when every event's id, dates, tags, group and format have their types and the rest of the timeline is valid", () => {
    const events = manyEvents(600);
    events[3] = { ...events[3], title: 42, media: { kind: 'image', url: 'javascript:alert(1)' } };
    const payload = { title: 'T', events };
    const outline = readOutline(payload);
    expect(outline?.timeline.title).to.equal('T');
    expect(outline?.timeline.textFormat).to.equal('markdown');
    expect(outline?.timeline.events).to.equal(events);
  });

  it('is not read, so that everything is checked first, when an outline field or the timeline itself is wrong', () => {
    const cases: Record<string, unknown>[] = [{ id: 7 }, { date: 2005 }, { end: ['2006'] }, { tags: 'x' }, { tags: [1] }, { group: {} }, { textFormat: 'rtf' }];
    for (const change of cases) {
      const events = manyEvents(600);
      events[10] = { ...events[10], ...change };
      expect(readOutline({ events }), JSON.stringify(change)).to.equal(undefined);
    }
    const twice = manyEvents(600);
    twice[500] = { ...twice[500], id: 'event-1' };
    expect(readOutline({ events: twice })).to.equal(undefined);
    const untitled = { title: '', events: manyEvents(600) };
    expect(readOutline(untitled)).to.equal(undefined);
    expect(readOutline({ events: [null, ...manyEvents(600)] })).to.equal(undefined);
  });
});

describe('EventChecker', () => {
  it('checks an event when asked, once, and the rest on finish, with the messages of the whole check', async () => {
    const events: Record<string, unknown>[] = manyEvents(1500);
    events[20] = { ...events[20], title: '' };
    events[1400] = { ...events[1400], media: { kind: 'image', url: 'javascript:alert(1)' } };
    events[900] = { ...events[900], text: 5, sources: [{}] };
    const checker = new EventChecker(events);
    expect(checker.passes(0)).to.equal(true);
    expect(checker.passes(1400)).to.equal(false);
    // Once checked, an event is not read again: changing it now changes nothing.
    events[0] = { ...events[0], title: '' };
    expect(checker.passes(0)).to.equal(true);
    const errors = await checker.finish();
    const whole = validate(TimelineSchema, { events: [{ ...events[0], title: 'Event number 0' }, ...events.slice(1)] });
    expect(errors).to.deep.equal(whole.ok ? [] : whole.errors);
    expect(errors.map((line) => line.slice(0, line.indexOf(']') + 1))).to.deep.equal(['events[20]', 'events[900]', 'events[900]', 'events[1400]']);
    expect(checker.passes(20)).to.equal(false);
    expect(await checker.finish()).to.equal(errors);
  });

  it('finds nothing in valid events', async () => {
    expect(await new EventChecker(manyEvents(800)).finish()).to.deep.equal([]);
  });
});

describe('search over events not all checked', () => {
  it('reads no text of an event that may not be read, so no query finds it', () => {
    const events = manyEvents(3);
    const model = buildModel({ textFormat: 'markdown', events } as Parameters<typeof buildModel>[0]);
    const index = new SearchIndex(model.entries, 'en', (entry) => entry.index !== 1);
    index.extend();
    expect(index.texts[0]).to.include('event number 0');
    expect(index.texts[1]).to.equal('');
    expect(index.texts[2]).to.include('event number 2');
  });
});

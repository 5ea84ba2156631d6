/** Checking a long timeline in slices gives the verdict of checking it at once, by the same paths. */
import { expect } from '@open-wc/testing';
import { needsSlices, validateInSlices } from '../../src/components/timeline/timeline-validation.js';
import { shownTextFormat } from '../../src/components/timeline/timeline-data.js';
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

describe('what a long timeline\'s texts need, known before it is checked', () => {
  it('is the timeline\'s text format when any text is shown, and nothing otherwise', () => {
    expect(shownTextFormat({ events: manyEvents(600) })).to.equal('markdown');
    expect(shownTextFormat({ textFormat: 'html', events: manyEvents(600) })).to.equal('html');
    expect(shownTextFormat({ events: manyEvents(600, { text: false }) })).to.equal(undefined);
    expect(shownTextFormat({ description: 'Intro', events: manyEvents(600, { text: false }) })).to.equal('markdown');
    expect(shownTextFormat({ eras: [{ text: 'An era' }], events: [] })).to.equal('markdown');
    expect(shownTextFormat({ textFormat: 'rtf', events: [{ text: 1 }] })).to.equal('markdown');
    for (const payload of [null, 'text', 7, [], { events: 'many' }]) expect(shownTextFormat(payload)).to.equal(undefined);
  });
});

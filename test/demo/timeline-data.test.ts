import { expect } from '@open-wc/testing';
import { generateTimeline } from '../../demo/generate-timeline.js';
import { fromTimelineJs, isTimelineJs } from '../../src/core/adapters/timelinejs.js';
import { TimelineSchema, type Timeline } from '../../src/core/schema/timeline.js';
import { validate } from '../../src/core/schema/validate.js';

async function demoData(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../../demo/data/${name}`, import.meta.url));
  return response.json();
}

function valid(payload: unknown): Timeline {
  const result = validate(TimelineSchema, payload);
  expect(result.ok ? [] : result.errors).to.deep.equal([]);
  return (result as { value: Timeline }).value;
}

describe('demo timeline data', () => {
  it('the Andijan timeline is valid, in English and Russian, with approximate dates marked', async () => {
    const timeline = valid(await demoData('timeline-andijan.json'));
    expect(timeline.events.length).to.be.at.least(10);
    for (const event of timeline.events) {
      expect(Object.keys(event.title as Record<string, string>), event.id).to.include.members(['en', 'ru']);
      expect(event.tags?.length, event.id).to.be.greaterThan(0);
    }
    const approximate = timeline.events.filter((event) => event.approximate).map((event) => event.id);
    expect(approximate).to.include.members(['arrests-of-activists-2005', 'appeals-eu-un-us-2006', 'prague-open-letter']);
    const exact = Object.fromEntries(timeline.events.filter((event) => !event.approximate).map((event) => [event.id, event.date]));
    expect(exact).to.deep.include({ 'andijan-2005-05-13': '2005-05-13', 'euronews-interview-2016-09-03': '2016-09-03' });
  });

  it('the TimelineJS3 version is read unchanged into the same events', async () => {
    const file = await demoData('timeline-andijan.timelinejs.json');
    expect(isTimelineJs(file)).to.equal(true);
    const { timeline: adapted, notes } = fromTimelineJs(file);
    expect(notes).to.deep.equal([]);
    const timeline = valid(adapted);
    const ours = valid(await demoData('timeline-andijan.json'));
    for (const event of timeline.events) {
      const same = ours.events.find((candidate) => candidate.id === event.id);
      expect(same, event.id).to.not.equal(undefined);
      expect([event.date, event.title, event.group]).to.deep.equal([same?.date, (same?.title as Record<string, string>).en, same?.group]);
    }
    // The title's <small> is its subtitle.
    expect([timeline.title, timeline.subtitle]).to.deep.equal(['The Andijan events and after', 'in TimelineJS3’s format']);
  });

  it('the generator gives valid, deterministic data of any size', () => {
    const large = generateTimeline({ count: 10_000 });
    const timeline = valid(large);
    expect(timeline.events).to.have.length(10_000);
    expect(JSON.stringify(generateTimeline({ count: 10_000 }))).to.equal(JSON.stringify(large));
    expect(JSON.stringify(generateTimeline({ count: 100, seed: 7 }).events)).to.not.equal(JSON.stringify(generateTimeline({ count: 100 }).events));
    const share = (test: (event: Timeline['events'][number]) => boolean) => timeline.events.filter(test).length / timeline.events.length;
    expect(share((event) => event.end !== undefined)).to.be.within(0.05, 0.15);
    expect(share((event) => event.approximate === true)).to.be.within(0.04, 0.12);
    expect(share((event) => event.media !== undefined)).to.be.within(0.1, 0.2);
    expect(share((event) => event.date.includes('T'))).to.be.within(0.05, 0.15);
    for (const event of timeline.events.filter((item) => item.media)) expect(event.media?.url).to.match(/^media\/placeholder-[0-3]\.svg$/);
  });
});

import { expect } from '@open-wc/testing';
import { TimelineSchema } from '../../src/core/schema/timeline.js';
import { validate } from '../../src/core/schema/validate.js';
import { docsExamples } from '../helpers/docs.js';

function errorsOf(payload: unknown): string[] {
  const result = validate(TimelineSchema, payload);
  return result.ok ? [] : result.errors;
}

describe('timeline data format', () => {
  it('accepts the minimal and full examples in docs/data-format.md', async () => {
    const examples = await docsExamples('<ahrca-timeline>');
    expect(examples).to.have.length(2);
    for (const example of examples) expect(errorsOf(example), JSON.stringify(example).slice(0, 60)).to.deep.equal([]);
  });

  it('accepts every date precision, ranges, approximate dates, eras, media, tags and sources', () => {
    const result = validate(TimelineSchema, {
      title: { en: 'Andijan', ru: 'Андижан' },
      description: 'Events the *Association* documented.',
      eras: [{ title: 'Karimov’s presidency', start: '1991-09-01', end: '2016-09-02' }],
      events: [
        { id: 'y', date: '2005', approximate: true, title: 'A year' },
        { id: 'm', date: '2005-05', title: 'A month', tags: ['Andijan'] },
        { id: 'd', date: '2005-05-13', end: '2005-05-14', title: 'A day', group: 'Uzbekistan' },
        { id: 't', date: '2005-05-13T18:00+05:00', title: 'A time', place: 'Andijan' },
        { id: 'contains', date: '2005-05-13', end: '2005-05', title: 'Ends within its month' },
        {
          id: 'media',
          date: '2006',
          title: 'Media',
          textFormat: 'html',
          text: '<p>HTML <b>text</b></p>',
          media: { kind: 'video', url: 'https://www.youtube.com/watch?v=abc', caption: 'A video' },
          sources: [{ title: 'Report', url: 'https://example.org/r', publisher: 'OSCE', date: '2005-06' }],
        },
      ],
    });
    expect(result.ok ? [] : result.errors).to.deep.equal([]);
    expect(result.ok && result.value.textFormat).to.equal('markdown');
  });

  it('names every bad field with what it expected and what it got', () => {
    const errors = errorsOf({
      textFormat: 'rtf',
      eras: [{ title: 'E', start: '2010', end: '2001' }],
      events: [
        { id: 'bad id!', date: '2005-02-30', title: '' },
        { id: 'ok', date: 'May 2005', title: 'T', approximate: 'yes', tags: ['  '] },
        { id: 'range', date: '2005-05-13', end: '2004', title: 'T' },
        { id: 'm', date: '2005', title: 'T', media: { kind: 'gif', url: 'javascript:alert(1)' } },
        { id: 's', date: '2005', title: 'T', sources: [{ url: 'data:text/html,x' }] },
      ],
    });
    const expected = [
      /^textFormat: expected one of markdown, html, got "rtf"$/,
      /^events\[0\]\.id: expected an id of letters/,
      /^events\[0\]\.date: expected a real calendar date, got "2005-02-30"$/,
      /^events\[0\]\.title: expected non-empty text, got ""$/,
      /^events\[1\]\.date: expected a date like 2005-05-13/,
      /^events\[1\]\.approximate: expected true or false, got "yes"$/,
      /^events\[1\]\.tags\[0\]: expected non-empty text/,
      /^events\[3\]\.media\.kind: expected one of image, video, link, got "gif"$/,
      /^events\[3\]\.media\.url: expected an http\(s\), mailto or tel URL/,
      /^events\[4\]\.sources\[0\]\.title: is required$/,
      /^events\[4\]\.sources\[0\]\.url: expected an http\(s\), mailto or tel URL/,
    ];
    for (const pattern of expected) {
      expect(
        errors.some((line) => pattern.test(line)),
        `${pattern} in\n${errors.join('\n')}`,
      ).to.equal(true);
    }
  });

  it('refuses an end before the start, naming the end', () => {
    expect(errorsOf({ events: [{ id: 'r', date: '2005-05-13', end: '2004', title: 'T' }] })).to.deep.equal([
      "events[0].end: expected a date on or after the event's date, got an object",
    ]);
    expect(errorsOf({ eras: [{ title: 'E', start: '2010', end: '2001' }], events: [] })).to.deep.equal([
      'eras[0].end: expected a date on or after the start, got an object',
    ]);
  });

  it('refuses two events with the same id, naming it', () => {
    const errors = errorsOf({
      events: [
        { id: 'a', date: '2005', title: 'T' },
        { id: 'a', date: '2006', title: 'U' },
      ],
    });
    expect(errors).to.deep.equal(['events: expected each event id once; "a" used more than once, got a list']);
  });

  it('says the events are required', () => {
    expect(errorsOf({ title: 'T' })).to.deep.equal(['events: is required']);
  });
});

/**
 * Reading a sheet in slices (issue #20): the CSV text, its rows and their conversion are each
 * written as steps that pause between pieces, so that a sheet of thousands of rows never holds the
 * page in one task. Asserted by structure, not by timing: where the steps pause, and that the
 * result is the one the same work gives in one piece (the command-line tools run it so).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { convertingTimelineJs, fromTimelineJs } from '../../src/core/adapters/timelinejs.js';
import { readingTimelineJsRows, readTimelineJsRows } from '../../src/core/adapters/timelinejs-sheet.js';
import { parseCsvRows, parsingCsvRows, stepsInSlices } from '../../src/core/sheets.js';
import type { Steps } from '../../src/core/steps.js';

/** Runs the steps to the end: their result and how many times they paused. */
function run<R>(steps: Steps<R>): { result: R; pauses: number } {
  for (let pauses = 0; ; pauses += 1) {
    const step = steps.next();
    if (step.done) return { result: step.value, pauses };
  }
}

/** TimelineJS3's template columns and `count` rows, the last ones hostile: markup, doubled quotes, a line break in a cell. */
function templateCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, index) =>
    index % 3 === 2
      ? `2005,5,13,"<img src=x onerror=alert(1)>""${index}""","line one\r\nline two, ""quoted""",javascript:alert(1)`
      : `${1900 + (index % 100)},${1 + (index % 12)},1,Event ${index},Text ${index},`,
  );
  return `Year,Month,Day,Headline,Text,Media\n${rows.join('\n')}\n`;
}

describe('a sheet read in steps', () => {
  it('parses a CSV in pieces of about 64 KB, each cut where a row starts, to the rows of one piece', () => {
    const text = templateCsv(12_000);
    const { result, pauses } = run(parsingCsvRows(text));
    expect(result).to.deep.equal(parseCsvRows(text));
    expect(result.length).to.equal(12_001);
    // One pause per 64 KB, give or take the row each piece ends with.
    expect(text.length).to.be.greaterThan(10 * 64 * 1024);
    expect(pauses).to.be.within(Math.floor(text.length / (64 * 1024 + 200)) - 1, Math.ceil(text.length / (64 * 1024)));
  });

  /**
   * Where a text without quotes is first cut: the first row start at or after `length` characters,
   * unless it leaves fewer than 3 characters (those join the last piece). Rows start after \n, after
   * \r\n, and after a \r that no \n follows.
   */
  function firstCut(text: string, length: number): number | undefined {
    for (let index = 0; index < text.length; index++) {
      const startsRow = text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n');
      if (startsRow && index + 1 >= length) return index + 1 <= text.length - 3 ? index + 1 : undefined;
    }
    return undefined;
  }

  it('cuts any text, however its quotes and line breaks fall, where d3-dsv would start a row', () => {
    const character = fc.constantFrom('a', ',', '"', '\n', '\r', '\r\n', '""', ' ');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (pieces, sliceLength) => {
        const text = pieces.join('');
        const { result, pauses } = run(parsingCsvRows(text, sliceLength));
        expect(result, JSON.stringify(text)).to.deep.equal(parseCsvRows(text));
        if (!text.includes('"')) expect(pauses > 0, JSON.stringify(text)).to.equal(firstCut(text, Math.max(3, sliceLength)) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('drops a byte-order mark as parseCsvRows does', () => {
    const text = `\uFEFFYear,Headline\n2005,"A, B"\n`;
    expect(run(parsingCsvRows(text, 3)).result).to.deep.equal([
      ['Year', 'Headline'],
      ['2005', 'A, B'],
    ]);
  });

  it('reads TimelineJS3’s rows with a pause after each, as readTimelineJsRows reads them at once', () => {
    const rows = parseCsvRows(templateCsv(50));
    const { result, pauses } = run(readingTimelineJsRows(rows));
    const whole = readTimelineJsRows(rows);
    expect(result.payload).to.deep.equal(whole.payload);
    expect(result.problems).to.deep.equal(whole.problems);
    expect(result.locate(['events', 4, 'text', 'headline'])).to.deep.equal(whole.locate(['events', 4, 'text', 'headline']));
    expect(pauses).to.equal(rows.length - 1);
  });

  it('converts TimelineJS3 JSON with a pause after each slide, as fromTimelineJs converts it at once', () => {
    const payload = readTimelineJsRows(parseCsvRows(templateCsv(40))).payload;
    const { result, pauses } = run(convertingTimelineJs(payload));
    expect(result).to.deep.equal(fromTimelineJs(payload));
    expect(pauses).to.equal((payload.events as unknown[]).length);
  });

  it('runs the steps to their result in slices, and stops when the signal aborts', async () => {
    const text = templateCsv(3000);
    expect(await stepsInSlices(parsingCsvRows(text), new AbortController().signal)).to.deep.equal(parseCsvRows(text));
    const controller = new AbortController();
    controller.abort(new Error('a newer load'));
    function* endless(): Steps<never> {
      for (;;) {
        const until = performance.now() + 1;
        while (performance.now() < until);
        yield;
      }
    }
    let thrown: unknown;
    try {
      await stepsInSlices(endless(), controller.signal);
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).to.contain('a newer load');
  });
});

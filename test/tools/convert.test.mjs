// `ahrca-widgets convert --from timelinejs`: TimelineJS3 JSON and the CSV of its Google Sheets
// template become our timeline, every field we support carried, and what is not reported by place.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { STACK_TRACE, linesOf, projectRoot, run, scratch } from './helpers.mjs';

const SHEET = join(projectRoot, 'test/fixtures/tools/timelinejs-sheet.csv');
const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('convert --from timelinejs', () => {
  let folder;
  before(async () => {
    folder = await scratch({
      'bad-sheet.csv': `${HEADER}\n2005,13,1,,,,,,,Bad month,,,,,,,,\n2005,5,2,noonish,,,,,,Bad time,,,,,,,,\n,,,,,,,,,No date,,,,,,,,\n2006,1,1,,,,,,,Odd type,,,,,,slide,,\n`,
      'broken.csv': `${HEADER}\n2005,5,13,,,,,,,"Never closed,,,,,,,,\n`,
      'no-template.csv': 'Date,Event\n2005-05-13,Andijan\n',
      'not-timelinejs.json': '{ "events": [{ "id": "a", "date": "2005", "title": "Ours already" }] }\n',
      'extra-column.csv': `${HEADER},Notes\n2005,5,13,,,,,,,The Andijan events,,,,,,,,,private note\n`,
    });
  });

  it('turns the template CSV into a timeline that validates, carrying every field we support', async () => {
    const { code, stdout, stderr } = await run(['convert', '--from', 'timelinejs', SHEET]);
    assert.equal(code, 0, stderr);
    // The Background colour is carried (#22): nothing left out.
    assert.deepEqual(linesOf(stderr), [`${SHEET}: converted`]);
    const timeline = JSON.parse(stdout);
    assert.equal(stdout, `${JSON.stringify(timeline, null, 2)}\n`, 'two-space JSON and a final newline');
    assert.deepEqual(Object.keys(timeline), ['title', 'description', 'textFormat', 'media', 'eras', 'events']);
    assert.equal(timeline.title, 'The Andijan events and after');
    assert.equal(timeline.description, '<p>Events the Association documented, from <strong>May 2005</strong> on.</p>');
    assert.equal(timeline.textFormat, 'html');
    assert.deepEqual(timeline.media, {
      kind: 'image',
      url: 'https://example.org/media/andijan-square.jpg',
      caption: 'Babur Square',
      credit: 'Photo: Example Agency',
    });
    assert.deepEqual(timeline.eras, [{ title: "Islam Karimov's rule", start: '1991-09-01', end: '2016-09-02' }]);
    assert.deepEqual(timeline.events, [
      {
        id: '2005-05-13T18-30-the-andijan-events',
        date: '2005-05-13T18:30',
        title: 'The Andijan events',
        text: '<p>Troops open fire on a crowd on Babur Square.</p>\n<p>The Association calls it <em>the Andijan tragedy</em>.</p>',
        media: {
          kind: 'image',
          url: 'https://example.org/media/andijan.jpg',
          caption: 'Babur Square, 13 May 2005',
          credit: 'Photo: Example Agency',
          thumbnail: 'https://example.org/media/andijan-small.jpg',
        },
        group: 'Uzbekistan',
        background: { color: '#8b0000' },
      },
      {
        id: '2005-05-the-eu-negotiates-about-an-investigation',
        date: '2005-05',
        end: '2005-12',
        displayDate: 'May–December 2005',
        title: 'The EU negotiates about an investigation',
        text: 'For several months the EU negotiates with the Uzbek authorities.',
        group: 'European Union',
      },
      {
        id: '2011-01-24T14-15-rally-in-brussels',
        date: '2011-01-24T14:15',
        title: 'Rally in Brussels',
        text: 'A rally outside the EU institutions.',
        media: { kind: 'video', url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', caption: 'A video of the rally' },
        group: 'Belgium',
      },
      { id: '2016-09-02-death-of-islam-karimov', date: '2016-09-02', title: 'Death of Islam Karimov', group: 'Uzbekistan' },
    ]);
  });

  it('writes --out, which then validates', async () => {
    const out = join(folder, 'from-sheet.json');
    const converted = await run(['convert', '--from', 'timelinejs', SHEET, '--out', out]);
    assert.equal(converted.code, 0);
    assert.equal(converted.stdout, '');
    assert.match(converted.stderr, /: converted to .*from-sheet\.json\n/);
    const checked = await run(['validate', out]);
    assert.equal(checked.stdout, `${out}: valid timeline (4 events)\n`);
    assert.equal(checked.code, 0);
  });

  it('turns TimelineJS3 JSON into a timeline, in the same order and with the same ids', async () => {
    const { code, stdout } = await run(['convert', '--from', 'timelinejs', 'demo/data/timeline-andijan.timelinejs.json']);
    assert.equal(code, 0);
    assert.deepEqual(
      JSON.parse(stdout).events.map((event) => event.id),
      ['andijan-2005-05-13', 'eu-demands-investigation-2005', 'brussels-rally-2011-01-24', 'euronews-interview-2016-09-03'],
    );
  });

  it('names the row and column of each problem in a sheet, writes nothing and exits 1', async () => {
    const out = join(folder, 'should-not-exist.json');
    const { code, stdout, stderr } = await run(['convert', '--from', 'timelinejs', 'bad-sheet.csv', '--out', out], { cwd: folder });
    assert.equal(stdout, '');
    assert.deepEqual(linesOf(stderr), [
      'bad-sheet.csv: 3 errors, 2 warnings; nothing written',
      '  row 2, Month  warning  expected a number from 1 to 12, got 13',
      '  row 2, Year   error    expected a date like 2005-05-13 (or 2005-05, 2005, 2005-05-13T18:00Z), got "2005-13-01"',
      '  row 3, Time   error    expected a time like 13:30 or 1:30 PM, got "noonish"',
      '  row 4, Year   error    is required',
      '  row 5, Type   warning  "slide" is neither "title" nor "era"; read as an event',
    ]);
    await assert.rejects(readFile(out), { code: 'ENOENT' });
    assert.equal(code, 1);
  });

  it('reports columns the template does not have', async () => {
    const { code, stderr } = await run(['convert', '--from', 'timelinejs', 'extra-column.csv'], { cwd: folder });
    assert.deepEqual(linesOf(stderr), [
      'extra-column.csv: converted, 1 warning',
      '  row 1, Notes  warning  column "Notes" is not in the TimelineJS3 template; ignored',
    ]);
    assert.equal(code, 0);
  });

  it('explains a file it cannot read as the template, without a stack trace', async () => {
    const cases = {
      'broken.csv': /^broken\.csv: 1 error; nothing written\n {2}\d+ +error {4}is not valid CSV: .*quote.*\n$/i,
      'no-template.csv':
        /^no-template\.csv: 1 error; nothing written\n {2}row 1 +error {4}has no Year or Headline column: expected the CSV of the TimelineJS3 template, whose first row is Year, Month, Day, Time …\n$/,
      'not-timelinejs.json': /^not-timelinejs\.json: 1 error; nothing written\n {2}error {4}is not TimelineJS3 JSON: /,
    };
    for (const [file, pattern] of Object.entries(cases)) {
      const { code, stdout, stderr } = await run(['convert', '--from', 'timelinejs', file], { cwd: folder });
      assert.match(stderr, pattern, file);
      assert.doesNotMatch(stderr, STACK_TRACE);
      assert.equal(stdout, '');
      assert.equal(code, 1, file);
    }
  });

  it('gives the result as JSON with --json', async () => {
    const { code, stdout } = await run(['convert', '--from', 'timelinejs', '--json', SHEET]);
    const result = JSON.parse(stdout);
    assert.equal(result.ok, true);
    assert.equal(result.format, 'csv');
    assert.equal(result.timeline.events.length, 4);
    assert.deepEqual(result.problems, []);
    assert.equal(code, 0);
    const failed = JSON.parse((await run(['convert', '--from', 'timelinejs', '--json', 'bad-sheet.csv'], { cwd: folder })).stdout);
    assert.equal(failed.ok, false);
    assert.equal(failed.timeline, undefined);
    assert.deepEqual(
      failed.problems.find((problem) => problem.field === 'Time'),
      { source: 'bad-sheet.csv', severity: 'error', message: 'expected a time like 13:30 or 1:30 PM, got "noonish"', row: 3, field: 'Time' },
    );
  });

  it('needs --from timelinejs and one file', async () => {
    for (const args of [
      ['convert', SHEET],
      ['convert', '--from', 'excel', SHEET],
      ['convert', '--from', 'timelinejs'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^ahrca-widgets: .+\nSee ahrca-widgets convert --help\.\n$/);
    }
  });
});

describe('convert --from csv', () => {
  const TEMPLATE = join(projectRoot, 'docs/prisoners-template.csv');

  it('turns the template CSV in docs/ into a feed of people that validates', async () => {
    const { code, stdout, stderr } = await run(['convert', '--from', 'csv', TEMPLATE]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(linesOf(stderr), [`${TEMPLATE}: converted`]);
    const { people } = JSON.parse(stdout);
    assert.deepEqual(
      people.map((person) => person.name),
      [
        { en: 'Namuna Odamov (example)', ru: 'Намуна Одамов (пример)', 'uz-Latn': 'Namuna Odamov (namuna)' },
        { en: 'Misol Misolova (example)', ru: 'Мисол Мисолова (пример)' },
      ],
    );
    assert.deepEqual(people[0].charges, [
      { article: '159', label: 'Attempt to overthrow the constitutional order' },
      { article: '244-1', label: 'Spreading material that threatens public safety' },
    ]);
    assert.equal(people[0].birthYear, 1971);
  });

  it('names the row and column of each problem, writes nothing and exits 1', async () => {
    const folder = await scratch({ 'people.csv': 'id,name,status,__proto__.x\nx,X,bogus,1\n,,,\ny,Y,detained,\n' });
    const { code, stdout, stderr } = await run(['convert', '--from', 'csv', 'people.csv'], { cwd: folder });
    assert.equal(stdout, '');
    assert.match(stderr, /^people\.csv: 1 error, 1 warning; nothing written\n/);
    assert.match(stderr, /row 1 +warning +column "__proto__\.x" is not a field name; ignored/);
    assert.match(stderr, /row 2, status +error +people\[0\]\.status: expected one of detained/);
    assert.equal(code, 1);
  });
});

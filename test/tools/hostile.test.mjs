// Hostile or awkward input gives a clear error, or works, quickly; never a hang or a stack trace.
import assert from 'node:assert/strict';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { STACK_TRACE, linesOf, run, scratch, toolsUrl } from './helpers.mjs';

/** Fails a command that takes longer than a person would wait. */
async function quickly(args, options) {
  const started = Date.now();
  const result = await run(args, { timeout: 15_000, ...options });
  assert.ok(Date.now() - started < 8_000, `${args.join(' ')} took ${Date.now() - started} ms`);
  assert.doesNotMatch(result.stdout + result.stderr, STACK_TRACE);
  return result;
}

describe('hostile input', () => {
  let folder;
  before(async () => {
    folder = await scratch({
      'deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      'deep-in-strings.json': JSON.stringify({ id: 'a', kind: 'appeal', title: '['.repeat(300) }),
      'bom-crlf.json': '\ufeff{\r\n  "id": "a",\r\n  "kind": "appeal",\r\n  "title": "Windows"\r\n}\r\n',
      'latin1.json': Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
      'bom-crlf.csv': '\ufeffYear,Month,Day,Headline\r\n2005,5,13,"Two\r\nlines"\r\n',
    });
    // 50 MB without writing 50 MB: a sparse file, refused by its size before any of it is read.
    for (const name of ['huge.json', 'huge.csv']) {
      const file = await open(join(folder, name), 'w');
      await file.truncate(50 * 1024 * 1024);
      await file.close();
    }
  });

  it('refuses a 50 MB file before reading it', async () => {
    const { code, stdout } = await quickly(['validate', 'huge.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), ['huge.json: 1 error', '  error    is too large: the limit is 16.0 MB, this is 50.0 MB']);
    assert.equal(code, 1);
    const csv = await quickly(['convert', '--from', 'timelinejs', 'huge.csv'], { cwd: folder });
    assert.match(csv.stderr, /error {4}is too large: the limit is 16\.0 MB, this is 50\.0 MB/);
    assert.equal(csv.code, 1);
  });

  it('refuses JSON nested deeper than any data, at the line where it goes too deep', async () => {
    const { code, stdout } = await quickly(['validate', 'deep.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), ['deep.json: 1 error', "  1:65  error    is nested more than 64 levels deep; no widget's data goes deeper than 10"]);
    assert.equal(code, 1);
  });

  it('does not count brackets inside text as nesting', async () => {
    const { code, stdout } = await quickly(['validate', 'deep-in-strings.json'], { cwd: folder });
    assert.equal(stdout, 'deep-in-strings.json: valid appeal\n');
    assert.equal(code, 0);
  });

  it('reads a byte-order mark and CRLF line ends, in JSON and CSV', async () => {
    const json = await quickly(['validate', 'bom-crlf.json'], { cwd: folder });
    assert.equal(json.stdout, 'bom-crlf.json: valid appeal\n');
    const csv = await quickly(['convert', '--from', 'timelinejs', 'bom-crlf.csv'], { cwd: folder });
    assert.equal(csv.code, 0, csv.stderr);
    assert.deepEqual(
      JSON.parse(csv.stdout).events.map(({ date, title }) => ({ date, title })),
      [{ date: '2005-05-13', title: 'Two lines' }],
    );
  });

  it('refuses text that is not UTF-8, saying how to fix it', async () => {
    const { code, stdout } = await quickly(['validate', 'latin1.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), ['latin1.json: 1 error', '  error    is not UTF-8 text: save it as UTF-8 (in most editors: "Save with encoding")']);
    assert.equal(code, 1);
  });

  it('reads TimelineJS3 text built to be slow in under a second a run (validate took 3.8 s on a 60 KB headline)', async () => {
    const repeat = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    const slide = (text, media) => ({ events: [{ start_date: { year: 2005 }, text, media: { url: 'https://example.org/a.jpg', ...media } }] });
    const files = {
      'headline-links.json': slide({ headline: repeat('<a ', 90_000), text: '<p>x</p>' }),
      'headline-brackets.json': slide({ headline: repeat('<', 100_000) }),
      'caption-hidden.json': slide({ headline: 'H' }, { caption: repeat('<xmp></xmp>', 100_000) }),
      'caption-quotes.json': slide({ headline: 'H' }, { caption: repeat('<a title="', 100_000) }),
      'credit-entities.json': slide({ headline: 'H' }, { credit: repeat('&amp;', 100_000) }),
    };
    const slow = await scratch(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, JSON.stringify(data)])));
    for (const name of Object.keys(files)) {
      for (const args of [
        ['validate', name],
        ['convert', '--from', 'timelinejs', name],
      ]) {
        // Other work on a shared machine stretches a run (Node alone took 600 ms to start under a
        // load of 11): the best of up to five is the command's own.
        let best = Infinity;
        for (let attempt = 0; attempt < 5 && best >= 1_000; attempt++) {
          const started = Date.now();
          const { stdout, stderr } = await run(args, { cwd: slow, timeout: 60_000 });
          best = Math.min(best, Date.now() - started);
          assert.doesNotMatch(stdout + stderr, STACK_TRACE);
        }
        assert.ok(best < 1_000, `${args.join(' ')} took ${best} ms`);
      }
    }
  });

  it('works through a large valid timeline in a few seconds', async () => {
    const events = Array.from({ length: 20_000 }, (_, index) => ({
      id: `e${index}`,
      date: `${1990 + (index % 30)}-05-13`,
      title: `Event ${index}`,
      text: `Some **text** ${index}`,
    }));
    const big = await scratch({ 'big.json': JSON.stringify({ events }, null, 2) });
    const { code, stdout } = await quickly(['validate', 'big.json'], { cwd: big });
    assert.equal(stdout, 'big.json: valid timeline (20000 events)\n');
    assert.equal(code, 0);
  });
});

describe('script URLs spelt as browsers forgive them (issue #16)', () => {
  const SCRIPT_URL = 'java\tscript:alert(document.domain)';

  it('validate refuses a URL with a tab or a newline in its scheme, at its line', async () => {
    const folder = await scratch({ 'appeal.json': `{\n  "id": "a",\n  "kind": "appeal",\n  "title": "T",\n  "url": ${JSON.stringify(SCRIPT_URL)}\n}\n` });
    const { code, stdout } = await quickly(['validate', 'appeal.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), [
      'appeal.json: 1 error (appeal)',
      `  5:3  error    url: expected an http(s), mailto or tel URL, or a relative one, got ${JSON.stringify(SCRIPT_URL)}`,
    ]);
    assert.equal(code, 1);
  });

  it('convert carries no such URL over from TimelineJS3, and says so where it was', async () => {
    const slide = (headline, media) => ({ start_date: { year: 2005 }, text: { headline }, media });
    const folder = await scratch({
      'tl.json': JSON.stringify(
        { events: [slide('A', { url: SCRIPT_URL, caption: 'C' }), slide('B', { url: 'https://example.org/p.jpg', thumbnail: '\x01java\nscript:alert(1)' })] },
        null,
        2,
      ),
    });
    const { code, stdout, stderr } = await quickly(['convert', '--from', 'timelinejs', 'tl.json'], { cwd: folder });
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stdout, /script:/);
    assert.deepEqual(
      JSON.parse(stdout).events.map((event) => event.media ?? null),
      [null, { kind: 'image', url: 'https://example.org/p.jpg' }],
    );
    assert.deepEqual(linesOf(stderr), [
      'tl.json: converted, 2 warnings',
      '  11:9  warning  events[0].media.url: not carried: only http(s), mailto and tel URLs, or relative ones, are shown',
      '  24:9  warning  events[1].media.thumbnail: not carried: only http(s), mailto and tel URLs, or relative ones, are shown',
    ]);
  });
});

describe('field names that reach into every JavaScript object (issue #16)', () => {
  it('compile refuses __proto__, constructor and prototype as field names, at their file and line, and pollutes no object', async () => {
    const folder = await scratch({
      'people/feed.yml': 'title: T\nconstructor.prototype.polluted: yes\n',
      'people/01-dotted.md': '---\nid: a\nname: A\nstatus: detained\n__proto__.polluted: yes\n---\n',
      'people/02-map.md': '---\nid: b\nname: B\nstatus: detained\n__proto__:\n  polluted: yes\n---\n',
      'people/03-nested.md': '---\nid: c\nname: C\nstatus: detained\nsentence:\n  term: 3 years\n  prototype: yes\n---\n',
      'people/04-language.md': '---\nid: d\nname: D\nstatus: detained\n---\n<!-- lang: __proto__ -->\nText\n',
      'people/05-inherited.md': '---\nid: e\nname: E\nstatus: detained\ntoString: x\nhasOwnProperty.x: y\n---\n',
    });
    const { code, stdout, stderr } = await quickly(['compile', folder]);
    assert.equal(stderr, '');
    const at = (path) => join(folder, path);
    assert.deepEqual(linesOf(stdout), [
      at('people/feed.yml'),
      '  2  error    constructor: is not allowed as a field name: it reaches into every JavaScript object',
      at('people/01-dotted.md'),
      '  5  error    __proto__: is not allowed as a field name: it reaches into every JavaScript object',
      at('people/02-map.md'),
      '  5  error    __proto__: is not allowed as a field name: it reaches into every JavaScript object',
      at('people/03-nested.md'),
      '  7  error    sentence.prototype: is not allowed as a field name: it reaches into every JavaScript object',
      at('people/04-language.md'),
      '  6  error    <!-- lang: __proto__ --> is not allowed: it reaches into every JavaScript object',
      at('people/05-inherited.md'),
      '  5  warning  toString: not a field the widget reads; left out',
      '  6  warning  hasOwnProperty: not a field the widget reads; left out',
      '5 errors, 2 warnings: nothing written.',
    ]);
    assert.equal(code, 1);

    const tools = await import(toolsUrl);
    const result = await tools.compile(folder);
    assert.equal(result.ok, false);
    assert.equal({}.polluted, undefined, 'Object.prototype is untouched in the caller');
    assert.deepEqual(
      result.problems.filter((problem) => problem.severity === 'error').map(({ source, line }) => [source, line]),
      [
        [at('people/feed.yml'), 2],
        [at('people/01-dotted.md'), 5],
        [at('people/02-map.md'), 5],
        [at('people/03-nested.md'), 7],
        [at('people/04-language.md'), 6],
      ],
    );
  });
});

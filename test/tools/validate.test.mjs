// `ahrca-widgets validate`: every error with its line, path, expected and found value; exit codes; --json.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { STACK_TRACE, linesOf, run, scratch } from './helpers.mjs';

const BAD_APPEAL = `{
  "id": "bad id!",
  "kind": "petition",
  "title": "Free them",
  "deadline": "2026-02-30",
  "signatures": { "count": "many" },
  "actions": [
    { "kind": "sign" },
    { "kind": "share", "url": "javascript:alert(1)" }
  ],
  "sumary": "typo"
}
`;

const BAD_PERSON = `{
  "id": "p1",
  "name": { "en": "Namuna Odamov", "not a tag": "x" },
  "status": "jailed",
  "birthYear": 1850
}
`;

describe('validate', () => {
  let folder;
  before(async () => {
    folder = await scratch({
      'appeal.json': BAD_APPEAL,
      'person.json': BAD_PERSON,
      'good-person.json': '{ "id": "p2", "name": "Sinov", "status": "released" }\n',
      'unknown.json': '{ "hello": "world" }\n',
      'syntax.json': '{\n  "id": "a",\n  "kind": "appeal"\n  "title": "x"\n}\n',
      'trailing.json': '{ "id": "a", }\n',
      'comment.json': '// note\n{}\n',
      'empty.json': '\n',
      'missing-title.json': '{\n  "id": "a",\n  "kind": "appeal"\n}\n',
    });
  });

  it('accepts the demo data, naming what each file holds, with exit code 0', async () => {
    const { code, stdout, stderr } = await run([
      'validate',
      'demo/data/appeal-prague-letter.json',
      'demo/data/prisoners.json',
      'demo/data/timeline-andijan.json',
      'demo/data/timeline-andijan.timelinejs.json',
    ]);
    assert.equal(stderr, '');
    assert.deepEqual(linesOf(stdout), [
      'demo/data/appeal-prague-letter.json: valid appeal',
      'demo/data/prisoners.json: valid prisoner feed (13 people)',
      'demo/data/timeline-andijan.json: valid timeline (11 events)',
      'demo/data/timeline-andijan.timelinejs.json: valid TimelineJS3 timeline (4 events)',
      '4 files checked: 4 valid.',
    ]);
    assert.equal(code, 0);
  });

  it('prints every error with its line, path, expected and found value, and exits 1', async () => {
    const { code, stdout } = await run(['validate', 'appeal.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), [
      'appeal.json: 5 errors, 1 warning (appeal)',
      '  2:3   error    id: expected an id of letters, digits, ".", "_" or "-" (at most 100), got "bad id!"',
      '  5:3   error    deadline: expected a real calendar date, got "2026-02-30"',
      '  6:19  error    signatures.count: expected a number, got "many"',
      '  8:5   error    actions[0]: expected a url for this action, got an object',
      '  9:24  error    actions[1].url: expected an http(s), mailto or tel URL, or a relative one, got "javascript:alert(1)"',
      '  11:3  warning  sumary: not a field the widget reads (did you mean summary?); ignored',
    ]);
    assert.equal(code, 1);
  });

  it('names a missing field at the object that lacks it', async () => {
    const { code, stdout } = await run(['validate', 'missing-title.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), ['missing-title.json: 1 error (appeal)', '  1:1  error    title: is required']);
    assert.equal(code, 1);
  });

  it('gives each error in its parts with --json', async () => {
    const { code, stdout } = await run(['validate', '--json', 'person.json', 'good-person.json'], { cwd: folder });
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.reports.map(({ source, type, ok, summary }) => ({ source, type, ok, summary })),
      [
        { source: 'person.json', type: 'prisoner-card', ok: false, summary: undefined },
        { source: 'good-person.json', type: 'prisoner-card', ok: true, summary: 'person' },
      ],
    );
    const error = (path, expected, received, line, column) => ({
      source: 'person.json',
      severity: 'error',
      message: `${path}: expected ${expected}, got ${received}`,
      path,
      expected,
      received,
      line,
      column,
    });
    assert.deepEqual(result.reports[0].problems, [
      error('name["not a tag"]', 'a language tag such as "en" or "uz-Cyrl"', '"not a tag"', 3, 36),
      error('birthYear', 'a year from 1900', '1850', 5, 3),
      error(
        'status',
        `one of ${['detained', 'pretrial-detention', 'house-arrest', 'psychiatric-detention', 'released', 'released-under-supervision', 'in-exile', 'disappeared', 'died-in-custody', 'unknown'].join(', ')}`,
        '"jailed"',
        4,
        3,
      ),
    ]);
    assert.deepEqual(result.reports[1].problems, []);
  });

  it('checks against the widget --type names, whatever the shape', async () => {
    const { code, stdout } = await run(['validate', '--type', 'appeal-banner', 'good-person.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), [
      'good-person.json: 3 errors, 1 warning (appeal)',
      '  1:1   error    kind: is required',
      '  1:1   error    title: is required',
      '  1:15  warning  name: not a field the widget reads; ignored',
      '  1:32  error    status: expected one of open, closed, succeeded, got "released"',
    ]);
    assert.equal(code, 1);
  });

  it('says so when it cannot tell which widget the data is for', async () => {
    const { code, stdout } = await run(['validate', 'unknown.json'], { cwd: folder });
    assert.match(stdout, /^unknown\.json: 1 error\n {2}1:1 {2}error {4}cannot tell which widget this data is for: .* Name it with --type\n$/);
    assert.equal(code, 1);
  });

  it('names the line and column of a syntax error, in words', async () => {
    const cases = {
      'syntax.json': '  4:3  error    is not valid JSON: expected a comma',
      'trailing.json': '  1:14  error    is not valid JSON: expected a field name in double quotes',
      'comment.json': '  1:1  error    is not valid JSON: comments are not allowed in JSON',
      'empty.json': '  error    is empty: expected JSON data',
    };
    for (const [file, line] of Object.entries(cases)) {
      const { code, stdout } = await run(['validate', file], { cwd: folder });
      assert.deepEqual(linesOf(stdout), [`${file}: 1 error`, line], file);
      assert.equal(code, 1, file);
    }
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await run(['validate', '-'], { input: '{ "id": "p", "name": "N", "status": "detained" }' });
    assert.equal(stdout, '-: valid person\n');
    assert.equal(code, 0);
  });

  it('reports a missing file, a folder, and a non-http address, and goes on to the next', async () => {
    const { code, stdout, stderr } = await run(['validate', 'nope.json', '.', 'ftp://example.org/x.json', 'good-person.json'], { cwd: folder });
    assert.deepEqual(linesOf(stdout), [
      'nope.json: 1 error',
      '  error    no such file',
      '.: 1 error',
      '  error    is a folder, not a file',
      'ftp://example.org/x.json: 1 error',
      '  error    only http and https addresses can be read',
      'good-person.json: valid person',
      '4 files checked: 1 valid, 3 with errors.',
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  it('validates TimelineJS3 JSON, with what it cannot carry over as warnings at their lines', async () => {
    const { code, stdout } = await run(['validate', 'test/fixtures/timelinejs/hostile.json']);
    const lines = linesOf(stdout);
    assert.equal(lines[0], 'test/fixtures/timelinejs/hostile.json: valid TimelineJS3 timeline (3 events), 8 warnings');
    assert.ok(lines.includes('  17:7   warning  events[0].unique_id: "<script>" is not a valid id; read as "script"'), stdout);
    assert.ok(lines.includes('  35:18  warning  events[1].media.url: not carried: only http(s), mailto and tel URLs, or relative ones, are shown'), stdout);
    assert.equal(code, 0);
  });

  it('names a TimelineJS3 error by the field in the TimelineJS3 file', async () => {
    const dir = await scratch({
      'tl.json': JSON.stringify(
        {
          events: [
            { start_date: { year: 2005 }, text: { headline: 'A' } },
            { start_date: { year: 2005, month: 13 }, text: { headline: 'B' } },
          ],
        },
        null,
        2,
      ),
    });
    const { code, stdout } = await run(['validate', 'tl.json'], { cwd: dir });
    assert.deepEqual(linesOf(stdout), [
      'tl.json: 1 error, 1 warning (TimelineJS3 timeline)',
      '  12:7  error    events[1].start_date: expected a date like 2005-05-13 (or 2005-05, 2005, 2005-05-13T18:00Z), got "2005-13"',
      '  14:9  warning  events[1].start_date.month: expected a number from 1 to 12, got 13',
    ]);
    assert.equal(code, 1);
  });
});

describe('validate, over http', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/good.json') return response.end('{ "id": "p", "name": "N", "status": "detained" }');
      if (request.url === '/missing.json') {
        response.statusCode = 404;
        return response.end('not here');
      }
      if (request.url === '/hang.json') return undefined; // never answers
      if (request.url === '/huge.json') {
        response.setHeader('content-length', String(64 * 1024 * 1024));
        return response.end();
      }
      if (request.url === '/endless.json') {
        // No length given: the body just keeps coming, past the cap.
        const chunk = Buffer.alloc(1024 * 1024, 32);
        const write = () => {
          while (response.write(chunk));
          response.once('drain', write);
        };
        response.on('error', () => undefined);
        return write();
      }
      if (request.url === '/to-file') {
        response.statusCode = 302;
        response.setHeader('location', 'file:///etc/passwd');
        return response.end();
      }
      response.statusCode = 500;
      return response.end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('validates a URL', async () => {
    const { code, stdout } = await run(['validate', `${base}/good.json`]);
    assert.equal(stdout, `${base}/good.json: valid person\n`);
    assert.equal(code, 0);
  });

  it('reports an HTTP error, a timeout, a body over the cap and a redirect to a file, without hanging', async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await run([
      'validate',
      '--timeout',
      '1',
      `${base}/missing.json`,
      `${base}/hang.json`,
      `${base}/huge.json`,
      `${base}/endless.json`,
      `${base}/to-file`,
    ]);
    assert.ok(Date.now() - started < 10_000, 'gave up on the hanging URL after its timeout');
    const lines = linesOf(stdout);
    assert.equal(lines[1], '  error    could not be fetched: the server answered 404 Not Found');
    assert.equal(lines[3], '  error    did not answer in full within 1 s');
    assert.equal(lines[5], '  error    is too large: the limit is 16.0 MB, this is 64.0 MB');
    assert.equal(lines[7], '  error    is too large: the limit is 16.0 MB, this is more than that');
    assert.match(lines[9], /^ {2}error {4}could not be fetched: /);
    assert.doesNotMatch(stdout + stderr, STACK_TRACE);
    assert.equal(code, 1);
  });
});

// `ahrca-widgets compile`: a folder of Markdown files with front matter becomes the widgets' JSON,
// byte for byte what demo/data holds for demo/content; every error names its file and line.
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STACK_TRACE, linesOf, projectRoot, run, scratch } from './helpers.mjs';

const DEMO_OUTPUTS = ['appeal-andijan-investigation.json', 'appeal-prague-letter.json', 'prisoners.json', 'timeline-andijan.json'];

describe('compile', () => {
  it('compiles demo/content to demo/data byte for byte', async () => {
    const out = await scratch();
    const { code, stdout, stderr } = await run(['compile', 'demo/content', '--out', out]);
    assert.equal(stderr, '');
    assert.deepEqual(linesOf(stdout), [
      `Compiled demo/content → ${out}`,
      '  prisoners.json                     13 people',
      '  appeal-andijan-investigation.json  appeal',
      '  appeal-prague-letter.json          appeal',
      '  timeline-andijan.json              11 events',
    ]);
    assert.equal(code, 0);
    assert.deepEqual((await readdir(out)).sort(), DEMO_OUTPUTS);
    for (const name of DEMO_OUTPUTS) {
      assert.equal(await readFile(join(out, name), 'utf8'), await readFile(join(projectRoot, 'demo/data', name), 'utf8'), name);
    }
  });

  it('--check passes when the files are up to date and fails, naming the file, when one is not', async () => {
    const fresh = await run(['compile', 'demo/content', '--out', 'demo/data', '--check']);
    assert.equal(fresh.code, 0);
    assert.match(fresh.stdout, /^Up to date demo\/content → demo\/data\n/);
    const out = await scratch();
    await run(['compile', 'demo/content', '--out', out]);
    await writeFile(join(out, 'prisoners.json'), '{}\n');
    const stale = await run(['compile', 'demo/content', '--out', out, '--check']);
    assert.deepEqual(linesOf(stale.stdout), [
      join(out, 'prisoners.json'),
      '  error    is not what demo/content compiles to: run compile without --check to rewrite it',
      '1 error: checked.',
    ]);
    assert.equal(await readFile(join(out, 'prisoners.json'), 'utf8'), '{}\n', '--check writes nothing');
    assert.equal(stale.code, 1);
  });

  it('reads localised fields as title.ru: keys or nested, the body by language, and YAML values as the schema wants them', async () => {
    const folder = await scratch({
      'people/feed.yml': 'title.en: Political prisoners\ntitle.ru: Политзаключённые\nupdated: 2026-11-20\n',
      'people/01-namuna.md': [
        '---',
        'name:',
        '  en: Namuna Odamov',
        'name.ru: Намуна Одамов',
        'status: detained',
        'birthYear: 1978',
        'photo:',
        '  url: photos/namuna.jpg',
        '  consent: false',
        'sentence.term: 12 years',
        'charges:',
        '  - article: 221',
        'occupation: ~',
        'region:',
        '---',
        '<!-- lang: en -->',
        '',
        'A **schoolteacher**.',
        '',
        'Second paragraph.',
        '',
        '<!-- lang: ru -->',
        'Учитель.',
        '',
      ].join('\n'),
      'people/02-plain.md': '---\nid: second\nname: Misol\nstatus: released\n---\n\nOne text, no language.\n',
      'people/_draft.md': '---\nthis: is skipped\n---\n',
    });
    const { code, stdout } = await run(['compile', folder, '--out', join(folder, 'out')]);
    assert.equal(code, 0, stdout);
    const feed = JSON.parse(await readFile(join(folder, 'out/prisoners.json'), 'utf8'));
    assert.deepEqual(feed, {
      title: { en: 'Political prisoners', ru: 'Политзаключённые' },
      updated: '2026-11-20',
      people: [
        {
          id: '01-namuna',
          name: { en: 'Namuna Odamov', ru: 'Намуна Одамов' },
          photo: { url: 'photos/namuna.jpg', consent: false },
          birthYear: 1978,
          status: 'detained',
          charges: [{ article: '221' }],
          sentence: { term: '12 years' },
          summary: { en: 'A **schoolteacher**.\n\nSecond paragraph.', ru: 'Учитель.' },
        },
        { id: 'second', name: 'Misol', status: 'released', summary: 'One text, no language.' },
      ],
    });
  });

  it('reads files with a byte-order mark and CRLF line ends', async () => {
    const folder = await scratch({
      'appeals/crlf.md': '\ufeff---\r\nid: crlf\r\nkind: appeal\r\ntitle: Windows\r\n---\r\nLine one\r\nline two\r\n',
    });
    const { code } = await run(['compile', folder, '--out', join(folder, 'out')]);
    assert.equal(code, 0);
    assert.equal(
      await readFile(join(folder, 'out/appeal-crlf.json'), 'utf8'),
      '{\n  "id": "crlf",\n  "kind": "appeal",\n  "title": "Windows",\n  "summary": "Line one\\nline two"\n}\n',
    );
  });

  it('publishes nothing of a withdrawn record but its id and reason', async () => {
    const folder = await scratch({
      'people/01-gone.md': '---\nid: gone\nwithdrawn.reason: safety\nname: Secret Name\nstatus: detained\n---\nSecret story.\n',
    });
    const { code, stdout } = await run(['compile', folder, '--out', join(folder, 'out')]);
    assert.equal(code, 0);
    const gone = join(folder, 'people/01-gone.md');
    assert.deepEqual(linesOf(stdout).slice(0, 4), [
      gone,
      '  4  warning  name: left out: a withdrawn record publishes only its id and withdrawn',
      '  5  warning  status: left out: a withdrawn record publishes only its id and withdrawn',
      '  7  warning  summary: left out: a withdrawn record publishes only its id and withdrawn',
    ]);
    const written = await readFile(join(folder, 'out/prisoners.json'), 'utf8');
    assert.deepEqual(JSON.parse(written), { people: [{ id: 'gone', withdrawn: { reason: 'safety' } }] });
    assert.doesNotMatch(written, /Secret/);
  });

  it('names the file and line of every error, writes nothing and exits 1', async () => {
    const folder = await scratch({
      'people/01-a.md': '---\nid: a\nname.en: Person A\nstauts: detained\nbirthYear: nineteen\nphoto:\n  url: javascript:alert(1)\n  consent: yes\n---\n',
      'people/02-b.md': '---\nid: a\nname: B\nstatus: released\nsentence:\n  term: 3 years\n  verdict: soon\n---\n',
      'people/notes.txt': 'kept aside',
      'timelines/x/timeline.yml': 'title: X\nevents: []\n',
      'timelines/x/01-e.md': '---\ndate: 2005-13\ntitle: E\n---\n',
    });
    const { code, stdout, stderr } = await run(['compile', folder]);
    const at = (path) => join(folder, path);
    assert.equal(stderr, '');
    assert.deepEqual(linesOf(stdout), [
      at('people/notes.txt'),
      '  warning  not read: only .md files and feed.yml are read here',
      at('people/02-b.md'),
      '  2  error    id: "a" is already the id of person ' + at('people/01-a.md') + '; each needs its own',
      '  7  error    sentence.verdict: expected a date like 2005-05-13 (or 2005-05, 2005, 2005-05-13T18:00Z), got "soon"',
      at('people/01-a.md'),
      '  1  error    status: is required',
      '  4  warning  stauts: not a field the widget reads (did you mean status?); left out',
      '  5  error    birthYear: expected a number, got "nineteen"',
      '  7  error    photo.url: expected an http(s), mailto or tel URL, or a relative one, got "javascript:alert(1)"',
      '  8  error    photo.consent: expected true or false, got "yes"',
      at('timelines/x/timeline.yml'),
      '  2  error    events: is not written here: each goes in its own .md file in ' + at('timelines/x'),
      at('timelines/x/01-e.md'),
      '  2  error    date: expected a date like 2005-05-13 (or 2005-05, 2005, 2005-05-13T18:00Z), got "2005-13"',
      '8 errors, 2 warnings: nothing written.',
    ]);
    await assert.rejects(readdir(join(folder, 'dist')), { code: 'ENOENT' });
    assert.equal(code, 1);
  });

  it('explains files it cannot read, at their line, without a stack trace and without hanging', async () => {
    let bomb = '---\nid: bomb\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let level = 0; level < 9; level++) {
      const name = String.fromCharCode(98 + level);
      bomb += `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(97 + level)}`)
        .join(',')}]\n`;
    }
    const folder = await scratch({
      'people/01-bomb.md': `${bomb}---\n`,
      'people/02-deep.md': `---\nid: deep\nname: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`,
      'people/03-tag.md': '---\nid: tag\nname: !!binary aGk=\n---\n',
      'people/04-no-front-matter.md': '# Just a heading\n',
      'people/05-unclosed.md': '---\nid: unclosed\nname: N\n',
      'people/06-before-marker.md': '---\nid: m\nname: N\nstatus: detained\n---\nStray text\n<!-- lang: en -->\nText\n',
      'people/07-twice.md': '---\nid: twice\nname: N\nname.ru: Н\nstatus: detained\n---\n',
      'people/08-not-yaml.md': '---\nid: [unclosed\n---\n',
      'people/09-list.md': '---\n- a\n- b\n---\n',
      'people/10-huge.md': `---\nid: huge\n---\n${'x'.repeat(2 * 1024 * 1024 + 1)}`,
      'people/11-summary-twice.md': '---\nid: s\nname: N\nstatus: detained\nsummary: In the front matter\n---\nAnd in the body\n',
    });
    const started = Date.now();
    const { code, stdout, stderr } = await run(['compile', folder], { timeout: 10_000 });
    assert.ok(Date.now() - started < 5_000, 'done in a moment');
    const errors = linesOf(stdout).filter((line) => line.startsWith('  '));
    assert.deepEqual(errors, [
      '  4  error    b[0]: aliases (*name) are not supported here; write the value out',
      '  3  error    nests brackets more than 32 levels deep',
      '  3  error    name: tags (tag:yaml.org,2002:binary) are not supported here; write plain values',
      '  1  error    does not start with front matter: its first line must be ---, then the fields, then another ---',
      '  1  error    front matter is not closed: expected a line --- after the fields',
      '  6  error    text before the first <!-- lang: … --> line: put every text under the line naming its language',
      '  4  error    name: is given twice (also on line 3): give it once, either as text or as one text per language',
      errors[7],
      '  2  error    expected fields, one "name: value" per line',
      '  error    is too large: the limit is 2097152 bytes, this is 2097170 bytes',
      '  7  error    summary: is given in the front matter (line 5) and as the text below it; give it once',
    ]);
    assert.match(errors[7], /^ {2}2 {2}error {4}is not valid YAML: /);
    assert.doesNotMatch(stdout + stderr, STACK_TRACE);
    assert.equal(code, 1);
  });

  it('gives the results as JSON with --json', async () => {
    const out = await scratch();
    const { code, stdout } = await run(['compile', 'demo/content', '--out', out, '--json']);
    const result = JSON.parse(stdout);
    assert.equal(result.ok, true);
    assert.deepEqual(result.files, [
      { name: 'prisoners.json', summary: '13 people' },
      { name: 'appeal-andijan-investigation.json', summary: 'appeal' },
      { name: 'appeal-prague-letter.json', summary: 'appeal' },
      { name: 'timeline-andijan.json', summary: '11 events' },
    ]);
    assert.deepEqual(
      result.written,
      DEMO_OUTPUTS.map((name) => join(out, name)).sort((a, b) => result.written.indexOf(a) - result.written.indexOf(b)),
    );
    assert.deepEqual(result.problems, []);
    assert.equal(code, 0);
  });

  it('says what it expected of a folder with nothing to compile, or none at all', async () => {
    const empty = await scratch({ 'README.md': 'hello' });
    const nothing = await run(['compile', empty]);
    assert.deepEqual(linesOf(nothing.stdout), [
      empty,
      '  error    nothing to compile: expected a people/ or appeals/ folder, or timelines/<name>/ folders, in it',
      '1 error: nothing written.',
    ]);
    assert.equal(nothing.code, 1);
    const missing = await run(['compile', join(empty, 'nope')]);
    assert.match(missing.stdout, /error {4}no such folder\n/);
    assert.equal(missing.code, 1);
    const usage = await run(['compile']);
    assert.equal(usage.code, 2);
    assert.equal(usage.stderr, 'ahrca-widgets: compile takes one folder: ahrca-widgets compile content --out public/data\nSee ahrca-widgets compile --help.\n');
  });
});

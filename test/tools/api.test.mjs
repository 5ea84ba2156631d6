// `import { validate, convert, compile } from 'ahrca-widgets/tools'`: the same checks for a CMS
// plugin or a CI step, returning problems instead of printing them, never throwing for bad input.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot, scratch, toolsUrl } from './helpers.mjs';

const tools = await import(toolsUrl);

describe('ahrca-widgets/tools', () => {
  it('is what the package exports as ./tools, with its types', async () => {
    const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.exports['./tools'], { types: './dist/types/tools/index.d.ts', default: './dist/tools/index.js' });
    assert.deepEqual(manifest.bin, { 'ahrca-widgets': 'dist/tools/cli.js' });
    assert.ok(manifest.files.includes('dist') && manifest.files.includes('schemas'));
    await readFile(join(projectRoot, 'dist/types/tools/index.d.ts'));
    assert.deepEqual(tools.DATA_TYPES, ['appeal-banner', 'prisoner-card', 'prisoner-list', 'timeline', 'timelinejs']);
  });

  it('validateData checks a value in memory and tells the type from its shape', () => {
    const shapes = [
      [{ id: 'a', kind: 'appeal', title: 'T' }, 'appeal-banner'],
      [{ id: 'p', name: 'N', status: 'detained' }, 'prisoner-card'],
      [{ id: 'p', withdrawn: { reason: 'safety' } }, 'prisoner-card'],
      [[{ id: 'p', name: 'N', status: 'detained' }], 'prisoner-list'],
      [{ people: [] }, 'prisoner-list'],
      [{ events: [{ id: 'e', date: '2005', title: 'E' }] }, 'timeline'],
      [{ events: [{ start_date: { year: 2005 }, text: { headline: 'E' } }] }, 'timelinejs'],
    ];
    for (const [payload, type] of shapes) {
      assert.equal(tools.detectType(payload), type);
      const report = tools.validateData(payload);
      assert.equal(report.type, type);
      assert.equal(report.ok, true, JSON.stringify(report.problems));
    }
    const linked = tools.validateData({ $schema: 'https://unpkg.com/ahrca-widgets/schemas/appeal-banner.schema.json', id: 'a', kind: 'appeal', title: 'T' });
    assert.deepEqual(linked.problems, [], 'a $schema link is no unknown field');
    const bad = tools.validateData({ id: 'p', name: 'N', status: 'jailed' }, { source: 'cms:42' });
    assert.equal(bad.ok, false);
    assert.deepEqual(
      bad.problems.map(({ source, path, received }) => ({ source, path, received })),
      [{ source: 'cms:42', path: 'status', received: '"jailed"' }],
    );
    assert.equal(bad.problems[0].line, undefined, 'a value in memory has no lines');
  });

  it('validate reads files and reports each, never throwing', async () => {
    const result = await tools.validate(['demo/data/prisoners.json', 'no/such/file.json'].map((path) => join(projectRoot, path)));
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.reports.map((report) => [report.ok, report.summary]),
      [
        [true, '13 people'],
        [false, undefined],
      ],
    );
    assert.equal(result.reports[1].problems[0].message, 'no such file');
  });

  it('convert turns every TimelineJS3 fixture into a valid timeline, and gives the text to write', async () => {
    const fixtures = join(projectRoot, 'test/fixtures/timelinejs');
    for (const name of await readdir(fixtures)) {
      const result = await tools.convert(join(fixtures, name), { from: 'timelinejs' });
      assert.equal(result.ok, true, `${name}: ${JSON.stringify(result.problems.filter((problem) => problem.severity === 'error'))}`);
      assert.equal(result.format, 'json');
      assert.equal(result.json, `${JSON.stringify(result.timeline, null, 2)}\n`);
      assert.equal(tools.validateData(JSON.parse(result.json), { type: 'timeline' }).ok, true, name);
      for (const problem of result.problems) assert.equal(typeof problem.line, 'number', `${name}: ${problem.message} has a line`);
    }
    const refused = await tools.convert('x.json', { from: 'excel' });
    assert.deepEqual(
      refused.problems.map((problem) => problem.message),
      ['cannot convert from "excel": only from timelinejs, csv'],
    );
  });

  it('compile returns the files without writing them unless given out', async () => {
    const result = await tools.compile(join(projectRoot, 'demo/content'));
    assert.equal(result.ok, true);
    assert.equal(result.written, undefined);
    const prisoners = result.files.find((file) => file.name === 'prisoners.json');
    assert.equal(prisoners.json, await readFile(join(projectRoot, 'demo/data/prisoners.json'), 'utf8'));
    const out = await scratch();
    const written = await tools.compile(join(projectRoot, 'demo/content'), { out });
    assert.equal(written.written.length, 4);
  });
});

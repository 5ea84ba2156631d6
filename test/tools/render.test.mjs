// `ahrca-widgets render` and `compile --html` (issue #23): the element with its declarative shadow
// DOM and its data, or a one-line problem and the right exit status. What a reader sees of the
// output is tested in browsers with scripts off (test/components/static-render.test.ts).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STACK_TRACE, projectRoot, run, scratch } from './helpers.mjs';

const demo = (name) => join(projectRoot, 'demo/data', name);

describe('render', () => {
  it('prints the element, its shadow root as a declarative template, and its data as inline JSON', async () => {
    const { code, stdout, stderr } = await run(
      ['render', demo('appeal-andijan-investigation.json'), '--widget', 'appeal-banner', '--lang', 'ru', '--theme', 'dark'],
      {
        timeout: 60_000,
      },
    );
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^<ahrca-appeal-banner\s+lang="ru" theme="dark"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(stdout, /Поддержите требование международного расследования/);
    const json = stdout.match(/<script type="application\/json">(.*)<\/script><\/ahrca-appeal-banner>\n$/s);
    assert.ok(json, 'the data, last in the element');
    assert.deepEqual(JSON.parse(json[1]), JSON.parse(await readFile(demo('appeal-andijan-investigation.json'), 'utf8')));
  });

  it('writes every kind of timeline date in the language asked for, spaced as browsers space them', async () => {
    const events = ['-13800000000', '-3500', '2005-05-13T18:00+05:00', '2005-05-14'].map((date, index) => ({ id: `e${index}`, date, title: `Event ${index}` }));
    const folder = await scratch({ 'dates.json': JSON.stringify({ title: 'Dates', events }) });
    const dates = async (lang) => {
      const { code, stdout, stderr } = await run(['render', 'dates.json', '--widget', 'timeline', '--lang', lang], { cwd: folder, timeout: 60_000 });
      assert.equal(stderr, '');
      assert.equal(code, 0);
      return [...stdout.matchAll(/<time [^>]*>(.*?)<\/time>/g)].map((match) => match[1].replace(/<!--[^>]*-->/g, '').replace(/\u00a0/g, ' '));
    };
    // Before the common era: a module loaded for the language (Node 20 has no navigator.language to
    // fall back on). A day's date: no narrow no-break space (U+202F) before "г.", as in Chromium and Firefox.
    assert.deepEqual(await dates('ru'), ['13,8 млрд лет назад', '3500 до н. э.', '13 мая 2005 г., 18:00', '14 мая 2005 г.']);
    assert.deepEqual(await dates('kk'), ['13,8 млрд жыл бұрын', 'б.з.д. 3500', '2005 ж. 13 мамыр, 18:00', '2005 ж. 14 мамыр']);
    assert.deepEqual(await dates('en'), ['13.8 billion years ago', '3500 BCE', 'May 13, 2005, 6:00 PM', 'May 14, 2005']);
  });

  it('refuses data the widget refuses, in one line, with status 1', async () => {
    const folder = await scratch({ 'bad.json': JSON.stringify({ id: 'a', kind: 'speech', title: '' }) });
    const { code, stdout, stderr } = await run(['render', 'bad.json', '--widget', 'appeal-banner'], { cwd: folder, timeout: 60_000 });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^bad\.json: .*kind.*\(ahrca-widgets validate bad\.json names every problem\)\n$/);
    assert.doesNotMatch(stderr, STACK_TRACE);
  });

  it('is used wrongly without a known widget, or with a bad option', async () => {
    for (const args of [
      ['render', 'x.json'],
      ['render', 'x.json', '--widget', 'map'],
      ['render', 'x.json', '--widget', 'timeline', '--theme', 'pink'],
      ['render'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /See ahrca-widgets render --help\.\n$/);
    }
  });

  it('keeps the script that </script> in the data would close: the inline JSON escapes every <', async () => {
    const folder = await scratch({ 'a.json': JSON.stringify({ id: 'a', kind: 'appeal', title: '</script><script>alert(1)</script><!--' }) });
    const { code, stdout } = await run(['render', 'a.json', '--widget', 'appeal-banner'], { cwd: folder, timeout: 60_000 });
    assert.equal(code, 0);
    assert.equal(stdout.match(/<script/g).length, 1);
    assert.match(stdout, /\\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>\\u003c!--/);
  });
});

describe('compile --html', () => {
  it('writes each appeal, timeline, the list and each person not withdrawn as static HTML beside the JSON', async () => {
    const out = await scratch();
    const { code, stdout } = await run(['compile', join(projectRoot, 'demo/content'), '--out', out, '--html', '--lang', 'ru'], { timeout: 120_000 });
    assert.equal(code, 0, stdout);
    const files = await readdir(out);
    const feed = JSON.parse(await readFile(join(out, 'prisoners.json'), 'utf8'));
    const people = feed.people.filter((person) => !person.withdrawn).map((person) => `person-${person.id}.html`);
    for (const name of ['prisoners.html', 'timeline-andijan.html', 'appeal-andijan-investigation.html', ...people]) assert.ok(files.includes(name), name);
    assert.equal(files.filter((name) => name.startsWith('person-')).length, people.length);
    const card = await readFile(join(out, people[0]), 'utf8');
    assert.match(card, /^<ahrca-prisoner-card\s+lang="ru" theme="light" person="[^"]+"/);
  });
});

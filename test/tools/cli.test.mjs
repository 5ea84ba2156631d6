// The command line itself: help for each command, usage errors (exit 2, no stack trace), colour only on a terminal.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STACK_TRACE, projectRoot, run } from './helpers.mjs';

describe('the ahrca-widgets command', () => {
  it('has clear help for itself and each command', async () => {
    const main = await run(['--help']);
    assert.match(main.stdout, /^Usage: ahrca-widgets <command> \[options\]\n/);
    for (const command of ['validate', 'convert', 'compile']) assert.match(main.stdout, new RegExp(`\\n {2}${command} `));
    assert.equal((await run([])).stdout, main.stdout);
    for (const command of ['validate', 'convert', 'compile']) {
      const help = await run([command, '--help']);
      assert.match(help.stdout, new RegExp(`^Usage: ahrca-widgets ${command} `), command);
      assert.match(help.stdout, /\nExamples:\n {2}npx ahrca-widgets /, command);
      assert.match(help.stdout, /\nExit status: 0 when all is valid, 1 when there are errors, 2 when the command is used wrongly\.\n$/, command);
      assert.equal(help.code, 0);
      assert.deepEqual((await run([command, '-h'])).stdout, help.stdout);
    }
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
    assert.equal((await run(['--version'])).stdout, `${version}\n`);
  });

  it('explains a misused command in one line, with where to look, and exits 2', async () => {
    const cases = [
      [['frobnicate'], 'ahrca-widgets: unknown command "frobnicate": expected validate, convert, compile or render\nSee ahrca-widgets --help.\n'],
      [['validate'], 'ahrca-widgets: validate needs a file or URL: ahrca-widgets validate data.json\nSee ahrca-widgets validate --help.\n'],
      [['validate', '--typo', 'x.json'], "ahrca-widgets: Unknown option '--typo'.\nSee ahrca-widgets validate --help.\n"],
      [
        ['validate', '--type', 'card', 'x.json'],
        'ahrca-widgets: --type must be one of appeal-banner, prisoner-card, prisoner-list, timeline, timelinejs; got "card"\nSee ahrca-widgets validate --help.\n',
      ],
      [['validate', '--timeout', 'soon', 'x.json'], 'ahrca-widgets: --timeout expects a number of seconds, got "soon"\nSee ahrca-widgets validate --help.\n'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(stderr, message, args.join(' '));
      assert.doesNotMatch(stderr, STACK_TRACE);
      assert.equal(stdout, '');
      assert.equal(code, 2, args.join(' '));
    }
  });

  it('uses colour only on a terminal (or when forced), and never with NO_COLOR', async () => {
    const args = ['validate', 'demo/data/prisoners.json', 'test/fixtures/tools/timelinejs-sheet.csv'];
    const ESC = '\u001b';
    const piped = await run(args);
    assert.ok(!piped.stdout.includes(ESC), 'no escape codes into a pipe');
    const forced = await run(args, { env: { FORCE_COLOR: '1' } });
    assert.ok(forced.stdout.includes(`${ESC}[32mvalid${ESC}[39m`), forced.stdout);
    assert.ok(forced.stdout.includes(`${ESC}[31merror  ${ESC}[39m  is a CSV file: `), forced.stdout);
    const refused = await run(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    assert.equal(refused.stdout, piped.stdout);
  });
});

// An app that uses Lit and installs our package must ship one Lit, not ours beside its own. The
// package is packed as npm would publish it, unpacked into a scratch app's node_modules beside the
// app's dependencies (this checkout's, linked: the tests run without the network), and the app,
// which imports Lit itself, is built with Vite. lit-html and LitElement each announce themselves
// once per copy (`litHtmlVersions`, `litElementVersions`), so the bundle must hold each name once.
// Vite honours `sideEffects` as other bundlers do, so the same build shows that what a define file
// and a string table register is kept.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, symlinkSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'vite';
import { projectRoot, scratch } from './helpers.mjs';

/** `npm pack` without the prepack build (dist/ is built already), unpacked into `node_modules/ahrca-widgets`. */
async function installPacked(app) {
  const modules = join(app, 'node_modules');
  const packed = join(app, 'packed');
  await mkdir(packed, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [{ filename }] = JSON.parse(
    execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packed], { cwd: projectRoot, encoding: 'utf8' }),
  );
  await mkdir(join(modules, 'ahrca-widgets'), { recursive: true });
  execFileSync('tar', ['-xzf', join(packed, filename), '-C', join(modules, 'ahrca-widgets'), '--strip-components=1']);
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name.startsWith('.')) continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(modules, name));
  }
}

/** How many times each text occurs in the app's built JavaScript. */
async function occurrences(outDir, texts) {
  const counts = Object.fromEntries(texts.map((text) => [text, 0]));
  for (const entry of await readdir(outDir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const code = await readFile(join(outDir, entry), 'utf8');
    for (const text of texts) counts[text] += code.split(text).length - 1;
  }
  return counts;
}

describe('the npm package in an app that uses Lit', () => {
  it('builds with one lit-html and one LitElement', async () => {
    const app = await scratch();
    await installPacked(app);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
    await writeFile(join(app, 'index.html'), '<script type="module" src="./main.js"></script>\n<app-root></app-root>\n');
    await writeFile(
      join(app, 'main.js'),
      [
        "import { LitElement, html } from 'lit';",
        "import { AhrcaTimeline } from 'ahrca-widgets';",
        "import 'ahrca-widgets/appeal-banner';",
        "import { AhrcaPrisonerCard } from 'ahrca-widgets/prisoner-card.component';",
        'class AppRoot extends LitElement {',
        '  render() { return html`<ahrca-timeline></ahrca-timeline><ahrca-appeal-banner></ahrca-appeal-banner>`; }',
        '}',
        "customElements.define('app-root', AppRoot);",
        'console.log(AhrcaTimeline, AhrcaPrisonerCard);',
        '',
      ].join('\n'),
    );
    const outDir = join(app, 'dist');
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const counts = await occurrences(outDir, ['litHtmlVersions', 'litElementVersions', 'ahrca-appeal-banner', 'Oldest first', 'Open letter']);
    assert.deepEqual({ litHtmlVersions: counts.litHtmlVersions, litElementVersions: counts.litElementVersions }, { litHtmlVersions: 1, litElementVersions: 1 });
    for (const kept of ['ahrca-appeal-banner', 'Oldest first', 'Open letter']) assert.ok(counts[kept] > 0, `${kept} is missing from the app`);
  });
});

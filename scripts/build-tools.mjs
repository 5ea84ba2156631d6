#!/usr/bin/env node
// Builds the Node-only data tools (src/tools) into dist/tools/: the `ahrca-widgets` command
// (cli.js) and the `ahrca-widgets/tools` API (index.js), ES modules for Node 20, sharing one
// chunk. The widgets' schemas and TimelineJS3 adapter are bundled in from src/core, so there is
// one copy of each; npm dependencies (valibot, yaml, jsonc-parser, csv-parse) stay imports.
// Run after `vite build`, which empties dist/.
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: projectRoot,
  entryPoints: { cli: 'src/tools/cli.ts', index: 'src/tools/index.ts' },
  outdir: 'dist/tools',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // package.json's `sideEffects` names the built files; here the sources are bundled, and the
  // string tables and element definitions that `render` needs are imports for their side effects.
  ignoreAnnotations: true,
  logLevel: 'warning',
});
// npm makes a `bin` executable when it installs the package; this is for running it from a checkout.
await chmod(new URL('../dist/tools/cli.js', import.meta.url), 0o755);
console.log('dist/tools/cli.js, dist/tools/index.js');

#!/usr/bin/env node
// Writes docs/api.md from custom-elements.json (run by `npm run build` after `npm run analyze`).
// `--check` writes nothing and fails when docs/api.md is not what the manifest gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderApiDocs } from './api-docs-render.mjs';

const manifestFile = new URL('../custom-elements.json', import.meta.url);
const docsFile = new URL('../docs/api.md', import.meta.url);

const rendered = renderApiDocs(JSON.parse(readFileSync(manifestFile, 'utf8')));
let current = '';
try {
  current = readFileSync(docsFile, 'utf8');
} catch {
  // No docs/api.md yet: it is written below.
}

if (rendered === current) {
  console.log('docs/api.md is up to date');
} else if (process.argv.includes('--check')) {
  console.error('docs/api.md is stale: run `npm run build` and commit docs/api.md');
  process.exit(1);
} else {
  writeFileSync(docsFile, rendered);
  console.log('docs/api.md written from custom-elements.json: commit it');
}

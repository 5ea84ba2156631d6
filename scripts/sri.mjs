#!/usr/bin/env node
// Writes dist/sri.json after the build: the Subresource Integrity hash (`sha384-…`) of every
// file a partner page may load from dist/ by URL: the loader, each widget entry, each chunk, and
// the iframe helper. The builder puts the loader's and the helper's into its snippets.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readManifest } from './dist-sizes.mjs';

const distDir = new URL('../dist/', import.meta.url);

/** The library's files from the build manifest (entries and chunks), and the helper. */
function servedFiles() {
  const files = new Set(Object.values(readManifest()).map((chunk) => chunk.file));
  files.add('embed-resize.js');
  return [...files].filter((file) => file.endsWith('.js')).sort();
}

export function sriHash(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

const hashes = Object.fromEntries(servedFiles().map((file) => [file, sriHash(readFileSync(new URL(file, distDir)))]));
writeFileSync(new URL('sri.json', distDir), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`dist/sri.json: ${Object.keys(hashes).length} files`);

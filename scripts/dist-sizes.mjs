// What a browser downloads from dist/, measured as gzip at level 9, following the
// import graph in dist/.vite/manifest.json. Shared by bench.mjs and size-check.mjs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const distDir = new URL('../dist/', import.meta.url);

export const LOADER_SOURCE = 'src/ahrca-widgets.ts';
export const BANNER_SOURCE = 'src/components/appeal-banner/appeal-banner.ts';
export const PRISONER_CARD_SOURCE = 'src/components/prisoner-card/prisoner-card.ts';
export const PRISONER_LIST_SOURCE = 'src/components/prisoner-list/prisoner-list.ts';
/** Loaded on first markdown shown: marked and the shared post-processing (the Sanitizer API costs nothing). */
export const MARKDOWN_SOURCE = 'src/core/markdown-engine.ts';
/** Loaded after the engine only in browsers without the Sanitizer API. */
export const DOMPURIFY_SOURCE = 'node_modules/dompurify/dist/purify.es.mjs';
/**
 * Issue #2's targets: the loader and a page with one banner. A banner whose summary is shown
 * also downloads marked (about 16 KB gzip on its own), which the 30 KB target cannot hold; that page has a
 * budget of its own at today's size plus a little, so it cannot grow unnoticed. It went from 39 to 41 KB
 * with the prisoner card: a second widget moves the shared code out of the banner's file into a chunk
 * (two files compress less well than one) holding what either widget uses, and the English table,
 * bundled on every page, gained the card's strings. A page with one prisoner card has its own budgets.
 */
export const TARGETS = {
  loader: 3 * 1024,
  oneBannerPage: 30 * 1024,
  oneBannerPageWithMarkdown: 41 * 1024,
  onePrisonerCardPage: 31 * 1024,
  onePrisonerCardPageWithMarkdown: 46.5 * 1024,
  // The list brings the card with it (opening a person needs no download, even offline): today's
  // 35.2 KB plus a little. Opening a profile with markdown then adds only marked.
  onePrisonerListPage: 36 * 1024,
};

export function readManifest() {
  try {
    return JSON.parse(readFileSync(new URL('.vite/manifest.json', distDir), 'utf8'));
  } catch {
    console.error('dist/.vite/manifest.json is missing: run `npm run build` first.');
    process.exit(1);
  }
}

export function fileSizes(file) {
  const content = readFileSync(new URL(file, distDir));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** The dist files that loading `sources` fetches: each one's file and its static imports, transitively. */
export function staticClosure(manifest, sources) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in dist/.vite/manifest.json`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  sources.forEach(visit);
  return [...files];
}

export function totalOf(sizes) {
  return sizes.reduce((sum, { raw, gzip }) => ({ raw: sum.raw + raw, gzip: sum.gzip + gzip }), { raw: 0, gzip: 0 });
}

/** Every JS file in the build, entries first, as listed in the manifest. */
export function allChunks(manifest) {
  return Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .sort((a, b) => Number(Boolean(b.isEntry)) - Number(Boolean(a.isEntry)) || a.file.localeCompare(b.file))
    .map((chunk) => ({ ...fileSizes(chunk.file), isEntry: Boolean(chunk.isEntry) }));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

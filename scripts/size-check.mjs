#!/usr/bin/env node
// Run by `npm test` after the build: fails when dist/ breaks a promise made to partner pages.
import { readFileSync, readdirSync } from 'node:fs';
import {
  DOMPURIFY_SOURCE,
  KEPT_COPIES_SOURCE,
  LOADER_SOURCE,
  LONG_TIMELINE_SOURCE,
  MEDIA_CARDS_SOURCE,
  MARKDOWN_PARSER_SOURCE,
  MARKDOWN_SOURCE,
  SHEETS_SOURCES,
  TARGETS,
  TIMELINEJS_BYTES,
  VIRTUAL_WINDOW_SOURCE,
  fileSizes,
  kb,
  readManifest,
  widgetPages,
} from './dist-sizes.mjs';

const manifest = readManifest();
const problems = [];
const readDist = (file) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');

const loader = manifest[LOADER_SOURCE];
const loaderSize = fileSizes(loader.file);
if (loaderSize.gzip >= TARGETS.loader) {
  problems.push(`the loader dist/${loader.file} is ${kb(loaderSize.gzip)} gzip; the target is < ${kb(TARGETS.loader)}`);
}
if (loader.imports?.length) {
  problems.push(`the loader imports ${loader.imports.join(', ')} statically; it may only import widgets dynamically`);
}

// marked and the sanitiser come only once a text is shown, the virtual window, a long timeline's
// checks and the video cards only for a timeline that needs them, the kept copies' store beside the
// data's request, the reading of sheets and CSV only for those: never among a page's first files.
// A module that only lazy chunks import (src/core/sheets.ts) is no manifest entry: found by its chunk.
const modulesByChunk = JSON.parse(readDist('.vite/modules.json'));
const fileOf = (source) => manifest[source]?.file ?? Object.keys(modulesByChunk).find((chunk) => modulesByChunk[chunk].includes(source));
const lazyOnly = [
  MARKDOWN_SOURCE,
  MARKDOWN_PARSER_SOURCE,
  DOMPURIFY_SOURCE,
  VIRTUAL_WINDOW_SOURCE,
  LONG_TIMELINE_SOURCE,
  MEDIA_CARDS_SOURCE,
  KEPT_COPIES_SOURCE,
  ...SHEETS_SOURCES,
].map((source) => {
  const file = fileOf(source);
  if (!file) throw new Error(`${source} is in no chunk of dist/`);
  return file;
});
const widgets = widgetPages(manifest);
const summary = [];
for (const widget of widgets) {
  const budget = TARGETS.pages[widget.tag];
  if (!budget) {
    problems.push(`${widget.tag} has no budget in TARGETS.pages (scripts/dist-sizes.mjs): add one at its size plus a little`);
    continue;
  }
  if (widget.page.gzip > budget.page) {
    problems.push(`a page with one ${widget.tag} downloads ${kb(widget.page.gzip)} gzip (${widget.files.join(', ')}); the budget is ${kb(budget.page)}`);
  }
  if (widget.withText.gzip > budget.withText) {
    problems.push(`a page with one ${widget.tag} showing text downloads ${kb(widget.withText.gzip)} gzip; the budget is ${kb(budget.withText)}`);
  }
  for (const file of widget.files.filter((name) => lazyOnly.includes(name))) {
    problems.push(`a page with one ${widget.tag} fetches ${file} before any text is shown`);
  }
  summary.push(`${widget.tag} ${kb(widget.page.gzip)} (${kb(widget.withText.gzip)} with text)`);
}

// Issue #17: the loader fetches a widget's module and every chunk it imports in one wave, from the
// file map the build writes into it (preloadMap in vite.config.ts); a chunk missing from the map
// costs a slow link a round trip, and a file that is not in dist/ a failed request.
const fileMap = JSON.parse(readDist('files.json'));
const loaderCode = readDist(loader.file);
if (loaderCode.includes('ahrca-files') || !loaderCode.includes(JSON.stringify(fileMap.w))) {
  problems.push(`dist/${loader.file} does not carry the file map of dist/files.json`);
}
for (const widget of widgets) {
  const expected = widget.files.filter((file) => file !== loader.file).sort();
  const mapped = [...(fileMap.w[widget.tag] ?? [])].sort();
  if (JSON.stringify(mapped) !== JSON.stringify(expected)) {
    problems.push(`the loader's file map lists ${mapped.join(', ') || 'nothing'} for ${widget.tag}, which imports ${expected.join(', ')}`);
  }
}
const distFiles = new Set(Object.values(manifest).map((chunk) => chunk.file));
const listed = [Object.values(fileMap.w), ...Object.values(fileMap.l).map(Object.values), Object.values(fileMap.p)].flat(2);
for (const file of new Set(listed)) if (!distFiles.has(file)) problems.push(`the loader's file map lists ${file}, which the build did not write`);
for (const [tag, languages] of Object.entries(fileMap.l)) {
  if (Object.keys(languages).length < 8) problems.push(`the loader's file map has UI strings in ${Object.keys(languages).length} languages for ${tag}, not 8`);
}

// Issue #9's target: a page with one timeline (before any text is shown) at most 40% of
// TimelineJS3's JS + CSS. Text adds the engine (1.4 KB), and marked (15 KB) when it is markdown.
const timeline = widgets.find((widget) => widget.tag === 'ahrca-timeline');
const timelineShare = timeline ? timeline.page.gzip / (TIMELINEJS_BYTES.js + TIMELINEJS_BYTES.css) : 0;
if (timelineShare > TARGETS.timelineShareOfTimelineJs) {
  problems.push(
    `a page with one timeline is ${(timelineShare * 100).toFixed(1)}% of TimelineJS3's JS + CSS; the target is at most ${TARGETS.timelineShareOfTimelineJs * 100}%`,
  );
}

const chunksByModule = new Map();
for (const [chunk, modules] of Object.entries(modulesByChunk)) {
  for (const module of modules) chunksByModule.set(module, [...(chunksByModule.get(module) ?? []), chunk]);
}
for (const [module, chunks] of chunksByModule) {
  if (chunks.length > 1) problems.push(`${module} is bundled in ${chunks.length} chunks: ${chunks.join(', ')}`);
}

// Issue #20: what only the timeline reads (its schema, its dates before the common era) stays in
// the timeline's files; a chunk every widget fetches carries none of it to the banner, card and list.
const everyPage = widgets.map((widget) => new Set(widget.files)).reduce((common, files) => new Set([...common].filter((file) => files.has(file))));
for (const chunk of everyPage) {
  const timelineOnly = (modulesByChunk[chunk] ?? []).filter((module) => /^src\/(components\/timeline\/|core\/.*\/timeline[\w-]*\.ts$)/.test(module));
  if (timelineOnly.length > 0) problems.push(`dist/${chunk}, which every widget fetches, holds the timeline's ${timelineOnly.join(', ')}`);
}

for (const chunk of Object.keys(modulesByChunk)) {
  const code = readDist(chunk);
  if (/\beval\(|\bnew Function\(/.test(code)) problems.push(`dist/${chunk} uses eval or new Function (breaks a strict CSP)`);
  if (code.includes('Lit is in dev mode')) problems.push(`dist/${chunk} holds Lit's development build`);
  if (/\bprocess\.env\b/.test(code)) problems.push(`dist/${chunk} reads process.env, which browsers do not have`);
}

// The schemas' documentation is for the JSON Schema files and the tools (src/core/schema/docs.ts):
// no description written there may reach a reader's download.
const descriptions = new Set();
const collectDescriptions = (node) => {
  if (Array.isArray(node)) node.forEach(collectDescriptions);
  else if (node && typeof node === 'object') {
    if (typeof node.description === 'string' && node.description.length > 40) descriptions.add(node.description.slice(0, 40));
    Object.values(node).forEach(collectDescriptions);
  }
};
const schemaFolder = new URL('../schemas/', import.meta.url);
for (const file of readdirSync(schemaFolder).filter((name) => name.endsWith('.schema.json'))) {
  collectDescriptions(JSON.parse(readFileSync(new URL(file, schemaFolder), 'utf8')));
}
for (const chunk of Object.keys(modulesByChunk)) {
  const code = readDist(chunk);
  const leaked = [...descriptions].find((description) => code.includes(description));
  if (leaked) problems.push(`dist/${chunk} holds schema documentation ("${leaked}…"): write it through docs?.() in src/core/schema/`);
}

if (problems.length > 0) {
  console.error(`size-check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `size-check: loader ${kb(loaderSize.gzip)} gzip; pages with one widget: ${summary.join(', ')}; ` +
    `one timeline = ${(timelineShare * 100).toFixed(1)}% of TimelineJS3; no module in two chunks`,
);

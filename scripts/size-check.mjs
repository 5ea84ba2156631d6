#!/usr/bin/env node
// Run by `npm test` after the build: fails when dist/ breaks a promise made to partner pages.
import { readFileSync } from 'node:fs';
import {
  BANNER_SOURCE,
  LOADER_SOURCE,
  PRISONER_CARD_SOURCE,
  PRISONER_LIST_SOURCE,
  MARKDOWN_SOURCE,
  TARGETS,
  fileSizes,
  kb,
  oneTimelinePage,
  readManifest,
  staticClosure,
  totalOf,
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

const pageFiles = staticClosure(manifest, [LOADER_SOURCE, BANNER_SOURCE]);
const page = totalOf(pageFiles.map(fileSizes));
if (page.gzip >= TARGETS.oneBannerPage) {
  problems.push(
    `a page with one appeal banner downloads ${kb(page.gzip)} gzip (${pageFiles.join(', ')}); the target is < ${kb(TARGETS.oneBannerPage)}`,
  );
}

const markdownFiles = staticClosure(manifest, [LOADER_SOURCE, BANNER_SOURCE, MARKDOWN_SOURCE]);
const markdownPage = totalOf(markdownFiles.map(fileSizes));
if (markdownPage.gzip >= TARGETS.oneBannerPageWithMarkdown) {
  problems.push(
    `a page with one banner showing its markdown summary downloads ${kb(markdownPage.gzip)} gzip; the budget is < ${kb(TARGETS.oneBannerPageWithMarkdown)}`,
  );
}

const cardFiles = staticClosure(manifest, [LOADER_SOURCE, PRISONER_CARD_SOURCE]);
const cardPage = totalOf(cardFiles.map(fileSizes));
if (cardPage.gzip >= TARGETS.onePrisonerCardPage) {
  problems.push(`a page with one prisoner card downloads ${kb(cardPage.gzip)} gzip; the budget is < ${kb(TARGETS.onePrisonerCardPage)}`);
}
const cardMarkdownPage = totalOf(staticClosure(manifest, [LOADER_SOURCE, PRISONER_CARD_SOURCE, MARKDOWN_SOURCE]).map(fileSizes));
if (cardMarkdownPage.gzip >= TARGETS.onePrisonerCardPageWithMarkdown) {
  problems.push(
    `a page with one full prisoner card (markdown shown) downloads ${kb(cardMarkdownPage.gzip)} gzip; the budget is < ${kb(TARGETS.onePrisonerCardPageWithMarkdown)}`,
  );
}
const timelinePage = oneTimelinePage(manifest);
if (timelinePage.gzip >= TARGETS.oneTimelinePage) {
  problems.push(
    `a page with one timeline downloads ${kb(timelinePage.gzip)} gzip (${timelinePage.files.join(', ')}); the budget is < ${kb(TARGETS.oneTimelinePage)}`,
  );
}
const timelineTextPage = oneTimelinePage(manifest, { withText: true });
if (timelineTextPage.gzip >= TARGETS.oneTimelinePageWithText) {
  problems.push(
    `a page with one timeline showing event text downloads ${kb(timelineTextPage.gzip)} gzip; the budget is < ${kb(TARGETS.oneTimelinePageWithText)}`,
  );
}

const listPage = totalOf(staticClosure(manifest, [LOADER_SOURCE, PRISONER_LIST_SOURCE]).map(fileSizes));
if (listPage.gzip >= TARGETS.onePrisonerListPage) {
  problems.push(`a page with one prisoner list downloads ${kb(listPage.gzip)} gzip; the budget is < ${kb(TARGETS.onePrisonerListPage)}`);
}

const modulesByChunk = JSON.parse(readDist('.vite/modules.json'));
const chunksByModule = new Map();
for (const [chunk, modules] of Object.entries(modulesByChunk)) {
  for (const module of modules) chunksByModule.set(module, [...(chunksByModule.get(module) ?? []), chunk]);
}
for (const [module, chunks] of chunksByModule) {
  if (chunks.length > 1) problems.push(`${module} is bundled in ${chunks.length} chunks: ${chunks.join(', ')}`);
}

for (const chunk of Object.keys(modulesByChunk)) {
  const code = readDist(chunk);
  if (/\beval\(|\bnew Function\(/.test(code)) problems.push(`dist/${chunk} uses eval or new Function (breaks a strict CSP)`);
  if (code.includes('Lit is in dev mode')) problems.push(`dist/${chunk} holds Lit's development build`);
  if (/\bprocess\.env\b/.test(code)) problems.push(`dist/${chunk} reads process.env, which browsers do not have`);
}

if (problems.length > 0) {
  console.error(`size-check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `size-check: loader ${kb(loaderSize.gzip)} gzip, one-banner page ${kb(page.gzip)}, with markdown ${kb(markdownPage.gzip)}, ` +
    `one-card page ${kb(cardPage.gzip)}, with markdown ${kb(cardMarkdownPage.gzip)}, one-list page ${kb(listPage.gzip)}, ` +
    `one-timeline page ${kb(timelinePage.gzip)}, with text ${kb(timelineTextPage.gzip)}, no module in two chunks`,
);

#!/usr/bin/env node
// Part of `npm run bench`: what sanitising markdown output costs a reader in headless Chromium,
// DOMPurify (downloaded) against the browser's own Sanitizer API (`setHTML`, nothing to download).
// Same marked output, same allowlist; medians of several runs. Prints a table; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
/* global document, window -- the measured function runs inside the page, not in Node */
import puppeteer from 'puppeteer-core';
import { say } from './bench-report.mjs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!chromium) {
  say('sanitiser bench skipped: Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  process.exit(0);
}

const read = (path) => readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8');
const purify = read('dompurify/dist/purify.min.js');
const marked = read('marked/lib/marked.umd.js');

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: marked });
  await page.addScriptTag({ content: purify });
  const results = await page.evaluate(() => {
    const paragraph =
      'The Association sends **collective appeals** to European agencies, the [UN](https://un.org) and the US State Department. ' +
      'Activists who supported the demand for an *international investigation* were arrested. <img src=x onerror=alert(1)>\n\n';
    const sizes = { 'summary (1 KB)': 4, 'long text (25 KB)': 100 };
    const elements = ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'h3', 'h4', 'img'];
    const attributes = ['href', 'src', 'alt', 'title'];
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const time = (work) => {
      const runs = [];
      for (let run = 0; run < 15; run++) {
        const start = performance.now();
        work();
        runs.push(performance.now() - start);
      }
      return median(runs);
    };
    const inert = document.implementation.createHTMLDocument('');
    return Object.entries(sizes).map(([name, repeat]) => {
      const markdown = paragraph.repeat(repeat);
      const html = window.marked.parse(markdown);
      return {
        name,
        parse: time(() => window.marked.parse(markdown)),
        dompurify: time(() => window.DOMPurify.sanitize(html, { ALLOWED_TAGS: elements, ALLOWED_ATTR: attributes, RETURN_DOM_FRAGMENT: true })),
        native: time(() => inert.createElement('div').setHTML(html, { sanitizer: { elements, attributes } })),
      };
    });
  });
  const ms = (value) => `${value.toFixed(2)} ms`;
  say('\nsanitising marked output in Chromium (median of 15 runs)');
  say('text               marked.parse   DOMPurify   Sanitizer API');
  for (const row of results) {
    say(`${row.name.padEnd(18)} ${ms(row.parse).padStart(12)} ${ms(row.dompurify).padStart(11)} ${ms(row.native).padStart(15)}`);
  }
  say(`DOMPurify download: ${(gzipSync(purify, { level: 9 }).length / 1024).toFixed(2)} KB gzip; Sanitizer API: 0 KB`);
} finally {
  await browser.close();
}

/**
 * The schemas' documentation (descriptions, examples, titles) is written beside each field, and
 * every piece of it goes through `docs?.(…)`. Here `docs` returns what it is given, for the JSON
 * Schema build (scripts/build-schemas.mjs), the tools and the tests. The widgets' build
 * (vite.config.ts, `schemaDocsStripped`) replaces this module with one where `docs` is
 * `undefined`: each `docs?.(…)` is then `undefined` without evaluating its argument, and the
 * minifier drops the text, which no reader's browser needs (about 1 KB gzip on a timeline page,
 * 1.7 KB on a card). Validation never reads it, so nothing else changes.
 */
// Typed as always there, so that fields keep their types; `?.` is for the build that removes it.
export const docs = <const T>(value: T): T => value;

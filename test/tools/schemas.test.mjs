// The published JSON Schemas document every field: editors' tools (VS Code, CMS form builders)
// show the title, the description and an example of whatever an editor is typing.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';

const schemaDir = new URL('../../schemas/', import.meta.url);
const files = (await readdir(schemaDir)).filter((name) => name.endsWith('.schema.json'));

/** Every object property in the schema, with a readable path: `people[].sentence.term`. */
function* propertiesOf(node, path) {
  if (node === null || typeof node !== 'object') return;
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    yield [`${path}.${key}`, property];
    yield* propertiesOf(property, `${path}.${key}`);
  }
  if (node.items) yield* propertiesOf(node.items, `${path}[]`);
  for (const list of ['anyOf', 'oneOf', 'allOf']) for (const [index, option] of (node[list] ?? []).entries()) yield* propertiesOf(option, `${path}|${index}`);
  for (const [name, definition] of Object.entries(node.$defs ?? {})) yield* propertiesOf(definition, `$defs.${name}`);
}

/** Every `pattern` in a schema. */
function* patternsOf(node) {
  if (node === null || typeof node !== 'object') return;
  if (typeof node.pattern === 'string') yield node.pattern;
  for (const value of Object.values(node)) yield* patternsOf(value);
}

/**
 * `javascript:` as browsers forgive it (issue #16): split by each character their URL parser drops
 * inside a URL, at each place, and after each one it drops before a URL; then other schemes.
 */
const SCRIPT_SPELLINGS = [
  ...['\t', '\n', '\r'].flatMap((dropped) => Array.from({ length: 11 }, (_, at) => `${'javascript'.slice(0, at)}${dropped}${'javascript'.slice(at)}:alert(1)`)),
  ...Array.from({ length: 0x21 }, (_, code) => `${String.fromCharCode(code)}javascript:alert(1)`),
  'JaVa\tScRiPt:alert(1)',
  'da\tta:text/html,<script>alert(1)</script>',
  '\x01vb\nscript:msgbox(1)',
];
const LINKS = [
  'https://example.org/page',
  'HTTP://example.org',
  ' \thttps://example.org/',
  'ht\ttps://example.org/',
  'mailto:info@example.org',
  'tel:+4930123456',
  'photos/a.jpg',
  '/about',
  '//example.org/x',
  '#part',
  '&#106;avascript:alert(1)',
  'java\x01script:alert(1)',
];

/** A property that can hold no value (`{"not": {}}`, as `withdrawn` in a published person) has no example to give. */
const holdsNoValue = (property) => property.not !== undefined && Object.keys(property.not).length === 0;

describe('published JSON Schemas', () => {
  it('exist for every widget, as JSON Schema 2020-12 with an $id', async () => {
    assert.deepEqual(files.sort(), ['appeal-banner.schema.json', 'prisoner-card.schema.json', 'prisoner-list.schema.json', 'timeline.schema.json']);
    for (const file of files) {
      const schema = JSON.parse(await readFile(new URL(file, schemaDir), 'utf8'));
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
      assert.equal(schema.$id, `https://unpkg.com/ahrca-widgets/schemas/${file}`);
      assert.ok(schema.title && schema.description, `${file} has a title and a description`);
    }
  });

  for (const file of files) {
    it(`${file}: no pattern takes a URL that a browser's parser, as Node's, follows to another scheme than http(s), mailto or tel`, async () => {
      const patterns = [...new Set(patternsOf(JSON.parse(await readFile(new URL(file, schemaDir), 'utf8'))))].map((pattern) => new RegExp(pattern, 'u'));
      const urlPatterns = patterns.filter((pattern) => pattern.test('https://example.org/page'));
      assert.ok(urlPatterns.length > 0, `${file} has URL fields`);
      for (const spelling of SCRIPT_SPELLINGS) {
        assert.ok(!['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(spelling, 'https://example.org/').protocol), JSON.stringify(spelling));
        for (const pattern of patterns) assert.ok(!pattern.test(spelling), `${pattern} takes ${JSON.stringify(spelling)}`);
      }
      for (const link of LINKS) for (const pattern of urlPatterns) assert.ok(pattern.test(link), `${pattern} refuses ${JSON.stringify(link)}`);
    });

    it(`${file}: every field has a title, a description and an example`, async () => {
      const schema = JSON.parse(await readFile(new URL(file, schemaDir), 'utf8'));
      const missing = [];
      let count = 0;
      for (const [path, property] of propertiesOf(schema, '')) {
        count++;
        if (typeof property.title !== 'string' || property.title === '') missing.push(`${path}: title`);
        if (typeof property.description !== 'string' || property.description === '') missing.push(`${path}: description`);
        if (!holdsNoValue(property) && !(Array.isArray(property.examples) && property.examples.length > 0)) missing.push(`${path}: examples`);
      }
      assert.ok(count > 10, `${file} lists its fields`);
      assert.deepEqual(missing, []);
    });
  }
});

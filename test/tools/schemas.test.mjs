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

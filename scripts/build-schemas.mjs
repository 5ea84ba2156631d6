#!/usr/bin/env node
// Writes schemas/<widget>.schema.json (JSON Schema 2020-12) from the valibot schemas in
// src/core/schema/, the one source of the data format. Node cannot import TypeScript,
// so that module is bundled with esbuild in memory and imported from a data: URL.
import { readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const schemaDir = new URL('../schemas/', import.meta.url);
const ID_BASE = 'https://unpkg.com/ahrca-widgets/schemas/';

async function importWidgetSchemas() {
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: ['src/core/schema/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.WIDGET_SCHEMAS;
}

/** `relatedPrisoners` → "Related prisoners", `id` → "ID". */
function titleFromKey(key) {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ');
  const title = words.map((word) => (word === 'id' || word === 'url' ? word.toUpperCase() : word)).join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * The first example a JSON Schema node gives, or one made of what it says: the first of its allowed
 * values, an object of its required fields' examples, a list of its item's. So every field can show
 * one without writing it twice.
 */
function exampleOf(node, defs, depth = 0) {
  if (!node || typeof node !== 'object' || depth > 12) return undefined;
  if (node.examples?.length) return node.examples[0];
  if (node.enum?.length) return node.enum[0];
  if (node.$ref) return exampleOf(defs[node.$ref.replace('#/$defs/', '')], defs, depth + 1);
  if (node.anyOf) {
    // The fullest shape shows the most: a published person rather than a withdrawn one.
    const [richest] = [...node.anyOf].sort((a, b) => Object.keys(b.properties ?? {}).length - Object.keys(a.properties ?? {}).length);
    return exampleOf(richest, defs, depth + 1);
  }
  if (node.type === 'array') {
    const item = exampleOf(node.items, defs, depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (node.type === 'object' && node.properties) {
    const entries = (node.required ?? []).map((key) => [key, exampleOf(node.properties[key], defs, depth + 1)]);
    return entries.every(([, value]) => value !== undefined) ? Object.fromEntries(entries) : undefined;
  }
  return undefined;
}

/** `{"not": {}}`: a field that must be left out of this shape (`withdrawn` in a published person). */
const holdsNoValue = (node) => node.not !== undefined && Object.keys(node.not).length === 0;

/**
 * Titles and examples for editors' tools, added here rather than in src/core/schema so that the
 * widgets, which validate with those schemas in readers' browsers, do not carry them: every field
 * gets a title made from its key unless it has one, and an example made of its parts' unless it has one.
 */
function documentFields(node, defs) {
  if (!node || typeof node !== 'object') return;
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    property.title ??= titleFromKey(key);
    if (holdsNoValue(property)) property.description ??= 'Must be left out here.';
    if (!property.examples) {
      const example = exampleOf(property, defs);
      if (example !== undefined) property.examples = [example];
    }
    documentFields(property, defs);
  }
  documentFields(node.items, defs);
  for (const option of node.anyOf ?? []) documentFields(option, defs);
  for (const definition of Object.values(node.$defs ?? {})) documentFields(definition, defs);
}

const widgetSchemas = await importWidgetSchemas();
await mkdir(schemaDir, { recursive: true });

const written = new Set();
for (const { name, title, description, schema } of widgetSchemas) {
  const { $schema, ...converted } = toJsonSchema(schema, {
    target: 'draft-2020-12',
    // The editor writes the input: stop at the first transformation in a pipeline.
    typeMode: 'input',
    // Cross-field rules (`v.check`) have no JSON Schema form; the `validate` command still applies them.
    // Anything else that cannot be converted fails the build.
    ignoreActions: ['check'],
  });
  // The widget's own title and description win over any the schema carries, and lead the file.
  const header = { $schema, $id: `${ID_BASE}${name}.schema.json`, title, description };
  const jsonSchema = { ...header, ...converted, title, description };
  documentFields(jsonSchema, jsonSchema.$defs ?? {});
  const fileName = `${name}.schema.json`;
  await writeFile(new URL(fileName, schemaDir), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  written.add(fileName);
  console.log(`schemas/${fileName}`);
}

// A widget removed from WIDGET_SCHEMAS must not leave its old schema published.
for (const fileName of await readdir(schemaDir)) {
  if (fileName.endsWith('.schema.json') && !written.has(fileName)) {
    await rm(new URL(fileName, schemaDir));
    console.log(`removed stale schemas/${fileName}`);
  }
}

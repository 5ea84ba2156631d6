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

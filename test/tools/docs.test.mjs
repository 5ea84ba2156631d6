// docs/data-format.md shows, for each widget, a minimal and a full example, and each is valid data
// for that widget as the tools check it; it links each widget's JSON Schema and the tools.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot, toolsUrl } from './helpers.mjs';

const { validateData } = await import(toolsUrl);
const dataFormat = await readFile(join(projectRoot, 'docs/data-format.md'), 'utf8');

/** The level-2 section about `<ahrca-name>`, up to the next one. */
function sectionOf(name) {
  const section = dataFormat.split(/^## /m).find((part) => part.startsWith(`\`<ahrca-${name}>\``));
  assert.ok(section, `a section on <ahrca-${name}>`);
  return section;
}

/** The JSON examples under a `### heading` of a section. */
function examplesUnder(section, heading) {
  const part = section.split(/^### /m).find((piece) => piece.startsWith(heading));
  assert.ok(part, `### ${heading}`);
  return [...part.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]));
}

describe('docs/data-format.md', () => {
  for (const widget of ['appeal-banner', 'prisoner-card', 'prisoner-list', 'timeline']) {
    it(`has a minimal and a full example of <ahrca-${widget}> data, both valid, and links its schema`, () => {
      const section = sectionOf(widget);
      for (const heading of ['Minimal', 'Full']) {
        const examples = examplesUnder(section, heading);
        assert.equal(examples.length, 1, `one ${heading} example`);
        const report = validateData(examples[0], { type: widget });
        assert.deepEqual(report.problems, [], `${widget} ${heading}`);
      }
      assert.ok(section.includes(`[\`schemas/${widget}.schema.json\`](../schemas/${widget}.schema.json)`), 'links its JSON Schema');
    });
  }

  it('points to the tools', () => {
    assert.match(dataFormat, /\[tools\.md\]\(tools\.md\)/);
  });
});

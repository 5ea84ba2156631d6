/** Reading the examples in the docs, so tests can hold the docs to the schemas. */
import { expect } from '@open-wc/testing';

export async function text(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
}

export function jsonBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? ''));
}

/** The part of a document under the level-2 heading that contains `title`, up to the next one. */
export function sectionOf(markdown: string, title: string): string {
  const section = markdown.split(/^## /m).find((part) => part.split('\n', 1)[0]!.includes(title));
  expect(section, `no section "## …${title}…"`).to.be.a('string');
  return section ?? '';
}

/** The JSON examples in one widget's section of docs/data-format.md. */
export async function docsExamples(heading: string): Promise<unknown[]> {
  return jsonBlocks(sectionOf(await text('/docs/data-format.md'), heading));
}

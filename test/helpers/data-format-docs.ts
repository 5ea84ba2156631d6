import { expect } from '@open-wc/testing';

/**
 * The JSON examples in one widget's section of docs/data-format.md: the `## …` heading that
 * contains `heading`, up to the next `## `.
 */
export async function docsExamples(heading: string): Promise<unknown[]> {
  const response = await fetch('/docs/data-format.md');
  expect(response.ok).to.equal(true);
  const sections = (await response.text()).split(/^(?=## )/m);
  const section = sections.find((candidate) => candidate.split('\n', 1)[0]!.includes(heading));
  if (!section) throw new Error(`docs/data-format.md has no section "${heading}"`);
  return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? ''));
}

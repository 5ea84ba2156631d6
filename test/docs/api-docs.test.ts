/**
 * docs/api.md is what scripts/api-docs.mjs writes from custom-elements.json (npm run build): a
 * hand edit, or a JSDoc change whose docs were not regenerated, fails here.
 */
import { expect } from '@open-wc/testing';
import { renderApiDocs } from '../../scripts/api-docs-render.mjs';
import { text } from '../helpers/docs.js';

describe('docs/api.md', () => {
  it('is what the custom elements manifest gives', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json'));
    expect(await text('/docs/api.md')).to.equal(renderApiDocs(manifest), 'docs/api.md is stale: run `npm run build` and commit it');
  });

  it('documents every element the loader knows, with its attributes, events, parts and custom properties', async () => {
    const docs = await text('/docs/api.md');
    const { WIDGETS } = await import('../../src/registry.js');
    for (const tag of Object.keys(WIDGETS)) {
      const section = docs.split(/^## /m).find((part) => part.startsWith(`\`<${tag}>\``));
      expect(section, tag).to.be.a('string');
      for (const heading of ['Attributes and properties', 'Events', 'CSS parts', 'CSS custom properties']) {
        expect(section, `${tag}: ${heading}`).to.include(`### ${heading}`);
      }
      expect(section).to.include('| `src` | `src` |').and.include('| `ahrca-load` |').and.include('| `base` |').and.include('| `--ahrca-color-accent` |');
    }
  });
});

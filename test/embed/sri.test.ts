/**
 * Subresource Integrity for the BUILT library: dist/sri.json holds the true SHA-384 of the loader,
 * of every chunk and of the iframe helper, the builder's snippets carry those hashes, and a browser
 * refuses a file that does not match.
 */
import { expect } from '@open-wc/testing';
import { openBuilder, snippet, useLocalLibrary } from './builder-page.js';
import { documentOf, openHtml, removeFrames, settle, TITLE_PART, waitForPart } from './pages.js';

async function sha384(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  expect(response.ok, path).to.equal(true);
  const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

let hashes: Record<string, string>;

before(async () => {
  hashes = await (await fetch('/dist/sri.json', { cache: 'no-store' })).json();
});

afterEach(removeFrames);

describe('dist/sri.json', () => {
  it('lists the loader, every entry and chunk of the build, and the iframe helper', async () => {
    const manifest: Record<string, { file: string }> = await (await fetch('/dist/.vite/manifest.json')).json();
    const built = new Set(Object.values(manifest).map(({ file }) => file));
    expect(Object.keys(hashes).sort()).to.deep.equal([...built, 'embed-resize.js'].sort());
    expect(Object.keys(hashes)).to.include.members(['ahrca-widgets.js', 'embed-resize.js']);
    expect(Object.keys(hashes).filter((file) => file.startsWith('chunks/')).length).to.be.above(3);
  });

  it('holds each file’s real SHA-384', async function () {
    // A hundred files, fetched and hashed at once: one by one took over 10 s in a busy Firefox.
    this.timeout(30_000);
    const entries = Object.entries(hashes);
    const real = await Promise.all(entries.map(([file]) => sha384(`/dist/${file}`)));
    expect(Object.fromEntries(entries.map(([file], index) => [file, real[index]]))).to.deep.equal(hashes);
  });
});

describe('integrity in the builder’s snippets', () => {
  it('puts the loader’s and the helper’s hashes on their script tags, with crossorigin', async () => {
    const builder = await openBuilder();
    await useLocalLibrary(builder);
    expect(snippet(builder, 'script')).to.include(`ahrca-widgets.js" integrity="${hashes['ahrca-widgets.js']}" crossorigin="anonymous"`);
    expect(snippet(builder, 'iframe')).to.include(`embed-resize.js" integrity="${hashes['embed-resize.js']}" crossorigin="anonymous"`);
    expect(await sha384('/dist/ahrca-widgets.js')).to.equal(hashes['ahrca-widgets.js']);
  });

  it('makes the browser refuse a loader that is not the one hashed', async () => {
    const builder = await openBuilder();
    await useLocalLibrary(builder);
    const script = snippet(builder, 'script');
    const genuine = await openHtml(script);
    await waitForPart(() => documentOf(genuine), 'ahrca-appeal-banner', TITLE_PART['ahrca-appeal-banner']!);

    // The same tag, pointing at another file of the package: as if the CDN served something else.
    const swapped = await openHtml(script.replace('/dist/ahrca-widgets.js"', '/dist/index.js"'));
    await settle();
    await settle();
    expect(swapped.contentWindow!.customElements.get('ahrca-appeal-banner')).to.equal(undefined);
  });
});

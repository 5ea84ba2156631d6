/**
 * Progressive enhancement with the builder's script snippet: the link and summary inside the
 * element are what a reader without JavaScript (or a search engine) sees; the widget replaces
 * them once it is ready, and shows them again when its data cannot be loaded.
 */
import { expect } from '@open-wc/testing';
import { fill, openBuilder, snippet, useLocalLibrary } from './builder-page.js';
import { documentOf, eventually, openHtml, partText, removeFrames, waitForPart } from './pages.js';

const TITLE = 'For an international investigation of the Andijan events';

/** True when the reader can see the element: it has boxes on screen. */
const rendered = (element: Element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;

async function builderSnippet(): Promise<string> {
  const builder = await openBuilder();
  fill(builder, '#fallback-link', 'https://example.org/andijan-appeal');
  await useLocalLibrary(builder);
  await eventually(() => snippet(builder, 'script').includes('https://example.org/andijan-appeal'), 'the fallback link is not in the snippet');
  return snippet(builder, 'script');
}

afterEach(removeFrames);

describe('the fallback content in the builder’s snippet', () => {
  it('is what a reader sees with JavaScript off: a link and a one-line summary', async () => {
    const frame = await openHtml(await builderSnippet(), { sandbox: 'allow-same-origin' });
    const doc = documentOf(frame);
    const banner = doc.querySelector('ahrca-appeal-banner')!;
    const link = banner.querySelector('a')!;
    expect(rendered(link)).to.equal(true);
    expect(link.textContent).to.equal(TITLE);
    expect(link.href).to.equal('https://example.org/andijan-appeal');
    expect(banner.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${TITLE} — Support the demand for an international investigation into the Andijan events of May 2005, with independent experts and journalists.`,
    );
    expect(banner.shadowRoot).to.equal(null);
  });

  it('is replaced by the widget once it is ready', async () => {
    const frame = await openHtml(await builderSnippet());
    const doc = () => documentOf(frame);
    expect(await waitForPart(doc, 'ahrca-appeal-banner', 'title')).to.equal(TITLE);
    expect(rendered(doc().querySelector('ahrca-appeal-banner > a')!)).to.equal(false);
  });

  it('shows again when the data cannot be loaded', async () => {
    const broken = (await builderSnippet()).replace(/ src="[^"]+appeal-andijan-investigation\.json"/, ' src="/net/status/404" retries="0"');
    const frame = await openHtml(broken);
    const doc = () => documentOf(frame);
    await eventually(() => partText(doc(), 'ahrca-appeal-banner', 'error') !== '', 'the widget did not reach its error state');
    const link = doc().querySelector('ahrca-appeal-banner > a')!;
    expect(rendered(link)).to.equal(true);
    // …inside the error box, after the short message.
    const banner = doc().querySelector('ahrca-appeal-banner')!;
    const slot = banner.shadowRoot!.querySelector('[part~="error"] slot') as HTMLSlotElement;
    expect(slot.assignedNodes()).to.include(link);
    expect(partText(doc(), 'ahrca-appeal-banner', 'error')).to.equal('This content could not be loaded.');
  });
});

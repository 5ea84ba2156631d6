/**
 * The BUILT builder, end to end: for each widget, the three snippets it prints, each pasted into a
 * fresh page, render the same widget as its live preview, with the same settings.
 */
import { expect } from '@open-wc/testing';
import { check, chooseWidget, fill, openBuilder, snippet, useLocalLibrary, waitForCheck, type Builder } from './builder-page.js';
import { axeViolations, documentOf, eventually, openHtml, removeFrames, settle, TITLE_PART, waitForPart } from './pages.js';

const CASES = [
  { widget: 'appeal-banner', tag: 'ahrca-appeal-banner', options: { '#option-layout': 'bar' } },
  { widget: 'prisoner-card', tag: 'ahrca-prisoner-card', options: { '#option-person': 'example-misol-xatova', '#option-layout': 'compact' } },
  { widget: 'prisoner-list', tag: 'ahrca-prisoner-list', options: { '#option-heading-level': '3' } },
  { widget: 'timeline', tag: 'ahrca-timeline', options: { '#option-order': 'newest', '#option-theme': 'dark' } },
] as const;

let pkg: { version: string; exports: Record<string, unknown> };

before(async () => {
  pkg = await (await fetch('/package.json')).json();
});

/** What the npm build imports (dist/npm/ leaves the dependencies to the app), as a bundler finds it. */
const DEPENDENCIES = {
  lit: '/node_modules/lit/index.js',
  'lit/': '/node_modules/lit/',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  marked: '/node_modules/marked/lib/marked.esm.js',
  dompurify: '/node_modules/dompurify/dist/purify.es.mjs',
  valibot: '/node_modules/valibot/dist/index.mjs',
};

/** An import map that gives the package's published names their files in dist/, as a bundler would. */
function importMap(): string {
  const imports = Object.fromEntries([
    ...Object.entries(pkg.exports)
      .filter(([, target]) => typeof target === 'object' && target !== null && 'default' in target)
      .map(([subpath, target]) => [`ahrca-widgets${subpath.slice(1)}`, new URL((target as { default: string }).default, location.origin).href]),
    ...Object.entries(DEPENDENCIES).map(([name, path]) => [name, new URL(path, location.origin).href]),
  ]);
  return `<script type="importmap">${JSON.stringify({ imports })}</script>`;
}

/**
 * The widget's title and settings as a page shows them: what "the same widget" means here. The
 * space the script snippet reserves (`style`) is not a setting: the preview is measured without it.
 */
async function shownWidget(doc: () => Document, tag: string) {
  const title = await waitForPart(doc, tag, TITLE_PART[tag]!);
  const element = doc().querySelector(tag)!;
  const names = element.getAttributeNames().filter((name) => name !== 'style');
  const attributes = Object.fromEntries(names.map((name) => [name, element.getAttribute(name)]));
  return { title, attributes };
}

/**
 * The preview's size once its data shows, when the script snippet reserves its height: the final
 * snippets (the builder's own scrollbar may still narrow the preview once, and it measures again).
 */
async function previewSize(builder: Builder, tag: string): Promise<{ height: number; width: number }> {
  await waitForPart(() => builder.doc(), tag, TITLE_PART[tag]!);
  const box = () => builder.doc().querySelector(`#preview ${tag}`)!.getBoundingClientRect();
  const reserves = () => snippet(builder, 'script').includes(`min-height: ${Math.ceil(box().height)}px"`);
  await eventually(reserves, 'the script snippet does not reserve the preview’s height');
  await settle();
  await eventually(reserves, 'the script snippet does not reserve the preview’s height');
  return { height: Math.ceil(box().height), width: box().width };
}

async function setUp(widget: string, options: Readonly<Record<string, string>>): Promise<Builder> {
  const builder = await openBuilder();
  chooseWidget(builder, widget);
  await waitForCheck(builder, 'valid');
  fill(builder, '#lang', 'ru');
  for (const [selector, value] of Object.entries(options)) fill(builder, selector, value);
  await waitForCheck(builder, 'valid');
  await useLocalLibrary(builder);
  return builder;
}

afterEach(removeFrames);

describe('the builder’s snippets, each in a fresh page', () => {
  for (const { widget, tag, options } of CASES) {
    it(`render the same ${widget} as the preview: script, iframe and npm`, async function () {
      // Four pages, each loading the widget cold: more than the default 10 s on a busy machine.
      this.timeout(30_000);
      const builder = await setUp(widget, options);
      const preview = await shownWidget(() => builder.doc().getElementById('preview')!.ownerDocument, tag);
      expect(preview.attributes.lang).to.equal('ru');

      const scriptPage = await openHtml(snippet(builder, 'script'));
      expect(await shownWidget(() => documentOf(scriptPage), tag)).to.deep.equal(preview);

      const npm = snippet(builder, 'npm');
      const module = /^import '(ahrca-widgets\/[a-z-]+)';$/m.exec(npm)?.[1];
      expect(module).to.equal(`ahrca-widgets/${widget}`);
      const markup = npm.slice(npm.indexOf(`<${tag}`));
      const npmPage = await openHtml(`${importMap()}<script type="module">import '${module}';</script>${markup}`);
      expect(await shownWidget(() => documentOf(npmPage), tag)).to.deep.equal(preview);

      const iframePage = await openHtml(snippet(builder, 'iframe'), { height: 900 });
      const embed = () => documentOf(iframePage).querySelector<HTMLIFrameElement>('iframe[data-ahrca-embed]')!;
      await eventually(() => embed().contentDocument?.readyState === 'complete', 'the embed frame did not load');
      const framed = await shownWidget(() => documentOf(embed()), tag);
      expect(framed.title).to.equal(preview.title);
      // The embed page puts the language on its <html>, not on the element; alone on its page, the widget's title is its level-one heading unless the snippet says otherwise.
      const { lang, ...others } = preview.attributes;
      expect(framed.attributes).to.deep.equal({ 'heading-level': '1', ...others });
      expect(documentOf(embed()).documentElement.lang).to.equal(lang);
      await eventually(() => embed().style.height !== '', 'the helper in the snippet did not size the frame');
    });
  }

  it('writes fallback content from the data into the element: a link to its page and a line in the widget’s language', async () => {
    const builder = await setUp('prisoner-card', { '#option-person': 'example-namuna-odamov' });
    expect(snippet(builder, 'script')).to.include('<a href="https://example.org/ahrca/prisoners/example-namuna-odamov">Намуна Одамов</a> — Арестован');
    const preview = builder.doc().querySelector('#preview ahrca-prisoner-card')!;
    expect(preview.querySelector('a')!.textContent).to.equal('Намуна Одамов');
  });

  it('leaves out the attributes a widget already has by default, and the helper line says it is optional', async () => {
    const builder = await openBuilder();
    const script = snippet(builder, 'script');
    expect(script).to.match(/<ahrca-appeal-banner src="[^"]+appeal-andijan-investigation\.json">/);
    expect(snippet(builder, 'iframe')).to.match(/^<iframe data-ahrca-embed src="[^"]+embed\.html\?widget=appeal-banner&amp;src=/);
    expect(snippet(builder, 'iframe')).to.include('<script async src="https://cdn.jsdelivr.net/npm/ahrca-widgets@');
    expect(script).to.include(`https://cdn.jsdelivr.net/npm/ahrca-widgets@${pkg.version}/dist/ahrca-widgets.js`);
  });

  it('reserves the height of the preview in the script and iframe snippets, and says so', async () => {
    const builder = await setUp('timeline', {});
    const { height, width } = await previewSize(builder, 'ahrca-timeline');
    expect(snippet(builder, 'script')).to.match(new RegExp(`<ahrca-timeline [^>]*style="display: block; min-height: ${height}px"`));
    // embed.html adds 4 pixels of padding above and below the widget.
    expect(snippet(builder, 'iframe')).to.include(`height="${height + 8}" data-ahrca-min-height="${height + 8}"`);
    expect(snippet(builder, 'npm')).to.not.include('min-height');
    expect(builder.doc().getElementById('reservation-note')!.textContent).to.include(
      `reserves ${height} px, the widget’s height in the preview (${Math.round(width)} px wide), and the iframe 8 px more`,
    );

    // A page as wide as the preview (its body has 8-pixel margins) and tall enough not to scroll, with
    // the script snippet: the element holds the reserved height before and after its data shows.
    const page = await openHtml(snippet(builder, 'script'), { width: Math.ceil(width) + 16, height: height + 100 });
    const element = () => documentOf(page).querySelector('ahrca-timeline')!;
    await eventually(() => element() !== null, 'no element');
    expect(element().getBoundingClientRect().height).to.equal(height);
    await waitForPart(() => documentOf(page), 'ahrca-timeline', TITLE_PART['ahrca-timeline']!);
    expect(element().getBoundingClientRect().height).to.equal(height);
  });

  it('reserves no space for a dismissible banner', async () => {
    const builder = await openBuilder();
    await previewSize(builder, 'ahrca-appeal-banner');
    check(builder, '#option-dismissible', true);
    await eventually(() => !snippet(builder, 'script').includes('min-height'), 'the snippet still reserves space');
    expect(snippet(builder, 'iframe')).to.include('height="600"');
    expect(snippet(builder, 'iframe')).to.not.include('data-ahrca-min-height');
    expect(builder.doc().getElementById('reservation-note')!.textContent).to.include('No space is reserved for a dismissible banner');
  });

  it('copies a snippet and says so in a live region', async () => {
    const builder = await openBuilder();
    // The snippets are final once the preview has been measured.
    await previewSize(builder, 'ahrca-appeal-banner');
    const status = builder.doc().getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    builder.doc().querySelector<HTMLButtonElement>('[data-copy="snippet-iframe"]')!.click();
    // The clipboard may be refused to a test browser's frame: then the snippet is left selected to copy by hand.
    await eventually(() => status.textContent !== '', 'nothing was said');
    expect(status.textContent).to.match(/^(Copied the iframe snippet\.|Selected the iframe snippet: press Ctrl\+C)/);
    if (status.textContent!.startsWith('Selected')) {
      expect(builder.frame.contentWindow!.getSelection()!.toString()).to.equal(snippet(builder, 'iframe'));
    }
  });

  it('has a label for every field and no axe violation', async () => {
    const builder = await openBuilder();
    const doc = builder.doc();
    for (const field of doc.querySelectorAll<HTMLInputElement>('input:not([type="radio"]), select')) {
      expect(field.labels?.length ?? 0, `#${field.id} has no label`).to.be.above(0);
    }
    await waitForPart(() => doc, 'ahrca-appeal-banner', 'title');
    expect(await axeViolations(builder.frame)).to.deep.equal([]);
  });
});

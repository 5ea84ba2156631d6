/**
 * The BUILT loader, as a partner page gets it: dist/ahrca-widgets.js (run `npm run build`
 * first). Each page is a same-origin iframe, so each starts with its own custom element
 * registry and resource timeline, and loads the loader with a plain module script.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

const TAG = 'ahrca-appeal-banner';
const LOADER_URL = new URL('/dist/ahrca-widgets.js', location.href).href;

type PageWindow = Window & typeof globalThis & { problems: string[] };

interface Page {
  window: PageWindow;
  document: Document;
}

/** Records what a host page would see go wrong: errors, unhandled rejections, console errors and warnings. */
const RECORD_PROBLEMS = `<script>
  window.problems = [];
  addEventListener('error', (event) => problems.push('exception: ' + event.message));
  addEventListener('unhandledrejection', (event) => problems.push('unhandledrejection: ' + event.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { problems.push('console.' + level + ': ' + args.join(' ')); original.apply(console, args); };
  }
</script>`;

const frames: HTMLIFrameElement[] = [];

async function openPage(body: string, loaderUrl = LOADER_URL): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${RECORD_PROBLEMS}</head><body>${body}<script type="module" src="${loaderUrl}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const window = frame.contentWindow as PageWindow;
  return { window, document: window.document };
}

function whenDefined(window: PageWindow): Promise<CustomElementConstructor> {
  return Promise.race([
    window.customElements.whenDefined(TAG),
    aTimeout(5000).then(() => Promise.reject(new Error(`<${TAG}> was not defined within 5 s`))),
  ]);
}

function distRequests(window: Window): string[] {
  return window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/'))
    .map((url) => url.pathname + url.search);
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('the built loader (dist/ahrca-widgets.js)', () => {
  it('upgrades a widget that is on the page before the loader runs', async () => {
    const page = await openPage(`<main><${TAG}><a href="https://example.org/">Read the appeal</a></${TAG}></main>`);
    const definition = await whenDefined(page.window);
    expect(page.document.querySelector(TAG)).to.be.instanceOf(definition);
    expect(page.window.problems.filter((problem) => !problem.startsWith('console.'))).to.deep.equal([]);
  });

  it('upgrades a widget added to the page later, nested in other elements', async () => {
    const page = await openPage('<main></main>');
    expect(page.window.customElements.get(TAG)).to.equal(undefined);
    const section = page.document.createElement('section');
    section.innerHTML = `<div><${TAG}></${TAG}></div>`;
    page.document.querySelector('main')!.append(section);
    const definition = await whenDefined(page.window);
    expect(section.querySelector(TAG)).to.be.instanceOf(definition);
  });

  it('tolerates a second copy of itself from another URL: no error, one definition, one download', async () => {
    const problems: string[] = [];
    const onError = (event: ErrorEvent) => problems.push(`exception: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandledrejection: ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const first = await import(/* @vite-ignore */ LOADER_URL);
      const second = await import(/* @vite-ignore */ `${LOADER_URL}?copy=2`);
      expect(second).not.to.equal(first);
      expect(second.discover).to.be.a('function');

      const element = document.createElement(TAG);
      document.body.append(element);
      try {
        const definition = await customElements.whenDefined(TAG);
        await second.discover(document);
        await first.discover(document);
        expect(element).to.be.instanceOf(definition);
        expect(customElements.get(TAG)).to.equal(definition);
        expect(distRequests(window).filter((request) => request === '/dist/appeal-banner.js')).to.have.length(1);
        await aTimeout(50);
        expect(problems).to.deep.equal([]);
      } finally {
        element.remove();
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('downloads no widget code on a page without an ahrca element', async () => {
    const page = await openPage('<main><h1>A partner page</h1><p>No widget here.</p><other-element></other-element></main>');
    page.document.querySelector('main')!.insertAdjacentHTML('beforeend', '<section><p>Added later.</p></section>');
    await aTimeout(200);
    expect(distRequests(page.window)).to.deep.equal(['/dist/ahrca-widgets.js']);
    expect(page.window.customElements.get(TAG)).to.equal(undefined);
  });

  it('reports a widget whose code fails to load with one console error naming the tag, not an unhandled rejection', async () => {
    // From a blob: URL the loader's relative import of ./appeal-banner.js cannot resolve.
    const source = await (await fetch(LOADER_URL)).text();
    const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    try {
      const page = await openPage(`<${TAG}></${TAG}>`, blobUrl);
      await waitUntil(() => page.window.problems.length > 0, 'the failed import was not reported', { timeout: 5000 });
      await aTimeout(50);
      expect(page.window.problems).to.have.length(1);
      expect(page.window.problems[0]).to.match(/^console\.error: .*<ahrca-appeal-banner>/);
    } finally {
      URL.revokeObjectURL(blobUrl);
    }
  });
});

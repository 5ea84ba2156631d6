/**
 * The BUILT loader, as a partner page gets it: dist/ahrca-widgets.js (run `npm run build`
 * first). Each page is a same-origin iframe, so each starts with its own custom element
 * registry and resource timeline, and loads the loader with a plain module script.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';

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
  return Promise.race([window.customElements.whenDefined(TAG), aTimeout(10_000).then(() => Promise.reject(new Error(`<${TAG}> was not defined within 10 s`)))]);
}

/**
 * After the tasks already queued and the one each of them may queue: where an error event or an
 * unhandled rejection would have been reported by now.
 */
async function afterTasks(): Promise<void> {
  for (let round = 0; round < 2; round++) await new Promise<void>((resolve) => setTimeout(resolve));
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
        await afterTasks();
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
    const main = page.document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<section><p>Added later.</p></section>');
    // A condition, not a sleep: the loader sees additions in order, so once a widget added after
    // all this has its code, the page and the section were seen. Nothing but the loader may have
    // been requested before the widget was there.
    const widgetAddedAt = page.window.performance.now();
    main.insertAdjacentHTML('beforeend', `<${TAG}></${TAG}>`);
    await whenDefined(page.window);
    const early = page.window.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/') && entry.startTime < widgetAddedAt)
      .map((entry) => new URL(entry.name).pathname);
    expect(early).to.deep.equal(['/dist/ahrca-widgets.js']);
  });

  it('reports a widget whose code fails to load with one console error naming the tag, not an unhandled rejection', async () => {
    // From a blob: URL the loader's relative import of ./appeal-banner.js cannot resolve.
    const source = await (await fetch(LOADER_URL)).text();
    const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    try {
      const page = await openPage(`<${TAG}></${TAG}>`, blobUrl);
      await waitUntil(() => page.window.problems.length > 0, 'the failed import was not reported', { timeout: 5000 });
      await afterTasks();
      expect(page.window.problems).to.have.length(1);
      expect(page.window.problems[0]).to.match(/^console\.error: .*<ahrca-appeal-banner>/);
    } finally {
      URL.revokeObjectURL(blobUrl);
    }
  });

  describe('one wave on a slow link: what a widget needs starts when the loader meets its tag', () => {
    interface FileMap {
      w: Record<string, string[]>;
      l: Record<string, Record<string, string[]>>;
      p: Record<string, string[]>;
    }
    let files: FileMap;
    before(async () => {
      files = (await (await fetch('/dist/files.json')).json()) as FileMap;
    });

    /** Resource timing of each request in the page, by path and query. */
    function timings(window: Window): Map<string, PerformanceResourceTiming[]> {
      const byPath = new Map<string, PerformanceResourceTiming[]>();
      for (const entry of window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const url = new URL(entry.name);
        const key = url.pathname + url.search;
        byPath.set(key, [...(byPath.get(key) ?? []), entry]);
      }
      return byPath;
    }

    async function loaded(page: Page, tag: string): Promise<Element> {
      const element = page.document.querySelector(tag)!;
      // Ready (a title) or failed (an error), past the skeleton.
      const settled = () => {
        const root = element.shadowRoot;
        return root !== null && !root.querySelector('.skeleton, [part~="skeleton"]') && root.querySelector('[part~="title"], [part~="error"]') !== null;
      };
      await waitUntil(settled, `<${tag}> never settled`, { timeout: 8000 });
      return element;
    }

    it('starts the data, every chunk the widget imports, its strings and the text engine before the widget’s module has run', async () => {
      const data = `/demo/data/appeal-andijan-investigation.json?wave=${Date.now()}`;
      const noteDefinition = `<script>customElements.whenDefined('${TAG}').then(() => { window.definedAt = performance.now(); });</script>`;
      const page = await openPage(`${noteDefinition}<main lang="ru"><${TAG} src="${data}"></${TAG}></main>`);
      const element = await loaded(page, TAG);
      expect(element.shadowRoot!.querySelector('[part~="error"]'), 'the banner shows an error').to.equal(null);
      const requests = timings(page.window);
      const definedAt = (page.window as unknown as { definedAt: number }).definedAt;
      const startOf = (path: string) => {
        const key = path.startsWith('/') ? path : `/dist/${path}`;
        const started = requests.get(key)?.[0]?.startTime;
        expect(started, `${key} was not requested`).not.to.equal(undefined);
        return started!;
      };
      // What the widget would ask for only once it runs starts before it is defined. (That the map
      // names every chunk the module imports, fetched beside it, size-check.mjs proves from the
      // build's manifest: served from this machine's cache, timings cannot tell the two apart.)
      for (const path of [data, ...files.w[TAG]!.slice(1), ...files.l[TAG]!['ru']!, ...files.p['engine']!, ...files.p['parser']!, ...files.p['kept']!]) {
        expect(startOf(path), `${path} waited for the widget`).to.be.below(definedAt);
      }
      // The widget took the loader's request over: the data was fetched once.
      expect(requests.get(data), 'the data was fetched twice').to.have.length(1);
      expect(page.window.problems).to.deep.equal([]);
    });

    it('fetches only the Karakalpak table for a page in Karakalpak, and shows it', async () => {
      const data = `/demo/data/appeal-andijan-investigation.json?kaa=${Date.now()}`;
      const page = await openPage(`<main lang="kaa"><${TAG} src="${data}"></${TAG}></main>`);
      const element = await loaded(page, TAG);
      expect(element.shadowRoot!.querySelector('[part~="kind"]')?.textContent?.trim()).to.equal('Múrájat');
      const requested = new Set(timings(page.window).keys());
      const own = new Set(files.l[TAG]!['kaa']!.map((file) => `/dist/${file}`));
      expect(own.size, 'the map has no Karakalpak table').to.be.greaterThan(0);
      for (const file of own) expect(requested.has(file), `${file} not fetched`).to.equal(true);
      for (const [lang, tableFiles] of Object.entries(files.l[TAG]!)) {
        if (lang === 'kaa') continue;
        for (const file of tableFiles) if (!own.has(`/dist/${file}`)) expect(requested.has(`/dist/${file}`), `${lang}: ${file} fetched`).to.equal(false);
      }
      expect(page.window.problems).to.deep.equal([]);
    });

    it('fetches TimelineJS3’s adapter for TimelineJS3 data and marked for markdown, each only for its own', async () => {
      for (const [file, needs, notNeeded] of [
        ['timeline-andijan.timelinejs.json', 'tjs', 'parser'],
        ['timeline-andijan.json', 'parser', 'tjs'],
      ] as const) {
        const page = await openPage(`<ahrca-timeline src="/demo/data/${file}?wave=${Date.now()}"></ahrca-timeline>`);
        const element = await loaded(page, 'ahrca-timeline');
        expect(element.shadowRoot!.querySelector('[part~="error"]'), `${file}: an error`).to.equal(null);
        const requests = timings(page.window);
        expect(requests.has(`/dist/${files.p[needs]![0]}`), `${file}: ${needs} not fetched`).to.equal(true);
        expect(requests.has(`/dist/${files.p[notNeeded]![0]}`), `${file}: ${notNeeded} fetched`).to.equal(false);
        expect(page.window.problems, file).to.deep.equal([]);
      }
    });

    it('shows the data of a src changed before the code arrived, not the request the loader began', async () => {
      const first = `/demo/data/appeal-andijan-investigation.json?first=${Date.now()}`;
      const page = await openPage(`<${TAG} src="${first}"></${TAG}>`);
      const element = page.document.querySelector(TAG)!;
      // Still undefined here if the module has not run yet; either way the element must end on the new data.
      element.setAttribute('src', '/demo/data/not-there.json');
      // Where the widget was quicker than this line, it shows the first data until the 404 arrives.
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="error"]'), 'the new src (a 404) did not show its error', { timeout: 8000 });
      // The loader's request for the first URL has its answer too: had it won, it would show by the next render.
      await waitUntil(() => page.window.performance.getEntriesByName(new URL(first, location.href).href).length > 0, 'the first request never finished', {
        timeout: 8000,
      });
      await afterTasks();
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="error"]'), 'the first data came back').not.to.equal(null);
    });

    it('hands the early request to the widget, which takes it once and leaves nothing behind', async () => {
      const data = `/demo/data/appeal-andijan-investigation.json?plain=${Date.now()}`;
      const page = await openPage(`<${TAG} src="${data}"></${TAG}>`);
      const early = (page.window as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('ahrca-widgets.early-requests')];
      expect(early, 'the loader keeps no map of early requests').to.be.instanceOf(page.window.Map);
      await loaded(page, TAG);
      // Taken over, so gone from the map.
      expect([...early!.keys()]).to.deep.equal([]);
      const entry = timings(page.window).get(data)![0]!;
      expect(entry.initiatorType).to.equal('fetch');
    });

    it('asks nothing ahead for a src it must not fetch, and leaves mirrors to the widget', async () => {
      const page = await openPage(`<${TAG} src="javascript:alert(1) /demo/data/appeal-andijan-investigation.json?m=${Date.now()}"></${TAG}>`);
      await loaded(page, TAG);
      const early = (page.window as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('ahrca-widgets.early-requests')];
      expect([...early!.keys()]).to.deep.equal([]);
    });
  });
});

/**
 * The BUILT iframe embed page, dist/embed.html (run `npm run build` first): each widget from its
 * query parameters and nothing else, a clear message for an unknown widget, data only from its own
 * origin and those listed at build time, and no request but the library's own files, the data and
 * its media.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { dataOriginsOf, parseEmbedOrigins, sourcesOf, withDataOrigins } from '../../src/embed/embed-origins.js';
import { text } from '../helpers/docs.js';
import { serverCount } from '../helpers/requests.js';
import { documentOf, eventually, openUrl, openWatched, OTHER_ORIGIN, partText, removeFrames, TITLE_PART, waitForPart } from './pages.js';

const EMBED = '/dist/embed.html';

/** A query string of its own per test, so that a copy of the data kept by another test is not what shows. */
const fresh = (path: string) => `${path}?embed-test=${Math.random().toString(36).slice(2)}`;

function embedUrl(params: Record<string, string>): string {
  return `${EMBED}?${new URLSearchParams(params).toString()}`;
}

async function openEmbed(params: Record<string, string>) {
  const frame = await openUrl(embedUrl(params));
  return { frame, doc: () => documentOf(frame) };
}

const WIDGETS = [
  {
    widget: 'appeal-banner',
    tag: 'ahrca-appeal-banner',
    src: '/demo/data/appeal-andijan-investigation.json',
    options: { layout: 'bar' },
    english: 'For an international investigation of the Andijan events',
    russian: 'За международное расследование андижанских событий',
  },
  {
    widget: 'prisoner-card',
    tag: 'ahrca-prisoner-card',
    src: '/demo/data/prisoners.json',
    options: { person: 'example-misol-xatova', layout: 'compact' },
    english: 'Misol Khatova',
    russian: 'Мисол Хатова',
  },
  {
    widget: 'prisoner-list',
    tag: 'ahrca-prisoner-list',
    src: '/demo/data/prisoners.json',
    options: { 'heading-level': '3' },
    english: 'Example profiles (fictional)',
    russian: 'Примеры профилей (вымышленные)',
  },
  {
    widget: 'timeline',
    tag: 'ahrca-timeline',
    src: '/demo/data/timeline-andijan.json',
    options: { order: 'newest', navigator: '1' },
    english: 'The Andijan events and after',
    russian: 'Андижанские события и что было после',
  },
] as const;

afterEach(removeFrames);

describe('dist/embed.html', () => {
  for (const { widget, tag, src, options, english, russian } of WIDGETS) {
    it(`renders ${widget} from its parameters, in the language asked for`, async () => {
      const { doc } = await openEmbed({ widget, src: fresh(src), lang: 'ru', theme: 'dark', ...options });
      expect(await waitForPart(doc, tag, TITLE_PART[tag]!)).to.equal(russian);
      const element = doc().querySelector(tag)!;
      expect(element.getAttribute('theme')).to.equal('dark');
      for (const [name, value] of Object.entries(options)) expect(element.getAttribute(name), name).to.equal(value === '1' ? '' : value);
      expect(doc().documentElement.lang).to.equal('ru');
    });

    it(`shows ${widget} in English with lang=en`, async () => {
      const { doc } = await openEmbed({ widget, src: fresh(src), lang: 'en', ...options });
      expect(await waitForPart(doc, tag, TITLE_PART[tag]!)).to.equal(english);
    });
  }

  it("shows a timeline from TimelineJS3's embed URL, its host alone changed, opening at the end", async () => {
    const source = fresh('/demo/data/timeline-andijan.timelinejs.json');
    const query = `source=${encodeURIComponent(source)}&font=Default&lang=ru&initial_zoom=2&height=650&hash_bookmark=true&start_at_end=true`;
    const { doc, errors, violations } = await openWatched(`${EMBED}?${query}`, { height: 260 });
    const timeline = () => doc().querySelector('ahrca-timeline');
    await eventually(() => (timeline()?.shadowRoot?.querySelectorAll('[part~="event-title"]').length ?? 0) === 4, 'the four events never showed');
    expect(timeline()!.getAttribute('src')).to.equal(new URL(source, new URL(EMBED, location.href)).href);
    expect(doc().documentElement.lang).to.equal('ru');
    const titles = [...timeline()!.shadowRoot!.querySelectorAll('[part~="event-title"]')];
    const last = titles.at(-1)!;
    expect(last.textContent).to.contain('Euronews');
    // Opened at the last event: it is within the frame's view, below the first screen.
    await eventually(
      () => {
        const box = last.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= doc().defaultView!.innerHeight && doc().scrollingElement!.scrollTop > 0;
      },
      () => {
        const box = last.getBoundingClientRect();
        const page = doc().scrollingElement!;
        return `the frame did not open at the last event: its box ${Math.round(box.top)}–${Math.round(box.bottom)} px in a view of ${doc().defaultView!.innerHeight} px, scrolled ${page.scrollTop} of ${page.scrollHeight} px`;
      },
    );
    expect(errors).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  it('passes on only the parameters it knows, with values they take', async () => {
    const { doc } = await openEmbed({
      widget: 'appeal-banner',
      src: fresh('/demo/data/appeal-prague-letter.json'),
      lang: 'en',
      layout: 'floating',
      theme: 'neon',
      onclick: 'alert(1)',
      style: 'display:none',
      person: 'someone',
      'heading-level': '3',
    });
    await waitForPart(doc, 'ahrca-appeal-banner', 'title');
    const element = doc().querySelector('ahrca-appeal-banner')!;
    // layout and theme: the element's own defaults, reflected; the values it does not take never reached it.
    expect(element.getAttributeNames().sort()).to.deep.equal(['heading-level', 'layout', 'src', 'theme']);
    expect(element.getAttribute('layout')).to.equal('inline');
    expect(element.getAttribute('theme')).to.equal('light');
    expect(element.getAttribute('heading-level')).to.equal('3');
  });

  it('takes a relative src against the embed page, and no src that is not http(s)', async () => {
    const { doc } = await openEmbed({ widget: 'appeal-banner', src: 'javascript:alert(1)', lang: 'en' });
    await eventually(() => partText(doc(), 'ahrca-appeal-banner', 'error') !== '', 'no error state without a usable src');
    expect(doc().querySelector('ahrca-appeal-banner')!.hasAttribute('src')).to.equal(false);

    const relative = await openEmbed({ widget: 'appeal-banner', src: '../demo/data/appeal-prague-letter.json', lang: 'en' });
    await waitForPart(relative.doc, 'ahrca-appeal-banner', 'title');
    expect(relative.doc().querySelector('ahrca-appeal-banner')!.getAttribute('src')).to.equal(
      new URL('/demo/data/appeal-prague-letter.json', location.href).href,
    );
  });

  it('says in the reader’s language that the widget cannot be shown, when the address names none of ours', async () => {
    const english = await openEmbed({ widget: 'slideshow', lang: 'en' });
    await eventually(() => english.doc().querySelector('[role="alert"]') !== null, 'no message for an unknown widget');
    expect(english.doc().querySelector('[role="alert"]')!.textContent).to.equal('This content could not be loaded.');
    expect(english.doc().querySelector('ahrca-appeal-banner, ahrca-prisoner-card, ahrca-prisoner-list, ahrca-timeline')).to.equal(null);

    const russian = await openEmbed({ lang: 'ru' });
    await eventually(() => russian.doc().querySelector('[role="alert"]') !== null, 'no message without a widget');
    expect(russian.doc().querySelector('[role="alert"]')!.textContent).to.equal('Не удалось загрузить материал.');
  });

  it('requests nothing but the library’s files, the data and its media', async () => {
    const { frame, doc } = await openEmbed({ widget: 'prisoner-card', src: fresh('/demo/data/prisoners.json'), person: 'example-namuna-odamov', lang: 'en' });
    await waitForPart(doc, 'ahrca-prisoner-card', 'name');
    const card = doc().querySelector('ahrca-prisoner-card')!;
    await eventually(() => card.shadowRoot!.querySelector<HTMLImageElement>('img')?.complete === true, 'the photo did not load');
    const requested = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requested.filter((url) => url.origin !== location.origin).map(String)).to.deep.equal([]);
    const outside = requested.filter((url) => !url.pathname.startsWith('/dist/') && !url.pathname.startsWith('/demo/data/'));
    expect(outside.map((url) => url.pathname)).to.deep.equal([]);
    expect(
      requested.some((url) => url.pathname === '/dist/ahrca-widgets.js'),
      'the page did not use the library’s loader',
    ).to.equal(true);
    // The photo, media of the data, came from the data's host (a browser may take it from its memory cache, unlisted).
    const photo = card.shadowRoot!.querySelector<HTMLImageElement>('img')!;
    expect(new URL(photo.currentSrc).pathname).to.match(/^\/demo\/data\/photos\//);
    expect(photo.naturalWidth).to.be.above(0);
  });

  it('sets no referrer and a strict policy, narrows connect-src to the data’s origin, and breaks none of it', async () => {
    const { frame, doc, violations } = await openWatched(embedUrl({ widget: 'timeline', src: fresh('/demo/data/timeline-andijan.json'), lang: 'en' }));
    await waitForPart(doc, 'ahrca-timeline', 'title');
    const policies = [...doc().querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.getAttribute('content'));
    expect(policies[0]).to.include("script-src 'self'").and.include("require-trusted-types-for 'script'");
    expect(policies[1]).to.equal(`connect-src ${location.origin}`);
    expect(doc().querySelector('meta[name="referrer"]')!.getAttribute('content')).to.equal('no-referrer');
    expect(doc().querySelectorAll('script:not([src])')).to.have.length(0);
    // The markdown of the events went through the sanitiser under Trusted Types: emphasis, no raw HTML.
    const timeline = doc().querySelector('ahrca-timeline')!;
    await eventually(() => timeline.shadowRoot!.querySelector('[part~="text"] strong') !== null, 'the event text was not rendered');
    expect(violations).to.deep.equal([]);
    // Neither the page's own policy (its origin and those listed) nor the second (the data's origin) lets this through;
    // a browser may report it once for each.
    const refused = await frame.contentWindow!.fetch('https://elsewhere.example/track.json').then(
      () => false,
      () => true,
    );
    expect(refused).to.equal(true);
    await eventually(() => violations.length > 0, 'no violation was reported for a request outside the data’s origin');
    expect([...new Set(violations)]).to.deep.equal(['connect-src https://elsewhere.example/track.json']);
  });

  it('takes data and media in its own policy from its own origin and those listed at build time, not from any https: host', async () => {
    const built = staticPolicy(await text(EMBED));
    const listed = dataOriginsOf(built);
    expect(sourcesOf(built, 'connect-src')).to.deep.equal(["'self'", ...listed]);
    expect(sourcesOf(built, 'img-src')).to.deep.equal(["'self'", ...listed]);
    // Each listed source is an origin AHRCA_EMBED_ORIGINS takes: no wildcard, no scheme alone, no path.
    expect(parseEmbedOrigins(listed.join(' '))).to.deep.equal(listed);
    // And the rest of the policy is src/embed/embed.html's as written.
    expect(built).to.equal(withDataOrigins(staticPolicy(await text('/src/embed/embed.html')), listed));
  });

  describe('a src on an origin not listed at build time', () => {
    before(async () => {
      expect(dataOriginsOf(staticPolicy(await text(EMBED))), 'build dist/ without the test server’s other name in AHRCA_EMBED_ORIGINS').to.not.include(
        OTHER_ORIGIN,
      );
    });

    /** A URL of the test server under its other name, whose requests the fixture server counts (serverCount). */
    const elsewhere = (id: string) => `${OTHER_ORIGIN}/net/json?id=${id}&body=appeal&cors=1`;
    const requestedOrigins = (frame: HTMLIFrameElement) =>
      frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);

    it('is never requested: the widget shows its own error in the reader’s language, the console names the origin', async () => {
      const id = `refused-${Math.random().toString(36).slice(2)}`;
      const { frame, doc, violations, errors } = await openWatched(embedUrl({ widget: 'appeal-banner', src: elsewhere(id), lang: 'ru' }));
      await eventually(() => partText(doc(), 'ahrca-appeal-banner', 'error') !== '', 'no error state for a refused src');
      expect(partText(doc(), 'ahrca-appeal-banner', 'error')).to.equal('Не удалось загрузить материал.');
      expect(doc().querySelector('ahrca-appeal-banner')!.hasAttribute('src')).to.equal(false);

      expect(await serverCount(id)).to.equal(0);
      expect(requestedOrigins(frame)).to.not.include(OTHER_ORIGIN);
      // Not even tried and blocked by the policy: that would have been reported.
      expect(violations).to.deep.equal([]);

      const naming = errors.filter((line) => line.includes(OTHER_ORIGIN));
      expect(naming).to.have.length(1);
      expect(naming[0])
        .to.match(/^\[ahrca-widgets\] embed\.html refused data from /)
        .and.include('AHRCA_EMBED_ORIGINS');
      expect(doc().querySelectorAll('meta[http-equiv="Content-Security-Policy"]')[1]!.getAttribute('content')).to.equal("connect-src 'none'");
    });

    it('is dropped from the mirrors, and the listed one is used', async () => {
      const id = `refused-mirror-${Math.random().toString(36).slice(2)}`;
      const allowed = fresh('/demo/data/appeal-prague-letter.json');
      const { frame, doc, errors } = await openWatched(embedUrl({ widget: 'appeal-banner', src: `${elsewhere(id)} ${allowed}`, lang: 'en' }));
      await waitForPart(doc, 'ahrca-appeal-banner', 'title');
      expect(doc().querySelector('ahrca-appeal-banner')!.getAttribute('src')).to.equal(new URL(allowed, location.href).href);
      expect(await serverCount(id)).to.equal(0);
      expect(requestedOrigins(frame)).to.not.include(OTHER_ORIGIN);
      // The console line may reach the test after the widget has drawn (Firefox, once).
      await waitUntil(() => errors.some((line) => line.includes(OTHER_ORIGIN)), 'the refused origin was not named in the console');
      expect(errors.filter((line) => line.includes(OTHER_ORIGIN))).to.have.length(1);
    });
  });
});

/** The Content Security Policy in the meta of an HTML page's text. */
function staticPolicy(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  return page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
}

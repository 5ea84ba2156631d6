/** The builder's snippet and fallback writers on hostile data: every data string is escaped. */
import { expect } from '@open-wc/testing';
import { fallbackFor, fallbackHtml } from '../../demo/builder/fallback.js';
import { preloadFiles, readFileMap, type FileMap } from '../../demo/builder/preloads.js';
import { embedUrl, iframeSnippet, scriptSnippet, staticSnippet, type WidgetSetup } from '../../demo/builder/snippets.js';

const HOSTILE = '"><img src=x onerror=alert(1)>';

const setup = (overrides: Partial<WidgetSetup> = {}): WidgetSetup => ({
  widget: 'appeal-banner',
  attributes: [['src', `https://data.example.org/a.json?x=${HOSTILE}`]],
  cdnBase: 'https://cdn.example.org/ahrca-widgets@1.0.0/dist/',
  embedPage: 'https://widgets.example.org/embed.html',
  integrity: {},
  fallbackHtml: '',
  title: HOSTILE,
  ...overrides,
});

describe('builder snippets', () => {
  it('escape every attribute value and the iframe title', () => {
    const script = scriptSnippet(setup());
    expect(script).not.to.include('<img');
    expect(script).to.include('src="https://data.example.org/a.json?x=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    const iframe = iframeSnippet(setup());
    expect(iframe).not.to.include('<img');
    expect(iframe).to.include('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('give the render command for readers without JavaScript, every word quoted for the shell', () => {
    const command = staticSnippet(
      setup({
        widget: 'prisoner-card',
        attributes: [
          ['src', "https://data.example.org/p.json?x=$(id)';rm -rf ~ https://mirror.example.org/p.json"],
          ['lang', 'ru'],
          ['person', 'namuna-odamov'],
          ['layout', 'compact'],
        ],
      }),
    ).split('\n');
    expect(command[1]).to.equal(
      "npx ahrca-widgets render 'https://data.example.org/p.json?x=$(id)'\\'';rm' --widget prisoner-card --lang ru --person namuna-odamov > prisoner-card.html",
    );
    expect(staticSnippet(setup({ attributes: [] })).split('\n')[1]).to.equal('npx ahrca-widgets render data.json --widget appeal-banner > appeal-banner.html');
  });

  it('carry no integrity attribute for a file sri.json does not list', () => {
    expect(scriptSnippet(setup())).to.match(
      /^<script type="module" src="https:\/\/cdn\.example\.org\/ahrca-widgets@1\.0\.0\/dist\/ahrca-widgets\.js"><\/script>/,
    );
    expect(scriptSnippet(setup({ integrity: { 'ahrca-widgets.js': 'sha384-abc' } }))).to.include('integrity="sha384-abc" crossorigin="anonymous"');
  });

  it('name every file and the data ahead of the loader, each file with its hash, the data as the widget fetches it', () => {
    const script = scriptSnippet(
      setup({
        integrity: { 'timeline.js': 'sha384-t' },
        preload: { files: ['timeline.js', 'chunks/styles-x.js'], data: `https://data.example.org/t.json?${HOSTILE}` },
      }),
    );
    const lines = script.split('\n');
    expect(lines[0]).to.equal(
      '<link rel="modulepreload" href="https://cdn.example.org/ahrca-widgets@1.0.0/dist/timeline.js" integrity="sha384-t" crossorigin="anonymous">',
    );
    expect(lines[1]).to.equal('<link rel="modulepreload" href="https://cdn.example.org/ahrca-widgets@1.0.0/dist/chunks/styles-x.js">');
    expect(lines[2]).to.equal(
      '<link rel="preload" as="fetch" href="https://data.example.org/t.json?&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" crossorigin="anonymous" referrerpolicy="no-referrer">',
    );
    expect(lines[3]).to.match(/^<script type="module" src=/);
  });

  it('give the embed page the same attributes as query parameters', () => {
    const url = new URL(
      embedUrl(
        setup({
          widget: 'timeline',
          attributes: [
            ['src', 'https://d.example/t.json'],
            ['lang', 'ru'],
            ['navigator', ''],
          ],
        }),
      ),
    );
    expect([...url.searchParams]).to.deep.equal([
      ['widget', 'timeline'],
      ['src', 'https://d.example/t.json'],
      ['lang', 'ru'],
      ['navigator', ''],
    ]);
  });
});

describe('fallback content', () => {
  const DATA_URL = 'https://data.example.org/appeals/a.json';

  it('escapes the data’s title and summary, and takes the data’s own page when it has one', () => {
    const fallback = fallbackFor('appeal-banner', { id: 'a', kind: 'appeal', title: HOSTILE, ask: '<b>Sign</b> & share', url: 'https://example.org/a' }, 'en', {
      dataUrl: DATA_URL,
    })!;
    expect(fallbackHtml(fallback, 'https://ignored.example')).to.equal(
      '<a href="https://example.org/a">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a> — &lt;b&gt;Sign&lt;/b&gt; &amp; share',
    );
  });

  it('resolves the data’s own page against the data file, as the widget does', () => {
    const fallback = fallbackFor('appeal-banner', { id: 'a', kind: 'appeal', title: 'T', url: '../news/a' }, 'en', { dataUrl: DATA_URL })!;
    expect(fallbackHtml(fallback, 'https://ignored.example')).to.equal('<a href="https://data.example.org/news/a">T</a>');
  });

  it('drops a page that is not http(s), mailto or tel in any spelling a browser follows, keeps the text and says so (issue #16)', () => {
    for (const url of ['java\tscript:alert(document.domain)', 'java\nscript:alert(1)', ' \x01javascript:alert(1)', 'da\rta:text/html,x']) {
      const person = { id: 'p', name: 'Namuna <b>Odamov</b>', status: 'detained', url };
      const fallback = fallbackFor('prisoner-card', person, 'en', { dataUrl: DATA_URL })!;
      expect(fallbackHtml(fallback, 'https://ignored.example'), JSON.stringify(url)).to.equal('Namuna &lt;b&gt;Odamov&lt;/b&gt; — Detained');
      expect(fallback.refused, JSON.stringify(url)).to.equal(
        'The data’s link (url) is not an http(s), mailto or tel address: the title is shown without a link.',
      );
    }
  });

  it('holds the link given for the snippet to the same rule', () => {
    const fallback = fallbackFor('appeal-banner', { id: 'a', kind: 'appeal', title: 'T' }, 'en', { dataUrl: DATA_URL })!;
    expect(fallbackHtml(fallback, 'java\tscript:alert(document.domain)')).to.equal('T');
    expect(fallbackHtml({ ...fallback, titleLang: 'ru' }, 'javascript:alert(1)')).to.equal('<span lang="ru">T</span>');
    expect(fallbackHtml(fallback, 'mailto:info@example.org')).to.equal('<a href="mailto:info@example.org">T</a>');
  });

  it('says nothing about a withdrawn person', () => {
    expect(fallbackFor('prisoner-card', { people: [{ id: 'w', withdrawn: { reason: 'safety' } }] }, 'en', { dataUrl: DATA_URL, person: 'w' })).to.equal(
      undefined,
    );
  });

  it('counts a timeline’s events and spans its years, in the widget’s language', () => {
    const timeline = {
      title: { en: 'Events', ru: 'События' },
      events: [
        { id: 'a', date: '2016-09-02', title: 'x' },
        { id: 'b', date: '2005-05-13', title: 'y' },
      ],
    };
    expect(fallbackFor('timeline', timeline, 'en', { dataUrl: DATA_URL })).to.deep.equal({ title: 'Events', summary: '2 events, 2005–2016' });
  });
});

describe('the script snippet’s preload hints, from the built dist/files.json', () => {
  let map: FileMap;
  before(async () => {
    map = readFileMap(await (await fetch('/dist/files.json', { cache: 'no-store' })).json())!;
  });

  it('name a banner’s module and chunks, its strings in the chosen language, the text engine and marked', () => {
    const files = preloadFiles(map, 'ahrca-appeal-banner', 'ru', undefined);
    for (const file of [
      ...map.w['ahrca-appeal-banner']!,
      ...map.l['ahrca-appeal-banner']!['ru']!,
      ...map.p['engine']!,
      ...map.p['parser']!,
      ...map.p['kept']!,
    ]) {
      expect(files).to.include(file);
    }
    expect(new Set(files).size).to.equal(files.length);
    // The page's language is unknown to the builder: no strings; English needs none.
    for (const lang of ['', 'en'])
      expect(preloadFiles(map, 'ahrca-appeal-banner', lang, undefined)).not.to.include.members(map.l['ahrca-appeal-banner']!['ru']!);
  });

  it('name for a timeline what its checked data needs: marked or the adapter, the cards for videos', () => {
    const long = { events: Array.from({ length: 60 }, (_, index) => ({ id: `e${index}`, date: '2005', title: 'T' })) };
    const native = preloadFiles(map, 'ahrca-timeline', 'en', { value: long, timelineJs: false });
    expect(native).to.include.members([...map.p['parser']!, ...map.p['window']!]);
    expect(native).not.to.include.members(map.p['cards']!);
    expect(native).not.to.include(map.p['tjs']![0]);
    const foreign = preloadFiles(map, 'ahrca-timeline', 'en', { value: { textFormat: 'html', events: long.events.slice(0, 3) }, timelineJs: true });
    expect(foreign).to.include(map.p['tjs']![0]);
    expect(foreign).not.to.include(map.p['parser']![0]);
    const video = { events: [{ id: 'v', date: '2005', title: 'T', media: { kind: 'video', url: 'https://www.youtube.com/watch?v=x' } }] };
    expect(preloadFiles(map, 'ahrca-timeline', 'en', { value: video, timelineJs: false })).to.include.members(map.p['cards']!);
  });

  it('name no file the build did not write', async () => {
    const sri = (await (await fetch('/dist/sri.json', { cache: 'no-store' })).json()) as Record<string, string>;
    for (const tag of Object.keys(map.w)) {
      for (const file of preloadFiles(map, tag, 'kk', undefined)) expect(sri, file).to.have.property(file);
    }
  });
});

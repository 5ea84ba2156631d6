/** The builder's snippet and fallback writers on hostile data: every data string is escaped. */
import { expect } from '@open-wc/testing';
import { fallbackFor, fallbackHtml } from '../../demo/builder/fallback.js';
import { embedUrl, iframeSnippet, scriptSnippet, type WidgetSetup } from '../../demo/builder/snippets.js';

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

  it('carry no integrity attribute for a file sri.json does not list', () => {
    expect(scriptSnippet(setup())).to.match(/^<script type="module" src="https:\/\/cdn\.example\.org\/ahrca-widgets@1\.0\.0\/dist\/ahrca-widgets\.js"><\/script>/);
    expect(scriptSnippet(setup({ integrity: { 'ahrca-widgets.js': 'sha384-abc' } }))).to.include('integrity="sha384-abc" crossorigin="anonymous"');
  });

  it('give the embed page the same attributes as query parameters', () => {
    const url = new URL(embedUrl(setup({ widget: 'timeline', attributes: [['src', 'https://d.example/t.json'], ['lang', 'ru'], ['navigator', '']] })));
    expect([...url.searchParams]).to.deep.equal([['widget', 'timeline'], ['src', 'https://d.example/t.json'], ['lang', 'ru'], ['navigator', '']]);
  });
});

describe('fallback content', () => {
  it('escapes the data’s title and summary, and takes the data’s own page when it has one', () => {
    const fallback = fallbackFor('appeal-banner', { id: 'a', kind: 'appeal', title: HOSTILE, ask: '<b>Sign</b> & share', url: 'https://example.org/a' }, 'en')!;
    expect(fallbackHtml(fallback, 'https://ignored.example')).to.equal(
      '<a href="https://example.org/a">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a> — &lt;b&gt;Sign&lt;/b&gt; &amp; share',
    );
  });

  it('resolves a relative page in the data against the data file, not the page the snippet is pasted into', () => {
    const dataUrl = 'https://data.example.org/ahrca/data/feed.json';
    const appeal = fallbackFor('appeal-banner', { id: 'a', kind: 'appeal', title: 'T', url: '../appeals/andijan' }, 'en', { dataUrl })!;
    expect(appeal.href).to.equal('https://data.example.org/ahrca/appeals/andijan');
    const feed = { people: [{ id: 'p', name: 'N', status: 'detained', url: 'people/p.html' }] };
    expect(fallbackFor('prisoner-card', feed, 'en', { person: 'p', dataUrl })!.href).to.equal('https://data.example.org/ahrca/data/people/p.html');
  });

  it('says nothing about a withdrawn person', () => {
    expect(fallbackFor('prisoner-card', { people: [{ id: 'w', withdrawn: { reason: 'safety' } }] }, 'en', { person: 'w' })).to.equal(undefined);
  });

  it('counts a timeline’s events and spans its years, in the widget’s language', () => {
    const timeline = { title: { en: 'Events', ru: 'События' }, events: [{ id: 'a', date: '2016-09-02', title: 'x' }, { id: 'b', date: '2005-05-13', title: 'y' }] };
    expect(fallbackFor('timeline', timeline, 'en')).to.deep.equal({ title: 'Events', summary: '2 events, 2005–2016' });
  });
});

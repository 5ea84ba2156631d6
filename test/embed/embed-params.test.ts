/** The embed page's whitelist of parameters, and the message shapes both sides of the frame accept. */
import { expect } from '@open-wc/testing';
import { readEmbedRequest } from '../../src/embed/embed-params.js';
import { hashMessage, heightMessage, readMessage, readyMessage } from '../../src/embed/protocol.js';

const BASE = 'https://widgets.example.org/dist/embed.html';
/** The data origins listed when this embed page was built, besides its own. */
const LISTED = ['https://data.example.org', 'https://a.example', 'http://localhost:8080'];
const read = (query: string, listed: readonly string[] = LISTED) => readEmbedRequest(new URLSearchParams(query), BASE, listed);

describe('readEmbedRequest', () => {
  it('gives the element, src first, and the options each widget takes', () => {
    expect(read('widget=timeline&src=https://data.example.org/t.json&order=newest&tags=Andijan,Trials&navigator&no-controls=0&lang=ru')).to.deep.equal({
      ok: true,
      tag: 'ahrca-timeline',
      attributes: [
        ['src', 'https://data.example.org/t.json'],
        ['order', 'newest'],
        ['tags', 'Andijan,Trials'],
        ['navigator', ''],
      ],
      ignored: [],
      refused: [],
      lang: 'ru',
    });
  });

  it('drops unknown parameters, values an option does not take, and another widget’s options', () => {
    const request = read('widget=appeal-banner&src=a.json&layout=floating&theme=auto&person=x&onclick=alert(1)&heading-level=9&data-path=data');
    expect(request).to.deep.equal({
      ok: true,
      tag: 'ahrca-appeal-banner',
      attributes: [
        ['src', 'https://widgets.example.org/dist/a.json'],
        ['theme', 'auto'],
      ],
      ignored: ['layout', 'person', 'onclick', 'heading-level', 'data-path'],
      refused: [],
    });
  });

  it('passes media-on-request to every widget, so a blog whose readers are watched can hold images too', () => {
    for (const widget of ['appeal-banner', 'prisoner-card', 'prisoner-list', 'timeline']) {
      expect(read(`widget=${widget}&src=https://data.example.org/d.json&media-on-request`)).to.deep.include({
        attributes: [
          ['src', 'https://data.example.org/d.json'],
          ['media-on-request', ''],
        ],
        ignored: [],
      });
    }
  });

  it('keeps only http(s) URLs in src, at most five, and reports a src with none', () => {
    const mirrors = read('widget=timeline&src=javascript:alert(1) https://a.example/t.json data:,x http://localhost:8080/t.json 1 2 3 4');
    expect(mirrors.ok && mirrors.attributes[0]).to.deep.equal([
      'src',
      'https://a.example/t.json http://localhost:8080/t.json https://widgets.example.org/dist/1',
    ]);
    expect(read('widget=timeline&src=javascript:alert(1)')).to.include({ ok: true }).and.to.have.deep.property('ignored', ['src']);
  });

  it('drops, unrequested, a src on an origin not listed, and names that origin once', () => {
    expect(read('widget=timeline&src=https://attacker.example/t.json&lang=en')).to.deep.equal({
      ok: true,
      tag: 'ahrca-timeline',
      attributes: [],
      ignored: [],
      refused: ['https://attacker.example'],
      lang: 'en',
    });
    const mixed = read('widget=timeline&src=https://attacker.example/a.json https://data.example.org/t.json https://attacker.example/b.json');
    expect(mixed).to.deep.include({ attributes: [['src', 'https://data.example.org/t.json']], refused: ['https://attacker.example'] });
  });

  it('tells a listed origin from look-alikes: another scheme, port, subdomain, suffix or user part', () => {
    for (const url of [
      'http://data.example.org/t.json',
      'https://data.example.org:8443/t.json',
      'https://evil.data.example.org/t.json',
      'https://data.example.org.attacker.example/t.json',
      'https://data.example.org@attacker.example/t.json',
      'http://localhost:8081/t.json',
    ]) {
      const request = read(`widget=timeline&src=${encodeURIComponent(url)}`);
      expect(request, url).to.deep.include({ attributes: [], refused: [new URL(url).origin] });
    }
    expect(read('widget=timeline&src=https://DATA.example.org:443/t.json')).to.deep.include({ attributes: [['src', 'https://data.example.org/t.json']] });
  });

  it('takes data from its own origin with no origin listed, and from no other', () => {
    expect(read('widget=timeline&src=t.json https://widgets.example.org/u.json https://data.example.org/t.json', [])).to.deep.include({
      attributes: [['src', 'https://widgets.example.org/dist/t.json https://widgets.example.org/u.json']],
      refused: ['https://data.example.org'],
    });
  });

  it('refuses an id that is not one and a language that is not a tag', () => {
    expect(read('widget=prisoner-card&person=../../x&lang=<b>')).to.deep.include({ ignored: ['lang', 'person'], attributes: [] });
  });

  it('names the unknown widget, and keeps the language for the message', () => {
    expect(read('widget=constructor&lang=kk')).to.deep.equal({ ok: false, widget: 'constructor', lang: 'kk' });
    expect(read('')).to.deep.equal({ ok: false, widget: '' });
  });
});

describe('embed messages', () => {
  it('reads the three messages of version 1', () => {
    expect(readMessage(readyMessage())).to.deep.equal({ type: 'ahrca:ready', v: 1 });
    expect(readMessage(heightMessage(412))).to.deep.equal({ type: 'ahrca:height', v: 1, height: 412 });
    expect(readMessage(hashMessage('andijan-2005-05-13'))).to.deep.equal({ type: 'ahrca:hash', v: 1, id: 'andijan-2005-05-13' });
    expect(readMessage(hashMessage(null))).to.deep.equal({ type: 'ahrca:hash', v: 1, id: null });
  });

  it('drops anything else: other versions, bad heights, fragments that are not ids, extra fields', () => {
    for (const data of [
      null,
      'ahrca:height',
      { type: 'ahrca:height', height: 10 },
      { type: 'ahrca:height', v: 2, height: 10 },
      { type: 'ahrca:height', v: 1, height: '10' },
      { type: 'ahrca:height', v: 1, height: Number.POSITIVE_INFINITY },
      { type: 'ahrca:height', v: 1, height: -1 },
      { type: 'ahrca:hash', v: 1, id: 'access_token=abc&x=1' },
      { type: 'ahrca:hash', v: 1, id: '/route' },
      { type: 'ahrca:hash', v: 1 },
      { type: 'ahrca:scroll', v: 1, top: 0 },
    ]) {
      expect(readMessage(data), JSON.stringify(data)).to.equal(undefined);
    }
    expect(readMessage({ type: 'ahrca:height', v: 1, height: 5, evil: '<script>' })).to.deep.equal(heightMessage(5));
  });
});

describe('readEmbedRequest with the query string of a TimelineJS3 embed', () => {
  const KEY = '1xTn9OSdmnxbBtQcKxZYV-xXkKoOpPSu6AUT0LXXszHo';
  const GOOGLE = ['https://docs.google.com'];

  it("reads Knight Lab's generated URL as a timeline, its source a sheet key, and drops the layout options without a word", () => {
    expect(read(`source=${KEY}&font=Default&lang=ru&initial_zoom=2&height=650&hash_bookmark=true&timenav_position=top`, GOOGLE)).to.deep.equal({
      ok: true,
      tag: 'ahrca-timeline',
      attributes: [['src', KEY]],
      ignored: [],
      refused: [],
      lang: 'ru',
    });
  });

  it('takes a sheet link as it is, and a JSON URL like src', () => {
    const link = `https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=0`;
    expect(read(`source=${encodeURIComponent(link)}`, GOOGLE)).to.deep.include({ attributes: [['src', link]] });
    expect(read('source=https://data.example.org/timeline.json')).to.deep.include({ attributes: [['src', 'https://data.example.org/timeline.json']] });
  });

  it('refuses a sheet when the page was built without docs.google.com in its data origins', () => {
    expect(read(`source=${KEY}`, LISTED)).to.deep.include({ attributes: [], refused: ['https://docs.google.com'] });
  });

  it('opens at the end or at a slide, and ignores a start it cannot read', () => {
    expect(read(`source=${KEY}&start_at_end=true&start_at_slide=3`, GOOGLE)).to.deep.include({ startAt: 'end', ignored: [] });
    expect(read(`source=${KEY}&start_at_end=false&start_at_slide=3`, GOOGLE)).to.deep.include({ startAt: 3, ignored: [] });
    expect(read(`source=${KEY}&start_at_slide=last`, GOOGLE))
      .to.deep.include({ ignored: ['start_at_slide'] })
      .and.not.to.have.property('startAt');
  });

  it('reads src, not source, in a widget= address', () => {
    expect(read('widget=timeline&src=https://data.example.org/t.json&source=https://a.example/other.json')).to.deep.include({
      attributes: [['src', 'https://data.example.org/t.json']],
      ignored: [],
    });
  });
});

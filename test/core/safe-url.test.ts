import { expect } from '@open-wc/testing';
import { isExternalUrl, safeUrl } from '../../src/core/safe-url.js';

const BASE = 'https://data.example/appeals/appeal.json';
const PAYLOAD = 'window.__pwned=true';

/** Spellings that a browser reads as a scheme other than http(s), mailto or tel. */
const HOSTILE_URLS: readonly string[] = [
  `javascript:${PAYLOAD}`,
  `JaVaScRiPt:${PAYLOAD}`,
  `JAVASCRIPT:${PAYLOAD}`,
  `\tjavascript:${PAYLOAD}`,
  `\njavascript:${PAYLOAD}`,
  `java\nscript:${PAYLOAD}`,
  `java\tscript:${PAYLOAD}`,
  `java\rscript:${PAYLOAD}`,
  `ja\r\nva\tscr\nipt:${PAYLOAD}`,
  `javascript\t:${PAYLOAD}`,
  `  javascript:${PAYLOAD}`,
  ` \x0b\x0cjavascript:${PAYLOAD}`,
  `\x00javascript:${PAYLOAD}`,
  `\x01javascript:${PAYLOAD}`,
  `\x1fjavascript:${PAYLOAD}`,
  `\x00\x01 \tjavascript:${PAYLOAD}`,
  `javascript:${PAYLOAD}\n`,
  `javascript:${PAYLOAD}\x00 `,
  'javascript:',
  'javascript:void(0)',
  `javascript://%0a${PAYLOAD}`,
  `javascript://example.org/%0a${PAYLOAD}`,
  `javascript:/*--></title></style></textarea></script><svg/onload=${PAYLOAD}>`,
  `data:text/html,<script>${PAYLOAD}</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD10cnVlPC9zY3JpcHQ+',
  '  data:text/html,x',
  `DATA:image/svg+xml,<svg onload=${PAYLOAD}>`,
  'data:image/png;base64,iVBORw0KGgo=',
  'data:,hello',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'livescript:alert(1)',
  'blob:https://data.example/0f3e5c3a-8f0b-4f5e-9a57-2a4c0e1a7b11',
  'file:///etc/passwd',
  'FILE://c:/windows/win.ini',
  'filesystem:https://data.example/temporary/x.html',
  'about:blank',
  'chrome://settings',
  'view-source:https://data.example/',
  'intent://scan/#Intent;scheme=zxing;end',
  'ftp://data.example/file.txt',
  'ws://data.example/socket',
  'wss://data.example/socket',
  'sms:+4930123456',
  'x-unknown:thing',
];

/**
 * Strings that look like a scheme to a person but are relative paths to a URL parser (and so to
 * the browser following the link): they resolve to a harmless path on the base's origin.
 */
const SCHEME_LOOKALIKES: readonly string[] = [
  `&#106;avascript:${PAYLOAD}`,
  `&#x6A;avascript:${PAYLOAD}`,
  `javascript&colon;${PAYLOAD}`,
  `jav&#x09;ascript:${PAYLOAD}`,
  `java\x01script:${PAYLOAD}`,
  `javascript\x00:${PAYLOAD}`,
  `javascript :${PAYLOAD}`,
  `\u00a0javascript:${PAYLOAD}`,
  `\u2028javascript:${PAYLOAD}`,
  `\x7fjavascript:${PAYLOAD}`,
  `\uff4aavascript:${PAYLOAD}`,
];

describe('safeUrl', () => {
  describe('allowed schemes', () => {
    const allowed: ReadonlyArray<[string, string]> = [
      ['https://ahrca.eu/appeals', 'https://ahrca.eu/appeals'],
      ['http://ahrca.eu', 'http://ahrca.eu/'],
      ['HTTPS://AHRCA.EU/Appeal', 'https://ahrca.eu/Appeal'],
      ['  https://ahrca.eu/\n', 'https://ahrca.eu/'],
      ['mailto:info@ahrca.eu', 'mailto:info@ahrca.eu'],
      ['MAILTO:info@ahrca.eu?subject=Appeal', 'mailto:info@ahrca.eu?subject=Appeal'],
      ['tel:+4930123456', 'tel:+4930123456'],
    ];
    for (const [input, expected] of allowed) {
      it(`keeps ${JSON.stringify(input)} as ${expected}`, () => {
        expect(safeUrl(input)).to.equal(expected);
        expect(safeUrl(input, BASE)).to.equal(expected);
      });
    }
  });

  describe('relative URLs', () => {
    it('resolves a path against the base', () => {
      expect(safeUrl('photos/portrait.jpg', BASE)).to.equal('https://data.example/appeals/photos/portrait.jpg');
      expect(safeUrl('../news/', BASE)).to.equal('https://data.example/news/');
      expect(safeUrl('/about', BASE)).to.equal('https://data.example/about');
      expect(safeUrl('?page=2', BASE)).to.equal('https://data.example/appeals/appeal.json?page=2');
      expect(safeUrl('#sign', BASE)).to.equal('https://data.example/appeals/appeal.json#sign');
    });

    it('resolves against document.baseURI without a base', () => {
      expect(safeUrl('photos/portrait.jpg')).to.equal(new URL('photos/portrait.jpg', document.baseURI).href);
    });

    it('resolves a relative base against the page first', () => {
      expect(safeUrl('portrait.jpg', '/data/appeal.json')).to.equal(`${window.location.origin}/data/portrait.jpg`);
    });

    it('allows a protocol-relative URL, which takes the http(s) scheme of its base', () => {
      expect(safeUrl('//other.example/page', BASE)).to.equal('https://other.example/page');
      expect(safeUrl('//other.example/page', 'http://data.example/')).to.equal('http://other.example/page');
    });

    it('refuses everything when the base is itself unsafe', () => {
      expect(safeUrl('page', 'javascript:alert(1)')).to.equal(undefined);
      expect(safeUrl('page', 'data:text/html,x')).to.equal(undefined);
    });
  });

  describe('rejects', () => {
    it(`has at least 40 hostile spellings to check (${HOSTILE_URLS.length})`, () => {
      expect(HOSTILE_URLS.length).to.be.at.least(40);
    });

    for (const hostile of HOSTILE_URLS) {
      it(`rejects ${JSON.stringify(hostile)}`, () => {
        expect(safeUrl(hostile)).to.equal(undefined);
        expect(safeUrl(hostile, BASE)).to.equal(undefined);
      });
    }

    it('rejects strings that do not parse as URLs', () => {
      expect(safeUrl('http://', BASE)).to.equal(undefined);
      expect(safeUrl('https://:443/', BASE)).to.equal(undefined);
      expect(safeUrl('http://[::1', BASE)).to.equal(undefined);
    });

    const nonStrings: ReadonlyArray<[string, unknown]> = [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['a boolean', true],
      ['an array', ['https://ahrca.eu/']],
      ['a URL object', new URL('https://ahrca.eu/')],
      ['a String object', new String('https://ahrca.eu/')],
      ['an object with toString', { toString: () => `javascript:${PAYLOAD}` }],
      ['a symbol', Symbol('https://ahrca.eu/')],
    ];
    for (const [label, value] of nonStrings) {
      it(`rejects ${label}`, () => {
        expect(safeUrl(value)).to.equal(undefined);
      });
    }
  });

  describe('scheme lookalikes', () => {
    for (const lookalike of SCHEME_LOOKALIKES) {
      it(`reads ${JSON.stringify(lookalike)} as a harmless path on the base's origin`, () => {
        const result = safeUrl(lookalike, BASE);
        expect(result).to.be.a('string');
        expect(result!.startsWith('https://data.example/')).to.equal(true, result);
      });
    }
  });
});

describe('isExternalUrl', () => {
  it('is true for a web page on another origin', () => {
    expect(isExternalUrl('https://other.example/page')).to.equal(true);
    expect(isExternalUrl('//other.example/page')).to.equal(true);
  });

  it('is false for the page’s own origin, relative or absolute', () => {
    expect(isExternalUrl('/some/page')).to.equal(false);
    expect(isExternalUrl('page#part')).to.equal(false);
    expect(isExternalUrl(`${window.location.origin}/page`)).to.equal(false);
  });

  it('is false for mailto:, tel: and strings that are not URLs', () => {
    expect(isExternalUrl('mailto:info@ahrca.eu')).to.equal(false);
    expect(isExternalUrl('tel:+4930123456')).to.equal(false);
    expect(isExternalUrl('http://')).to.equal(false);
  });
});

/**
 * The one URL rule (issue #16) against the browser it protects: for every URL spelling in the
 * hardening corpus, the rule keeps exactly what a link in a page would follow to http(s), mailto
 * or tel, as that link would follow it; and the JSON Schema pattern made from the rule refuses every
 * spelling the rule refuses for its scheme.
 */
import { expect } from '@open-wc/testing';
import { ALLOWED_URL_PATTERN, allowedUrl } from '../../src/core/url-rule.js';
import { XSS_FAMILIES } from '../hardening/xss-payloads.js';

const DATA_FILE = 'https://data.example/appeals/appeal.json';
const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

const SPELLINGS = [...XSS_FAMILIES['URL schemes']!, ...XSS_FAMILIES['URL spellings browsers forgive']!];
const LINKS = ['https://ahrca.eu/appeals', 'HTTP://AHRCA.EU', ' \x01https://ahrca.eu/\n', 'ht\ttps://ahrca.eu/', 'mailto:info@ahrca.eu', 'tel:+4930123456'];
const RELATIVE = ['photos/portrait.jpg', '../news/', '/about', '?page=2', '#sign', '//other.example/page', '\\\\other.example\\page'];

/** Where a link in a page whose base is the data file leads: the browser's own reading. */
function followed(url: string): { scheme: string; href: string } {
  const page = document.implementation.createHTMLDocument('');
  page.head.append(Object.assign(page.createElement('base'), { href: DATA_FILE }));
  const link = page.createElement('a');
  link.setAttribute('href', url);
  page.body.append(link);
  return { scheme: link.protocol, href: link.href };
}

const pattern = new RegExp(ALLOWED_URL_PATTERN, 'u');

describe('the URL rule', () => {
  it(`reads the corpus's ${SPELLINGS.length} spellings, links and relative URLs as a link in the page does`, () => {
    const disagreements: string[] = [];
    for (const url of [...SPELLINGS, ...LINKS, ...RELATIVE]) {
      const { scheme, href } = followed(url);
      const expected = ALLOWED_SCHEMES.includes(scheme) ? href : undefined;
      const actual = allowedUrl(url, DATA_FILE);
      if (actual !== expected) disagreements.push(`${JSON.stringify(url)}: the link follows ${href}, the rule gives ${actual}`);
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('keeps links and URLs relative to the data file, resolved as the widget resolves them', () => {
    expect(LINKS.map((url) => allowedUrl(url, DATA_FILE))).to.deep.equal([
      'https://ahrca.eu/appeals',
      'http://ahrca.eu/',
      'https://ahrca.eu/',
      'https://ahrca.eu/',
      'mailto:info@ahrca.eu',
      'tel:+4930123456',
    ]);
    expect(RELATIVE.map((url) => allowedUrl(url, DATA_FILE))).to.deep.equal([
      'https://data.example/appeals/photos/portrait.jpg',
      'https://data.example/news/',
      'https://data.example/about',
      'https://data.example/appeals/appeal.json?page=2',
      'https://data.example/appeals/appeal.json#sign',
      'https://other.example/page',
      'https://other.example/page',
    ]);
  });

  it('refuses what is not a string, what does not parse, and a relative URL against a base that is not a web page', () => {
    for (const value of [undefined, null, 42, ['https://ahrca.eu/'], new URL('https://ahrca.eu/'), { toString: () => 'https://ahrca.eu/' }]) {
      expect(allowedUrl(value), String(value)).to.equal(undefined);
    }
    for (const url of ['http://', 'https://:443/', 'http://[::1', '//[::1']) expect(allowedUrl(url), url).to.equal(undefined);
    expect(allowedUrl('page', 'javascript:alert(1)')).to.equal(undefined);
    expect(allowedUrl('page', 'file:///data/')).to.equal(undefined);
    expect(allowedUrl('https://ahrca.eu/', 'javascript:alert(1)')).to.equal('https://ahrca.eu/');
  });

  it('gives the verdict without a base, as the schemas ask it', () => {
    expect(allowedUrl('java\tscript:alert(document.domain)')).to.equal(undefined);
    expect(allowedUrl('photos/portrait.jpg')).to.be.a('string');
  });
});

describe('the URL rule as a JSON Schema pattern', () => {
  it('refuses every spelling a link follows to another scheme, and takes every one the rule takes', () => {
    const wrong: string[] = [];
    for (const url of [...SPELLINGS, ...LINKS, ...RELATIVE]) {
      const { scheme } = followed(url);
      // A string no parser reads is no link: a pattern cannot tell, and may take it.
      if (scheme === ':') continue;
      if (pattern.test(url) && !ALLOWED_SCHEMES.includes(scheme)) wrong.push(`takes ${JSON.stringify(url)}, which a link follows to ${scheme}`);
      if (!pattern.test(url) && allowedUrl(url, DATA_FILE) !== undefined) wrong.push(`refuses ${JSON.stringify(url)}, which the rule takes`);
    }
    expect(wrong).to.deep.equal([]);
  });
});

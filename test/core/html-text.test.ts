import { expect } from '@open-wc/testing';
import { decodeEntities, plainTextFromHtml } from '../../src/core/adapters/html-text.js';
import { afterImageFailure } from '../helpers/wait.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

describe('plain text from HTML', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('keeps the words a reader sees, one space between blocks', () => {
    expect(plainTextFromHtml('Whitney Houston<br/> 1963 - 2012')).to.equal('Whitney Houston 1963 - 2012');
    expect(plainTextFromHtml('<p>One</p><p>Two</p><ul><li>three</li><li>four</li></ul>')).to.equal('One Two three four');
    expect(plainTextFromHtml('<b>Bold</b><i>italic</i>')).to.equal('Bolditalic');
    expect(plainTextFromHtml('  spaced \n\t out  ')).to.equal('spaced out');
  });

  it('drops what a reader never sees: scripts, styles, comments, embedded documents', () => {
    const html =
      'A<script>window.__pwned=true</script>B<style>p{}</style>C<!-- note -->D' +
      '<iframe srcdoc="<p>x</p>">inside</iframe>E<template><p>t</p></template>F<SCRIPT type="x">G</SCRIPT >H';
    expect(plainTextFromHtml(html)).to.equal('ABCDEFH');
  });

  it('reads tags with quoted attributes, even ones holding ">" or "<"', () => {
    expect(plainTextFromHtml('<a title="a > b" href=\'x<y\'>link</a> after')).to.equal('link after');
    expect(plainTextFromHtml('<img alt=">" src=x onerror="window.__pwned=true">text')).to.equal('text');
  });

  it('keeps a "<" that starts no tag, and loses an unclosed tag or comment', () => {
    expect(plainTextFromHtml('a < b and 3<4')).to.equal('a < b and 3<4');
    expect(plainTextFromHtml('before <b unclosed')).to.equal('before');
    expect(plainTextFromHtml('before <!-- never closed')).to.equal('before');
    expect(plainTextFromHtml('before <script>never closed')).to.equal('before');
    expect(plainTextFromHtml('x</>y')).to.equal('xy');
  });

  it('decodes entities after the tags are gone, so encoded markup stays text', () => {
    expect(plainTextFromHtml('Karimov&#8217;s visit &ndash; Brussels &amp; Prague')).to.equal('Karimov’s visit – Brussels & Prague');
    expect(plainTextFromHtml('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
    expect(decodeEntities('&#x41;&#66;&#0;&#xD800;&#x110000;')).to.equal('AB\ufffd\ufffd\ufffd');
    expect(decodeEntities('&unknown; &amp &AMP;')).to.equal('&unknown; &amp &AMP;');
    expect(decodeEntities('a&nbsp;b')).to.equal('a\u00a0b');
  });

  it('runs nothing it reads', async () => {
    plainTextFromHtml('<img src=x onerror="window.__pwned=true"><svg onload="window.__pwned=true"></svg>');
    await afterImageFailure('x');
    expect(window.__pwned).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import { MARKUP_BUDGET, markupOverBudget, scanMarkup } from '../../src/core/markup-scan.js';

describe('scanMarkup', () => {
  describe('counts what the text would cost', () => {
    it('counts the elements the parser makes: start tags, and the end tags that make one', () => {
      expect(scanMarkup('<p>a</p><ul><li>b</li></ul><br>').elements).to.equal(4);
      expect(scanMarkup('a</p></p></br>').elements).to.equal(3);
      expect(scanMarkup('a < b, <!-- c -->').elements).to.equal(0);
    });

    it('counts attributes, those taken out too', () => {
      expect(scanMarkup('<a href=x title="y" onclick=z>a</a><br style>').attributes).to.equal(4);
    });

    it('counts how deep elements nest, elements that close themselves left out', () => {
      expect(scanMarkup('<div><blockquote><b>x</b></blockquote></div>').depth).to.equal(3);
      expect(scanMarkup('<p>a<p>b<ul><li>c<li>d</ul><br><img src=x>').depth).to.equal(1);
      expect(scanMarkup('<table><tr><td><table><tr><td>x').depth).to.equal(2);
      // An end tag that names nothing open closes nothing: the <b>s stay open, as the parser keeps them.
      expect(scanMarkup('<b></div><b></div><b></div>').depth).to.equal(3);
    });
  });

  describe('leaves out the attributes a CSP reports as soon as they are parsed', () => {
    it('drops style and every on… attribute, in any case and quoting, and keeps the rest', () => {
      expect(scanMarkup('<p style="text-align:center" onclick="x()">a</p>').html).to.equal('<p  >a</p>');
      expect(scanMarkup("<b STYLE = 'color: red' ONLOAD=x() title=t>b</b>").html).to.equal('<b   title=t>b</b>');
      // An unquoted value runs to a space or >: the / and what follows are part of it.
      expect(scanMarkup('<a href="https://example.org/" style=color:blue/onfocus=x()>c</a>').html).to.equal('<a href="https://example.org/" >c</a>');
      expect(scanMarkup('<img src=x onerror=alert(1) style>').html).to.equal('<img src=x  >');
    });

    it('reads a quoted value as the browser does: a > or a style= inside it is text', () => {
      expect(scanMarkup('<div title="a > b style=x" style="y">d</div>').html).to.equal('<div title="a > b style=x" >d</div>');
      expect(scanMarkup("<p title='it''s' onclick='z'>e</p>").html).to.equal("<p title='it''s' >e</p>");
    });

    it('leaves text, comments and attribute-like text alone, and a text with nothing to drop as it was', () => {
      const plain = '<p>style="x" onclick=y</p><!-- <b --> a < b';
      expect(scanMarkup(plain).html).to.equal(plain);
      expect(scanMarkup('<p data-onclick="k" stylish=1>f</p>').html).to.equal('<p data-onclick="k" stylish=1>f</p>');
    });

    it('drops them where a browser would see a tag that the scan thought was over, rather than miss one', () => {
      // The browser's comment runs to -->; the scan's ends at the first >, so the rest is read as tags.
      expect(scanMarkup('<!-- a > <i style=x> -->').html).to.equal('<!-- a > <i > -->');
    });
  });

  it('gives the reason a text is over its budget, or none', () => {
    expect(markupOverBudget(scanMarkup('<p>a</p>'.repeat(MARKUP_BUDGET.elements)))).to.equal(undefined);
    expect(markupOverBudget(scanMarkup('<br>'.repeat(MARKUP_BUDGET.elements + 1)))).to.equal(`over ${MARKUP_BUDGET.elements} elements`);
    expect(markupOverBudget(scanMarkup(`<p ${'a '.repeat(MARKUP_BUDGET.attributes + 1)}>`))).to.equal(`over ${MARKUP_BUDGET.attributes} attributes`);
    expect(markupOverBudget(scanMarkup('<b>'.repeat(MARKUP_BUDGET.depth + 1)))).to.equal(`elements nested over ${MARKUP_BUDGET.depth} deep`);
  });
});

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

  it('gives the reason a text is over its budget, or none', () => {
    expect(markupOverBudget(scanMarkup('<p>a</p>'.repeat(MARKUP_BUDGET.elements)))).to.equal(undefined);
    expect(markupOverBudget(scanMarkup('<br>'.repeat(MARKUP_BUDGET.elements + 1)))).to.equal(`over ${MARKUP_BUDGET.elements} elements`);
    expect(markupOverBudget(scanMarkup(`<p ${'a '.repeat(MARKUP_BUDGET.attributes + 1)}>`))).to.equal(`over ${MARKUP_BUDGET.attributes} attributes`);
    expect(markupOverBudget(scanMarkup('<b>'.repeat(MARKUP_BUDGET.depth + 1)))).to.equal(`elements nested over ${MARKUP_BUDGET.depth} deep`);
  });
});

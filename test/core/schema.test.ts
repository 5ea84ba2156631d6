import { expect } from '@open-wc/testing';
import { AppealSchema } from '../../src/core/schema/appeal.js';
import { validate } from '../../src/core/schema/validate.js';
import { jsonBlocks, sectionOf, text } from '../helpers/docs.js';

describe('appeal data format', () => {
  it('accepts every example in docs/data-format.md and the demo data', async () => {
    const examples = jsonBlocks(sectionOf(await text('/docs/data-format.md'), '`<ahrca-appeal-banner>`'));
    expect(examples.length).to.be.greaterThanOrEqual(2);
    for (const path of ['/demo/data/appeal-andijan-investigation.json', '/demo/data/appeal-prague-letter.json']) {
      examples.push(JSON.parse(await text(path)));
    }
    for (const example of examples) {
      const result = validate(AppealSchema, example);
      expect(result.ok ? [] : result.errors, JSON.stringify(example).slice(0, 60)).to.deep.equal([]);
    }
  });

  it('names every bad field with what it expected and what it got', () => {
    const result = validate(AppealSchema, {
      id: 'bad id!',
      kind: 'petitionx',
      deadline: '2026-02-30',
      published: 'soon',
      signatures: { count: 'many', goal: -3 },
      actions: [{ kind: 'sign' }, { kind: 'share', url: 'javascript:alert(1)' }],
      addressees: [''],
      title: { 'not a tag': 'x' },
    });
    expect(result.ok).to.equal(false);
    const errors = result.ok ? [] : result.errors;
    const expected = [
      /^id: expected an id of letters.*got "bad id!"$/,
      /^kind: expected one of appeal, open-letter, petition, statement, urgent-action, got "petitionx"$/,
      /^title\["not a tag"\]: expected a language tag .*got "not a tag"$/,
      /^addressees\[0\]: expected non-empty text, got ""$/,
      /^published: expected a date like 2005-05-13.*got "soon"$/,
      /^deadline: expected a real calendar date, got "2026-02-30"$/,
      /^signatures\.count: expected a number, got "many"$/,
      /^signatures\.goal: expected zero or more, got -3$/,
      /^actions\[0\]: expected a url for this action, got an object$/,
      /^actions\[1\]\.url: expected an http\(s\), mailto or tel URL, or a relative one, got "javascript:alert\(1\)"$/,
    ];
    for (const pattern of expected) {
      expect(
        errors.some((line) => pattern.test(line)),
        `${pattern} in\n${errors.join('\n')}`,
      ).to.equal(true);
    }
  });

  it('refuses a script URL spelt with a tab or a newline in its scheme, which browsers follow (issue #16)', () => {
    for (const url of ['java\tscript:alert(document.domain)', 'java\nscript:alert(1)', '\tjava\rscript:alert(1)']) {
      const result = validate(AppealSchema, { id: 'a', kind: 'appeal', title: 'T', url });
      expect(result.ok ? [] : result.errors).to.deep.equal([`url: expected an http(s), mailto or tel URL, or a relative one, got ${JSON.stringify(url)}`]);
    }
  });

  it('says which required field is missing', () => {
    const result = validate(AppealSchema, { id: 'a', kind: 'appeal' });
    expect(result.ok ? [] : result.errors).to.deep.equal(['title: is required']);
  });

  it('rejects a markdown summary over the size cap without parsing it', () => {
    const result = validate(AppealSchema, { id: 'a', kind: 'appeal', title: 'T', summary: 'x'.repeat(100_001) });
    expect(result.ok ? [] : result.errors).to.deep.equal(['summary: expected at most 100000 characters, got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"']);
  });
});

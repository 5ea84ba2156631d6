/**
 * What <ahrca-prisoner-card> does with bad input: missing or wrong-typed fields, bad dates, script
 * URLs, oversize markdown, markup in every text field, an unknown status, and a backend that fails.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.js';
import type { AhrcaErrorDetail } from '../../src/core/events.js';
import { watchBadInput } from '../helpers/bad-input.js';
import { imagesSettled } from '../helpers/page.js';
import { $$, fullPerson, markupOf, mountCard, part, shown, squash, textOf, type Data } from '../helpers/prisoner-card.js';
import { IFRAME, IMG, PWN, SCRIPT, SVG } from '../helpers/hostile-markup.js';

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const watch = watchBadInput({ markdown: true });
const { errors } = watch;

/** A card with fallback content for `data`, already rendered. */
function mountWithFallback(data: unknown): Promise<AhrcaPrisonerCard> {
  return fixture<AhrcaPrisonerCard>(
    html`<ahrca-prisoner-card .data=${data}>
      <p id="fallback"><a href="https://example.org/ahrca/prisoners/example">Read the profile on our site</a></p>
    </ahrca-prisoner-card>`,
  );
}

/** Refused: the card shows no part of its own, only the error and the fallback. */
const expectRefused = (el: AhrcaPrisonerCard, reason: string, paths: string[]): Promise<void> =>
  watch.expectRefused(el, reason, paths, () => expect(markupOf(part(el, 'base'))).to.equal(null));

describe('<ahrca-prisoner-card> with bad input', () => {
  const invalid: [string, Data, string[]][] = [
    ['a missing name', fullPerson({ name: undefined }), ['name: is required']],
    ['a missing status', fullPerson({ status: undefined }), ['status: is required']],
    ['a missing id', fullPerson({ id: undefined }), ['id: is required']],
    ['a name that is a number', fullPerson({ name: 42 }), ['name: expected text']],
    ['a birth year in quotes', fullPerson({ birthYear: '1978' }), ['birthYear: expected a number']],
    ['charges that are not a list', fullPerson({ charges: 'fraud' }), ['charges: expected a list of charges, got "fraud"']],
    ['an unknown status', fullPerson({ status: 'jailed' }), ['status: expected one of detained,']],
    [
      'dates that are not dates',
      fullPerson({ arrested: 'soon', released: '2020-02-30', statusConfirmed: '2026-13' }),
      ['arrested: expected a date like 2005-05-13', 'released: expected a real calendar date', 'statusConfirmed: expected a date like 2005-05-13'],
    ],
    [
      'markdown over the size cap in every markdown field',
      fullPerson({
        summary: 'x'.repeat(100_001),
        health: 'y'.repeat(100_001),
        letters: { tips: 'z'.repeat(100_001) },
      }),
      ['summary: expected at most 100000 characters', 'health: expected at most 100000 characters', 'letters.tips: expected at most 100000 characters'],
    ],
    ['a feed with one bad person', { people: [fullPerson(), { id: 'b', name: 'B', status: 'gone' }] }, ['people[1].status: expected one of']],
  ];
  for (const [name, data, paths] of invalid) {
    it(`refuses ${name}, naming the field, and shows the fallback content`, async () => {
      const el = await mountWithFallback(data);
      expect(textOf(part(el, 'error'))).to.equal('This content has errors and cannot be shown.');
      await expectRefused(el, 'invalid-data', paths);
    });
  }

  const SCRIPT_URLS = [
    'javascript:window.__ahrcaPwned=true',
    ' JaVaScRiPt:window.__ahrcaPwned=true',
    'data:text/html,<script>window.__ahrcaPwned=true</script>',
    'vbscript:msgbox(1)',
  ];
  for (const url of SCRIPT_URLS) {
    it(`refuses ${JSON.stringify(url.slice(0, 12))}… in every URL field, naming each`, async () => {
      const data = fullPerson({
        url,
        photo: { url },
        letters: { url },
        recognition: [{ by: 'Org', url }],
        appeals: [{ name: 'Appeal', url }],
        sources: [{ title: 'Source', url }],
      });
      const el = await mountWithFallback(data);
      await expectRefused(
        el,
        'invalid-data',
        ['url', 'photo.url', 'letters.url', 'recognition[0].url', 'appeals[0].url', 'sources[0].url'].map(
          (path) => `${path}: expected an http(s), mailto or tel URL`,
        ),
      );
      expect(window.__ahrcaPwned).to.equal(undefined);
    });
  }

  describe('markup in every text field', () => {
    const MARKDOWN = `# ${SCRIPT}\n\n${IMG} ${SVG}\n\n[js](javascript:${PWN}) [data](data:text/html,x) ${IFRAME}`;

    /** Every text field of the format holds markup; every URL is a harmless one. */
    function hostile(): Data {
      return fullPerson({
        name: { en: IMG, ru: SVG, 'uz-Cyrl': SCRIPT },
        aliases: [SCRIPT],
        photo: { url: '/demo/data/photos/example-1.svg', alt: IMG, credit: SVG },
        occupation: SCRIPT,
        region: { en: IFRAME },
        statusConfirmed: '2026-03-15',
        charges: [{ article: SCRIPT, code: IMG, label: SVG }],
        sentence: { term: IMG, court: SCRIPT, additions: [{ term: SVG, article: IMG, label: IFRAME }] },
        place: { name: IFRAME, address: `${SCRIPT}\n${IMG}` },
        letters: { recipient: SVG, language: IMG, tips: MARKDOWN, url: 'https://example.org/write' },
        summary: MARKDOWN,
        health: MARKDOWN,
        recognition: [{ by: IMG, url: 'https://example.org/r' }],
        appeals: [{ name: SCRIPT, url: 'https://example.org/a' }],
        sources: [{ title: SVG, publisher: IFRAME, url: 'https://example.org/s' }],
      });
    }

    for (const layout of ['full', 'compact']) {
      it(`shows it as literal text, runs nothing and adds no dangerous element (${layout})`, async () => {
        const el = await mountCard(hostile(), { layout });
        const root = el.shadowRoot!;
        await imagesSettled(root);
        expect(window.__ahrcaPwned, 'a payload ran').to.equal(undefined);
        expect(markupOf(root.querySelector('script, iframe, object, embed, style, form, input, base, meta, link, [srcdoc], [style]'))).to.equal(null);
        for (const svg of root.querySelectorAll('svg')) expect(svg.classList.contains('status-icon'), svg.outerHTML).to.equal(true);
        for (const element of root.querySelectorAll('*')) {
          for (const name of element.getAttributeNames()) {
            expect(name.startsWith('on'), `${name} on <${element.localName}>`).to.equal(false);
            if (['href', 'src', 'srcset', 'action', 'formaction'].includes(name)) {
              expect(ALLOWED_SCHEMES).to.include(new URL(element.getAttribute(name)!).protocol);
            }
          }
        }
        expect(shown(part(el, 'name'))).to.equal(IMG);
        if (layout === 'compact') {
          expect(textOf(part(el, 'line'))).to.include(SCRIPT);
          return;
        }
        const text = squash(root.textContent);
        for (const payload of [SCRIPT, IMG, SVG, squash(IFRAME)]) expect(text).to.include(payload);
        expect(textOf(part(el, 'spellings'))).to.include(SVG);
        expect((part(el, 'photo') as HTMLImageElement).alt).to.equal(IMG);
        expect(textOf(part(el, 'summary'))).to.include(SCRIPT);
        expect(textOf(part(el, 'address'))).to.include(SCRIPT);
        expect($$(el, '.summary a[href]').map(markupOf), 'a script link in the summary').to.deep.equal([]);
      });
    }
  });

  describe('a backend that fails', () => {
    // A failure a second try may mend offers "Try again"; data that cannot be read does not.
    const cases: [string, string, string, Partial<AhrcaErrorDetail>, string][] = [
      ['answers 503', '/net/status/503', '0', { reason: 'http', status: 503 }, 'This content could not be loaded. Try again'],
      ['never answers', '/net/hang', '0', { reason: 'timeout' }, 'This content could not be loaded. Try again'],
      ['answers with an HTML page', '/net/html200', '0', { reason: 'not-json' }, 'This content has errors and cannot be shown.'],
    ];
    for (const [name, path, retries, expected, message] of cases) {
      it(`shows the error and the fallback when the server ${name}`, async () => {
        const src = `${path}?id=card-net-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
        const el = await fixture<AhrcaPrisonerCard>(
          html`<ahrca-prisoner-card src=${src} retries=${retries} timeout="400">
            <p id="fallback"><a href="https://example.org/ahrca/prisoners/example">Read the profile on our site</a></p>
          </ahrca-prisoner-card>`,
        );
        await oneEvent(el, 'ahrca-error');
        await el.updateComplete;
        expect(errors[0]).to.include(expected);
        expect(textOf(part(el, 'error'))).to.equal(message);
        await expectRefused(el, expected.reason!, []);
      });
    }
  });
});

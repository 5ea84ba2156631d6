/**
 * What <ahrca-prisoner-list> does with bad input: missing or wrong-typed fields, repeated ids,
 * script URLs, markup in every text field it shows or searches, and a backend that fails.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AhrcaPrisonerList } from '../../src/components/prisoner-list/prisoner-list.js';
import type { AhrcaErrorDetail } from '../../src/core/events.js';
import { watchBadInput } from '../helpers/bad-input.js';
import { imagesSettled } from '../helpers/page.js';
import { fullPerson, markupOf, squash, textOf, type Data } from '../helpers/prisoner-card.js';
import { mountList, names, openCard, part, tiles, typeSearch } from '../helpers/prisoner-list.js';
import { IMG, PWN, SCRIPT, SVG } from '../helpers/hostile-markup.js';

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const watch = watchBadInput();
const { errors, pageProblems } = watch;

afterEach(() => {
  history.replaceState(history.state, '', location.pathname + location.search);
});

function mountWithFallback(data: unknown): Promise<AhrcaPrisonerList> {
  return fixture<AhrcaPrisonerList>(
    html`<ahrca-prisoner-list .data=${data}>
      <p id="fallback"><a href="https://example.org/ahrca/prisoners">See the list on our site</a></p>
    </ahrca-prisoner-list>`,
  );
}

/** Refused: the list shows no tile, only the error and the fallback. */
const expectRefused = (el: AhrcaPrisonerList, reason: string, paths: string[]): Promise<void> =>
  watch.expectRefused(el, reason, paths, () => expect(tiles(el)).to.have.length(0));

const feed = (...people: Data[]): Data => ({ people });

describe('<ahrca-prisoner-list> with bad input', () => {
  const invalid: [string, unknown, string[]][] = [
    ['people that are not a list', { people: 'everyone' }, ['people: expected a list of people']],
    ['a feed without people', { title: 'Prisoners' }, ['people: is required']],
    ['a person without a name', feed(fullPerson(), fullPerson({ id: 'b', name: undefined })), ['people[1].name: is required']],
    ['a person without a status', feed(fullPerson({ status: undefined })), ['people[0].status: is required']],
    ['a person without an id', feed(fullPerson({ id: undefined })), ['people[0].id: is required']],
    ['a name that is a number', feed(fullPerson({ name: 42 })), ['people[0].name: expected text']],
    ['aliases that are not a list', feed(fullPerson({ aliases: 'Namouna' })), ['people[0].aliases: expected a list of names']],
    ['an unknown status', feed(fullPerson({ status: 'jailed' })), ['people[0].status: expected one of detained,']],
    ['a date that is not a date', feed(fullPerson({ arrested: 'soon' })), ['people[0].arrested: expected a date like 2005-05-13']],
    ['the same id twice', feed(fullPerson(), fullPerson()), ['expected each id once ("example-namuna-odamov" is repeated)']],
    ['an id with markup in it', feed(fullPerson({ id: 'x"><img src=x>' })), ['people[0].id: expected an id of letters, digits']],
    ['a title that is a number', { title: 7, people: [fullPerson()] }, ['title: expected text']],
  ];
  for (const [name, data, paths] of invalid) {
    it(`refuses ${name}, naming the field, and shows the fallback content`, async () => {
      const el = await mountWithFallback(data);
      expect(textOf(part(el, 'error'))).to.equal('This content has errors and cannot be shown.');
      await expectRefused(el, 'invalid-data', paths);
    });
  }

  for (const [label, withdrawn] of [
    ['without a known reason', { reason: 'asked' }],
    ['of true', true],
    ['of null', null],
    ['of false', false],
  ] as const) {
    it(`takes down a record with a withdrawal ${label}: malformed, it still withdraws, and nothing of it shows`, async () => {
      const el = await mountWithFallback(feed(fullPerson(), { id: `w-${label.replaceAll(' ', '-')}`, withdrawn, name: 'Never Shown', status: 'detained' }));
      expect(errors).to.deep.equal([]);
      expect(names(el)).to.deep.equal(['Namuna Odamov']);
      expect(textOf(part(el, 'withdrawn-note'))).to.equal('1 profile has been withdrawn and is not listed.');
      expect(el.shadowRoot!.innerHTML).to.not.include('Never Shown');
    });
  }

  it('shows a withdrawn record with a broken body as nothing, not as an error', async () => {
    const el = await mountWithFallback(feed(fullPerson(), { id: 'w', withdrawn: { reason: 'consent' }, name: 42, status: 'gone', photo: 'x' }));
    expect(errors).to.deep.equal([]);
    expect(names(el)).to.deep.equal(['Namuna Odamov']);
    expect(el.shadowRoot!.innerHTML).to.not.include('gone');
  });

  const SCRIPT_URLS = [
    'javascript:window.__ahrcaPwned=true',
    ' JaVaScRiPt:window.__ahrcaPwned=true',
    'data:text/html,<script>window.__ahrcaPwned=true</script>',
  ];
  for (const url of SCRIPT_URLS) {
    it(`refuses ${JSON.stringify(url.slice(0, 12))}… in the URL fields, naming each`, async () => {
      const el = await mountWithFallback(feed(fullPerson(), fullPerson({ id: 'b', url, photo: { url }, appeals: [{ name: 'Appeal', url }] })));
      await expectRefused(
        el,
        'invalid-data',
        ['people[1].url', 'people[1].photo.url', 'people[1].appeals[0].url'].map((path) => `${path}: expected an http(s), mailto or tel URL`),
      );
      expect(window.__ahrcaPwned).to.equal(undefined);
    });
  }

  describe('markup in every text field', () => {
    function hostile(): Data {
      return {
        title: { en: SVG },
        people: [
          fullPerson({
            name: { en: IMG, ru: SCRIPT },
            aliases: [SVG],
            photo: { url: '/demo/data/photos/example-1.svg', alt: IMG },
            occupation: SCRIPT,
            region: { en: SVG },
            summary: `# ${SCRIPT}\n\n${IMG} [js](javascript:${PWN})`,
          }),
        ],
      };
    }

    it('shows it as literal text, in the tiles, the search and the dialog, and runs nothing', async () => {
      const el = await mountList(hostile());
      await typeSearch(el, '<img src=x');
      expect(names(el)).to.deep.equal([IMG]);
      tiles(el)[0]!.click();
      const card = await openCard(el);
      await Promise.all([imagesSettled(el.shadowRoot!), imagesSettled(card.shadowRoot!)]);
      expect(window.__ahrcaPwned, 'a payload ran').to.equal(undefined);
      for (const root of [el.shadowRoot!, card.shadowRoot!]) {
        expect(markupOf(root.querySelector('script, iframe, object, embed, style, form, base, meta, link, [srcdoc], [style]'))).to.equal(null);
        for (const element of root.querySelectorAll('*')) {
          for (const name of element.getAttributeNames()) {
            expect(name.startsWith('on'), `${name} on <${element.localName}>`).to.equal(false);
            if (['src', 'srcset', 'action', 'formaction'].includes(name) || (name === 'href' && !element.getAttribute(name)!.startsWith('#'))) {
              expect(ALLOWED_SCHEMES).to.include(new URL(element.getAttribute(name)!, location.href).protocol);
            }
          }
        }
      }
      expect(textOf(part(el, 'title'))).to.equal(SVG);
      expect(squash(tiles(el)[0]!.textContent)).to.include(SCRIPT);
      expect(dialogLabel(el)).to.equal(IMG);
    });
  });

  describe('a backend that fails', () => {
    const cases: [string, string, Partial<AhrcaErrorDetail>][] = [
      ['answers 503', '/net/status/503', { reason: 'http', status: 503 }],
      ['never answers', '/net/hang', { reason: 'timeout' }],
      ['answers with an HTML page', '/net/html200', { reason: 'not-json' }],
      ['sends an appeal instead of a feed', '/net/json?body=appeal', { reason: 'invalid-data' }],
    ];
    for (const [name, path, expected] of cases) {
      it(`shows the error and the fallback when the server ${name}`, async () => {
        const src = `${path}${path.includes('?') ? '&' : '?'}id=list-net-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
        const el = await fixture<AhrcaPrisonerList>(
          html`<ahrca-prisoner-list src=${src} retries="0" timeout="400">
            <p id="fallback"><a href="https://example.org/ahrca/prisoners">See the list on our site</a></p>
          </ahrca-prisoner-list>`,
        );
        await oneEvent(el, 'ahrca-error');
        await el.updateComplete;
        expect(errors[0]).to.include(expected);
        await expectRefused(el, expected.reason!, expected.reason === 'invalid-data' ? ['people: is required'] : []);
      });
    }

    it('opens no one from the address when the data never arrives', async () => {
      history.replaceState(history.state, '', '#example-namuna-odamov');
      const el = await fixture<AhrcaPrisonerList>(html`<ahrca-prisoner-list src="/net/status/404?id=list-net-hash" retries="0"></ahrca-prisoner-list>`);
      await oneEvent(el, 'ahrca-error');
      await el.updateComplete;
      expect(markupOf(part(el, 'dialog'))).to.equal(null);
      expect(pageProblems).to.deep.equal([]);
    });
  });
});

function dialogLabel(el: AhrcaPrisonerList): string | null {
  return part(el, 'dialog')!.getAttribute('aria-label');
}

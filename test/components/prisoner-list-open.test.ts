/**
 * Opening a person from <ahrca-prisoner-list>: the dialog, `#id` in the address, Back and Forward,
 * a page loaded with `#id`, and the keyboard through search, filters, tiles and the dialog.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { AhrcaActionDetail } from '../../src/core/events.js';
import { readHashId, writeHashId } from '../../src/core/location-hash.js';
import { englishPage, recordPage } from '../helpers/page.js';
import { markupOf, textOf } from '../helpers/prisoner-card.js';
import { closed, dialogOf, feedUrl, filterButton, manyPeople, mountDemoList, mountList, openCard, part, tileOf, tiles } from '../helpers/prisoner-list.js';

const { seen, clicks, problems: pageProblems, eventsOf } = recordPage();

const focused = (root: { shadowRoot: ShadowRoot | null }): Element | null => root.shadowRoot!.activeElement;

englishPage();

afterEach(() => writeHashId(undefined));

describe('<ahrca-prisoner-list> opening a person', () => {
  it('opens the full profile in a modal dialog named after the person, with #id in the address', async () => {
    const el = await mountDemoList();
    const historyLength = history.length;
    tileOf(el, 'example-misol-xatova')!.click();
    const card = await openCard(el);
    const dialog = dialogOf(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('Misol Khatova');
    expect(readHashId()).to.equal('example-misol-xatova');
    expect(history.length).to.equal(historyLength + 1);
    expect(card.getAttribute('heading-level')).to.equal('2');
    expect(textOf(card.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Misol Khatova');
    expect(card.shadowRoot!.querySelector('[part~="facts"]'), 'the full layout').to.not.equal(null);
    expect(markupOf(focused(el))).to.equal(markupOf(part(el, 'close')));
    expect(textOf(part(el, 'close'))).to.equal('Close');
    expect(clicks).to.deep.equal([{ prevented: true }]);
  });

  it('resolves the card’s photo against the feed’s URL', async () => {
    const el = await mountDemoList();
    tileOf(el, 'example-namuna-odamov')!.click();
    const card = await openCard(el);
    const photo = card.shadowRoot!.querySelector<HTMLImageElement>('[part~="photo"]')!;
    expect(photo.src).to.equal(new URL('/demo/data/photos/example-1.svg', location.href).href);
  });

  it('closes on Escape, goes Back over its history entry and gives the focus back to the tile', async () => {
    const el = await mountDemoList();
    const tile = tileOf(el, 'example-misol-xatova')!;
    tile.focus();
    const historyLength = history.length;
    tile.click();
    await openCard(el);
    await sendKeys({ press: 'Escape' });
    await closed(el);
    await waitUntil(() => readHashId() === undefined, 'Escape did not clear the address');
    expect(history.length).to.equal(historyLength + 1);
    expect(markupOf(focused(el))).to.equal(markupOf(tile));
    expect(markupOf(dialogOf(el).querySelector('ahrca-prisoner-card')), 'nothing of the person stays in the dialog').to.equal(null);
  });

  it('closes with Back, and opens again with Forward', async () => {
    const el = await mountDemoList();
    const tile = tileOf(el, 'example-sinova-ibrat')!;
    tile.click();
    await openCard(el);
    history.back();
    await closed(el);
    expect(readHashId()).to.equal(undefined);
    expect(markupOf(focused(el))).to.equal(markupOf(tile));
    history.forward();
    await waitUntil(() => dialogOf(el).open, 'Forward did not open the dialog');
    expect(dialogOf(el).getAttribute('aria-label')).to.equal('Ibrat Sinovova');
  });

  it('closes from the close button and from a click on the backdrop', async () => {
    const el = await mountDemoList();
    for (const close of [() => part(el, 'close')!.click(), () => dialogOf(el).click()]) {
      tileOf(el, 'example-namuna-odamov')!.click();
      await openCard(el);
      close();
      await closed(el);
      await waitUntil(() => readHashId() === undefined);
      expect(markupOf(focused(el))).to.equal(markupOf(tileOf(el, 'example-namuna-odamov')));
    }
  });

  it('opens the person a page is loaded with, once the data has arrived', async () => {
    writeHashId('example-misal-nemune');
    const historyLength = history.length;
    const el = await mountList(undefined, { src: feedUrl() });
    const card = await openCard(el);
    expect(textOf(card.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Misal Nemune');
    part(el, 'close')!.click();
    await closed(el);
    expect(readHashId(), 'the address no longer names the person').to.equal(undefined);
    expect(history.length, 'no entry was added to go Back over').to.equal(historyLength);
    expect(markupOf(focused(el))).to.equal(markupOf(tileOf(el, 'example-misal-nemune')));
  });

  it('renders the tile of a person far down a feed of 2,000 that the address opens, and focuses it on close', async () => {
    writeHashId('person-1500');
    const el = await mountList({ people: manyPeople(2000) });
    await openCard(el);
    expect(tiles(el).length).to.be.within(1501, 1600);
    part(el, 'close')!.click();
    await closed(el);
    expect(markupOf(focused(el))).to.equal(markupOf(tileOf(el, 'person-1500')));
  });

  for (const [what, id] of [
    ['an id that is not in the feed', 'someone-else'],
    ['a withdrawn person', 'example-withdrawn'],
    ['a badly encoded id', '%E0%A4%A'],
  ] as const) {
    it(`shows nothing special for ${what} in the address`, async () => {
      location.hash = id;
      const el = await mountList(undefined, { src: feedUrl() });
      await waitUntil(() => tiles(el).length > 0, 'no tiles', { timeout: 5000 });
      // The address is read in the update that shows the tiles; an opened dialog would show by the next.
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
      expect(markupOf(dialogOf(el).querySelector('ahrca-prisoner-card'))).to.equal(null);
      expect(eventsOf('ahrca-error')).to.deep.equal([]);
      expect(pageProblems).to.deep.equal([]);
    });
  }

  it('follows a #id link elsewhere on the page', async () => {
    const el = await mountDemoList();
    location.hash = 'example-primer-obraztsov';
    await waitUntil(() => dialogOf(el).open);
    expect(dialogOf(el).getAttribute('aria-label')).to.equal('Primer Obraztsov');
    location.hash = 'some-timeline-event';
    await waitUntil(() => !dialogOf(el).open, 'an address that names no one here closes the dialog');
  });

  it('tells the page, which may open the person itself', async () => {
    const el = await mountDemoList();
    tileOf(el, 'example-namuna-odamov')!.click();
    expect(eventsOf<AhrcaActionDetail>('ahrca-action')).to.deep.equal([{ action: 'open', url: new URL('#example-namuna-odamov', location.href).href }]);
    await openCard(el);
    part(el, 'close')!.click();
    await closed(el);
    await waitUntil(() => readHashId() === undefined);
    const cancel = (event: Event): void => event.preventDefault();
    el.addEventListener('ahrca-action', cancel);
    tileOf(el, 'example-namuna-odamov')!.click();
    await el.updateComplete;
    el.removeEventListener('ahrca-action', cancel);
    expect(dialogOf(el).open).to.equal(false);
    expect(readHashId()).to.equal(undefined);
  });

  it('leaves a click with a modifier key to the browser (a new tab opens the person from its address)', async () => {
    const el = await mountDemoList();
    tileOf(el, 'example-namuna-odamov')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    await el.updateComplete;
    expect(clicks).to.deep.equal([{ prevented: false }]);
    expect(dialogOf(el).open).to.equal(false);
  });

  it('keeps the card’s load event inside, and lets its actions out', async () => {
    const el = await mountDemoList();
    seen.length = 0;
    tileOf(el, 'example-namuna-odamov')!.click();
    const card = await openCard(el);
    // The card's own load has happened once it shows the person; it must not have reached the page.
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="name"]'), 'the card did not show the person');
    expect(seen.map((event) => event.type)).to.deep.equal(['ahrca-action']);
    card.shadowRoot!.querySelector<HTMLAnchorElement>('[data-action="source"]')!.click();
    expect(eventsOf<AhrcaActionDetail>('ahrca-action').map((detail) => detail.action)).to.deep.equal(['open', 'source']);
  });

  it('stops following the address once removed', async () => {
    const el = await mountDemoList();
    el.remove();
    // Listeners run in the order they were added: had the list still been listening, it would have
    // followed the address before this one hears it.
    const heard = oneEvent(window, 'hashchange');
    location.hash = 'example-namuna-odamov';
    await heard;
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(pageProblems).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations with the dialog open (theme="${theme}")`, async () => {
      const el = await mountDemoList({ theme });
      tileOf(el, 'example-namuna-odamov')!.click();
      await openCard(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<ahrca-prisoner-list> from the keyboard', () => {
  it('goes from the search to the filters to the tiles, opens one with Enter and comes back with Escape', async () => {
    const page = await fixture(html`<div><button>before</button><ahrca-prisoner-list src=${feedUrl()}></ahrca-prisoner-list></div>`);
    const el = page.querySelector('ahrca-prisoner-list')!;
    await waitUntil(() => tiles(el).length > 0);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(markupOf(focused(el))).to.equal(markupOf(part(el, 'search')));
    await sendKeys({ type: 'sinov' });
    await waitUntil(() => tiles(el).length === 3, 'typing did not search');
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el)), 'the filters come after the search').to.match(/^Detained/);
    const filters = el.shadowRoot!.querySelectorAll('[part~="filter"]').length;
    for (let press = 1; press < filters; press += 1) await sendKeys({ press: 'Tab' });
    expect(textOf(focused(el))).to.match(/^Status unknown/);
    await sendKeys({ press: 'Tab' });
    expect(markupOf(focused(el))).to.equal(markupOf(tiles(el)[0]));
    await sendKeys({ press: 'Tab' });
    expect(markupOf(focused(el))).to.equal(markupOf(tiles(el)[1]));
    await sendKeys({ press: 'Enter' });
    await openCard(el);
    expect(dialogOf(el).getAttribute('aria-label')).to.equal('Sinov Namunaev');
    await sendKeys({ press: 'Escape' });
    await closed(el);
    expect(markupOf(focused(el))).to.equal(markupOf(tiles(el)[1]));
  });

  it('toggles a filter with Space and Enter', async () => {
    const el = await mountDemoList();
    const released = filterButton(el, 'Released');
    released.focus();
    // ' ' rather than 'Space': Firefox's WebDriver BiDi knows keys by the character they type.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(released.getAttribute('aria-pressed')).to.equal('true');
    expect(tiles(el)).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(released.getAttribute('aria-pressed')).to.equal('false');
    expect(tiles(el)).to.have.length(12);
  });

  it('keeps the focus in the dialog while it is open', async () => {
    const el = await mountDemoList();
    tileOf(el, 'example-misol-xatova')!.click();
    const card = await openCard(el);
    for (let press = 0; press < 12; press += 1) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el) ?? document.activeElement;
      const inside = active === card || dialogOf(el).contains(active) || active === document.body;
      expect(inside, `focus left the dialog for ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
    }
  });
});

/**
 * <ahrca-prisoner-list> as a reader sees it, a screen reader hears it and a host page receives it:
 * the grid, every status, search by any spelling, filters, the count, withdrawn records and 2,000
 * people. Opening a person, the address and the keyboard: prisoner-list-open.test.ts. Bad input:
 * prisoner-list-input.test.ts.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { AhrcaPrisonerList } from '../../src/components/prisoner-list/prisoner-list.js';
import { searchKey } from '../../src/components/prisoner-list/prisoner-search.js';
import type { AhrcaLoadDetail } from '../../src/core/events.js';
import { PRISONER_STATUSES } from '../../src/core/schema/prisoner.js';
import { englishPage, recordPage } from '../helpers/page.js';
import { fullPerson, markupOf, shown, textOf, type Data } from '../helpers/prisoner-card.js';
import { $, announcement, filterButton, manyPeople, mountDemoList, mountList, names, part, parts, tiles, typeSearch } from '../helpers/prisoner-list.js';

const { seen } = recordPage();

englishPage();

/** What a screen reader reads in a node: its text without the parts hidden from it. */
function heard(node: Element | undefined): string {
  const clone = node?.cloneNode(true) as Element | undefined;
  for (const hidden of clone?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove();
  return textOf(clone);
}

const person = (id: string, name: unknown, extra: Data = {}): Data => ({ id, name, status: 'detained', ...extra });

/** Two spellings in two scripts, aliases, and names that need the search to be forgiving. */
function spellingFeed(): Data {
  return {
    people: [
      person('abdullaev', { ru: 'Алишер Абдуллаев', 'uz-Latn': 'Alisher Abdullayev' }, { aliases: ['Abdoullaev'] }),
      person('yolkin', { ru: 'Фёдор Ёлкин', en: 'Fyodor Yolkin' }, { status: 'released' }),
      person('gofurov', { 'uz-Latn': 'Gʻofur Oʻrinov', 'uz-Cyrl': 'Ғофур Ўринов' }, { status: 'in-exile' }),
      person('noel', { fr: 'Noël Lefèvre' }, { status: 'released' }),
      person('ornek', { kk: 'Өрнек Үлгиев', 'kk-Latn': 'Örnek Ülgiev' }, { status: 'unknown' }),
      person('hidden', 'Odam Yashirin', { withdrawn: { reason: 'safety' } }),
    ],
  };
}

/**
 * Waits until the list stops adding tiles on its own: it adds them while "Show more" is near the
 * viewport, an intersection observer reporting after a frame, in a task, then a render. Settled is
 * when a round of that adds none.
 */
async function tilesSettled(el: AhrcaPrisonerList): Promise<void> {
  await waitUntil(() => tiles(el).length > 0, 'no tiles');
  for (let count = -1; tiles(el).length !== count;) {
    count = tiles(el).length;
    await nextFrame();
    await new Promise<void>((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}

describe('<ahrca-prisoner-list>', () => {
  describe('the demo feed', () => {
    it('shows a tile per published person, the title as a heading and the count', async () => {
      const el = await mountDemoList();
      expect(tiles(el)).to.have.length(12);
      expect(names(el)[0]).to.equal('Namuna Odamov');
      const title = part(el, 'title')!;
      expect([title.getAttribute('role'), title.getAttribute('aria-level'), textOf(title)]).to.deep.equal(['heading', '2', 'Example profiles (fictional)']);
      expect(textOf(part(el, 'count'))).to.equal('12 people');
      expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
      expect(textOf(part(el, 'withdrawn-note'))).to.equal('1 profile has been withdrawn and is not listed.');
    });

    it('makes each tile one link to #id that names the person and the status', async () => {
      const el = await mountDemoList();
      const [first] = tiles(el);
      expect(first!.localName).to.equal('a');
      expect(first!.getAttribute('href')).to.equal('#example-namuna-odamov');
      expect(heard(first)).to.match(/^Namuna Odamov Detained Schoolteacher \(fictional example\), Andijan region \. In detention for \d+ years?/);
      expect(first!.querySelector('[part~="portrait"]')!.closest('[aria-hidden="true"]'), 'the portrait repeats the name').to.not.equal(null);
      expect(first!.closest('li')!.parentElement!.localName).to.equal('ul');
    });

    it('never puts a withdrawn record in the DOM or the events', async () => {
      const el = await mountDemoList();
      const everything = el.shadowRoot!.innerHTML + JSON.stringify(seen.map((event) => event.detail));
      expect(everything).to.not.include('example-withdrawn');
      // The demo's withdrawn record holds nothing else (compile publishes no more); this one still has a name.
      const leftover = await mountList(spellingFeed());
      const shownOfLeftover = leftover.shadowRoot!.innerHTML + JSON.stringify(seen.map((event) => event.detail));
      for (const secret of ['Yashirin', '"hidden"', '#hidden']) expect(shownOfLeftover, secret).to.not.include(secret);
    });

    it('resolves photos against the feed’s URL', async () => {
      const el = await mountDemoList();
      const photo = tiles(el)[0]!.querySelector('img')!;
      expect(photo.src).to.equal(new URL('/demo/data/photos/example-1.svg', location.href).href);
      expect(photo.getAttribute('loading')).to.equal('lazy');
    });

    it('tells the page once that the data is shown, and nothing about the people', async () => {
      const el = await mountList({ people: [fullPerson()] });
      await el.updateComplete;
      expect(seen.map((event) => [event.type, event.detail])).to.deep.equal([['ahrca-load', { source: 'property', stale: false } satisfies AhrcaLoadDetail]]);
    });
  });

  describe('every status', () => {
    const feed = { people: PRISONER_STATUSES.map((status) => person(`p-${status}`, `Person ${status}`, { status })) };

    for (const status of PRISONER_STATUSES) {
      it(`shows ${status} on its tile and offers a filter for it`, async () => {
        const el = await mountList(feed);
        const tile = tiles(el).find((candidate) => candidate.getAttribute('href') === `#p-${status}`)!;
        expect(tile.querySelector(`[part~="status-${status}"]`), markupOf(tile) ?? undefined).to.not.equal(null);
        const button = parts(el, 'filter')[PRISONER_STATUSES.indexOf(status)]!;
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        expect(textOf(button.querySelector('[part~="filter-count"]'))).to.equal('1');
      });
    }

    it('labels the filters in the vocabulary’s order, and only the statuses someone has', async () => {
      const el = await mountList({ people: [person('a', 'A', { status: 'released' }), person('b', 'B'), person('c', 'C')] });
      expect(parts(el, 'filter').map(textOf)).to.deep.equal(['Detained 2', 'Released 1']);
      const group = part(el, 'filters')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(textOf(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Filter by status');
    });

    it('offers no filter when everyone has the same status', async () => {
      const el = await mountList({ people: [person('a', 'A'), person('b', 'B')] });
      expect(markupOf(part(el, 'filters'))).to.equal(null);
    });
  });

  describe('search', () => {
    const cases: [string, string, string[]][] = [
      ['the Cyrillic spelling', 'Абдуллаев', ['Alisher Abdullayev']],
      ['the Latin spelling', 'Abdullayev', ['Alisher Abdullayev']],
      ['another case', 'ABDULLAYEV', ['Alisher Abdullayev']],
      ['words in another order and cut short', 'абдулл алиш', ['Alisher Abdullayev']],
      ['an alias', 'abdoullaev', ['Alisher Abdullayev']],
      ['е for ё', 'Федор Елкин', ['Fyodor Yolkin']],
      ['no diacritics', 'noel lefevre', ['Noël Lefèvre']],
      ['an apostrophe for ʻ', "G'ofur O‘rinov", ['Gʻofur Oʻrinov']],
      ['no apostrophe at all', 'gofur', ['Gʻofur Oʻrinov']],
      ['у for ў and г for ғ', 'Гофур Уринов', ['Gʻofur Oʻrinov']],
      ['о for ө', 'Орнек', ['Örnek Ülgiev']],
    ];
    for (const [what, text, expected] of cases) {
      it(`finds a person by ${what}: "${text}"`, async () => {
        const el = await mountList(spellingFeed());
        await typeSearch(el, text);
        expect(names(el)).to.deep.equal(expected);
      });
    }

    it('does not transliterate: a spelling the data does not hold finds no one', async () => {
      const el = await mountList({ people: [person('a', { ru: 'Алишер Абдуллаев' })] });
      await typeSearch(el, 'Abdullaev');
      expect(names(el)).to.deep.equal([]);
    });

    it('never finds a withdrawn person, by name or by id', async () => {
      const el = await mountList(spellingFeed());
      for (const text of ['Yashirin', 'hidden', 'Odam']) {
        await typeSearch(el, text);
        expect(names(el), text).to.deep.equal([]);
      }
    });

    it('says when no one matches and shows everyone again on request, back in the search field', async () => {
      const el = await mountList(spellingFeed());
      await typeSearch(el, 'zzz');
      expect(markupOf(part(el, 'grid'))).to.equal(null);
      expect(shown(part(el, 'no-match'))).to.equal('No one matches this search. Show everyone');
      part(el, 'show-all')!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
      expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
      expect(markupOf(el.shadowRoot!.activeElement)).to.equal(markupOf(part(el, 'search')));
    });

    it('labels the search field', async () => {
      const el = await mountList(spellingFeed());
      const input = part(el, 'search') as HTMLInputElement;
      expect(input.type).to.equal('search');
      expect(textOf(input.labels?.[0])).to.equal('Search by name');
    });

    it('compares text without case, diacritics, apostrophes or punctuation', () => {
      expect(['Фёдор  Ёлкин', 'O‘g‘li', "O'G'LI", 'Noël-Lefèvre', 'ДЖЎРАЕВ'].map(searchKey)).to.deep.equal([
        'федор елкин',
        'ogli',
        'ogli',
        'noel lefevre',
        'джураев',
      ]);
    });
  });

  describe('filters', () => {
    it('keeps the statuses pressed, several at once, and none pressed shows everyone', async () => {
      const el = await mountList(spellingFeed());
      filterButton(el, 'Released').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Fyodor Yolkin', 'Noël Lefèvre']);
      expect(filterButton(el, 'Released').getAttribute('aria-pressed')).to.equal('true');
      filterButton(el, 'In exile').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Fyodor Yolkin', 'Gʻofur Oʻrinov', 'Noël Lefèvre']);
      filterButton(el, 'Released').click();
      filterButton(el, 'In exile').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
    });

    it('combines with the search, and counts per status what the search finds', async () => {
      const el = await mountList(spellingFeed());
      await typeSearch(el, 'n');
      expect(parts(el, 'filter').map(textOf)).to.deep.equal(['Detained 0', 'Released 2', 'In exile 1', 'Status unknown 1']);
      filterButton(el, 'Released').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Fyodor Yolkin', 'Noël Lefèvre']);
      await typeSearch(el, 'noel');
      expect(names(el)).to.deep.equal(['Noël Lefèvre']);
      expect(parts(el, 'filter').map(textOf)).to.deep.equal(['Detained 0', 'Released 1', 'In exile 0', 'Status unknown 0']);
      await announcement(el, '1 of 5 people');
    });
  });

  describe('the count', () => {
    it('is announced once the reader pauses, not at every keystroke', async () => {
      const el = await mountList(spellingFeed());
      const region = part(el, 'count')!;
      expect([region.getAttribute('role'), textOf(region)]).to.deep.equal(['status', '5 people']);
      await typeSearch(el, 'Ab');
      expect(names(el), 'the tiles follow at once').to.deep.equal(['Alisher Abdullayev']);
      expect(textOf(region), 'not yet announced').to.equal('5 people');
      await announcement(el, '1 of 5 people');
    });

    const plurals: [string, number, number, string][] = [
      ['en', 1, 1, '1 of 1 person'],
      ['ru', 1, 21, '1 из 21 человека'],
      ['ru', 3, 24, '3 из 24 человек'],
      ['ru', 0, 5, '0 из 5 человек'],
      ['fr', 2, 2, '2 sur 2 personnes'],
      ['uz-Latn', 2, 5, '5 kishidan 2 kishi'],
      ['kk', 2, 5, '5 адамнан 2 адам'],
      ['tg', 2, 5, '2 нафар аз 5'],
      ['uz-Cyrl', 1, 3, '3 кишидан 1 киши'],
      ['ky', 1, 3, '3 адамдан 1 адам'],
      ['tk', 1, 3, '3 adamdan 1 adam'],
    ];
    for (const [lang, matching, total, expected] of plurals) {
      it(`says "${expected}" in ${lang}`, async () => {
        const people = manyPeople(total).map((entry, index) => ({ ...entry, status: index < matching ? 'released' : 'detained' }));
        const el = await mountList({ people }, { lang });
        if (matching === total) await typeSearch(el, 'Person');
        else if (matching === 0) await typeSearch(el, 'zzz');
        else parts(el, 'filter')[1]!.click();
        await announcement(el, expected);
      });
    }

    it('groups the digits of 2,000 people', async () => {
      const el = await mountList({ people: manyPeople(2000) }, { lang: 'ru' });
      expect(textOf(part(el, 'count'))).to.equal('2\u00a0000 человек');
    });
  });

  describe('2,000 people', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('renders a bounded number of tiles, and more as the reader scrolls', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await mountList({ people: manyPeople(2000) });
      await tilesSettled(el);
      const first = tiles(el).length;
      expect(first).to.be.within(36, 144);
      part(el, 'more')!.scrollIntoView();
      await waitUntil(() => tiles(el).length > first, 'no more tiles after scrolling');
      expect(tiles(el).length).to.be.below(first + 180);
    });

    it('adds tiles from "Show more" and moves the focus to the first new one', async () => {
      const el = await mountList({ people: manyPeople(2000) });
      await tilesSettled(el);
      const before = tiles(el).length;
      const more = part(el, 'more')!;
      expect(more.localName).to.equal('button');
      expect(textOf(more)).to.equal('Show more');
      more.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal(`#person-${before}`);
    });

    it('finds the last person, and filters the whole feed, not just the tiles shown', async () => {
      const el = await mountList({ people: manyPeople(2000) });
      await typeSearch(el, 'Человек 1999');
      expect(names(el)).to.deep.equal(['Person 1999']);
      await typeSearch(el, '');
      filterButton(el, 'Status unknown').click();
      await el.updateComplete;
      expect(names(el).slice(0, 2)).to.deep.equal(['Person 9', 'Person 19']);
      expect(textOf(filterButton(el, 'Status unknown').querySelector('[part~="filter-count"]'))).to.equal('200');
      await announcement(el, '200 of 2,000 people');
    });
  });

  describe('look', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of [360, 1200]) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violations ${width} px wide with theme="${theme}"`, async () => {
          await setViewport({ width, height: 800 });
          const el = await mountDemoList({ theme });
          filterButton(el, 'Released').click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }

    it('has no axe violations with theme="auto" in a dark system', async function () {
      // Colour-scheme emulation needs CDP; Firefox runs over WebDriver BiDi, which has none yet.
      if (!navigator.userAgent.includes('Chrome/')) this.skip();
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await mountDemoList({ theme: 'auto' });
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('puts tiles side by side on a wide screen and one per row on a phone, never scrolling sideways', async () => {
      for (const [width, columns] of [
        [1200, 4],
        [360, 1],
      ] as const) {
        await setViewport({ width, height: 800 });
        const el = await mountDemoList({ style: 'display: block; max-inline-size: 100%' });
        const tops = tiles(el)
          .slice(0, 6)
          .map((tile) => Math.round(tile.getBoundingClientRect().top));
        expect(tops.filter((top) => top === tops[0]).length, `${width} px`).to.equal(columns);
        expect(el.scrollWidth, `${width} px`).to.be.at.most(el.clientWidth);
      }
    });

    it('shows a busy skeleton while loading', async () => {
      const el = await mountList(undefined, { src: '/net/hang?id=list-skeleton', theme: 'light' });
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(textOf($(el, '[role="status"]'))).to.equal('Loading…');
      expect(el.getBoundingClientRect().height).to.be.above(200);
      el.remove();
    });

    it('is defined as <ahrca-prisoner-list>', () => {
      expect(customElements.get('ahrca-prisoner-list')).to.equal(AhrcaPrisonerList);
    });
  });
});

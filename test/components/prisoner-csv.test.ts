/**
 * People from a spreadsheet: <ahrca-prisoner-list> and <ahrca-prisoner-card> read a CSV URL or a
 * published Google Sheet (the test server's stand-in) with the columns docs/data-format.md names,
 * docs/prisoners-template.csv among them; a row that cannot be read is left out and named; a
 * withdrawn row shows nothing; hostile column names reach no prototype.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AhrcaPrisonerCard } from '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-card/prisoner-card.js';
import type { AhrcaPrisonerList } from '../../src/components/prisoner-list/prisoner-list.js';
import { readPeopleRows } from '../../src/core/people-csv.js';
import { parseCsvRows, setGoogleOriginForTesting } from '../../src/core/sheets.js';
import { NOW } from '../helpers/prisoner-card.js';
import { names } from '../helpers/prisoner-list.js';
import { watchFetches } from '../helpers/requests.js';

let serial = 0;
const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}id=csv-${Date.now().toString(36)}-${(serial += 1)}`;

async function listFrom(src: string, lang = 'en'): Promise<{ el: AhrcaPrisonerList; event: CustomEvent }> {
  const el = await fixture<AhrcaPrisonerList>(html`<ahrca-prisoner-list lang=${lang} no-saved-copy .clock=${() => NOW}></ahrca-prisoner-list>`);
  const settled = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('ahrca-load', (event) => resolve(event as CustomEvent), { once: true });
    el.addEventListener('ahrca-error', (event) => resolve(event as CustomEvent), { once: true });
  });
  el.src = src;
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('people from a CSV', () => {
  it('reads the template CSV in docs/ as a list, names in the reader’s language', async () => {
    const { el, event } = await listFrom(fresh('/net/csv?body=people'));
    expect(event.type, JSON.stringify(event.detail)).to.equal('ahrca-load');
    expect(names(el)).to.have.members(['Namuna Odamov (example)', 'Misol Misolova (example)']);
    const { el: russian } = await listFrom(fresh('/net/csv?body=people'), 'ru');
    expect(names(russian)).to.have.members(['Намуна Одамов (пример)', 'Мисол Мисолова (пример)']);
  });

  it('reads a published Google Sheet of people, asking only Google', async () => {
    setGoogleOriginForTesting(`${location.origin}/net/google`);
    const fetches = watchFetches();
    try {
      const { el, event } = await listFrom(`https://docs.google.com/spreadsheets/d/e/2PACX-people${'0'.repeat(40)}/pubhtml`);
      expect(event.type).to.equal('ahrca-load');
      expect(names(el)).to.have.members(['Namuna Odamov (example)', 'Misol Misolova (example)']);
      expect(fetches.urls).to.deep.equal([`${location.origin}/net/google/spreadsheets/d/e/2PACX-people${'0'.repeat(40)}/pub?output=csv`]);
    } finally {
      fetches.restore();
      setGoogleOriginForTesting(undefined);
    }
  });

  it('shows one person of the CSV in a card, with its status and charges', async () => {
    const el = await fixture<AhrcaPrisonerCard>(
      html`<ahrca-prisoner-card lang="en" no-saved-copy person="namuna-odamov" .clock=${() => NOW} src=${fresh('/net/csv?body=people')}></ahrca-prisoner-card>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="name"]'), 'the card did not show the person');
    const text = el.shadowRoot!.textContent ?? '';
    expect(el.shadowRoot!.querySelector('[part~="name"]')?.textContent).to.contain('Namuna Odamov (example)');
    expect(text).to.contain('Attempt to overthrow the constitutional order');
    expect(text).to.contain('Spreading material that threatens public safety');
  });

  it('leaves out a row it cannot read, naming row and column, shows nothing of a withdrawn row, and reaches no prototype', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el, event } = await listFrom(fresh('/net/csv?body=peoplebad'));
      expect(event.type).to.equal('ahrca-load');
      expect(names(el)).to.deep.equal(['Good Example']);
      expect(el.shadowRoot!.textContent).not.to.contain('Secretname');
      expect(warnings.join('\n')).to.match(/row 3, column status: status: expected one of/);
      expect(warnings.join('\n')).to.contain('column "__proto__.polluted" is not a field name');
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    } finally {
      console.warn = realWarn;
    }
  });
});

describe('readPeopleRows', () => {
  it('reads one column per field: languages as name.ru, lists split at ;, the n-th items of a list of objects together', () => {
    const rows = parseCsvRows(
      'id,name,name.ru,aliases,charges.article,charges.label,birthYear,photo.url,photo.consent\n' +
        'p1,Namuna,Намуна,A; B,159;244-1,First;Second,1971,p.jpg,false\n\n',
    );
    expect(readPeopleRows(rows).feed).to.deep.equal({
      people: [
        {
          id: 'p1',
          name: { ru: 'Намуна' },
          aliases: ['A', 'B'],
          charges: [
            { article: '159', label: 'First' },
            { article: '244-1', label: 'Second' },
          ],
          birthYear: 1971,
          photo: { url: 'p.jpg', consent: false },
        },
      ],
    });
  });
});

/**
 * <ahrca-timeline src="…a Google Sheet…">: every link form TimelineJS3 accepts reads the sheet's
 * published CSV straight from Google (here the test server's stand-in, test/server/network-fixtures.mjs,
 * serving TimelineJS3's own template sheet), asking nobody else; an unpublished sheet says what its
 * owner must click; a row that cannot be read is left out and named, the others show.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import { setGoogleOriginForTesting } from '../../src/core/sheets.js';
import { watchLongestTask } from '../helpers/long-tasks.js';
import { watchFetches } from '../helpers/requests.js';
import { everythingStored } from '../helpers/storage.js';
import { part, removePages, renderedTitles } from './timeline-helpers.js';

/** The headlines of the events of TimelineJS3's template sheet (my-own-timeline.csv), its title slide aside. */
const TEMPLATE_HEADLINES = [
  'Ada Lovelace',
  'Edith Clarke: Bucking the Trend',
  '...And the women who made it work',
  'The First Computer',
  'Rózsa Péter writes recursion',
  'Grace Hopper invents the compiler',
  'Contributions to space exploration',
  'The First PhD in Computer Science',
  'Karen Spärck Jones makes search possible',
  '"The Mother of the Internet"',
].sort();

/** A sheet key of the shape Google gives (44 characters), whose first word picks the test server's answer. */
const key = (kind: string) => `${kind}${'0'.repeat(44 - kind.length)}`;
const google = () => `${location.origin}/net/google`;

const pages: HTMLElement[] = [];

/** `no-saved-copy` unless `attributes` sets it to null. */
async function showSheet(src: string, attributes: Record<string, string | null> = {}): Promise<{ el: AhrcaTimeline; event: CustomEvent }> {
  const el = document.createElement('ahrca-timeline');
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries({ 'no-saved-copy': '', ...attributes })) if (value !== null) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const settled = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('ahrca-load', (event) => resolve(event as CustomEvent), { once: true });
    el.addEventListener('ahrca-error', (event) => resolve(event as CustomEvent), { once: true });
  });
  const container = document.createElement('div');
  container.append(el);
  document.body.append(container);
  pages.push(container);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('<ahrca-timeline> reading a Google Sheet', () => {
  let fetches: ReturnType<typeof watchFetches>;

  beforeEach(() => {
    setGoogleOriginForTesting(google());
    fetches = watchFetches();
  });

  afterEach(() => {
    fetches.restore();
    setGoogleOriginForTesting(undefined);
    for (const page of pages.splice(0)) page.remove();
    removePages();
  });

  const forms: [string, string, string][] = [
    ['the published pubhtml link', `https://docs.google.com/spreadsheets/d/e/2PACX-${key('template')}/pubhtml`, `d/e/2PACX-${key('template')}/pub?output=csv`],
    [
      'the published CSV link',
      `https://docs.google.com/spreadsheets/d/e/2PACX-${key('template')}/pub?output=csv`,
      `d/e/2PACX-${key('template')}/pub?output=csv`,
    ],
    ['the /edit link', `https://docs.google.com/spreadsheets/d/${key('template')}/edit`, `d/${key('template')}/pub?output=csv`],
    ['the /edit#gid=0 link', `https://docs.google.com/spreadsheets/d/${key('template')}/edit#gid=0`, `d/${key('template')}/pub?gid=0&single=true&output=csv`],
    ['the /edit?usp=sharing link', `https://docs.google.com/spreadsheets/u/0/d/${key('template')}/edit?usp=sharing`, `d/${key('template')}/pub?output=csv`],
    ['a bare sheet key', key('template'), `d/${key('template')}/pub?output=csv`],
    ["TimelineJS3's v2: key", `v2:2PACX-${key('template')}`, `d/e/2PACX-${key('template')}/pub?output=csv`],
  ];
  for (const [form, src, path] of forms) {
    it(`shows every event of TimelineJS3's template sheet from ${form}, asking only the sheet's CSV on Google`, async () => {
      const { el, event } = await showSheet(src);
      expect(event.type, JSON.stringify(event.detail)).to.equal('ahrca-load');
      expect(renderedTitles(el).sort()).to.deep.equal(TEMPLATE_HEADLINES);
      expect(part(el, 'title')?.textContent?.trim()).to.equal('MY OWN CSV');
      expect(fetches.urls).to.deep.equal([`${google()}/spreadsheets/${path}`]);
    });
  }

  it('reads a sheet with columns the template has not (Alt Text, notes, a blank header)', async () => {
    const { el, event } = await showSheet(`https://docs.google.com/spreadsheets/d/e/2PACX-${key('extra')}/pubhtml`);
    expect(event.type).to.equal('ahrca-load');
    expect(renderedTitles(el).sort()).to.deep.equal(TEMPLATE_HEADLINES);
  });

  it('picks the tab data-sheet names by its gid, and the one a link names', async () => {
    const { el } = await showSheet(key('template'), { 'data-sheet': '7' });
    expect(renderedTitles(el)).to.deep.equal(['On the second tab']);
    const { el: linked } = await showSheet(`https://docs.google.com/spreadsheets/d/${key('template')}/edit#gid=7`);
    expect(renderedTitles(linked)).to.deep.equal(['On the second tab']);
  });

  it('shows the copy kept from the sheet when Google fails later, and tries the mirrors after the sheet', async () => {
    // The test server reads the key's first word (`once`) and counts each key's requests.
    const once = key(`once-${Date.now().toString(36)}-`);
    const first = await showSheet(once, { 'no-saved-copy': null });
    expect(first.event.type, JSON.stringify(first.event.detail)).to.equal('ahrca-load');
    await waitUntil(async () => (await everythingStored()).includes(once), 'no copy of the sheet was kept');
    // Google answers this sheet once, then 503: the kept copy shows.
    const kept = await showSheet(once, { 'no-saved-copy': null, retries: '0' });
    expect(kept.event.type, JSON.stringify(kept.event.detail)).to.equal('ahrca-load');
    expect(kept.event.detail.stale).to.equal(true);
    expect(renderedTitles(kept.el).sort()).to.deep.equal(TEMPLATE_HEADLINES);
    const mirrored = await showSheet(`${key('gone')} ${location.origin}/net/json?body=timeline&id=${once}`, { retries: '0' });
    expect(mirrored.event.type, JSON.stringify(mirrored.event.detail)).to.equal('ahrca-load');
    expect(renderedTitles(mirrored.el)).to.deep.equal(['The Andijan events']);
  });

  it('leaves out a row that cannot be read, naming its row and column, and shows the others', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el, event } = await showSheet(key('badrow'));
      expect(event.type).to.equal('ahrca-load');
      expect(renderedTitles(el)).to.deep.equal(['The Andijan events', 'A time that is not']);
      expect(warnings.join('\n')).to.match(/row 3, column Year: date: expected a date like 2005-05-13 .*got "2005-13-40"; the row is left out/);
      expect(warnings.join('\n')).to.match(/row 4, column Time: expected a time like 13:30/);
    } finally {
      console.warn = realWarn;
    }
  });

  for (const [what, kind] of [
    ['an unpublished sheet (Google sends a sign-in page)', 'private'],
    ['a deleted sheet (404)', 'gone'],
  ] as const) {
    it(`tells the owner of ${what} what to click, in the reader's language`, async () => {
      const { el, event } = await showSheet(key(kind), { retries: '0' });
      expect(event.type).to.equal('ahrca-error');
      expect(event.detail.reason).to.equal('sheet-not-published');
      expect(part(el, 'error')?.textContent).to.contain('File → Share → Publish to the web');
      el.setAttribute('lang', 'ru');
      await waitUntil(() => part(el, 'error')?.textContent?.includes('Файл → Поделиться → Опубликовать в интернете'), 'the message stayed in English');
    });
  }

  it('shows a sheet of hostile cells as text and runs nothing from it', async () => {
    const window_ = window as unknown as { __pwned?: boolean };
    const watch = watchLongestTask();
    const { el, event } = await showSheet(key('hostile'));
    const longest = watch.stop();
    expect(event.type, JSON.stringify(event.detail)).to.equal('ahrca-load');
    expect(window_.__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('script, img[src="x"], [onerror]')).to.equal(null);
    expect(renderedTitles(el).length).to.be.greaterThan(0);
    // The reading runs in steps (test/core/sheet-steps.test.ts); what blocks longest is the first render, as for JSON.
    console.info(`hostile sheet: longest block of the main thread ${Math.round(longest)} ms`);
  });
});

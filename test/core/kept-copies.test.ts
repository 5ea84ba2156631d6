/**
 * The store of kept copies (src/core/kept-copies.ts): bounded in size and age, least recently used
 * evicted first, and forgetting by person and by source as withdrawals demand.
 */
import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAX_AGE,
  forgetCopy,
  forgetPeople,
  forgetSource,
  keepCopy,
  MAX_COPY_CHARS,
  PEOPLE_MAX_AGE,
  readCopy,
  TOTAL_CAP,
} from '../../src/core/kept-copies.js';

const RUN = `kcs-${Math.random().toString(36).slice(2, 10)}`;
let serial = 0;
const key = (name: string) => `${RUN}-${name}-${++serial}`;
const DAY = 24 * 60 * 60 * 1000;

function copy(text: string, extra: { people?: string[]; sources?: string[]; maxAge?: number } = {}) {
  return {
    text,
    url: 'https://data.example/a.json',
    sources: extra.sources ?? ['https://data.example/a.json'],
    people: extra.people ?? [],
    maxAge: extra.maxAge ?? DEFAULT_MAX_AGE,
  };
}

// Copies that earlier versions left in the partner's localStorage go when the store first opens on
// a page, so they are put there before anything in this file opens it.
const LEGACY = `ahrca-widgets:copy:https://data.example/${RUN}.json`;
const DISMISSED = `ahrca-widgets:dismissed:${RUN}`;
localStorage.setItem(LEGACY, '{"text":"{\\"name\\":\\"Someone\\"}","savedAt":1}');
localStorage.setItem(DISMISSED, '1');

describe('kept copies store', () => {
  it('removes the copies earlier versions left in localStorage, and nothing else', async () => {
    await readCopy(key('first-open'));
    expect(localStorage.getItem(LEGACY)).to.equal(null);
    expect(localStorage.getItem(DISMISSED), 'small state stays').to.equal('1');
    localStorage.removeItem(DISMISSED);
  });

  it('gives back what it kept, with the URL that served it and when', async () => {
    const k = key('round-trip');
    await keepCopy(k, copy('{"title":"T"}'), 1_000);
    expect(await readCopy(k, 2_000)).to.deep.equal({ text: '{"title":"T"}', url: 'https://data.example/a.json', savedAt: 1_000 });
    expect(await readCopy(key('never-kept'))).to.equal(undefined);
  });

  it('lets a copy expire: 30 days for people, 90 for the rest', async () => {
    const person = key('person');
    const other = key('other');
    const now = Date.now();
    await keepCopy(person, copy('{"id":"p"}', { people: ['p'], maxAge: PEOPLE_MAX_AGE }), now);
    await keepCopy(other, copy('{"title":"T"}'), now);
    expect(await readCopy(person, now + 29 * DAY)).not.to.equal(undefined);
    expect(await readCopy(person, now + 31 * DAY)).to.equal(undefined);
    expect(await readCopy(other, now + 89 * DAY)).not.to.equal(undefined);
    expect(await readCopy(other, now + 91 * DAY)).to.equal(undefined);
    // Expired means gone, not hidden: reading it again at an earlier time finds nothing.
    expect(await readCopy(other, now)).to.equal(undefined);
  });

  it('keeps all copies under the cap, evicting the least recently used first', async function () {
    this.timeout(20_000);
    const big = 'x'.repeat(Math.floor(TOTAL_CAP / 3));
    const [oldest, used, newest] = [key('oldest'), key('used'), key('newest')];
    const now = Date.now();
    await keepCopy(oldest, copy(big), now);
    await keepCopy(used, copy(big), now + 1);
    await readCopy(oldest, now + 2);
    // `oldest` was read after `used` was kept: `used` is now the least recently used.
    await keepCopy(newest, copy(big), now + 3);
    await keepCopy(key('one-more'), copy('x'.repeat(1000)), now + 4);
    expect(await readCopy(used, now + 5), 'the least recently used copy').to.equal(undefined);
    expect(await readCopy(oldest, now + 5), 'a recently read copy').not.to.equal(undefined);
    expect(await readCopy(newest, now + 5), 'the newest copy').not.to.equal(undefined);
    for (const k of [oldest, newest]) await forgetCopy(k);
  });

  it('keeps no copy larger than a widget accepts, and forgets the one it had', async () => {
    const k = key('too-large');
    await keepCopy(k, copy('{"title":"small"}'));
    await keepCopy(k, copy('x'.repeat(MAX_COPY_CHARS + 1)));
    expect(await readCopy(k)).to.equal(undefined);
  });

  it('forgets every copy that shows a withdrawn person, and no other', async () => {
    const [feed, card, other] = [key('feed'), key('card'), key('other')];
    await keepCopy(feed, copy('{"people":[]}', { people: ['a', 'gone'] }));
    await keepCopy(card, copy('{"id":"gone"}', { people: ['gone'] }));
    await keepCopy(other, copy('{"id":"a"}', { people: ['a'] }));
    await forgetPeople(['gone']);
    expect(await readCopy(feed)).to.equal(undefined);
    expect(await readCopy(card)).to.equal(undefined);
    expect(await readCopy(other)).not.to.equal(undefined);
    await forgetCopy(other);
  });

  it('forgets every copy whose source list holds a URL that answered 410, and names their people', async () => {
    const gone = `https://data.example/${RUN}/gone.json`;
    const [alone, mirrored, unrelated] = [key('alone'), key('mirrored'), key('unrelated')];
    await keepCopy(alone, copy('{"id":"p1"}', { sources: [gone], people: ['p1'] }));
    await keepCopy(mirrored, copy('{"id":"p2"}', { sources: ['https://mirror.example/x.json', gone], people: ['p2'] }));
    await keepCopy(unrelated, copy('{"id":"p3"}', { sources: ['https://data.example/other.json'], people: ['p3'] }));
    expect((await forgetSource(gone)).sort()).to.deep.equal(['p1', 'p2']);
    expect(await readCopy(alone)).to.equal(undefined);
    expect(await readCopy(mirrored)).to.equal(undefined);
    expect(await readCopy(unrelated)).not.to.equal(undefined);
    await forgetCopy(unrelated);
  });
});

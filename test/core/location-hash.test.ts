import { expect } from '@open-wc/testing';
import { hashFor, readHashId, urlWithHash, watchHashId, writeHashId } from '../../src/core/location-hash.js';

describe('location hash', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads the decoded id, and nothing from an empty or malformed fragment', () => {
    history.replaceState(null, '', '#andijan-2005');
    expect(readHashId()).to.equal('andijan-2005');
    history.replaceState(null, '', `#${encodeURIComponent('Абдуллаев 1')}`);
    expect(readHashId()).to.equal('Абдуллаев 1');
    history.replaceState(null, '', '#%E0%A4%A');
    expect(readHashId()).to.equal(undefined);
    history.replaceState(null, '', location.pathname + location.search);
    expect(readHashId()).to.equal(undefined);
  });

  it('writes and clears the id without a hashchange event, and pushes a history entry when asked', async () => {
    let changes = 0;
    const stop = watchHashId(() => changes++);
    writeHashId('person-1');
    expect(location.hash).to.equal('#person-1');
    writeHashId('person 2', { push: true });
    expect(location.hash).to.equal('#person%202');
    writeHashId(undefined);
    expect(location.hash).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).to.equal(0);
    stop();
    // history.length stops growing at 50 entries, so the pushed entry is proven by going back over it.
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    expect(location.hash).to.equal('#person-1');
  });

  it('tells a watcher when the reader follows a link, and stops when asked', async () => {
    const seen: (string | undefined)[] = [];
    const stop = watchHashId((id) => seen.push(id));
    location.hash = hashFor('event-7');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).to.include('event-7');
    stop();
    location.hash = '#later';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).not.to.include('later');
  });

  it('builds a shareable URL with the id as its fragment', () => {
    expect(urlWithHash('a b')).to.equal(`${location.origin}${location.pathname}${location.search}#a%20b`);
  });
});

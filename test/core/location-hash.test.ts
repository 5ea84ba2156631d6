import { expect } from '@open-wc/testing';
import { HASH_WRITTEN_EVENT, hashFor, readHashId, urlWithHash, watchHashId, writeHashId } from '../../src/core/location-hash.js';

/**
 * Moves to `hash` as a link in the page would, and resolves once its hashchange has been
 * dispatched: the listeners added before this one (a watcher's) have run by then, and so has any
 * hashchange queued before. A control, where a fixed sleep could end before the event. It replaces
 * the history entry: a page not yet loaded turns a pushed one into that anyway, and the history
 * the first test goes back over must not depend on which.
 */
async function follow(hash: string): Promise<void> {
  const heard = new Promise<void>((resolve) => {
    window.addEventListener('hashchange', function onChange(event: HashChangeEvent) {
      if (new URL(event.newURL).hash !== hash) return;
      window.removeEventListener('hashchange', onChange);
      resolve();
    });
  });
  location.replace(hash);
  await heard;
}

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
    const hashChanges: string[] = [];
    let popStates = 0;
    const recordHash = (event: HashChangeEvent) => hashChanges.push(new URL(event.newURL).hash);
    const recordPop = () => popStates++;
    window.addEventListener('hashchange', recordHash);
    window.addEventListener('popstate', recordPop);
    writeHashId('person-1');
    expect(location.hash).to.equal('#person-1');
    writeHashId('person 2', { push: true });
    expect(location.hash).to.equal('#person%202');
    writeHashId(undefined);
    expect(location.hash).to.equal('');
    // A link's own hashchange comes after any the writes had queued: only its own is seen.
    await follow('#control');
    window.removeEventListener('hashchange', recordHash);
    window.removeEventListener('popstate', recordPop);
    stop();
    expect(hashChanges).to.deep.equal(['#control']);
    expect(changes, 'the watcher heard only the link').to.equal(hashChanges.length + popStates);
    // history.length stops growing at 50 entries, so the pushed entry is proven by going back over it.
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    expect(location.hash).to.equal('#person-1');
  });

  it('announces each write that changed the address with HASH_WRITTEN_EVENT on window, for the embed page', () => {
    const heard: (string | undefined)[] = [];
    const listener = () => heard.push(readHashId());
    window.addEventListener(HASH_WRITTEN_EVENT, listener);
    writeHashId('event-1');
    writeHashId('event-1');
    writeHashId(undefined);
    window.removeEventListener(HASH_WRITTEN_EVENT, listener);
    expect(heard).to.deep.equal(['event-1', undefined]);
  });

  it('tells a watcher when the reader follows a link, and stops when asked', async () => {
    const seen: (string | undefined)[] = [];
    const stop = watchHashId((id) => seen.push(id));
    await follow(hashFor('event-7'));
    expect(seen).to.include('event-7');
    stop();
    await follow('#later');
    expect(seen).not.to.include('later');
  });

  it('builds a shareable URL with the id as its fragment', () => {
    expect(urlWithHash('a b')).to.equal(`${location.origin}${location.pathname}${location.search}#a%20b`);
  });
});

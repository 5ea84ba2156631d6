/**
 * The last good copy, as partners and readers meet it (issue #15): it lives off the partner's
 * localStorage, a mirror's copy never stands in for another source list, a fresh answer that is not
 * valid replaces it, and a returning reader whose every URL fails still sees every widget's copy.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/components/timeline/timeline.js';
import '../../src/components/appeal-banner/appeal-banner.js';
import { localStorageChars } from '../helpers/storage.js';

const RUN = `kc-${Math.random().toString(36).slice(2, 10)}`;
let serial = 0;
const uniqueId = (name: string) => `${RUN}-${name}-${++serial}`;

type Widget = HTMLElement & { src?: string; timeout: number; retries: number; updateComplete: Promise<boolean> };

interface Outcome {
  el: Widget;
  loads: { stale: boolean; source: string }[];
  errors: { reason: string }[];
}

const mounted: Widget[] = [];
const originalConsoleError = console.error;

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  console.error = originalConsoleError;
});

/** Mounts a widget and waits until `done` holds for what it announced. */
async function mount(tag: string, src: string, done: (outcome: Outcome) => boolean, attributes: Record<string, string> = {}): Promise<Outcome> {
  console.error = () => {};
  const el = document.createElement(tag) as Widget;
  el.lang = 'en';
  el.retries = 0;
  el.timeout = 3000;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.src = src;
  const outcome: Outcome = { el, loads: [], errors: [] };
  el.addEventListener('ahrca-load', (event) => outcome.loads.push((event as CustomEvent).detail));
  el.addEventListener('ahrca-error', (event) => outcome.errors.push((event as CustomEvent).detail));
  document.body.append(el);
  mounted.push(el);
  await waitUntil(() => done(outcome), `<${tag} src="${src}"> did not settle`, { timeout: 8000 });
  await el.updateComplete;
  return outcome;
}

const fresh = (outcome: Outcome) => outcome.loads.some((load) => !load.stale);
const failed = (outcome: Outcome) => outcome.errors.length > 0;
const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? null;
const absolute = (path: string) => new URL(path, document.baseURI).href;

describe('kept copies', () => {
  it('twelve timelines keep their copies off localStorage, and all twelve show them when every URL fails', async function () {
    this.timeout(60_000);
    const before = localStorageChars();
    const sources = Array.from({ length: 12 }, () => {
      const id = uniqueId('twelve');
      return { id, src: `/net/steps?id=${id}&events=300&steps=timeline-large,503` };
    });
    const firsts = await Promise.all(sources.map(({ src }) => mount('ahrca-timeline', src, fresh)));
    for (const { el } of firsts) el.remove();
    expect(localStorageChars() - before, 'characters added to localStorage').to.be.at.most(64 * 1024);
    const probe = `${RUN}-probe`;
    expect(() => localStorage.setItem(probe, 'x'.repeat(1024 * 1024)), 'no room left for 1 MB').not.to.throw();
    localStorage.removeItem(probe);

    const offline = await Promise.all(sources.map(({ src }) => mount('ahrca-timeline', src, (outcome) => outcome.loads.length > 0 && failed(outcome))));
    offline.forEach(({ el, loads }, index) => {
      expect(loads[0]!.stale, `timeline ${index} did not show its kept copy`).to.equal(true);
      expect(titleOf(el)).to.equal(`Timeline ${sources[index]!.id}`);
    });
  });

  it('a mirror’s copy never shows for another source list', async () => {
    const legit = `/net/status/503?id=${uniqueId('legit')}`;
    const evil = `/net/json?id=${uniqueId('evil')}&body=appeal`;
    const poisoned = await mount('ahrca-appeal-banner', `${legit} ${evil}`, fresh);
    expect(poisoned.loads[0]!.source).to.equal(absolute(evil));
    poisoned.el.remove();

    const alone = await mount('ahrca-appeal-banner', legit, failed);
    expect(alone.loads, 'the mirror’s data stood in for the legitimate URL alone').to.deep.equal([]);
    expect(alone.el.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
  });

  it('a kept copy is not shown once the fresh answer turns out invalid', async () => {
    const id = uniqueId('invalid');
    const src = `/net/steps?id=${id}&steps=appeal,appeal-invalid~200`;
    (await mount('ahrca-appeal-banner', src, fresh)).el.remove();
    const second = await mount('ahrca-appeal-banner', src, failed);
    expect(second.errors.map((error) => error.reason)).to.deep.equal(['invalid-data']);
    expect(second.el.shadowRoot!.querySelector('[part~="error"]'), 'the stale view stayed on invalid data').not.to.equal(null);
    expect(titleOf(second.el)).to.equal(null);
  });

  it('keeps nothing with no-saved-copy, and forgets what was kept before', async () => {
    const id = uniqueId('off');
    const src = `/net/steps?id=${id}&steps=appeal,503`;
    (await mount('ahrca-appeal-banner', src, fresh)).el.remove();
    const off = await mount('ahrca-appeal-banner', src, failed, { 'no-saved-copy': '' });
    expect(off.loads).to.deep.equal([]);
    off.el.remove();
    const later = await mount('ahrca-appeal-banner', src, failed);
    expect(later.loads, 'a copy was still kept').to.deep.equal([]);
  });
});

/**
 * One lifecycle that cannot commit stale work (issue #15): a load overtaken by a newer one commits
 * nothing, a render that throws is one error and no load, and widgets sharing a request each get
 * their own size limit.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { html } from 'lit';
import * as v from 'valibot';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import '../../src/components/timeline/timeline.js';
import '../../src/components/prisoner-card/prisoner-card.js';
import '../../src/components/prisoner-list/prisoner-list.js';
import { AhrcaElement } from '../../src/core/base-element.js';
import type { AhrcaErrorDetail } from '../../src/core/events.js';
import { manyEvents } from '../components/timeline-helpers.js';

const NoteSchema = v.object({ title: v.string() });
type Note = v.InferOutput<typeof NoteSchema>;

/** A widget whose ready state throws for the title "boom", as a bug in a widget would. */
class ThrowingNote extends AhrcaElement<Note> {
  protected readonly schema = NoteSchema;

  protected override renderReady(value: Note) {
    if (value.title === 'boom') throw new Error('the ready state could not be built');
    return html`<p part="title">${value.title}</p>`;
  }

  protected override renderSkeleton() {
    return html`<div></div>`;
  }
}
customElements.define('test-throwing-note', ThrowingNote);

const mounted: HTMLElement[] = [];
const originalConsoleError = console.error;
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  console.error = originalConsoleError;
});

function record(el: HTMLElement): { fired: string[]; errors: AhrcaErrorDetail[] } {
  const seen = { fired: [] as string[], errors: [] as AhrcaErrorDetail[] };
  for (const type of ['ahrca-load', 'ahrca-error']) {
    el.addEventListener(type, (event) => {
      seen.fired.push(type);
      if (type === 'ahrca-error') seen.errors.push((event as CustomEvent<AhrcaErrorDetail>).detail);
    });
  }
  return seen;
}

function attach<T extends HTMLElement>(el: T): T {
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe('one lifecycle', () => {
  it('a long timeline overtaken by a short invalid one commits nothing of its own', async function () {
    // Four timelines of 10,000 events each: slow on a loaded machine, whatever the result.
    this.timeout(60_000);
    console.error = () => {};
    // The race is one of timing: a few tries, each of which must end in the short one's error
    // without its invalid event ever reaching the screen.
    for (const [attempt, wait] of [0, 5, 20, 60].entries()) {
      const el = document.createElement('ahrca-timeline') as AhrcaTimeline;
      const seen = record(el);
      el.data = { events: manyEvents(10_000) };
      attach(el);
      let invalidShown = false;
      // The long timeline has a valid event-1 of its own; the short one's has an empty title.
      const observer = new MutationObserver(() => {
        const title = el.shadowRoot!.querySelector('[data-key="event-1"] [part~="event-title"]');
        if (title && title.textContent!.trim() === '') invalidShown = true;
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
      // The long one's load has begun (its check downloads and runs in slices) when the short one arrives.
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, wait));
      const short = manyEvents(600);
      short[1] = { ...short[1], title: '' };
      // On a busy machine the long one may have finished first (then this attempt races nothing,
      // and its ahrca-load is its own); what follows the short one must be its error alone.
      const before = seen.fired.length;
      expect(seen.fired, `attempt ${attempt}: before the short one`).to.deep.equal(before === 0 ? [] : ['ahrca-load']);
      el.data = { events: short };
      await waitUntil(() => seen.fired.length > before, `attempt ${attempt}: the timeline never settled`, { timeout: 20_000 });
      await el.updateComplete;
      observer.disconnect();
      expect(invalidShown, `attempt ${attempt}: the invalid event was shown`).to.equal(false);
      expect(seen.fired.slice(before), `attempt ${attempt}`).to.deep.equal(['ahrca-error']);
      expect(seen.errors[0]!.message).to.include('events[1].title');
      expect(el.shadowRoot!.querySelector('[part~="error"]'), `attempt ${attempt}: no error state`).not.to.equal(null);
      el.remove();
    }
  });

  it('a ready state that throws is one ahrca-error and no ahrca-load, however often it renders', async () => {
    console.error = () => {};
    const el = document.createElement('test-throwing-note') as ThrowingNote;
    const seen = record(el);
    el.data = { title: 'boom' };
    attach(el);
    await waitUntil(() => seen.fired.length > 0, 'nothing was announced');
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(seen.fired).to.deep.equal(['ahrca-error']);
    expect(seen.errors[0]!.reason).to.equal('render');
    expect(el.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);

    el.data = { title: 'fine' };
    await waitUntil(() => seen.fired.length === 2, 'the next good data was not announced');
    expect(seen.fired).to.deep.equal(['ahrca-error', 'ahrca-load']);
  });

  it('a card and a list sharing a 6 MB feed each get their own limit', async function () {
    this.timeout(20_000);
    console.error = () => {};
    const src = `/net/json?id=lc-${Math.random().toString(36).slice(2)}&body=feed-large&mb=6`;
    const card = document.createElement('ahrca-prisoner-card');
    const list = document.createElement('ahrca-prisoner-list');
    const cardSeen = record(card);
    const listSeen = record(list);
    card.src = src;
    list.src = src;
    attach(card);
    attach(list);
    await waitUntil(() => cardSeen.fired.length > 0 && listSeen.fired.length > 0, 'the widgets never settled', { timeout: 15_000 });
    expect(
      cardSeen.errors.map((error) => error.reason),
      'the card (5 MB)',
    ).to.deep.equal(['too-large']);
    expect(listSeen.fired, 'the list (10 MB)').to.deep.equal(['ahrca-load']);
  });
});

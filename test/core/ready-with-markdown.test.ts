/**
 * A widget whose first view shows markdown keeps its skeleton until the markdown engine is in, so
 * that its ready state appears whole in one frame (issue #9: no layout shift once data arrives);
 * with nothing to render through the engine, or with the engine already in, the ready state shows at
 * once; an engine that cannot load still lets the ready state show, its text as typed.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing, type PropertyValues } from 'lit';
import * as v from 'valibot';
import { AhrcaElement } from '../../src/core/base-element.js';
import { renderMarkdown, setSanitizerForTesting, whenMarkdownReady } from '../../src/core/markdown.js';

const NoteSchema = v.object({ title: v.string(), text: v.optional(v.string()) });
type Note = v.InferOutput<typeof NoteSchema>;

/** What the shadow root showed after one update. */
type Frame = 'skeleton' | 'ready with text' | 'ready without text' | 'other';

/** A title, and a markdown text when the data has one; notes what every update put on screen. */
class MarkdownNote extends AhrcaElement<Note> {
  protected readonly schema = NoteSchema;
  readonly frames: Frame[] = [];

  protected override renderReady(value: Note) {
    return html`<p part="title">${value.title}</p>
      ${value.text === undefined ? nothing : html`<div part="text">${renderMarkdown(value.text)}</div>`}`;
  }

  protected override renderSkeleton() {
    return html`<div class="skeleton-line"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.frames.push(frameOf(this));
  }
}
customElements.define('markdown-note', MarkdownNote);

function frameOf(el: Element): Frame {
  const root = el.shadowRoot!;
  if (root.querySelector('[part="skeleton"]')) return 'skeleton';
  if (!root.querySelector('[part="title"]')) return 'other';
  const text = root.querySelector('[part="text"]');
  return text === null || text.querySelector('strong') ? 'ready with text' : 'ready without text';
}

/** A note with no data yet, so that the test sees every update from the data's arrival on. */
async function emptyNote(): Promise<MarkdownNote> {
  const el = await fixture<MarkdownNote>(html`<markdown-note src="/net/hang?id=ready-md-${Math.random()}" timeout="60000"></markdown-note>`);
  el.frames.length = 0;
  return el;
}

describe('the ready state and the markdown engine', () => {
  afterEach(() => setSanitizerForTesting(undefined));

  it('keeps the skeleton until the engine is in, then shows the ready state whole', async () => {
    setSanitizerForTesting(undefined); // forgets the engine, as on a page that has not loaded it
    const el = await emptyNote();
    const loaded = oneEvent(el, 'ahrca-load');
    el.data = { title: 'Free Ali', text: 'Write to **Ali** today.' };
    await loaded;
    // ahrca-load means the data is shown: the text is already there when it fires.
    expect(frameOf(el)).to.equal('ready with text');
    await el.updateComplete;
    expect(el.frames[0], 'the first update after the data').to.equal('skeleton');
    expect(el.frames.at(-1)).to.equal('ready with text');
    expect(el.frames, 'never a ready state still waiting for its text').not.to.include('ready without text');
    expect(el.shadowRoot!.querySelector('strong')!.textContent).to.equal('Ali');
  });

  it('does not wait when nothing on screen is markdown', async () => {
    setSanitizerForTesting(undefined);
    const el = await emptyNote();
    el.data = { title: 'Free Ali' };
    await el.updateComplete;
    expect(el.frames).to.deep.equal(['ready with text']);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Free Ali');
  });

  it('does not wait once the engine is in', async () => {
    await whenMarkdownReady();
    const el = await emptyNote();
    el.data = { title: 'Free Ali', text: 'Write to **Ali** today.' };
    await el.updateComplete;
    expect(el.frames).to.deep.equal(['ready with text']);
  });

  it('never hides a ready state already shown: a later text shows as soon as it comes', async () => {
    setSanitizerForTesting(undefined);
    const el = await emptyNote();
    el.data = { title: 'Free Ali' };
    await el.updateComplete;
    el.data = { title: 'Free Ali', text: 'Write to **Ali** today.' };
    await el.updateComplete;
    expect(el.frames, 'no skeleton over the ready state').not.to.include('skeleton');
    await whenMarkdownReady();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('strong')?.textContent).to.equal('Ali');
  });

  it('waits again once the skeleton is back on screen', async () => {
    setSanitizerForTesting(undefined);
    const el = await emptyNote();
    el.data = { title: 'Free Ali' };
    await el.updateComplete;
    el.data = undefined; // back to src, a request that hangs: the skeleton
    await el.updateComplete;
    expect(frameOf(el)).to.equal('skeleton');
    el.frames.length = 0;
    el.data = { title: 'Free Ali', text: 'Write to **Ali** today.' };
    await el.updateComplete;
    expect(el.frames).not.to.include('ready without text');
    expect(el.frames.at(-1)).to.equal('ready with text');
  });
});

describe('the ready state when the engine cannot load', () => {
  it('shows the ready state with the text as typed', async () => {
    // The built banner on a page whose CSP lets in every file of dist/ except the engine's chunk.
    const manifest = (await (await fetch('/dist/.vite/manifest.json')).json()) as Record<string, { file: string }>;
    const files = Object.values(manifest).map((entry) => entry.file);
    const engine = files.filter((file) => file.includes('markdown-engine'));
    expect(engine, 'the engine is a chunk of its own').to.have.length(1);
    const allowed = files.filter((file) => !engine.includes(file)).map((file) => `${location.origin}/dist/${file}`);
    const appeal = { id: 'a1', kind: 'appeal', status: 'open', title: 'Free Ali', summary: 'Write to **Ali** today.' };
    const script = `
      const report = {};
      await import('/dist/appeal-banner.js');
      const banner = document.createElement('ahrca-appeal-banner');
      banner.lang = 'en';
      document.body.append(banner);
      const loaded = new Promise((resolve) => banner.addEventListener('ahrca-load', resolve, { once: true }));
      banner.data = ${JSON.stringify(appeal)};
      await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 4000))]);
      await banner.updateComplete;
      const root = banner.shadowRoot;
      report.skeleton = root.querySelector('[part="skeleton"]') !== null;
      report.title = root.querySelector('[part~="title"]')?.textContent.trim();
      report.summary = root.querySelector('[part~="summary"]')?.textContent.trim();
      report.strong = root.querySelector('strong') !== null;
      parent.postMessage({ readyReport: report }, '*');`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${allowed.join(' ')}"><body><script type="module">${script}</script>`;
    const reported = new Promise<Record<string, unknown>>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent) {
        if (event.source !== frame.contentWindow || !event.data?.readyReport) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data.readyReport);
      });
    });
    document.body.append(frame);
    try {
      const report = await reported;
      expect(report.skeleton).to.equal(false);
      expect(report.title).to.equal('Free Ali');
      expect(report.summary).to.equal('Write to **Ali** today.');
      // Had the engine loaded, the banner would have waited for it and shown **Ali** in bold.
      expect(report.strong, 'the engine was blocked').to.equal(false);
    } finally {
      frame.remove();
    }
  });
});

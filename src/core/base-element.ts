import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GenericSchema } from 'valibot';
import { fetchFirstAvailable, isGone, LoadError, parseJson, parseSourceList, type FetchedText } from './data-source.js';
import { emit, type AhrcaLoadDetail, type LoadErrorReason } from './events.js';
import { followLang, unfollowLang } from './i18n/follow-lang.js';
import { isLanguageLoaded, loadLanguage, resolveLang, translator, type Translator } from './i18n/index.js';
import { textsAskedBeforeEngine, whenTextsReady } from './markdown.js';
import { heldImages, heldImagesLoading } from './media-on-request.js';
import { andThen, invalidData, preparePayload, type MaybePromise, type PayloadSteps, type Prepared } from './payload.js';
import { validate, type ValidationResult } from './schema/validate.js';
import { looksLikeSheet } from './sheet-source.js';
import type { SheetReader } from './sheets.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What a widget shows, each state rendered on purpose. */
export type View<T> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; error: LoadError }
  /** The source answered 410 Gone: only a neutral notice. */
  | { status: 'withdrawn' }
  | { status: 'ready'; value: T; source: string; stale: boolean; savedAt?: number };

type Source =
  | { kind: 'property'; payload: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'urls'; urls: string[] }
  /** `src` names a Google Sheet: its tokens become URLs once the widget's reader of sheets is in. */
  | { kind: 'sheet'; reader: () => Promise<SheetReader> }
  | { kind: 'none' };

/** One load of the data. Only the latest may commit anything; `answered` once a fresh answer arrived. */
interface Run {
  readonly signal: AbortSignal;
  answered: boolean;
  staleShown: boolean;
}

/** Properties whose change means the data must be read again. */
const SOURCE_PROPERTIES = ['src', 'sheet', 'data', 'dataPath', 'transform', 'timeout', 'retries', 'noSavedCopy'] as const;

/** The kept copies' code and storage come only once a widget loads from `src`. */
const keptCopies = () => import('./kept-copies.js');

/**
 * What every ahrca widget shares: where its data comes from (the `data` property, an inline
 * `<script type="application/json">` child, or `src` with mirrors), loading it with a timeout,
 * retries and the last good copy, validation against the widget's schema, the states, events,
 * language and theme. A subclass gives its schema and renders the ready state.
 */
export abstract class AhrcaElement<T> extends LitElement {
  /** URL of the data; more URLs separated by spaces are mirrors, tried in turn when one fails. */
  @property() src?: string;

  /**
   * The tab of a Google Sheet in `src`: its gid, the number after `gid=` in the tab's link. Without
   * it, the link's own `gid`, else the first tab.
   */
  @property({ attribute: 'data-sheet' }) sheet?: string;

  /** The payload itself, which wins over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** A JSON pointer to the payload inside a wrapper, e.g. `/data/appeal`. */
  @property({ attribute: 'data-path' }) dataPath?: string;

  /** Turns any backend's shape into the widget's format; runs after `data-path`, before validation. */
  @property({ attribute: false }) transform?: (payload: unknown) => unknown;

  /** Milliseconds one request may take before it counts as failed. */
  @property({ type: Number }) timeout = 10_000;

  /** Extra attempts per URL after a network error, a timeout, 429 or 5xx. */
  @property({ type: Number }) retries = 2;

  /**
   * Keeps no copy of the data from `src` in the reader's browser (and forgets one kept before), for
   * data that must not outlive the page. Without it, the last good copy shows when the network fails.
   */
  @property({ type: Boolean, attribute: 'no-saved-copy' }) noSavedCopy = false;

  /**
   * Holds every image from another origin than the page's (photos, event images, header media,
   * video and post thumbnails, images in texts) until the reader asks for it, for sites whose
   * readers are watched: each such request tells that host who reads. A held image shows its alt
   * text and a "Show image" button; thumbnails are left out. Images on the page's own origin load as usual.
   */
  @property({ type: Boolean, attribute: 'media-on-request' }) mediaOnRequest = false;

  /** `light`, `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme: Theme = 'light';

  /**
   * The language of the UI; when unset, the nearest ancestor's `lang` or the page's. A change here
   * or on an ancestor re-renders; until that language's strings have arrived the skeleton shows.
   */
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } }) override lang = '';

  @state() protected view: View<T> = { status: 'loading' };

  /** The widget's data schema. */
  protected abstract readonly schema: GenericSchema<unknown, T>;

  /**
   * Where a widget that reads Google Sheets and CSV has its reader of them (./sheets.ts and the
   * reader of its rows), fetched only for a sheet in `src` or an answer sent as CSV: a page whose
   * data is JSON downloads none of it. A widget without one reads JSON only.
   */
  protected readonly sheetReader?: () => Promise<SheetReader>;

  /** The largest payload accepted from `src`, in bytes. */
  protected maxPayloadBytes = 1_000_000;

  /** How long a kept copy may stand in for the network, in milliseconds: 90 days. */
  protected readonly keptCopyMaxAge: number = 90 * 24 * 60 * 60 * 1000;

  private run?: Run;
  private loadController?: AbortController;
  /** Set when a removal aborted a load, so that re-attaching starts it again. */
  private interrupted = false;
  /** Counts commits, so that a load is announced only while what it committed is still shown. */
  private commits = 0;
  /** A ready state that threw while rendering; `updated()` turns it into the error state. */
  private renderFailure?: LoadError;
  /** The language resolved for the last render, to notice when an ancestor's `lang` changes it. */
  private renderedLang = '';
  /**
   * What the UI needs that is being fetched: the table of this element's language and, with
   * `media-on-request`, the placeholders of held images. Until it arrives only the skeleton shows.
   */
  private uiLoading?: Promise<unknown>;
  /**
   * The markdown engine being fetched because the ready state shows a text; until it is in, the
   * skeleton shows, so that the ready state appears whole in one frame instead of growing.
   */
  private markdownLoading?: Promise<unknown>;
  /** The last render showed the ready state: it is not hidden again to wait for the engine. */
  private readyShown = false;

  /** The translator for this element's language. */
  protected get tr(): Translator {
    return translator(resolveLang(this));
  }

  /** Reads the data again from its source (e.g. after the inline JSON changed). */
  reload(): void {
    this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this, () => {
      if (this.hasUpdated && resolveLang(this) !== this.renderedLang) this.requestUpdate();
    });
    if (this.interrupted) {
      this.interrupted = false;
      this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLang(this);
    if (this.loadController) {
      this.loadController.abort();
      this.loadController = undefined;
      this.interrupted = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || SOURCE_PROPERTIES.some((name) => changed.has(name))) this.reload();
    this.renderedLang = resolveLang(this);
    const needed = [
      isLanguageLoaded(this.renderedLang) ? undefined : loadLanguage(this.renderedLang),
      this.mediaOnRequest ? heldImagesLoading() : undefined,
    ].filter((loading) => loading !== undefined);
    this.uiLoading = needed.length > 0 ? this.fetchUi(needed) : undefined;
    if (this.mediaOnRequest) heldImages()?.styleHeldImages(this.renderRoot as ShadowRoot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const failure = this.renderFailure;
    if (!failure) return;
    // A ready state that cannot render is an error state, reported once: not a load.
    this.renderFailure = undefined;
    this.commits += 1;
    this.view = { status: 'error', error: failure };
    this.reportError(failure);
  }

  /** Waits for what the UI needs (each never rejects) and renders again when it is here. */
  private fetchUi(needed: Promise<unknown>[]): Promise<unknown> {
    const loading = Promise.all(needed).then(() => {
      if (this.uiLoading === loading) this.uiLoading = undefined;
      this.requestUpdate();
    });
    return loading;
  }

  /**
   * Also waits for what its UI needs (its language's table, the held images' placeholders) and,
   * when its ready state shows markdown, for the engine, so that `await el.updateComplete` sees the
   * ready state whole, in its own language.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.uiLoading || this.markdownLoading) {
      await (this.uiLoading ?? this.markdownLoading);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): unknown {
    // Never English text for a moment before the element's own language arrives, nor a held
    // image's place empty before its placeholder does.
    const view: View<T> = this.uiLoading ? { status: 'loading' } : this.view;
    const readyShown = this.readyShown;
    this.readyShown = false;
    switch (view.status) {
      case 'loading':
        return this.renderLoading();
      case 'empty':
        return html`<p part="empty" class="state">${this.emptyMessage()}</p>`;
      case 'error':
        return this.renderError(view.error);
      case 'withdrawn':
        return this.renderWithdrawn();
      case 'ready':
        try {
          const asked = textsAskedBeforeEngine();
          const ready = this.renderReady(view.value, view);
          if (readyShown || textsAskedBeforeEngine() === asked) {
            this.readyShown = true;
            return ready;
          }
          this.markdownLoading ??= whenTextsReady().then(() => {
            this.markdownLoading = undefined;
            this.requestUpdate();
          });
          return this.renderLoading();
        } catch (error) {
          this.failRender(error);
          return this.renderError(this.renderFailure!);
        }
    }
  }

  /**
   * Turns the ready state into the error state, reported once, for an error while preparing or
   * rendering it: a subclass's `willUpdate` calls it rather than throw into the page.
   */
  protected failRender(error: unknown): void {
    this.renderFailure = new LoadError('render', `could not render: ${String(error)}`);
  }

  private renderLoading(): TemplateResult {
    return html`<div part="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${this.tr.t('state.loading')}</span>${this.renderSkeleton()}
    </div>`;
  }

  /**
   * The ready state. Throwing here shows the error state instead. When it shows markdown
   * (`renderMarkdown`) before the engine has downloaded, the skeleton stays until the engine is in.
   */
  protected abstract renderReady(value: T, view: Extract<View<T>, { status: 'ready' }>): unknown;

  /** Placeholder shapes with the size of the ready state, so nothing jumps when data arrives. */
  protected abstract renderSkeleton(): TemplateResult;

  /**
   * Turns a known foreign format into the widget's own (TimelineJS3 JSON for the timeline); runs
   * after `data-path` and `transform`, before validation. It may return a promise, so that the code
   * for a foreign format is downloaded only for data in it. Throwing (or rejecting) refuses the data.
   * It must not change the element: a newer load may have overtaken this one (`signal` aborted).
   */
  protected adapt(payload: unknown, _signal: AbortSignal): unknown {
    return payload;
  }

  /**
   * Checks the payload against `schema`. A widget whose data can be very large may check it in
   * slices and return a promise, so that no single task blocks the page for long. It must not change
   * the element: a newer load may have overtaken this one (`signal` aborted).
   */
  protected validateData(value: unknown, _signal: AbortSignal): MaybePromise<ValidationResult<T>> {
    return validate(this.schema, value);
  }

  /** True when a valid payload has nothing to show. */
  protected isEmpty(_value: T): boolean {
    return false;
  }

  /**
   * Runs on every payload just before validation, kept copies included: widgets that show people
   * take withdrawn records down here. It must not change the element.
   */
  protected beforeValidation(value: unknown): unknown {
    return value;
  }

  /** The ids of the people a valid value shows: kept with its copy, so that a withdrawal finds it. */
  protected peopleIn(_value: T): readonly string[] {
    return [];
  }

  /** The people that the copies of a source answering 410 Gone showed: gone with it. */
  protected peopleGone(_ids: readonly string[]): void {}

  /** What the empty state says: a widget names what is empty ("This timeline has no events yet."). */
  protected emptyMessage(): string {
    return this.tr.t('state.empty');
  }

  /**
   * A short, localised message and the light-DOM fallback content the page put inside the element.
   * A failure a second try may mend (the network, a timeout, a server error) offers "Try again";
   * data that arrived but cannot be shown says so plainly: what the editor must fix (the field, the
   * position) is in the console and in `ahrca-error`, never in front of the reader.
   */
  protected renderError(error: LoadError): TemplateResult {
    const message = DATA_ERRORS.has(error.reason)
      ? this.tr.t('state.invalid')
      : error.reason === 'sheet-not-published'
        ? this.tr.t('state.sheet')
        : this.tr.t('state.error');
    return html`<div part="error" class="state error" role="alert">
      <p>${message}</p>
      ${
        mayMendOnRetry(error)
          ? html`<p><button part="retry" class="retry" type="button" @click=${this.retry}>${this.tr.t('state.retry')}</button></p>`
          : nothing
      }
      <slot></slot>
    </div>`;
  }

  /** Loads again from the reader's "Try again"; if it fails again, the focus waits on the new button. */
  private readonly retry = async (): Promise<void> => {
    await this.load();
    await this.updateComplete;
    if (this.view.status === 'error') this.renderRoot.querySelector<HTMLElement>('[part~="retry"]')?.focus();
  };

  /** The neutral notice for data its source took down (410 Gone). */
  protected renderWithdrawn(): TemplateResult {
    return html`<p part="withdrawn" class="state withdrawn" role="note">${this.tr.t('state.withdrawn')}</p>`;
  }

  private pickSource(): Source {
    if (this.data !== undefined) return { kind: 'property', payload: this.data };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: 'inline', text: inline.textContent ?? '' };
    if (this.sheetReader && this.src?.trim().split(/\s+/).some(looksLikeSheet)) return { kind: 'sheet', reader: this.sheetReader };
    const urls = parseSourceList(this.src);
    return urls.length > 0 ? { kind: 'urls', urls } : { kind: 'none' };
  }

  private steps(): PayloadSteps<T> {
    return {
      dataPath: this.dataPath,
      transform: this.transform,
      adapt: (payload, signal) => this.adapt(payload, signal),
      beforeValidation: (value) => this.beforeValidation(value),
      validate: (value, signal) => this.validateData(value, signal),
    };
  }

  /** Starts a load; the promise settles when it has committed what it shows (never rejects). */
  private load(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const run: Run = { signal: controller.signal, answered: false, staleShown: false };
    this.run = run;
    const settle = () => {
      if (this.loadController === controller) this.loadController = undefined;
    };
    const fail = (error: unknown) => {
      if (run.signal.aborted) return;
      this.commitError(run, error instanceof LoadError ? error : new LoadError('network', String(error)));
    };
    try {
      const loading = this.loadFrom(this.pickSource(), run);
      if (loading instanceof Promise) return loading.then(() => undefined, fail).finally(settle);
      settle();
    } catch (error) {
      fail(error);
      settle();
    }
    return Promise.resolve();
  }

  private loadFrom(source: Source, run: Run): MaybePromise<unknown> {
    switch (source.kind) {
      case 'none':
        throw new LoadError('no-source', 'no data: set the data property, an inline JSON script or src');
      case 'property':
        return andThen(preparePayload(source.payload, 'property', this.steps(), run.signal), run.signal, (prepared) =>
          this.present(run, prepared, { source: 'property', stale: false }),
        );
      case 'inline':
        return andThen(preparePayload(parseJson(source.text, 'inline JSON'), 'inline', this.steps(), run.signal), run.signal, (prepared) =>
          this.present(run, prepared, { source: 'inline', stale: false }),
        );
      case 'urls':
        return this.loadFromUrls(source.urls, run);
      case 'sheet':
        this.commit(run, { status: 'loading' });
        return source.reader().then((reader) => {
          run.signal.throwIfAborted();
          return this.loadFromUrls(reader.sheetUrls(this.src!, this.sheet), run, reader);
        });
    }
  }

  /**
   * The fresh answer wins. The kept copy stands in only once the request has failed or taken
   * `timeout` ms without an answer, never while it may still bring a withdrawal: fail closed. An
   * answer that is invalid replaces it with the error state; a 410 with the withdrawn one. `sheets`,
   * for a sheet in `src`, words its failures for the sheet's owner.
   */
  private async loadFromUrls(urls: string[], run: Run, sheets?: SheetReader): Promise<void> {
    this.commit(run, { status: 'loading' });
    const key = JSON.stringify([this.localName, this.dataPath ?? '', urls]);
    // Downloaded now, while the network works, so that it is here when the network fails.
    const copies = keptCopies();
    if (this.noSavedCopy) void copies.then(({ forgetCopy }) => forgetCopy(key));
    let showingCopy: Promise<void> | undefined;
    const showCopy = () => (showingCopy ??= this.showKept(run, key));
    const patience = setTimeout(showCopy, this.timeout);
    let answer: FetchedText;
    try {
      answer = await fetchFirstAvailable(urls, { signal: run.signal, timeout: this.timeout, retries: this.retries, maxBytes: this.maxPayloadBytes });
    } catch (thrown) {
      if (run.signal.aborted) return;
      if (isGone(thrown)) return this.withdrawSource(run, thrown);
      const error = sheets ? sheets.sheetFailure(thrown) : thrown;
      await showCopy();
      // A kept copy on screen stays there; the host still learns that the refresh failed.
      if (run.staleShown && error instanceof LoadError) return this.reportError(error);
      throw error;
    } finally {
      clearTimeout(patience);
    }
    run.answered = true;
    // CSV, for a widget that reads it (the others find it is not JSON), by the widget's reader of sheets.
    const csv = answer.csv ? await (sheets ?? this.sheetReader?.()) : undefined;
    const parsed = csv ? await csv.readSheet(answer, run.signal, this.localName) : parseJson(answer.text, answer.url);
    run.signal.throwIfAborted();
    const prepared = await preparePayload(parsed, answer.url, this.steps(), run.signal);
    if (!(await this.present(run, prepared, { source: answer.url, stale: false })) || this.noSavedCopy) return;
    await (
      await copies
    ).keepCopy(key, {
      // The payload as read, unless reading changed it (a data-path, a transform, an adapter, a withdrawal).
      text: prepared.input === parsed && !csv ? answer.text : JSON.stringify(prepared.input),
      url: answer.url,
      sources: urls,
      people: prepared.kind === 'valid' ? this.peopleIn(prepared.value) : [],
      maxAge: this.keptCopyMaxAge,
    });
  }

  /** Shows the kept copy, unless a fresh answer came first; a copy that no longer validates is not shown. */
  private async showKept(run: Run, key: string): Promise<void> {
    const copy = this.noSavedCopy ? undefined : await (await keptCopies()).readCopy(key);
    if (!copy || run.answered) return;
    try {
      const prepared = await preparePayload(parseJson(copy.text, copy.url), copy.url, this.steps(), run.signal, { reshaped: true });
      run.staleShown = !run.answered && (await this.present(run, prepared, { source: copy.url, stale: true, savedAt: copy.savedAt }));
    } catch {
      // The schema changed since it was kept: it is not shown (nor left half-checked on screen).
      if (!run.answered) this.commit(run, { status: 'loading' });
    }
  }

  /** The source answered 410 Gone: the neutral notice, and every copy of it and of the people it showed forgotten. */
  private async withdrawSource(run: Run, error: LoadError): Promise<void> {
    const url = error.source ?? '';
    if (this.commit(run, { status: 'withdrawn' })) this.announce({ source: url, stale: false, withdrawn: true });
    const { forgetSource } = await keptCopies();
    this.peopleGone(await forgetSource(url));
  }

  /**
   * Commits a prepared payload. One shown before all of it was checked (`remaining`) has the rest
   * checked once it is on screen, and is announced once that has passed. Resolves true when the
   * payload is on screen and announced.
   */
  private async present(run: Run, prepared: Prepared<T>, detail: AhrcaLoadDetail & { savedAt?: number }): Promise<boolean> {
    const { savedAt, ...announced } = detail;
    const view: View<T> =
      prepared.kind === 'empty' || this.isEmpty(prepared.value)
        ? { status: 'empty' }
        : { status: 'ready', value: prepared.value, source: detail.source, stale: detail.stale, ...(savedAt === undefined ? {} : { savedAt }) };
    if (!this.commit(run, view)) return false;
    const committed = this.commits;
    if (prepared.kind === 'valid' && prepared.remaining) {
      await this.updateComplete;
      const errors = await prepared.remaining();
      if (this.commits !== committed) return false;
      if (errors.length > 0) throw invalidData(detail.source, errors);
    }
    return this.announce(announced);
  }

  /** The one place a load changes what is shown: only the latest load may, and only until it is aborted. */
  private commit(run: Run, view: View<T>): boolean {
    if (run !== this.run || run.signal.aborted) return false;
    this.commits += 1;
    this.view = view;
    return true;
  }

  private commitError(run: Run, error: LoadError): void {
    if (this.commit(run, { status: 'error', error })) this.reportError(error);
  }

  /**
   * `ahrca-load` means the data is shown, so it fires after the render that shows it: once the
   * element's UI table and, when the ready state shows markdown, the markdown engine are in; and not
   * when that render failed or something newer was committed meanwhile.
   */
  private async announce(detail: AhrcaLoadDetail): Promise<boolean> {
    const committed = this.commits;
    await this.updateComplete;
    if (this.commits !== committed || this.renderFailure) return false;
    emit(this, 'ahrca-load', detail);
    return true;
  }

  /** Details go to the console and to `ahrca-error`; the reader sees only the short message. */
  protected reportError(error: LoadError): void {
    console.error(`[ahrca-widgets] <${this.localName}>: ${error.message}`);
    emit(this, 'ahrca-error', {
      reason: error.reason,
      message: error.message,
      ...(error.source === undefined ? {} : { source: error.source }),
      ...(error.status === undefined ? {} : { status: error.status }),
    });
  }
}

/** Data that arrived and cannot be shown: the editor must fix it, a second try changes nothing. */
const DATA_ERRORS: ReadonlySet<LoadErrorReason> = new Set(['invalid-data', 'invalid-json', 'not-json', 'too-large']);

/** A failure that a second try may mend: the network, a timeout, a server busy or failing. */
function mayMendOnRetry(error: LoadError): boolean {
  if (error.reason === 'network' || error.reason === 'timeout') return true;
  return error.reason === 'http' && (error.status === undefined || error.status === 408 || error.status === 429 || error.status >= 500);
}

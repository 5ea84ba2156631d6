import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GenericSchema } from 'valibot';
import { fetchFirstAvailable, keepCopy, LoadError, parseJson, parseSourceList, readKeptCopy } from './data-source.js';
import { emit, type AhrcaLoadDetail } from './events.js';
import { followLang, unfollowLang } from './i18n/follow-lang.js';
import { isLanguageLoaded, loadLanguage, resolveLang, translator, type Translator } from './i18n/index.js';
import { JsonPointerError, resolveJsonPointer } from './json-pointer.js';
import { textsAskedBeforeEngine, whenTextsReady } from './markdown.js';
import { validate, type ValidationResult } from './schema/validate.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What a widget shows, each state rendered on purpose. */
export type View<T> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; error: LoadError }
  | { status: 'ready'; value: T; source: string; stale: boolean; savedAt?: number };

type Source =
  | { kind: 'property'; payload: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'urls'; urls: string[] }
  | { kind: 'none' };

/** Properties whose change means the data must be read again. */
const SOURCE_PROPERTIES = ['src', 'data', 'dataPath', 'transform', 'timeout', 'retries'] as const;

/**
 * What every ahrca widget shares: where its data comes from (the `data` property, an inline
 * `<script type="application/json">` child, or `src` with mirrors), loading it with a timeout,
 * retries and the last good copy, validation against the widget's schema, the four states,
 * events, language and theme. A subclass gives its schema and renders the ready state.
 */
export abstract class AhrcaElement<T> extends LitElement {
  /** URL of the data; more URLs separated by spaces are mirrors, tried in turn when one fails. */
  @property() src?: string;

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

  /** The largest payload accepted from `src`, in bytes. */
  protected maxPayloadBytes = 1_000_000;

  private loadController?: AbortController;
  /** Set when a removal aborted a load, so that re-attaching starts it again. */
  private interrupted = false;
  /** The language resolved for the last render, to notice when an ancestor's `lang` changes it. */
  private renderedLang = '';
  /** The UI table being fetched for this element's language; until it arrives only the skeleton shows. */
  private languageLoading?: Promise<unknown>;
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
    void this.load();
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
    this.languageLoading = isLanguageLoaded(this.renderedLang) ? undefined : this.fetchLanguage(this.renderedLang);
  }

  /** Fetches the UI table for `lang` and renders again when it is here. */
  private fetchLanguage(lang: string): Promise<unknown> {
    const loading = loadLanguage(lang).then(() => {
      if (this.languageLoading === loading) this.languageLoading = undefined;
      this.requestUpdate();
    });
    return loading;
  }

  /**
   * Also waits for the element's UI table and, when its ready state shows markdown, for the engine,
   * so that `await el.updateComplete` sees the ready state whole, in its own language.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.languageLoading || this.markdownLoading) {
      await (this.languageLoading ?? this.markdownLoading);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): unknown {
    // Never English text for a moment before the element's own language arrives.
    const view: View<T> = this.languageLoading ? { status: 'loading' } : this.view;
    const readyShown = this.readyShown;
    this.readyShown = false;
    switch (view.status) {
      case 'loading':
        return this.renderLoading();
      case 'empty':
        return html`<p part="empty" class="state">${this.tr.t('state.empty')}</p>`;
      case 'error':
        return this.renderError(view.error);
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
          const failure = new LoadError('render', `could not render: ${String(error)}`);
          queueMicrotask(() => this.reportError(failure));
          return this.renderError(failure);
        }
    }
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
   */
  protected adapt(payload: unknown): unknown {
    return payload;
  }

  /**
   * Checks the payload against `schema`. A widget whose data can be very large may check it in
   * slices and return a promise, so that no single task blocks the page for long.
   */
  protected validateData(value: unknown): ValidationResult<T> | Promise<ValidationResult<T>> {
    return validate(this.schema, value);
  }

  /** True when a valid payload has nothing to show. */
  protected isEmpty(_value: T): boolean {
    return false;
  }

  /** A short, localised message and the light-DOM fallback content the page put inside the element. */
  protected renderError(error: LoadError): TemplateResult {
    const message = error.reason === 'invalid-data' ? this.tr.t('state.invalid') : this.tr.t('state.error');
    return html`<div part="error" class="state error" role="alert">
      <p>${message}</p>
      <slot></slot>
    </div>`;
  }

  private pickSource(): Source {
    if (this.data !== undefined) return { kind: 'property', payload: this.data };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: 'inline', text: inline.textContent ?? '' };
    const urls = parseSourceList(this.src);
    return urls.length > 0 ? { kind: 'urls', urls } : { kind: 'none' };
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const source = this.pickSource();
    try {
      switch (source.kind) {
        case 'none':
          throw new LoadError('no-source', 'no data: set the data property, an inline JSON script or src');
        case 'property':
          await this.accept(source.payload, 'property', false, controller.signal);
          return;
        case 'inline':
          await this.accept(parseJson(source.text, 'inline JSON'), 'inline', false, controller.signal);
          return;
        case 'urls':
          await this.loadFromUrls(source.urls, controller.signal);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = error instanceof LoadError ? error : new LoadError('network', String(error));
      // A kept copy already on screen stays there; the host still learns that the refresh failed.
      if (this.view.status === 'ready' && this.view.stale) this.reportError(failure);
      else this.fail(failure);
    } finally {
      if (this.loadController === controller) this.loadController = undefined;
    }
  }

  private async loadFromUrls(urls: string[], signal: AbortSignal): Promise<void> {
    const cacheKey = urls[0] ?? '';
    const kept = readKeptCopy(cacheKey);
    let showingKept = false;
    if (kept) {
      try {
        await this.accept(parseJson(kept.text, cacheKey), cacheKey, true, signal, kept.savedAt);
        showingKept = true;
      } catch {
        // A kept copy that no longer validates (the schema changed) is simply not shown.
      }
    }
    if (!showingKept) this.view = { status: 'loading' };
    const { text, url } = await fetchFirstAvailable(urls, {
      signal,
      timeout: this.timeout,
      retries: this.retries,
      maxBytes: this.maxPayloadBytes,
    });
    if (signal.aborted) return;
    await this.accept(parseJson(text, url), url, false, signal);
    if (!signal.aborted) keepCopy(cacheKey, text);
  }

  /**
   * data-path → transform → adapt → empty check → validation → the ready state and `ahrca-load`.
   * Synchronous unless the widget adapts or validates its data asynchronously.
   */
  private accept(payload: unknown, source: string, stale: boolean, signal: AbortSignal, savedAt?: number): void | Promise<void> {
    let value = payload;
    if (this.dataPath) {
      try {
        value = resolveJsonPointer(value, this.dataPath);
      } catch (error) {
        if (error instanceof JsonPointerError) throw new LoadError('invalid-data', error.message, { source });
        throw error;
      }
    }
    if (this.transform) {
      try {
        value = this.transform(value);
      } catch (error) {
        throw new LoadError('invalid-data', `transform failed: ${String(error)}`, { source });
      }
    }
    const unreadable = (error: unknown) => new LoadError('invalid-data', `could not read the data: ${String(error)}`, { source });
    let adapted: unknown;
    try {
      adapted = this.adapt(value);
    } catch (error) {
      throw unreadable(error);
    }
    if (adapted instanceof Promise) {
      return adapted.then(
        (ready: unknown) => (signal.aborted ? undefined : this.show(ready, source, stale, signal, savedAt)),
        (error: unknown) => {
          throw unreadable(error);
        },
      );
    }
    return this.show(adapted, source, stale, signal, savedAt);
  }

  private show(value: unknown, source: string, stale: boolean, signal: AbortSignal, savedAt: number | undefined): void | Promise<void> {
    if (isBlank(value)) {
      this.view = { status: 'empty' };
      this.announceLoad({ source, stale });
      return;
    }
    const checked = this.validateData(value);
    if (checked instanceof Promise) {
      return checked.then((result) => (signal.aborted ? undefined : this.settle(result, source, stale, savedAt)));
    }
    return this.settle(checked, source, stale, savedAt);
  }

  /**
   * Shows a valid payload. One shown before all of it was checked (`remaining`) has the rest checked
   * once it is on screen, and is announced once that has passed; when that fails, the error is thrown
   * as if the payload had failed at first (unless a newer payload is on screen by then).
   */
  private settle(result: ValidationResult<T>, source: string, stale: boolean, savedAt: number | undefined): void | Promise<void> {
    const invalid = (errors: string[]) => new LoadError('invalid-data', `${source}: ${errors.join('; ')}`, { source });
    if (!result.ok) throw invalid(result.errors);
    const view: View<T> = this.isEmpty(result.value)
      ? { status: 'empty' }
      : { status: 'ready', value: result.value, source, stale, ...(savedAt === undefined ? {} : { savedAt }) };
    this.view = view;
    if (!result.remaining) {
      this.announceLoad({ source, stale });
      return;
    }
    // The rest is checked once the first screen is up, so that it does not delay it.
    const { remaining } = result;
    return this.updateComplete.then(remaining).then((errors) => {
      if (this.view !== view) return;
      if (errors.length > 0) throw invalid(errors);
      this.announceLoad({ source, stale });
    });
  }

  /**
   * `ahrca-load` means the data is shown, so it fires after the render that shows it: once the
   * element's UI table and, when the ready state shows markdown, the markdown engine are in.
   */
  private announceLoad(detail: AhrcaLoadDetail): void {
    void this.updateComplete.then(() => emit(this, 'ahrca-load', detail));
  }

  private fail(error: LoadError): void {
    this.view = { status: 'error', error };
    this.reportError(error);
  }

  /** Details go to the console and to `ahrca-error`; the reader sees only the short message. */
  private reportError(error: LoadError): void {
    console.error(`[ahrca-widgets] <${this.localName}>: ${error.message}`);
    emit(this, 'ahrca-error', {
      reason: error.reason,
      message: error.message,
      ...(error.source === undefined ? {} : { source: error.source }),
      ...(error.status === undefined ? {} : { status: error.status }),
    });
  }
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

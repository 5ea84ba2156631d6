/**
 * The snippet builder: a form for one widget, a live preview with the real element, and the three
 * snippets with copy buttons. The data URL is checked as the widget will read it, and what is
 * wrong with it is said in plain words.
 */
import '../../src/ahrca-widgets.js';
import { loadLanguage } from '../../src/core/i18n/index.js';
import { EMBED_WIDGETS } from '../../src/embed/embed-params.js';
import { allowedUrl } from '../../src/core/url-rule.js';
import { version } from '../../package.json';
import { checkData, type DataCheck } from './check-data.js';
import { copyText } from './copy.js';
import { embedHostsNote, listedOrigins } from './embed-hosts.js';
import { fallbackFor, fallbackHref, fallbackHtml, type Fallback } from './fallback.js';
import { offerPeople, readOptionControls, renderOptionControls } from './option-controls.js';
import { preloadFiles, readFileMap, type FileMap } from './preloads.js';
import { showCheck } from './show-check.js';
import { EMBED_PAGE_PADDING, embedUrl, iframeSnippet, npmSnippet, scriptSnippet, staticSnippet, type WidgetSetup } from './snippets.js';

const WIDGET_NAMES: Readonly<Record<string, string>> = {
  'appeal-banner': 'Appeal banner',
  'prisoner-card': 'Prisoner card',
  'prisoner-list': 'Prisoner list',
  timeline: 'Timeline',
};

/** The sample data for each widget, in ../data/ next to the builder (demo/data, dist/data). */
const SAMPLES: Readonly<Record<string, { file: string; person?: string }>> = {
  'appeal-banner': { file: 'appeal-andijan-investigation.json' },
  'prisoner-card': { file: 'prisoners.json', person: 'example-namuna-odamov' },
  'prisoner-list': { file: 'prisoners.json' },
  timeline: { file: 'timeline-andijan.json' },
};

export const DEFAULT_CDN_BASE = `https://cdn.jsdelivr.net/npm/ahrca-widgets@${version}/dist/`;
const CHECK_DELAY_MS = 400;
const REFUSED_DATA_URL = 'A widget loads its data from an http(s) address, and this is not one.';
const REFUSED_LINK = 'This link is not an http(s), mailto or tel address: the title is shown without a link.';
const SRI_VALUE = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('builder');
const widgetsFieldset = byId<HTMLFieldSetElement>('widgets');
const optionsFieldset = byId<HTMLFieldSetElement>('options');
const dataUrl = byId<HTMLInputElement>('data-url');
const langSelect = byId<HTMLSelectElement>('lang');
const fallbackLink = byId<HTMLInputElement>('fallback-link');
const cdnBase = byId<HTMLInputElement>('cdn-base');
const embedPage = byId<HTMLInputElement>('embed-page');
const preview = byId<HTMLDivElement>('preview');

let checked: { key: string; result: DataCheck } | undefined;
let checkTimer: ReturnType<typeof setTimeout> | undefined;
let previewKey = '';
/** The preview's size once it shows its data, in whole pixels: the space the snippets reserve. */
let measured: { height: number; width: number } | undefined;
const previewSize = new ResizeObserver(() => measurePreview());
const integrityByBase = new Map<string, Promise<Record<string, string>>>();
const fileMapByBase = new Map<string, Promise<FileMap | undefined>>();

function selectedWidget(): string {
  return form.querySelector<HTMLInputElement>('input[name="widget"]:checked')?.value ?? 'appeal-banner';
}

/**
 * A field's URL made absolute against this page, when it passes the URL rule that data is held to:
 * the snippets carry it to a partner's page, so a `javascript:` one would run there. Undefined
 * when blank or refused.
 */
function absolute(url: string): string | undefined {
  return url.trim() ? allowedUrl(url, location.href) : undefined;
}

/** True when a field holds a URL that the rule refuses. */
const refused = (input: HTMLInputElement) => input.value.trim() !== '' && absolute(input.value) === undefined;

/** `src`, `lang`, then the widget's options, as the three snippets all carry them. */
function attributes(): [string, string][] {
  const found: [string, string][] = [];
  const src = absolute(dataUrl.value);
  if (src) found.push(['src', src]);
  if (langSelect.value) found.push(['lang', langSelect.value]);
  return [...found, ...readOptionControls(optionsFieldset, EMBED_WIDGETS[selectedWidget()]!)];
}

/** The options the check of the data depends on. */
function checkOptions(): { dataPath?: string; person?: string } {
  const values = new Map(attributes());
  const dataPath = values.get('data-path');
  const person = values.get('person');
  return { ...(dataPath ? { dataPath } : {}), ...(person ? { person } : {}) };
}

function checkKey(): string {
  return JSON.stringify([selectedWidget(), absolute(dataUrl.value), checkOptions()]);
}

/** The SRI hashes in a sri.json, each checked to look like one. */
function readHashes(json: unknown): Record<string, string> {
  const entries = typeof json === 'object' && json !== null ? Object.entries(json) : [];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && SRI_VALUE.test(entry[1])));
}

/** sri.json of the chosen CDN folder: this build's own for the default one, the CDN's for another. */
function integrity(base: string): Promise<Record<string, string>> {
  const known = integrityByBase.get(base);
  if (known) return known;
  const loading = fetch(cdnFile(base, 'sri.json'), { credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
    .then(readHashes, () => ({}));
  integrityByBase.set(base, loading);
  return loading;
}

/** A file of the chosen CDN folder: this build's own for the default one, the CDN's for another. */
function cdnFile(base: string, name: string): URL {
  return base === DEFAULT_CDN_BASE ? new URL(`../${name}`, location.href) : new URL(name, base);
}

/** files.json of the chosen CDN folder, from which the script snippet's preload hints come; undefined when it cannot be read. */
function fileMap(base: string): Promise<FileMap | undefined> {
  let loading = fileMapByBase.get(base);
  if (!loading) {
    loading = fetch(cdnFile(base, 'files.json'), { credentials: 'omit' })
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .then(readFileMap, () => undefined);
    fileMapByBase.set(base, loading);
  }
  return loading;
}

/** The preload hints for the current set-up: every file the widget will fetch, and its data. */
function preload(map: FileMap | undefined): WidgetSetup['preload'] {
  const data = absolute(dataUrl.value);
  const check = checked?.result.ok && checked.key === checkKey() ? checked.result : undefined;
  const files = map ? preloadFiles(map, EMBED_WIDGETS[selectedWidget()]!.tag, langSelect.value, check) : [];
  return data ? { files, data } : { files };
}

async function currentFallback(): Promise<Fallback | undefined> {
  if (!checked?.result.ok || checked.key !== checkKey()) return undefined;
  const lang = langSelect.value || 'en';
  await loadLanguage(lang);
  const src = absolute(dataUrl.value);
  return src ? fallbackFor(selectedWidget(), checked.result.value, lang, { dataUrl: src, person: checkOptions().person }) : undefined;
}

function renderPreview(setup: WidgetSetup, fallback: Fallback | undefined, link: string): void {
  const key = JSON.stringify([setup.widget, setup.attributes, fallback, link]);
  if (key === previewKey) return;
  previewKey = key;
  const element = document.createElement(EMBED_WIDGETS[setup.widget]!.tag);
  for (const [name, value] of setup.attributes) element.setAttribute(name, value);
  if (fallback) {
    const href = fallbackHref(fallback, link);
    const heading = href ? Object.assign(document.createElement('a'), { href }) : document.createElement('span');
    heading.textContent = fallback.title;
    if (fallback.titleLang) heading.lang = fallback.titleLang;
    element.append(heading, fallback.summary ? ` — ${fallback.summary}` : '');
  }
  preview.replaceChildren(element);
  previewSize.disconnect();
  measured = undefined;
  // Measured once the data is shown, and again whenever the preview's size changes (a wider window).
  element.addEventListener('ahrca-load', () => previewSize.observe(element), { once: true });
}

function measurePreview(): void {
  const box = preview.firstElementChild?.getBoundingClientRect();
  if (!box) return;
  const size = { height: Math.ceil(box.height), width: Math.round(box.width) };
  if (size.height === measured?.height && size.width === measured.width) return;
  measured = size;
  void render();
}

/** The space to reserve: none for a dismissible banner, whose space would stay once a reader dismissed it. */
function reservation(setup: WidgetSetup): number | undefined {
  return setup.attributes.some(([name]) => name === 'dismissible') ? undefined : measured?.height;
}

function reservationNote(setup: WidgetSetup): string {
  if (setup.attributes.some(([name]) => name === 'dismissible')) {
    return 'No space is reserved for a dismissible banner: once a reader has dismissed it, the space would stay empty.';
  }
  if (!measured) return 'Once the preview shows the data, the script and iframe snippets reserve its height.';
  return (
    `The script snippet reserves ${measured.height} px, the widget’s height in the preview (${measured.width} px wide), and the ` +
    `iframe ${EMBED_PAGE_PADDING} px more for the embed page’s padding, so that the page around does not move when the data ` +
    'arrives. In a narrower column the widget is taller, in a wider one shorter: change the figure to fit your page (the ' +
    'embedding guide says how).'
  );
}

/** Sets an element's text only when it changes, so that a snippet the reader has selected stays selected. */
function showText(id: string, text: string): void {
  const element = byId(id);
  if (element.textContent !== text) element.textContent = text;
}

async function render(): Promise<void> {
  const widget = selectedWidget();
  const base = absolute(cdnBase.value) ?? DEFAULT_CDN_BASE;
  const page = absolute(embedPage.value) ?? new URL('../embed.html', location.href).href;
  const folder = base.endsWith('/') ? base : `${base}/`;
  const [fallback, hashes, listed, map] = await Promise.all([currentFallback(), integrity(folder), listedOrigins(page), fileMap(folder)]);
  // A refused link is left out, not replaced by the data file's address.
  const linkRefused = refused(fallbackLink);
  const link = linkRefused ? '' : (absolute(fallbackLink.value) ?? absolute(dataUrl.value) ?? '');
  const setup: WidgetSetup = {
    widget,
    attributes: attributes(),
    cdnBase: folder,
    embedPage: page,
    integrity: hashes,
    preload: preload(map),
    fallbackHtml: fallback ? fallbackHtml(fallback, link) : '',
    title: fallback?.title ?? WIDGET_NAMES[widget] ?? widget,
  };
  renderPreview(setup, fallback, link);
  showText('fallback-check', linkRefused ? REFUSED_LINK : (fallback?.refused ?? ''));
  fallbackLink.setAttribute('aria-invalid', String(linkRefused));
  const reserved = reservation(setup);
  if (reserved !== undefined) setup.reservedHeight = reserved;
  showText('snippet-script', scriptSnippet(setup));
  showText('snippet-iframe', iframeSnippet(setup));
  showText('snippet-npm', npmSnippet(setup));
  showText('snippet-static', staticSnippet(setup));
  showText(
    'integrity-note',
    hashes['ahrca-widgets.js']
      ? 'The script tags carry the files’ SHA-384 hashes (integrity): a browser refuses a file that is not exactly this version’s.'
      : `No integrity hashes: ${setup.cdnBase}sri.json could not be read, so the script tags carry none.`,
  );
  showText('reservation-note', reservationNote(setup));
  const hosts = embedHostsNote(absolute(dataUrl.value), page, listed);
  showText('embed-hosts-note', hosts.text);
  byId('embed-hosts-note').dataset.state = hosts.refused ? 'refused' : 'taken';
  preview.dataset.embedUrl = embedUrl(setup);
}

async function runCheck(): Promise<void> {
  clearTimeout(checkTimer);
  const key = checkKey();
  const src = absolute(dataUrl.value);
  const status = byId<HTMLDivElement>('data-check');
  if (!src) {
    checked = undefined;
    showCheck(status, refused(dataUrl) ? { state: 'done', result: { ok: false, summary: REFUSED_DATA_URL, problems: [] } } : { state: 'empty' });
    return;
  }
  showCheck(status, { state: 'checking' });
  const result = await checkData(selectedWidget(), src, checkOptions());
  if (key !== checkKey()) return;
  checked = { key, result };
  // After a failed check the list stays as it was: a wrong person id must still leave the right ones to pick.
  if (result.ok) offerPeople(optionsFieldset, (result.value as { people?: { id: string }[] }).people?.map(({ id }) => id) ?? []);
  // The snippets first, with the fallback from this data; then the verdict is announced.
  await render();
  showCheck(status, { state: 'done', result });
}

function scheduleCheck(): void {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => void runCheck(), CHECK_DELAY_MS);
}

function useSample(): void {
  const sample = SAMPLES[selectedWidget()];
  if (!sample) return;
  dataUrl.value = new URL(`../data/${sample.file}`, location.href).href;
  const person = optionsFieldset.querySelector<HTMLInputElement>('[data-option="person"]');
  if (person) person.value = sample.person ?? '';
  void runCheck();
  void render();
}

function renderWidgetChoice(): void {
  Object.keys(EMBED_WIDGETS).forEach((name, index) => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'widget';
    radio.id = `widget-${name}`;
    radio.value = name;
    radio.checked = index === 0;
    const label = document.createElement('label');
    label.htmlFor = radio.id;
    label.textContent = WIDGET_NAMES[name] ?? name;
    const choice = document.createElement('div');
    choice.className = 'choice';
    choice.append(radio, label);
    widgetsFieldset.append(choice);
  });
}

function listen(): void {
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === dataUrl || target.dataset.option === 'data-path' || target.dataset.option === 'person') scheduleCheck();
    void render();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'widget') {
      renderOptionControls(optionsFieldset, EMBED_WIDGETS[target.value]!);
      useSample();
      return;
    }
    if (target === dataUrl) void runCheck();
    void render();
  });
  byId('use-sample').addEventListener('click', useSample);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const outcome = await copyText(byId(button.dataset.copy!));
      const what = button.textContent?.replace(/^Copy /, '') ?? 'snippet';
      byId('copy-status').textContent = outcome === 'copied' ? `Copied ${what}.` : `Selected ${what}: press Ctrl+C (⌘C on a Mac) to copy it.`;
    });
  }
}

renderWidgetChoice();
renderOptionControls(optionsFieldset, EMBED_WIDGETS[selectedWidget()]!);
cdnBase.value = DEFAULT_CDN_BASE;
embedPage.value = new URL('../embed.html', location.href).href;
listen();
useSample();

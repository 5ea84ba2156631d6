/**
 * The script of the iframe embed page (embed.html): puts the one widget its query string asks for
 * on the page, loaded by the same loader and chunks as any partner page (in the build,
 * ./ahrca-widgets.js next to embed.html), and links the frame to the page around it.
 */
import '../ahrca-widgets.js';
import type { AhrcaActionDetail } from '../core/events.js';
import { readHashId, writeHashId } from '../core/location-hash.js';
import { isShareableId } from './protocol.js';
import { EMBED_WIDGETS, readEmbedRequest } from './embed-params.js';
import { dataOriginsOf, EMBED_ORIGINS_VARIABLE, narrowedConnectPolicy } from './embed-origins.js';
import { linkToParent } from './parent-link.js';

const MAX_SHOWN_NAME = 40;
/** How long after a deep link arrives the frame's resizes may still move the reader to its item. */
const REVEAL_WINDOW_MS = 4000;
const RESIZE_SETTLE_MS = 100;

type Revealing = Element & { reveal?: (id: string, options?: { focus?: boolean }) => Promise<boolean>; eventIds?: readonly string[] };

/** The data origins listed when the page was built, read from its own policy, where the build wrote them. */
function listedDataOrigins(): string[] {
  return dataOriginsOf(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
}

/**
 * A second policy narrows `connect-src` from every listed origin to those of the data URLs this
 * page will fetch. Every policy on a page applies, so this only takes away.
 */
function allowDataFrom(src: string | undefined): void {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = narrowedConnectPolicy((src ?? '').split(' ').filter(Boolean));
  document.head.append(policy);
}

/**
 * A `src` from an origin not listed is a snippet this page's operator did not allow, or a hostile
 * page framing it with its own data: it was dropped unrequested. The reader gets the widget's own
 * error state when no URL is left; the console says who can allow the origins, and how.
 */
function reportRefused(origins: readonly string[]): void {
  console.error(
    `[ahrca-widgets] embed.html refused data from ${origins.join(', ')}: it takes data only from its own origin and those ` +
      `listed when it was built. The operator of this embed page must add ${origins.length > 1 ? 'them' : 'it'} to ${EMBED_ORIGINS_VARIABLE} at build time.`,
  );
}

/**
 * An address that names no widget of ours is a mistake in the snippet: the reader gets the widgets'
 * own short message in their language, the webmaster the details in the console.
 */
async function showUnknownWidget(main: HTMLElement, name: string): Promise<void> {
  const known = Object.keys(EMBED_WIDGETS).join(', ');
  const shown = name.length > MAX_SHOWN_NAME ? `${name.slice(0, MAX_SHOWN_NAME)}…` : name;
  console.error(`[ahrca-widgets] embed.html: ${shown ? `there is no widget "${shown}"` : 'no widget= parameter'}; the widgets are ${known}.`);
  const { loadLanguage, resolveLang } = await import('../core/i18n/index.js');
  const tr = await loadLanguage(resolveLang(main));
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = tr.t('state.error');
  main.append(message);
}

/** Copying an event's link also puts it in this page's address, so that the page around can show it. */
function followCopiedLinks(widget: Element): void {
  widget.addEventListener('ahrca-action', (event) => {
    const { action, url } = (event as CustomEvent<AhrcaActionDetail>).detail;
    if (action !== 'copy-link' || !url) return;
    const id = decodeURIComponent(new URL(url).hash.slice(1));
    if (isShareableId(id)) writeHashId(id);
  });
}

/**
 * A deep link opens its item while the frame still has its first height, scrolling inside the
 * frame; then the page around sizes the frame to its content, the frame no longer scrolls, and
 * the item is off screen. So while the frame is being sized just after a link arrived, the widget
 * opens the item again once the size settles, which scrolls the page around to it.
 */
function revealAgainWhenSized(widget: Revealing): void {
  let until = readHashId() ? performance.now() + REVEAL_WINDOW_MS : 0;
  window.addEventListener('hashchange', () => {
    until = performance.now() + REVEAL_WINDOW_MS;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const id = readHashId();
      if (id && performance.now() < until && typeof widget.reveal === 'function') void widget.reveal(id, { focus: false });
    }, RESIZE_SETTLE_MS);
  });
}

/**
 * TimelineJS3's `start_at_end` and `start_at_slide`: once the events are shown, the timeline opens
 * at its last event, or at that slide (0 is the title slide when there is one, then the events
 * oldest first). A deep link in the address wins.
 */
function startAt(widget: Revealing, where: 'end' | number): void {
  widget.addEventListener(
    'ahrca-load',
    () => {
      const ids = widget.eventIds ?? [];
      if (readHashId() || ids.length === 0 || typeof widget.reveal !== 'function') return;
      const hasTitle = widget.shadowRoot?.querySelector('[part~="title"]') != null;
      const index = where === 'end' ? ids.length - 1 : Math.min(ids.length - 1, where - (hasTitle ? 1 : 0));
      if (index >= 0 && (where === 'end' || where > 0 || !hasTitle)) void widget.reveal(ids[index]!, { focus: false });
    },
    { once: true },
  );
}

function start(): void {
  const main = document.getElementById('widget')!;
  const request = readEmbedRequest(new URLSearchParams(location.search), location.href, listedDataOrigins());
  document.documentElement.lang = request.lang || navigator.language || 'en';
  if (!request.ok) {
    allowDataFrom(undefined);
    void showUnknownWidget(main, request.widget);
  } else {
    if (request.ignored.length > 0) {
      console.warn(`[ahrca-widgets] embed.html ignored ${request.ignored.join(', ')}: unknown, or a value it does not take.`);
    }
    if (request.refused.length > 0) reportRefused(request.refused);
    const src = request.attributes.find(([name]) => name === 'src')?.[1];
    allowDataFrom(src);
    const widget = document.createElement(request.tag);
    for (const [name, value] of request.attributes) widget.setAttribute(name, value);
    // The page is the widget's alone: its title is the page's first heading, unless the snippet says otherwise.
    if (!widget.hasAttribute('heading-level')) widget.setAttribute('heading-level', '1');
    followCopiedLinks(widget);
    revealAgainWhenSized(widget);
    if (request.startAt !== undefined) startAt(widget, request.startAt);
    main.append(widget);
  }
  linkToParent();
}

start();

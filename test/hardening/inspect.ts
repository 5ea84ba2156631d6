/**
 * What the hardening suites look for in a widget that was fed hostile data: a page-level tripwire
 * that any script run by a payload trips, and a reading of the widget's shadow root for anything a
 * payload could have planted (handlers, script URLs, foreign elements, overlays).
 */

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** Whatever tripped the wire, in order: `alert(1)`, `__pwned = 1`, an error that reached the page. */
export const tripped: string[] = [];

let installed = false;

/**
 * Replaces `alert`, `confirm`, `prompt` and `print` with recorders and makes `window.__pwned` a
 * setter that records, so a payload that runs is caught whatever it calls. Errors and unhandled
 * rejections that reach the window are recorded too. Safe to call more than once.
 */
export function installTripwire(): void {
  if (installed) return;
  installed = true;
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      tripped.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  }
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => {
      tripped.push(`__pwned = ${String(value)}`);
    },
  });
  addEventListener('error', (event) => tripped.push(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) => tripped.push(`unhandledrejection: ${String(event.reason)}`));
}

export type Shadowed = HTMLElement & { shadowRoot: ShadowRoot };

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'longdesc', 'srcdoc'];

/** Every element of a shadow root, nested shadow roots included. */
export function elementsOf(root: ShadowRoot): Element[] {
  const all: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    all.push(element);
    if (element.shadowRoot) all.push(...elementsOf(element.shadowRoot));
  }
  return all;
}

/**
 * What a widget shows with harmless data: the elements, the attributes each element carries and
 * the ids. With hostile data it may show less, never anything else.
 */
export interface Vocabulary {
  /** `a`, `a@href`, `img@loading` … */
  shapes: Set<string>;
  ids: Set<string>;
}

/**
 * An id with the data's own ids taken out (`event-andijan-url` → `event-#-url`): which event's
 * link-copy box is open depends on timing, the shape of its id does not. Only ids from the data's
 * `id` fields count, and those are checked to be letters, digits, `.`, `_` and `-`.
 */
function idShape(id: string): string {
  return id.replace(/^(event|person)-[A-Za-z0-9._-]+?(?=-[a-z]+$|$)/, '$1-#');
}

export function vocabularyOf(elements: readonly Element[], extra: Vocabulary = { shapes: new Set(), ids: new Set() }): Vocabulary {
  const shapes = new Set(extra.shapes);
  const ids = new Set(extra.ids);
  for (const element of elements) {
    shapes.add(element.localName);
    for (const attribute of element.attributes) shapes.add(`${element.localName}@${attribute.name}`);
    if (element.id) ids.add(idShape(element.id));
  }
  return { shapes, ids };
}

function describe(element: Element): string {
  return element.outerHTML.slice(0, 160);
}

/** The parent across shadow boundaries: a shadow root's top-level element has its host. */
function composedParent(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/**
 * The box an element must stay in: the widget's, or the widget's own modal dialog (the list opens a
 * person in one, in the top layer, over the page, on the reader's request).
 */
function boxOwner(element: Element, el: Element): Element {
  for (let node = composedParent(element); node && node !== el; node = composedParent(node)) {
    if (node.localName === 'dialog' && node.matches(':modal')) return node;
  }
  return el;
}

/** True when an ancestor up to its box owner (included: a dialog scrolls) clips what overflows it. */
function clipped(element: Element, owner: Element): boolean {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return true;
    // Paint containment (content-visibility: auto implies it) clips like overflow does.
    if (style.contentVisibility !== 'visible' || /paint|strict|content/.test(style.contain)) return true;
    if (node === owner) return false;
  }
  return false;
}

/**
 * Everything wrong in the widget's shadow root: on* attributes, URLs outside http(s)/mailto/tel,
 * elements or attributes the widget does not show with harmless data, foreign ids, fixed
 * positioning, and boxes outside the widget's own box.
 */
export function problemsIn(el: Shadowed, allowed: Vocabulary): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(el.shadowRoot)) {
    const name = element.localName;
    if (!allowed.shapes.has(name)) problems.push(`element <${name}> outside the allowlist: ${describe(element)}`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`event handler ${attribute.name}: ${describe(element)}`);
      else if (!allowed.shapes.has(`${name}@${attribute.name}`)) problems.push(`attribute ${attribute.name} on <${name}>: ${describe(element)}`);
      if (URL_ATTRIBUTES.includes(attribute.name)) {
        let scheme = '(unparsable)';
        try {
          scheme = new URL(attribute.value, document.baseURI).protocol;
        } catch {
          // reported below
        }
        if (!ALLOWED_SCHEMES.has(scheme)) problems.push(`${attribute.name}="${attribute.value.slice(0, 80)}" (${scheme}): ${describe(element)}`);
      }
    }
    if (element.id && !allowed.ids.has(idShape(element.id))) problems.push(`id "${element.id}" the widget never uses: ${describe(element)}`);
    const modal = element.localName === 'dialog' && element.matches(':modal');
    if (getComputedStyle(element).position === 'fixed' && !modal) problems.push(`position: fixed: ${describe(element)}`);
    const box = element.getBoundingClientRect();
    if (modal || (box.width === 0 && box.height === 0)) continue;
    const owner = boxOwner(element, el);
    const bounds = owner.getBoundingClientRect();
    const outside = box.left < bounds.left - 1 || box.right > bounds.right + 1 || box.top < bounds.top - 1 || box.bottom > bounds.bottom + 1;
    if (outside && !clipped(element, owner)) {
      problems.push(
        `box ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} outside its ${Math.round(bounds.width)}×${Math.round(bounds.height)} box: ${describe(element)}`,
      );
    }
  }
  return problems;
}

const SAFE_TO_FOLLOW = /^(https?|mailto|tel):/i;

/**
 * Clicks every link and button in the widget, as a reader might, without leaving the page: a link
 * to an allowed scheme is stopped before it navigates (the widget's own handlers still run); any
 * other link is let through, so a script URL would trip the wire. The video player (which would
 * contact YouTube) and the dismiss button (which hides the widget) are left alone.
 */
export function clickEverything(el: Shadowed): void {
  const stop = (event: Event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || SAFE_TO_FOLLOW.test(link.href)) event.preventDefault();
  };
  window.addEventListener('click', stop);
  try {
    for (const target of elementsOf(el.shadowRoot)) {
      if (target instanceof HTMLAnchorElement || (target instanceof HTMLButtonElement && !target.matches('[part~="play"], [part~="dismiss"]'))) {
        target.click();
      }
    }
  } finally {
    window.removeEventListener('click', stop);
  }
}

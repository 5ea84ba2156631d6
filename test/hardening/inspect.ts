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

export function vocabularyOf(elements: readonly Element[], extra: Vocabulary = { shapes: new Set(), ids: new Set() }): Vocabulary {
  const shapes = new Set(extra.shapes);
  const ids = new Set(extra.ids);
  for (const element of elements) {
    shapes.add(element.localName);
    for (const attribute of element.attributes) shapes.add(`${element.localName}@${attribute.name}`);
    if (element.id) ids.add(element.id);
  }
  return { shapes, ids };
}

function describe(element: Element): string {
  return element.outerHTML.slice(0, 160);
}

/** True when an ancestor inside the shadow root clips what overflows it. */
function clipped(element: Element, root: ShadowRoot): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return true;
  }
  return element.getRootNode() !== root;
}

/**
 * Everything wrong in the widget's shadow root: on* attributes, URLs outside http(s)/mailto/tel,
 * elements or attributes the widget does not show with harmless data, foreign ids, fixed
 * positioning, and boxes outside the widget's own box.
 */
export function problemsIn(el: Shadowed, allowed: Vocabulary): string[] {
  const problems: string[] = [];
  const host = el.getBoundingClientRect();
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
    if (element.id && !allowed.ids.has(element.id)) problems.push(`id "${element.id}" the widget never uses: ${describe(element)}`);
    const style = getComputedStyle(element);
    if (style.position === 'fixed') problems.push(`position: fixed: ${describe(element)}`);
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const outside = box.left < host.left - 1 || box.right > host.right + 1 || box.top < host.top - 1 || box.bottom > host.bottom + 1;
    if (outside && !clipped(element, el.shadowRoot)) {
      problems.push(`box ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} outside the widget's ${Math.round(host.width)}×${Math.round(host.height)}: ${describe(element)}`);
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

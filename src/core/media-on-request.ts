/**
 * Media on request: the one rule every template and the markdown engine ask before an image from
 * the data may load. With a widget's `media-on-request`, an image waits for the reader unless it
 * is on the page's own origin: each request to another host tells that host, and whoever watches
 * its traffic, that someone is reading this; the site the reader chose to visit already knows.
 * An image the reader asked for loads at once everywhere on the page from then on (it is in the
 * browser's cache by then, and its host has seen the request), also when a row or a dialog is
 * drawn again.
 *
 * What a held image shows instead (./held-image.ts) is downloaded only for a page that has a
 * widget with `media-on-request`: the others never need it.
 */
type HeldImages = typeof import('./held-image.js');

const asked = new Set<string>();
let placeholders: HeldImages | undefined;
let loading: Promise<unknown> | undefined;
let settled = false;

/** True when the image at `url` (absolute, from safeUrl) may load now. */
export function mayLoadNow(url: string, onRequest: boolean): boolean {
  return !onRequest || asked.has(url) || new URL(url).origin === location.origin;
}

/** The reader asked for the image at `url`. */
export function askFor(url: string): void {
  asked.add(url);
}

/**
 * The placeholders of held images, once downloaded. Before, or when the download failed, a held
 * image shows nothing at all: it still never loads.
 */
export function heldImages(): HeldImages | undefined {
  return placeholders;
}

/**
 * The download of the placeholders while it is under way, started by the first call; undefined
 * once it has settled, loaded or not (a page that could not fetch them is not asked to again).
 */
export function heldImagesLoading(): Promise<unknown> | undefined {
  if (settled) return undefined;
  loading ??= import('./held-image.js')
    .then(
      (module) => (placeholders = module),
      () => undefined,
    )
    .finally(() => (settled = true));
  return loading;
}

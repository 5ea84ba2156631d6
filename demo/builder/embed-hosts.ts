/**
 * Whether the embed page the iframe snippet points at will take the data: it takes data only from
 * its own origin and from those listed in its policy when it was built (src/embed/embed-origins.ts).
 * The preview shows the element itself, so it shows data that the embed page would refuse: the
 * note under the iframe snippet says so. The builder reads the list from the embed page's own
 * policy when it can (this build's page; another host only if it lets other sites read the file).
 */
import { dataOriginsOf, EMBED_ORIGINS_VARIABLE } from '../../src/embed/embed-origins.js';

const listedByPage = new Map<string, Promise<string[] | undefined>>();

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The data origins the embed page at `embedPage` lists besides its own; undefined when its policy cannot be read. */
export function listedOrigins(embedPage: string): Promise<string[] | undefined> {
  const known = listedByPage.get(embedPage);
  if (known) return known;
  const reading = fetch(embedPage, { credentials: 'omit' })
    .then((response) => (response.ok ? response.text() : undefined))
    .then((html) => {
      const policy = html && new DOMParser().parseFromString(html, 'text/html').querySelector('meta[http-equiv="Content-Security-Policy"]');
      return policy ? dataOriginsOf(policy.getAttribute('content') ?? '') : undefined;
    })
    .catch(() => undefined);
  listedByPage.set(embedPage, reading);
  return reading;
}

/**
 * What the builder says under the iframe snippet about the data's host, and whether the embed page
 * will take it (`refused`); `listed` is undefined when the builder could not read the page's list.
 */
export function embedHostsNote(dataUrl: string | undefined, embedPage: string, listed: readonly string[] | undefined): { text: string; refused: boolean } {
  const dataOrigin = dataUrl ? originOf(dataUrl) : undefined;
  const pageOrigin = originOf(embedPage);
  if (!dataOrigin || !pageOrigin) return { text: '', refused: false };
  if (dataOrigin === pageOrigin) return { text: 'The embed page takes this data: it is on the page’s own host.', refused: false };
  if (listed?.includes(dataOrigin)) return { text: `The embed page takes this data: ${dataOrigin} was listed when it was built.`, refused: false };
  const fix = `put the data on ${pageOrigin}, or build the embed page with ${EMBED_ORIGINS_VARIABLE}="${dataOrigin}" (the embedding guide, “The data’s hosts”)`;
  if (!listed) {
    return {
      text: `The embed page at ${pageOrigin} takes data only from its own host and those listed when it was built. If ${dataOrigin} is not one of them, ${fix}.`,
      refused: false,
    };
  }
  const others = listed.length > 0 ? ` and from ${listed.join(', ')}` : '';
  return {
    text: `The iframe would show an error: the embed page at ${pageOrigin} takes data only from its own host${others}, not from ${dataOrigin}. To embed this data, ${fix}.`,
    refused: true,
  };
}

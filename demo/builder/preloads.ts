/**
 * What the builder's script snippet asks the browser to fetch beside the loader (issue #17): on a
 * slow, far link each file found only by the code that needs it costs a round trip, so the snippet
 * names them all, and the data, in the page's first wave. The names come from dist/files.json,
 * the map the build also writes into the loader (preloadMap in vite.config.ts); the builder knows
 * more than the loader can (the data, checked), so it names exactly what the widget will fetch.
 */
import { needsMediaCards } from '../../src/components/timeline/timeline-media.js';
import { partsFor } from '../../src/loader-parts.js';

/** dist/files.json: each widget's files, its UI strings by language, the parts loaded later. */
export interface FileMap {
  w: Record<string, readonly string[]>;
  l: Record<string, Record<string, readonly string[]>>;
  p: Record<string, readonly string[]>;
}

/** What the check of the data found, as far as the files go. */
export interface CheckedData {
  /** The data as the widget reads it. */
  value: unknown;
  /** The file was TimelineJS3's: the adapter reads it, and its text is HTML. */
  timelineJs: boolean;
}

/** A file map read from JSON, or undefined when it is not one. */
export function readFileMap(json: unknown): FileMap | undefined {
  const map = json as Partial<FileMap> | null;
  const isRecord = (value: unknown) => typeof value === 'object' && value !== null;
  return isRecord(map) && isRecord(map!.w) && isRecord(map!.l) && isRecord(map!.p) ? (map as FileMap) : undefined;
}

/**
 * The files in dist/ that `tag` will fetch in `lang` ('' for the page's language, unknown here) for
 * `data`, in the order to ask for them. Without checked data, what every such widget needs.
 */
export function preloadFiles(map: FileMap, tag: string, lang: string, data: CheckedData | undefined): string[] {
  const files = [...(map.w[tag] ?? [])];
  const strings = lang ? map.l[tag]?.[lang.toLowerCase()] : undefined;
  if (strings) files.push(...strings);
  const parts = partsFor(tag);
  if (tag === 'ahrca-timeline' && data) {
    const textFormat = (data.value as { textFormat?: unknown } | null)?.textFormat;
    if (data.timelineJs) parts.push('tjs');
    else if (textFormat !== 'html') parts.push('parser');
    if (needsMediaCards(data.value)) parts.push('cards');
  }
  parts.push('kept');
  for (const part of parts) files.push(...(map.p[part] ?? []));
  return [...new Set(files)];
}

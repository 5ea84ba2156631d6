/**
 * The lazy parts (names in the file map's `p`, see preloadMap in vite.config.ts) a widget fetches
 * whatever its data says, so that the loader (./ahrca-widgets.ts) and the builder's preload hints
 * (demo/builder/preloads.ts) ask for the same. Only the loader imports it in the CDN build, so it
 * is bundled into the loader, not a chunk of its own.
 */
export function partsFor(tag: string): string[] {
  // The list shows text only once a person is opened.
  const parts = tag === 'ahrca-prisoner-list' ? [] : ['engine'];
  // The banner's and the card's texts are always markdown.
  if (tag === 'ahrca-appeal-banner' || tag === 'ahrca-prisoner-card') parts.push('parser');
  // A timeline of more than 50 events is windowed. Its first bytes cannot say how many follow (a
  // first read held 20 of 100), and the window costs 2 KB where the round trip after the data cost
  // a slow link 300 ms: every timeline fetches it.
  if (tag === 'ahrca-timeline') parts.push('window');
  return parts;
}

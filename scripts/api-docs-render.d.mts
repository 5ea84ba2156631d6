/** The markdown of docs/api.md for a parsed custom-elements.json. */
export function renderApiDocs(manifest: unknown): string;

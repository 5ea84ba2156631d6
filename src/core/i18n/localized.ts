/** A content field: plain text, or the same text keyed by language tag (`{"en": "…", "ru": "…"}`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface PickedText {
  text: string;
  /** The language the text is in, when the data says so: set it as `lang` on the element that shows it. */
  lang?: string;
}

/** Readers of these languages commonly read Russian better than English. */
const RUSSIAN_BEFORE_ENGLISH = new Set(['uz', 'kk', 'ky', 'tg', 'tk', 'kaa']);

/**
 * Karakalpakstan's readers read Uzbek, the republic's other state language, before Russian: a
 * field without Karakalpak falls back to Uzbek in the reader's script.
 */
const RELATED: Readonly<Record<string, readonly string[]>> = { kaa: ['uz-latn', 'uz'], 'kaa-cyrl': ['uz-cyrl', 'uz'] };

/**
 * The fallback chain for a reader's language: the tag, then shorter forms of it
 * (`uz-Cyrl-UZ` → `uz-Cyrl` → `uz`), then Uzbek for Karakalpak (`kaa` → `uz-Latn` → `uz`), then
 * Russian for Central Asian languages, then English.
 */
export function fallbackChain(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--) chain.push(parts.slice(0, length).join('-'));
  const script = parts.find((subtag) => /^[a-z]{4}$/.test(subtag));
  chain.push(...(RELATED[script ? `${parts[0]}-${script}` : (parts[0] ?? '')] ?? RELATED[parts[0] ?? ''] ?? []));
  if (RUSSIAN_BEFORE_ENGLISH.has(parts[0] ?? '')) chain.push('ru');
  chain.push('en');
  return [...new Set(chain)];
}

/** Picks the best text for `lang` from a localised field; the first available one when nothing matches. */
export function pickLocalized(value: LocalizedText, lang: string): PickedText {
  if (typeof value === 'string') return { text: value };
  const byLowerTag = new Map(Object.entries(value).map(([tag, text]) => [tag.toLowerCase(), [tag, text] as const]));
  for (const candidate of fallbackChain(lang)) {
    const found = byLowerTag.get(candidate);
    if (found) return { text: found[1], lang: found[0] };
  }
  const [first] = Object.entries(value);
  return first ? { text: first[1], lang: first[0] } : { text: '' };
}

/**
 * The one rule for a URL from data, in the schemas (in readers' browsers and in the CLI), in
 * `safeUrl` when a widget renders a link or an image, in the builder and in `convert`: read the
 * string as a browser's URL parser reads it, and keep it only when its scheme is http:, https:,
 * mailto: or tel:. A URL without a scheme is relative, resolved against the data file. Pure, so the
 * same decision is made in Node (WHATWG `URL`) and in every browser.
 */

/**
 * Everything else (javascript:, data:, vbscript:, blob:, file:, filesystem:, about: …) can run
 * script, read local files or spoof content.
 */
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * What a browser drops before it reads a scheme: C0 controls and spaces in front, ASCII tabs and
 * newlines anywhere (`java\tscript:` is `javascript:`). WHATWG parsers drop them too; doing it here
 * keeps the decision from resting on one runtime's parser. Trailing ones are left to the parser:
 * they cannot change a scheme, and a pattern anchored at the end would be quadratic.
 */
// eslint-disable-next-line no-control-regex
const DROPPED = /^[\x00-\x20]+|[\t\n\r]/g;

/** Any http(s) URL serves to tell a relative URL from one with a scheme. */
const SOME_WEB_PAGE = 'https://relative.invalid/';

/**
 * `url` as the absolute URL a browser at `base` would follow, when its scheme is http:, https:,
 * mailto: or tel:; undefined for any other scheme, a string that does not parse, or not a string.
 * The result is the parser's serialisation, never the input, so what is checked is what is followed.
 * Without a base, only the verdict means anything: a relative URL resolves against a placeholder.
 */
export function allowedUrl(url: unknown, base = SOME_WEB_PAGE): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.replace(DROPPED, ''), base);
    return ALLOWED_SCHEMES.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The verdict alone, as the schemas ask it: a relative URL passes whatever its base will be. */
export const isAllowedUrl = (url: string): boolean => allowedUrl(url) !== undefined;

/**
 * The rule as a JSON Schema `pattern` (no flags), for editors' tools that cannot run `URL`: the
 * same decision about the scheme, with the characters a browser drops allowed in front and inside.
 * It takes some strings the parser would not (`http://`), never one with another scheme; a test
 * holds it to `allowedUrl` over every spelling in the hardening corpus.
 */
export const ALLOWED_URL_PATTERN =
  '^(?:[\\x00-\\x20]*(?:[hH][\\t\\n\\r]*[tT][\\t\\n\\r]*[tT][\\t\\n\\r]*[pP][\\t\\n\\r]*(?:[sS][\\t\\n\\r]*)?' +
  '|[mM][\\t\\n\\r]*[aA][\\t\\n\\r]*[iI][\\t\\n\\r]*[lL][\\t\\n\\r]*[tT][\\t\\n\\r]*[oO][\\t\\n\\r]*' +
  '|[tT][\\t\\n\\r]*[eE][\\t\\n\\r]*[lL][\\t\\n\\r]*):' +
  '|(?![\\x00-\\x20]*[a-zA-Z][a-zA-Z0-9+.\\t\\n\\r-]*:))';

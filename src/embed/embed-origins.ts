/**
 * Where the iframe embed page may take data from: its own origin, and the origins its operator
 * lists in AHRCA_EMBED_ORIGINS when building it. Any site may frame embed.html with any `src`, so
 * without a list a hostile page could show its own "data" under the association's origin, and
 * overwrite the last good copy the widgets keep on that origin for readers whose network blocks
 * the real host.
 *
 * The list lives in one place, the page's own Content Security Policy: the build writes it there
 * (withDataOrigins, from vite.demo-plugins.ts) and the page's script reads it back from there
 * (dataOriginsOf), so what the script refuses and what the browser blocks cannot disagree. Pure:
 * no DOM, so the Vite config runs it too.
 */

/** The build-time environment variable that lists the data origins. */
export const EMBED_ORIGINS_VARIABLE = 'AHRCA_EMBED_ORIGINS';

/** The directives of the page's policy that the list governs: the data, and the media it names. */
const DATA_DIRECTIVES = ['connect-src', 'img-src'] as const;

/** Plain http serves only this machine there, for tests and the dev server. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * A host a CSP source expression can name exactly: letters, digits, hyphens, dots. A `*` would
 * widen the policy to every subdomain while the script compared origins exactly, and a host CSP
 * cannot spell (an underscore, IPv6) would be allowed by the script and blocked by the browser.
 */
const POLICY_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * The origin `entry` names, normalised (`https://Data.Example.org/` gives `https://data.example.org`),
 * or undefined when it is not one: not https (nor http on localhost or 127.0.0.1 with a port), or
 * with a path, query, fragment, user or wildcard.
 */
export function dataOrigin(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return undefined;
  }
  const bare = url.pathname === '/' && !/[?#]/.test(entry) && url.username === '' && url.password === '';
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.port !== '');
  return bare && secure && POLICY_HOST.test(url.hostname) ? url.origin : undefined;
}

/**
 * The origins in the variable's value, separated by spaces or commas, normalised and without
 * repeats; none when it is unset or empty. Throws, in one line naming it, at the first entry that
 * is not an origin the page may take data from.
 */
export function parseEmbedOrigins(value: string | undefined): string[] {
  const origins = new Set<string>();
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const origin = dataOrigin(entry);
    if (!origin) {
      throw new Error(
        `${EMBED_ORIGINS_VARIABLE}: "${entry}" is not an https origin such as https://data.example.org ` +
          '(no path; plain http only for localhost or 127.0.0.1 with a port).',
      );
    }
    origins.add(origin);
  }
  return [...origins];
}

/** The directives of a policy, by name, each with its sources. */
function directivesOf(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

/**
 * `policy` with `connect-src` and `img-src` set to `'self'` and `origins`, and nothing else
 * changed. Throws when the policy lacks either: the list would then not be enforced.
 */
export function withDataOrigins(policy: string, origins: readonly string[]): string {
  const directives = directivesOf(policy);
  for (const name of DATA_DIRECTIVES) {
    if (!directives.some(([present]) => present === name)) throw new Error(`the embed page's policy has no ${name} to list the data origins in`);
  }
  const sheets = origins.includes(GOOGLE_SHEETS_ORIGIN) ? [GOOGLE_SHEETS_CONTENT_HOST] : [];
  return directives
    .map(([name, sources]) => {
      if (!(DATA_DIRECTIVES as readonly string[]).includes(name)) return [name, ...sources].join(' ');
      return [name, "'self'", ...origins, ...(name === 'connect-src' ? sheets : [])].join(' ');
    })
    .join('; ');
}

/** The sources of one directive of `policy`; none when it has no such directive. */
export function sourcesOf(policy: string, directive: string): string[] {
  return directivesOf(policy).find(([name]) => name === directive)?.[1] ?? [];
}

/** The data origins `policy` lists besides the page's own: what withDataOrigins put in its `connect-src`. */
export function dataOriginsOf(policy: string): string[] {
  return sourcesOf(policy, 'connect-src').flatMap((source) => dataOrigin(source) ?? []);
}

/** Where Google Sheets live: a sheet in `src` (a link or a bare key) is read from there (src/core/sheets.ts). */
export const GOOGLE_SHEETS_ORIGIN = 'https://docs.google.com';

/**
 * Google answers a sheet's published CSV with a redirect to its content host, a subdomain of this
 * one that changes: the policy must allow it for the redirect to be followed. Added only beside
 * GOOGLE_SHEETS_ORIGIN, and only to `connect-src`.
 */
export const GOOGLE_SHEETS_CONTENT_HOST = 'https://*.googleusercontent.com';

/** The origin a `src` token is read from: its own, or Google's for a sheet key (no scheme, no slash). */
function originOf(token: string): string {
  return /^https?:\/\//.test(token) ? new URL(token).origin : GOOGLE_SHEETS_ORIGIN;
}

/**
 * Splits `urls` (absolute, or Google Sheets keys) into those whose origin is among `allowed` and
 * the origins of the rest, each named once.
 */
export function keepAllowed(urls: readonly string[], allowed: readonly string[]): { kept: string[]; refused: string[] } {
  const kept: string[] = [];
  const refused = new Set<string>();
  for (const url of urls) {
    const origin = originOf(url);
    if (allowed.includes(origin)) kept.push(url);
    else refused.add(origin);
  }
  return { kept, refused: [...refused] };
}

/**
 * The second policy the page adds once it knows `src`: `connect-src` narrowed to the origins of
 * the URLs it will fetch, or to none. Every policy on a page applies, so this only takes away.
 */
export function narrowedConnectPolicy(urls: readonly string[]): string {
  const origins = new Set(urls.map(originOf));
  if (origins.has(GOOGLE_SHEETS_ORIGIN)) origins.add(GOOGLE_SHEETS_CONTENT_HOST);
  return `connect-src ${origins.size > 0 ? [...origins].join(' ') : "'none'"}`;
}

import { allowedUrl } from './url-rule.js';

/**
 * Returns an absolute, safe URL string or undefined: `url` read by the URL rule (`url-rule.ts`),
 * which allows only http:, https:, mailto: and tel:, and judges every spelling a browser would
 * follow (any case, leading C0 controls and spaces, tabs and newlines anywhere) as the browser does.
 *
 * Relative URLs are resolved against `base` (the data URL, itself resolved against the page) or,
 * without a base, against `document.baseURI`. The result is the parser's serialisation, never the
 * input, so the string checked is exactly the string the browser will follow.
 *
 * A string the parser reads as a relative path stays a harmless path on the base's origin, even
 * when it looks like a scheme to a human (`&#106;avascript:…` taken literally, `java\x01script:…`).
 */
export function safeUrl(url: unknown, base?: string): string | undefined {
  try {
    return allowedUrl(url, base === undefined ? document.baseURI : new URL(base, document.baseURI).href);
  } catch {
    return undefined;
  }
}

/**
 * True when the URL is a web page on another origin than the page's, so links to it open in a new
 * tab. mailto: and tel: hand over to another application and are not external in this sense;
 * a string that does not parse is not a link at all.
 */
export function isExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url, document.baseURI);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin !== window.location.origin;
  } catch {
    return false;
  }
}

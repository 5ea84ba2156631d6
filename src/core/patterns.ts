/**
 * Shapes of short values shared by the schemas and the iframe embed page, which must agree on them.
 */

/**
 * An id in our data: safe in URLs, storage keys and `#fragment` links. The iframe embed lets only
 * such fragments cross between a partner page and the frame, so that no other fragment (a login
 * token, a router's path) leaks.
 */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A language tag such as `en`, `ru` or `uz-Cyrl`. */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/**
 * The fixture server's count of requests for `id` (`/net/…?id=`, test/server/network-fixtures.mjs),
 * by either origin and either browser: ids carry a run's own prefix.
 */
export async function serverCount(id: string): Promise<number> {
  return ((await (await fetch(`/net/count?id=${encodeURIComponent(id)}`)).json()) as { count: number }).count;
}

/** How many of the requests for `id` the fixture server still holds open. */
export async function serverOpen(id: string): Promise<number> {
  return ((await (await fetch(`/net/open?id=${encodeURIComponent(id)}`)).json()) as { open: number }).open;
}

/**
 * Records the URL of every `fetch` the page starts until `restore`: a test that a source was not
 * requested can then look at the call itself, at once, instead of waiting for the request to
 * reach the server (or not).
 */
export function watchFetches(): { urls: string[]; restore: () => void } {
  const urls: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  return { urls, restore: () => (window.fetch = realFetch) };
}

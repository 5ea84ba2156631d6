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

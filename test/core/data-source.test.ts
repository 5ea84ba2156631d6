import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { fetchFirstAvailable, LoadError, MAX_RETRY_AFTER_MS, parseJson, parseSourceList, type FetchOptions } from '../../src/core/data-source.js';
import { skipRetryWaits } from '../helpers/retry-clock.js';
import { serverCount, serverOpen } from '../helpers/requests.js';

/** Both browsers share one test server: every id carries this run's prefix. */
const RUN = `ds-${Math.random().toString(36).slice(2, 10)}`;
let serial = 0;
const uniqueId = (name: string) => `${RUN}-${name}-${++serial}`;

const APPEAL_TEXT = '{"id":"a1","kind":"appeal","title":"T"}';

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return { signal: new AbortController().signal, timeout: 3000, retries: 0, maxBytes: 1_000_000, ...overrides };
}

function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** The LoadError a promise rejects with; fails the test when it resolves. */
async function loadErrorOf(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

describe('parseSourceList', () => {
  it('splits src on any whitespace into absolute URLs, first URL first', () => {
    expect(parseSourceList('  /a.json \n https://mirror.example/a.json\t./b.json ', 'https://site.example/dir/page')).to.deep.equal([
      'https://site.example/a.json',
      'https://mirror.example/a.json',
      'https://site.example/dir/b.json',
    ]);
  });

  it('gives no URL for a missing or blank src', () => {
    expect(parseSourceList(undefined)).to.deep.equal([]);
    expect(parseSourceList('   ')).to.deep.equal([]);
  });

  it('skips a token that is not a URL and keeps the other mirrors', () => {
    expect(parseSourceList('http://[bad /ok.json', 'https://site.example/')).to.deep.equal(['https://site.example/ok.json']);
  });
});

describe('parseJson', () => {
  it('parses JSON text', () => {
    expect(parseJson('{"a":[1,2]}', 'x')).to.deep.equal({ a: [1, 2] });
  });

  it('names the source when the text is not JSON', () => {
    expect(() => parseJson('{"a":', 'https://data.example/appeal.json'))
      .to.throw(LoadError, 'https://data.example/appeal.json is not valid JSON')
      .with.property('reason', 'invalid-json');
  });
});

describe('fetchFirstAvailable', () => {
  it('returns the text and the URL that answered', async () => {
    const id = uniqueId('ok');
    const url = absolute(`/net/json?id=${id}&body=appeal`);
    const result = await fetchFirstAvailable([url], options());
    expect(result).to.deep.equal({ text: APPEAL_TEXT, url, csv: false });
    expect(await serverCount(id)).to.equal(1);
  });

  it('says when the answer is CSV: sent as text/csv (text/plain only for a file named .csv)', async () => {
    const csv = await fetchFirstAvailable([absolute(`/net/csv?id=${uniqueId('csv')}&body=tab`)], options());
    expect(csv).to.include({ csv: true, text: 'Year,Month,Day,Headline\n2010,1,1,On the second tab\n' });
    const plain = await fetchFirstAvailable([absolute(`/net/csv?id=${uniqueId('plain')}&body=tab&type=text/plain`)], options());
    expect(plain.csv, 'text/plain not named .csv is JSON text').to.equal(false);
  });

  it('fails with no-source when given no URL', async () => {
    const error = await loadErrorOf(fetchFirstAvailable([], options()));
    expect(error.reason).to.equal('no-source');
  });

  it('moves on to the mirror when the first URL answers 404, without retrying the 404', async () => {
    const missing = uniqueId('missing');
    const mirror = uniqueId('mirror');
    const mirrorUrl = absolute(`/net/json?id=${mirror}&body=appeal`);
    const result = await fetchFirstAvailable([absolute(`/net/status/404?id=${missing}`), mirrorUrl], options({ retries: 3 }));
    expect(result.url).to.equal(mirrorUrl);
    expect(result.text).to.equal(APPEAL_TEXT);
    expect(await serverCount(missing)).to.equal(1);
    expect(await serverCount(mirror)).to.equal(1);
  });

  it('stops at a 410 Gone: no mirror brings back what the publisher took down', async () => {
    const gone = absolute(`/net/status/410?id=${uniqueId('gone')}`);
    const mirror = uniqueId('after-gone');
    const error = await loadErrorOf(fetchFirstAvailable([gone, absolute(`/net/json?id=${mirror}&body=appeal`)], options({ retries: 3 })));
    expect(error).to.include({ reason: 'http', status: 410, source: gone });
    expect(await serverCount(mirror)).to.equal(0);
  });

  it('throws the last error, with its reason and source, when every URL fails', async () => {
    const first = uniqueId('first');
    const last = absolute(`/net/html200?id=${uniqueId('last')}`);
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/status/404?id=${first}`), last], options()));
    expect(error.reason).to.equal('not-json');
    expect(error.source).to.equal(last);
    expect(error.message).to.contain('text/html');
  });

  it('gives up on 404 at once, even with retries left', async () => {
    const id = uniqueId('404');
    const url = absolute(`/net/status/404?id=${id}`);
    const error = await loadErrorOf(fetchFirstAvailable([url], options({ retries: 3 })));
    expect(error).to.include({ reason: 'http', status: 404, source: url });
    expect(await serverCount(id)).to.equal(1);
  });

  it('times out a server that never answers, within bounds', async () => {
    const id = uniqueId('hang');
    const started = performance.now();
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/hang?id=${id}`)], options({ timeout: 300 })));
    const elapsed = performance.now() - started;
    expect(error.reason).to.equal('timeout');
    expect(elapsed).to.be.within(250, 2000);
    await waitUntil(async () => (await serverOpen(id)) === 0, 'the timed-out request was not closed at the server');
  });

  it('counts a body that trickles in past the timeout as a timeout', async () => {
    const id = uniqueId('slow');
    const started = performance.now();
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/slow?id=${id}&ms=3000`)], options({ timeout: 400 })));
    expect(error.reason).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2500);
  });

  describe('waiting between attempts (on a test clock)', () => {
    let clock: ReturnType<typeof skipRetryWaits>;
    beforeEach(() => {
      clock = skipRetryWaits();
    });
    afterEach(() => clock.restore());

    it('waits as long as Retry-After says on 503, then succeeds', async () => {
      const id = uniqueId('503');
      const result = await fetchFirstAvailable([absolute(`/net/sequence?id=${id}&codes=503,200&retry-after=1&body=appeal`)], options({ retries: 2 }));
      expect(result.text).to.equal(APPEAL_TEXT);
      expect(clock.delays).to.deep.equal([1000]);
      expect(await serverCount(id)).to.equal(2);
    });

    it('honours Retry-After on 429 as well', async () => {
      const id = uniqueId('429');
      const result = await fetchFirstAvailable([absolute(`/net/sequence?id=${id}&codes=429,200&retry-after=1&body=appeal`)], options({ retries: 1 }));
      expect(result.text).to.equal(APPEAL_TEXT);
      expect(clock.delays).to.deep.equal([1000]);
      expect(await serverCount(id)).to.equal(2);
    });

    it('backs off three times longer each attempt, with less than a base of jitter, without Retry-After', async () => {
      const id = uniqueId('backoff');
      const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/status/503?id=${id}`)], options({ retries: 2 })));
      expect(error).to.include({ reason: 'http', status: 503 });
      expect(clock.delays).to.have.length(2);
      expect(clock.delays[0]).to.be.within(400, 800);
      expect(clock.delays[1]).to.be.within(1200, 1600);
      expect(await serverCount(id)).to.equal(3);
    });
  });

  it('stops after the allowed retries: no retry storm against a failing server', async () => {
    const id = uniqueId('storm');
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/status/503?id=${id}&retry-after=0`)], options({ retries: 2 })));
    expect(error).to.include({ reason: 'http', status: 503 });
    expect(await serverCount(id)).to.equal(3);
  });

  it(`does not wait for a Retry-After longer than ${MAX_RETRY_AFTER_MS} ms: it fails over to the mirror`, async () => {
    const busy = uniqueId('busy');
    const mirror = uniqueId('busy-mirror');
    const started = performance.now();
    const result = await fetchFirstAvailable(
      [absolute(`/net/status/503?id=${busy}&retry-after=3600`), absolute(`/net/json?id=${mirror}&body=appeal`)],
      options({ retries: 2 }),
    );
    expect(result.text).to.equal(APPEAL_TEXT);
    expect(performance.now() - started).to.be.below(2000);
    expect(await serverCount(busy)).to.equal(1);
  });

  it('refuses a 200 answer whose content type is not JSON', async () => {
    const url = absolute(`/net/json?id=${uniqueId('octet')}&body=appeal&type=application/octet-stream`);
    const error = await loadErrorOf(fetchFirstAvailable([url], options()));
    expect(error.reason).to.equal('not-json');
    expect(error.message).to.contain('application/octet-stream');
  });

  it('accepts JSON served as text/plain, as raw-file hosts do', async () => {
    const url = absolute(`/net/json?id=${uniqueId('plain')}&body=appeal&type=text/plain`);
    expect((await fetchFirstAvailable([url], options())).text).to.equal(APPEAL_TEXT);
  });

  it('refuses an HTML page served with 200 (a login wall, a moved page)', async () => {
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/html200?id=${uniqueId('html')}`)], options({ retries: 2 })));
    expect(error.reason).to.equal('not-json');
  });

  it('refuses a 5 MB body declared by Content-Length', async () => {
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/big?id=${uniqueId('big')}&mb=5`)], options()));
    expect(error.reason).to.equal('too-large');
  });

  it('refuses a 5 MB body sent without Content-Length as soon as it passes the limit', async () => {
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/big?id=${uniqueId('chunked')}&mb=5&chunked=1`)], options()));
    expect(error.reason).to.equal('too-large');
  });

  it('reports a connection reset in the middle of the body as a network error', async () => {
    const error = await loadErrorOf(fetchFirstAvailable([absolute(`/net/reset?id=${uniqueId('reset')}`)], options()));
    expect(error.reason).to.equal('network');
  });

  it('never passes off a body cut short as the whole payload', async () => {
    const url = absolute(`/net/half?id=${uniqueId('half')}&body=appeal`);
    try {
      // Firefox may hand over the truncated text (it does not enforce HTTP/1.1 framing); it must not parse.
      const { text } = await fetchFirstAvailable([url], options());
      expect(() => parseJson(text, url)).to.throw(LoadError);
    } catch (error) {
      expect(error).to.be.instanceOf(LoadError).with.property('reason', 'network');
    }
  });

  it('follows a redirect to another origin that allows it (CORS), and fails as network when it does not', async () => {
    const allowed = uniqueId('cors');
    const result = await fetchFirstAvailable([absolute(`/net/redirect-cross-origin?id=${allowed}&cors=1&body=appeal`)], options());
    expect(result.text).to.equal(APPEAL_TEXT);
    expect(await serverCount(allowed)).to.equal(2);

    const refused = await loadErrorOf(fetchFirstAvailable([absolute(`/net/redirect-cross-origin?id=${uniqueId('nocors')}`)], options()));
    expect(refused.reason).to.equal('network');
  });

  it('makes one request for two callers of the same URL', async () => {
    const id = uniqueId('shared');
    const url = absolute(`/net/json?id=${id}&body=appeal&delay=100`);
    const [first, second] = await Promise.all([fetchFirstAvailable([url], options()), fetchFirstAvailable([url], options())]);
    expect(first.text).to.equal(APPEAL_TEXT);
    expect(second.text).to.equal(APPEAL_TEXT);
    expect(await serverCount(id)).to.equal(1);
  });

  it('reads a shared body up to the largest limit of its callers and holds each to its own', async () => {
    const id = uniqueId('limits');
    const url = absolute(`/net/big?id=${id}&mb=2&chunked=1`);
    const [small, large] = await Promise.allSettled([
      fetchFirstAvailable([url], options({ maxBytes: 1_000_000 })),
      fetchFirstAvailable([url], options({ maxBytes: 3_000_000 })),
    ]);
    expect(small.status).to.equal('rejected');
    expect((small as PromiseRejectedResult).reason).to.include({ reason: 'too-large' });
    expect(large.status).to.equal('fulfilled');
    expect((large as PromiseFulfilledResult<{ text: string }>).value.text.length).to.equal(2 * 1024 * 1024);
    expect(await serverCount(id)).to.equal(1);
  });

  it('keeps the shared request alive for the caller who did not abort', async () => {
    const id = uniqueId('one-aborts');
    const url = absolute(`/net/json?id=${id}&body=appeal&delay=300`);
    const leaving = new AbortController();
    const left = fetchFirstAvailable([url], options({ signal: leaving.signal }));
    const stays = fetchFirstAvailable([url], options());
    leaving.abort(new DOMException('gone', 'AbortError'));
    let leftError: unknown;
    await left.catch((error: unknown) => {
      leftError = error;
    });
    expect(leftError).to.be.instanceOf(DOMException).with.property('name', 'AbortError');
    expect((await stays).text).to.equal(APPEAL_TEXT);
    expect(await serverCount(id)).to.equal(1);
  });

  it('aborts the request at the server when its only caller aborts', async () => {
    const id = uniqueId('abort');
    const controller = new AbortController();
    const pending = fetchFirstAvailable([absolute(`/net/hang?id=${id}`)], options({ signal: controller.signal, timeout: 8000 }));
    await waitUntil(async () => (await serverOpen(id)) === 1, 'the request never reached the server');
    const reason = new DOMException('gone', 'AbortError');
    controller.abort(reason);
    let thrown: unknown;
    await pending.catch((error: unknown) => {
      thrown = error;
    });
    expect(thrown).to.equal(reason);
    await waitUntil(async () => (await serverOpen(id)) === 0, 'the server still holds the request open');
  });

  it('rejects at once with the reason when the signal is already aborted, and sends nothing', async () => {
    const id = uniqueId('pre-aborted');
    const controller = new AbortController();
    controller.abort(new DOMException('early', 'AbortError'));
    let thrown: unknown;
    await fetchFirstAvailable([absolute(`/net/json?id=${id}`)], options({ signal: controller.signal })).catch((error: unknown) => {
      thrown = error;
    });
    expect(thrown).to.equal(controller.signal.reason);
    expect(await serverCount(id)).to.equal(0);
  });
});

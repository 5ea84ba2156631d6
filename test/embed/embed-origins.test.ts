/** The data origins an embed page's operator lists at build time, and the policy that carries them. */
import { expect } from '@open-wc/testing';
import { dataOriginsOf, narrowedConnectPolicy, parseEmbedOrigins, sourcesOf, withDataOrigins } from '../../src/embed/embed-origins.js';

/** src/embed/embed.html's policy as written: data and media from the page's own origin only. */
const SOURCE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; base-uri 'none'; form-action 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify";

describe('parseEmbedOrigins (AHRCA_EMBED_ORIGINS)', () => {
  it('lists none when unset or empty: the page’s own origin only', () => {
    expect(parseEmbedOrigins(undefined)).to.deep.equal([]);
    expect(parseEmbedOrigins('')).to.deep.equal([]);
    expect(parseEmbedOrigins(' ,\n ')).to.deep.equal([]);
  });

  it('takes origins separated by spaces or commas, normalised, each once', () => {
    expect(parseEmbedOrigins('https://data.example.org https://mirror.example.net')).to.deep.equal(['https://data.example.org', 'https://mirror.example.net']);
    expect(parseEmbedOrigins('HTTPS://Data.Example.ORG/, https://mirror.example.net:443,https://data.example.org')).to.deep.equal([
      'https://data.example.org',
      'https://mirror.example.net',
    ]);
    expect(parseEmbedOrigins('https://data.example.org:8443 https://bücher.example')).to.deep.equal([
      'https://data.example.org:8443',
      'https://xn--bcher-kva.example',
    ]);
  });

  it('takes plain http only for this machine, with a port, for tests', () => {
    expect(parseEmbedOrigins('http://localhost:8766 http://127.0.0.1:5173')).to.deep.equal(['http://localhost:8766', 'http://127.0.0.1:5173']);
  });

  it('refuses, in one line naming it, any entry that is not an https origin', () => {
    for (const entry of [
      'http://data.example.org',
      'http://localhost',
      'https://data.example.org/data/',
      'https://data.example.org?x=1',
      'https://data.example.org/#top',
      'https://reader@data.example.org',
      'https://*.example.org',
      'https://data_host.example.org',
      'https://[::1]:8443',
      'data.example.org',
      'https:',
      "'self'",
      '*',
      'ftp://data.example.org',
      'javascript:alert(1)',
    ]) {
      expect(() => parseEmbedOrigins(`https://ok.example ${entry}`), entry)
        .to.throw(`AHRCA_EMBED_ORIGINS: "${entry}" is not an https origin`)
        .with.property('message')
        .that.does.not.include('\n');
    }
  });
});

describe('the embed page’s policy', () => {
  it('lists the origins in connect-src and img-src after the page’s own, and changes nothing else', () => {
    const policy = withDataOrigins(SOURCE_POLICY, ['https://data.example.org', 'https://mirror.example.net']);
    expect(policy).to.equal(
      SOURCE_POLICY.replace(
        "connect-src 'self'; img-src 'self'",
        "connect-src 'self' https://data.example.org https://mirror.example.net; img-src 'self' https://data.example.org https://mirror.example.net",
      ),
    );
    expect(withDataOrigins(SOURCE_POLICY, [])).to.equal(SOURCE_POLICY);
  });

  it('replaces whatever connect-src and img-src held, an https: wildcard included', () => {
    const open = SOURCE_POLICY.replace("connect-src 'self'; img-src 'self'", "connect-src 'self' https:; img-src 'self' https: data:");
    const policy = withDataOrigins(open, ['https://data.example.org']);
    expect(sourcesOf(policy, 'connect-src')).to.deep.equal(["'self'", 'https://data.example.org']);
    expect(sourcesOf(policy, 'img-src')).to.deep.equal(["'self'", 'https://data.example.org']);
  });

  it('refuses a policy without connect-src or img-src, which would not enforce the list', () => {
    expect(() => withDataOrigins("default-src 'none'; img-src 'self'", [])).to.throw('no connect-src');
    expect(() => withDataOrigins("default-src 'none'; connect-src 'self'", [])).to.throw('no img-src');
  });

  it('gives the page’s script back the origins the build listed, and nothing else in connect-src', () => {
    const listed = ['https://data.example.org', 'http://localhost:8766'];
    expect(dataOriginsOf(withDataOrigins(SOURCE_POLICY, listed))).to.deep.equal(listed);
    expect(dataOriginsOf(SOURCE_POLICY)).to.deep.equal([]);
    expect(dataOriginsOf("connect-src 'self' https: * https://*.example.org https://data.example.org/x.json")).to.deep.equal([]);
    expect(dataOriginsOf('')).to.deep.equal([]);
  });

  it('narrows connect-src to the origins of the data URLs, or to none', () => {
    expect(narrowedConnectPolicy(['https://data.example.org/a.json', 'https://mirror.example.net/a.json', 'https://data.example.org/b.json'])).to.equal(
      'connect-src https://data.example.org https://mirror.example.net',
    );
    expect(narrowedConnectPolicy([])).to.equal("connect-src 'none'");
  });

  it('lets a page built with docs.google.com follow Google’s redirect of a sheet to its content host, for data only', () => {
    const policy = withDataOrigins(SOURCE_POLICY, ['https://docs.google.com']);
    expect(sourcesOf(policy, 'connect-src')).to.deep.equal(["'self'", 'https://docs.google.com', 'https://*.googleusercontent.com']);
    expect(sourcesOf(policy, 'img-src')).to.deep.equal(["'self'", 'https://docs.google.com']);
    expect(dataOriginsOf(policy)).to.deep.equal(['https://docs.google.com']);
    expect(narrowedConnectPolicy(['1xTn9OSdmnxbBtQcKxZYV-xXkKoOpPSu6AUT0LXXszHo'])).to.equal(
      'connect-src https://docs.google.com https://*.googleusercontent.com',
    );
  });
});

/**
 * docs/embedding.md says what the code does: every embed parameter, the embed page's policy and how
 * its data hosts are listed, the Trusted Types names.
 */
import { expect } from '@open-wc/testing';
import { TRUSTED_TYPES_POLICIES } from '../../src/core/markdown.js';
import { reservationStyle } from '../../demo/builder/snippets.js';
import { EMBED_ORIGINS_VARIABLE, parseEmbedOrigins, withDataOrigins } from '../../src/embed/embed-origins.js';
import { COMMON_OPTIONS, EMBED_WIDGETS } from '../../src/embed/embed-params.js';
import { sectionOf, text } from '../helpers/docs.js';

let guide: string;

before(async () => {
  guide = await text('/docs/embedding.md');
});

describe('docs/embedding.md', () => {
  it('lists every widget and parameter embed.html takes', () => {
    const parameters = sectionOf(guide, 'The iframe').split('### Parameters of embed.html')[1]!.split('\n\n').slice(0, 2).join('\n');
    for (const name of [...Object.keys(EMBED_WIDGETS), ...Object.keys(COMMON_OPTIONS), 'widget', 'src', 'lang']) {
      expect(parameters, name).to.include(`\`${name}\``);
    }
    for (const widget of Object.values(EMBED_WIDGETS)) {
      for (const option of Object.keys(widget.options)) expect(parameters, option).to.include(`\`${option}\``);
    }
  });

  it('quotes the policy the built embed page really sets, with no data host listed', async () => {
    const page = new DOMParser().parseFromString(await text('/dist/embed.html'), 'text/html');
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const quoted = /```\n(default-src[\s\S]*?)\n```/.exec(guide)?.[1]?.replace(/\s*\n\s*/g, ' ');
    expect(quoted).to.equal(withDataOrigins(policy, []));
  });

  it('shows how an operator lists data hosts: a command the build takes, and the line a bad entry gets', () => {
    const hosts = sectionOf(guide, 'The iframe').split("### The data's hosts")[1]!.split('\n### ')[0]!;
    const command = new RegExp(`^${EMBED_ORIGINS_VARIABLE}="([^"]+)" npm run build$`, 'm').exec(hosts);
    expect(command, 'no example command').to.not.equal(null);
    expect(parseEmbedOrigins(command![1])).to.have.length(2);
    const refusal = new RegExp(`\`(${EMBED_ORIGINS_VARIABLE}: "([^"]+)" is not an https origin) …\``).exec(hosts);
    expect(refusal, 'no example of a refused entry').to.not.equal(null);
    expect(() => parseEmbedOrigins(refusal![2])).to.throw(refusal![1]);
    expect(hosts).to.include('img-src').and.include(`must add it to ${EMBED_ORIGINS_VARIABLE} at build time`);
  });

  it('shows the reservation the builder prints', () => {
    const reserving = sectionOf(guide, 'Reserving the widget');
    expect(reserving).to.include(`style="${reservationStyle(637)}"`);
    expect(reserving).to.include('data-ahrca-min-height');
  });

  it('names the Trusted Types policies the code creates', () => {
    const csp = sectionOf(guide, 'Content Security Policy');
    expect(csp).to.include(`trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`);
  });
});

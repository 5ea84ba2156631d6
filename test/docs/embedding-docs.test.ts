/** docs/embedding.md says what the code does: every embed parameter, the embed page's policy, the Trusted Types names. */
import { expect } from '@open-wc/testing';
import { TRUSTED_TYPES_POLICIES } from '../../src/core/markdown.js';
import { reservationStyle } from '../../demo/builder/snippets.js';
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

  it('quotes the policy the built embed page really sets', async () => {
    const page = new DOMParser().parseFromString(await text('/dist/embed.html'), 'text/html');
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const quoted = /```\n(default-src[\s\S]*?)\n```/.exec(guide)?.[1]?.replace(/\s*\n\s*/g, ' ');
    expect(quoted).to.equal(policy);
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

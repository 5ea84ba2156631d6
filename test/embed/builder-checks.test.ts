/**
 * The BUILT builder checks the data URL on the spot, the way the widget will read it, and says
 * what is wrong in plain words: the field and what it should hold, a missing file, a page that is
 * not JSON, a server that does not allow other sites to read it.
 */
import { expect } from '@open-wc/testing';
import { chooseWidget, fill, openBuilder, snippet, waitForCheck, type Builder } from './builder-page.js';
import { eventually, OTHER_ORIGIN, removeFrames } from './pages.js';

const text = (element: HTMLElement) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function checkUrl(builder: Builder, url: string, state: 'valid' | 'invalid'): Promise<HTMLElement> {
  fill(builder, '#data-url', url);
  return waitForCheck(builder, state);
}

let builder: Builder;

beforeEach(async () => {
  builder = await openBuilder();
});

afterEach(removeFrames);

describe('the builder’s check of a data URL', () => {
  it('names each field that does not fit the widget’s format, and what it should hold', async () => {
    const status = await checkUrl(builder, '/net/json?body=appeal-invalid', 'invalid');
    expect(status.querySelector('.problem')!.textContent).to.equal(
      'The file is JSON, but not in the format this widget reads. Fix these 2 fields (docs/data-format.md describes each):',
    );
    const problems = [...status.querySelectorAll('li')].map((item) => item.textContent ?? '');
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^kind: expected one of appeal, open-letter, .*, got "speech"$/);
    expect(problems[1]).to.match(/^title: /);
  });

  it('refuses data whose page is a script URL spelt with a tab, and prints no link to it (issue #16)', async () => {
    const status = await checkUrl(builder, '/net/json?body=appeal-script-url', 'invalid');
    expect([...status.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'url: expected an http(s), mailto or tel URL, or a relative one, got "java\\tscript:alert(document.domain)"',
    ]);
    for (const kind of ['script', 'iframe', 'npm'] as const) expect(snippet(builder, kind)).not.to.include('script:alert');
    expect(builder.doc().querySelector('#preview a')).to.equal(null);
  });

  it('takes no data address that is not a web address, and puts none in a snippet', async () => {
    for (const url of ['java\tscript:alert(document.domain)', 'data:application/json,{"id":"a","kind":"appeal","title":"T"}']) {
      const status = await checkUrl(builder, url, 'invalid');
      expect(text(status)).to.equal('A widget loads its data from an http(s) address, and this is not one.');
      for (const kind of ['script', 'iframe', 'npm'] as const) expect(snippet(builder, kind)).not.to.match(/script:alert|data:application/);
    }
  });

  it('leaves a link for readers without JavaScript out when it is not http(s), mailto or tel, keeps the title, and says so', async () => {
    const note = () => text(builder.doc().getElementById('fallback-check')!);
    for (const link of ['java\tscript:alert(document.domain)', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      fill(builder, '#fallback-link', link);
      await eventually(() => !snippet(builder, 'script').includes('<a '), `the script snippet links to ${JSON.stringify(link)}`);
      await eventually(() => note() !== '', 'the builder does not say the link is left out');
      expect(note()).to.equal('This link is not an http(s), mailto or tel address: the title is shown without a link.');
      for (const kind of ['script', 'npm'] as const) {
        expect(snippet(builder, kind)).not.to.match(/<a |script:alert|data:/);
        expect(snippet(builder, kind)).to.include('\n  For an international investigation of the Andijan events — Support the demand');
      }
      expect(builder.doc().querySelector('#preview a')).to.equal(null);
      expect(builder.doc().querySelector('#preview ahrca-appeal-banner')!.textContent).to.include('For an international investigation of the Andijan events');
    }
    fill(builder, '#fallback-link', 'https://example.org/andijan-appeal');
    await eventually(() => note() === '', 'the note stays once the link is a web address');
    expect(snippet(builder, 'script')).to.include('<a href="https://example.org/andijan-appeal">For an international investigation');
  });

  it('says when there is no file at the address', async () => {
    const status = await checkUrl(builder, '/net/status/404', 'invalid');
    expect(text(status)).to.equal('The server answered with error 404: the file is not at this address, or not public.');
  });

  it('says when the address leads to a web page, not to JSON', async () => {
    const status = await checkUrl(builder, '/net/html200', 'invalid');
    expect(text(status)).to.match(/^The address leads to a page, not to JSON \(the server sent text\/html.*\)\. Use the address of the \.json file itself\.$/);
  });

  it('points to the CORS header when another site’s server does not let the page read the file', async () => {
    const status = await checkUrl(builder, `${OTHER_ORIGIN}/net/json?body=appeal`, 'invalid');
    expect(text(status)).to.include('The file could not be fetched. Check the address.');
    expect(text(status)).to.include('“Access-Control-Allow-Origin: *”');
    await checkUrl(builder, `${OTHER_ORIGIN}/net/json?body=appeal&cors=1`, 'valid');
  });

  it('says under the iframe snippet when the embed page would refuse the data’s host, and how to allow it', async () => {
    const note = () => builder.doc().getElementById('embed-hosts-note')!;
    await eventually(() => text(note()) !== '', 'no note on the data’s host');
    expect(text(note())).to.equal('The embed page takes this data: it is on the page’s own host.');
    expect(note().dataset.state).to.equal('taken');

    await checkUrl(builder, `${OTHER_ORIGIN}/net/json?body=appeal&cors=1`, 'valid');
    await eventually(() => note().dataset.state === 'refused', 'the note does not say the embed page would refuse the data');
    const embedOrigin = new URL(builder.frame.src, location.href).origin;
    expect(text(note()))
      .to.include(`The iframe would show an error: the embed page at ${embedOrigin} takes data only from its own host`)
      .and.include(
        `not from ${OTHER_ORIGIN}. To embed this data, put the data on ${embedOrigin}, or build the embed page with AHRCA_EMBED_ORIGINS="${OTHER_ORIGIN}"`,
      );
  });

  it('says when the data path leads nowhere, and when a feed has no such person', async () => {
    chooseWidget(builder, 'prisoner-card');
    await waitForCheck(builder, 'valid');
    fill(builder, '#option-person', 'nobody-here');
    const status = await waitForCheck(builder, 'invalid');
    expect(text(status)).to.equal('No one in this feed has the id “nobody-here”. Pick a person from the list.');
    expect([...builder.doc().querySelectorAll('#person-ids option')].map((option) => option.getAttribute('value'))).to.include('example-misol-xatova');

    fill(builder, '#option-person', '');
    fill(builder, '#option-data-path', '/feed/people');
    const nowhere = 'The data path leads nowhere in this file: nothing at /feed.';
    await eventually(() => text(status) === nowhere, 'the check did not find the data path wrong');
  });

  it('takes a TimelineJS3 file for the timeline, and says what it carries over', async () => {
    chooseWidget(builder, 'timeline');
    await waitForCheck(builder, 'valid');
    const status = await checkUrl(builder, new URL('../data/timeline-andijan.timelinejs.json', builder.frame.contentWindow!.location.href).href, 'valid');
    expect(status.querySelector('.valid')!.textContent).to.equal('The data is valid for this widget.');
    expect(status.querySelector('details li')!.textContent).to.equal('This is a TimelineJS3 file: the timeline reads it as it is.');
  });
});

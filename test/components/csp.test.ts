/**
 * Each widget on a partner page with a strict Content Security Policy and Trusted Types enforced:
 * test/fixtures/csp.html sets the policy in a <meta> and runs test/fixtures/csp-page.ts, which
 * renders the Andijan sample from its JSON and reports back by postMessage.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CspReport } from '../fixtures/csp-page.js';
import { serverCount } from '../helpers/requests.js';

const PAGE = '/test/fixtures/csp.html';
// Conditions, not sleeps: a report comes as soon as the page has drawn. The page itself waits up to
// 10 s for the widget and 10 s for its text (test/fixtures/csp-page.ts), under load on a 2-core machine.
const REPORT_TIMEOUT_MS = 25_000;
const isChromium = navigator.userAgent.includes('Chrome/');

const frames: HTMLIFrameElement[] = [];

async function openStrictPage(url: string): Promise<CspReport> {
  const frame = document.createElement('iframe');
  frame.title = 'Strict CSP page';
  frames.push(frame);
  const report = new Promise<CspReport>((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'ahrca-csp-report') return;
      removeEventListener('message', onMessage);
      resolve(event.data.report as CspReport);
    };
    addEventListener('message', onMessage);
    aTimeout(REPORT_TIMEOUT_MS).then(() => {
      removeEventListener('message', onMessage);
      reject(new Error(`${url} sent no report within ${REPORT_TIMEOUT_MS} ms: its script did not run or stopped`));
    });
  });
  frame.src = url;
  document.body.append(frame);
  return report;
}

after(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

// Where the browser has the Sanitizer API, markdown needs no Trusted Types policy of ours; the
// DOMPurify path (forced here) needs 'dompurify'. A partner page's one policy must serve both.
/** Each widget on the strict page: its title, and words and **bold** from its first markdown text. */
const WIDGETS = [
  {
    tag: 'ahrca-appeal-banner',
    query: '',
    title: 'For an international investigation of the Andijan events',
    text: 'The Association sends collective appeals',
  },
  { tag: 'ahrca-timeline', query: 'widget=timeline&', title: 'The Andijan events and after', text: 'Troops open fire on a crowd of protesters' },
  {
    tag: 'ahrca-timeline (TimelineJS3 data)',
    query: 'widget=timelinejs&',
    title: 'The Andijan events and after',
    text: 'Troops open fire on a crowd of protesters',
  },
  {
    tag: 'ahrca-timeline (TimelineJS3 data with inline styles and handlers)',
    query: 'widget=timelinejs-styled&',
    title: 'Styled export',
    text: 'Centred text with bold, a link and .',
  },
  // The list shows no markdown until a person is opened: its first tile's name stands for its text.
  { tag: 'ahrca-prisoner-list', query: 'widget=list&', title: 'Example profiles (fictional)', text: 'Namuna Odamov', plain: true },
  { tag: 'ahrca-prisoner-card', query: 'widget=card&', title: 'Misol Khatova', text: 'Fictional example.' },
];

for (const { tag, query, title, text, plain } of WIDGETS as readonly { tag: string; query: string; title: string; text: string; plain?: boolean }[])
  for (const sanitizer of ['detected', 'dompurify']) {
    describe(`<${tag}> under a strict CSP with Trusted Types (sanitiser: ${sanitizer})`, () => {
      let report: CspReport;

      before(async function () {
        this.timeout(REPORT_TIMEOUT_MS + 2000);
        report = await openStrictPage(`${PAGE}?${query}${sanitizer === 'dompurify' ? 'sanitizer=dompurify' : ''}`);
      });

      it('the page really enforces its policy', () => {
        expect(report.cspEnforced, 'eval was allowed: the CSP is not in force').to.equal(true);
        if (isChromium) expect(report.trustedTypes, 'Chromium has Trusted Types').to.equal(true);
        if (report.trustedTypes) expect(report.trustedTypesEnforced, 'an innerHTML string was accepted').to.equal(true);
        if (sanitizer === 'dompurify') expect(report.sanitizer).to.equal('dompurify');
      });

      it('causes no CSP or Trusted Types violation', () => {
        expect(report.violations).to.deep.equal([]);
        expect(report.errors).to.deep.equal([]);
      });

      it('renders the title, the styles and the markdown text', () => {
        expect(report.rendered).to.equal(true);
        expect(report.text).to.equal(title);
        expect(report.styled, 'the component styles were not applied').to.equal(true);
        expect(report.summary).to.include(text);
        if (!plain) expect(report.strong, 'the text’s **bold** is not <strong>').to.equal(true);
      });
    });
  }

describe('held images (media-on-request) under a strict CSP with Trusted Types', () => {
  for (const sanitizer of ['detected', 'dompurify']) {
    it(`draws the placeholders of the photo and of an image in the text, with their styles and no violation (sanitiser: ${sanitizer})`, async function () {
      this.timeout(REPORT_TIMEOUT_MS + 2000);
      const report = await openStrictPage(`${PAGE}?widget=card&held${sanitizer === 'dompurify' ? '&sanitizer=dompurify' : ''}`);
      expect(report.rendered).to.equal(true);
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect([report.held, report.heldStyled]).to.deep.equal([2, true]);
      expect(await serverCount('csp-photo'), 'the held photo was requested').to.equal(0);
    });
  }
});

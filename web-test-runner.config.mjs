// Runs every test in real, headless browsers from Debian's packages:
// Chromium through @web/test-runner-chrome, Firefox ESR through puppeteer (WebDriver BiDi).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { distAsIs } from './test/server/dist-as-is.mjs';
import { frameworkExamplesPlugin } from './test/server/framework-examples.mjs';
import { heapMetricsPlugin } from './test/server/heap-metrics.mjs';
import { networkFixtures } from './test/server/network-fixtures.mjs';
import { ssrPages } from './test/server/ssr-pages.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';

function findBrowser(name, envVar, candidates, aptPackage) {
  const fromEnv = process.env[envVar];
  const found = [fromEnv, ...candidates].find((path) => path && existsSync(path));
  if (!found) {
    console.error(`${name} not found: run \`apt-get install -y ${aptPackage}\` or set ${envVar} to its path.`);
    process.exit(1);
  }
  return found;
}

const chromiumPath = findBrowser('Chromium', 'CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'chromium');
const firefoxPath = findBrowser('Firefox ESR', 'FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run side by side in windows of their own (below): none may be throttled as hidden.
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
];

/**
 * Hostile payloads in URL fields become image requests for paths such as `/%00javascript:…` or
 * `/%E0%A4%A`; the static server answers them 400 too, but with a stack trace in the log. Answer
 * them here, quietly.
 */
function refuseUnreadablePaths() {
  return function refuseUnreadablePathsMiddleware(ctx, next) {
    try {
      if (!decodeURIComponent(ctx.path).includes('\0')) return next();
    } catch {
      // not decodable: refused below
    }
    ctx.status = 400;
    return undefined;
  };
}

const only = process.env.BROWSERS?.split(',');
const wanted = (name) => !only || only.includes(name);
// Headless Chromium gives a page in a background tab no animation frames, so test files sharing
// one window would wait forever on each other. Each file's page gets a browser context of its own,
// which headless Chromium opens in a window of its own, in front, and none sees another's storage.
// CHROMIUM_CONCURRENCY=2 runs two files side by side: on this 2-CPU machine the whole suite took
// as long (430 s for more tests), and the gallery's layout-shift figure moved past its limit once,
// so one at a time stays the default.
const chromium = chromeLauncher({
  launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
  createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  concurrency: Number(process.env.CHROMIUM_CONCURRENCY ?? 1),
});
const firefox = puppeteerLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 0 },
  },
  concurrency: 1,
});
const browsers = [wanted('chromium') && chromium, wanted('firefox') && firefox].filter(Boolean);

// The screenshots are compared with Chromium's baselines only, so they are a group of their own
// that Firefox never lists. `--files` runs just the files it names (in the browsers chosen); the
// screenshots alone: `BROWSERS=chromium npx wtr --group visual`.
const VISUAL_FILES = 'test/hardening/visual.test.ts';
const filesGiven = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));
const groups = wanted('chromium') && !filesGiven ? [{ name: 'visual', files: VISUAL_FILES, browsers: [chromium] }] : [];

export default {
  files: ['test/**/*.test.ts', `!${VISUAL_FILES}`],
  groups,
  nodeResolve: true,
  concurrency: 2,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    heapMetricsPlugin(),
    frameworkExamplesPlugin(import.meta.dirname),
    // Screenshots of test/hardening/visual.test.ts (Chromium only): baselines are committed, failed
    // ones and their diffs are written beside them and ignored by git.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINE === '1',
      baseDir: 'test/hardening/screenshots',
      getBaselineName: ({ name }) => join('baseline', name),
      getFailedName: ({ name }) => join('failed', name),
      getDiffName: ({ name }) => join('failed', `${name}-diff`),
      // Small but not zero: anti-aliasing may move a few pixels, a CSS change moves many more.
      failureThreshold: 0.3,
      failureThresholdType: 'percent',
      diffOptions: { threshold: 0.1 },
    }),
  ],
  middleware: [refuseUnreadablePaths(), networkFixtures(), ssrPages(import.meta.dirname), distAsIs(import.meta.dirname)],
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's dev build announces itself in every test file; the warning says nothing about our code.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};

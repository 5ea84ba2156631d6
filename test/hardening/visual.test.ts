/**
 * Looks: a screenshot of every widget in every state (loading, error, empty, ready) and theme
 * (light, dark), compared in Chromium with the baselines committed in screenshots/baseline/, so a
 * CSS regression fails the build. Fixed viewport and width, reduced motion, no clock that moves,
 * and DejaVu Sans, which every Debian with Chromium has (fontconfig depends on it).
 * After an intended change of look: `UPDATE_VISUAL_BASELINE=1 BROWSERS=chromium npx wtr --files
 * test/hardening/visual.test.ts`, then look at the new images before committing them.
 */
import { aTimeout } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { createWidget, widgetCase, type WidgetCase } from './widgets.js';

const isChromium = navigator.userAgent.includes('Chrome/');

/** One case per look: each layout of each widget, and TimelineJS3 data (its title slide shows differently). */
const LOOKS: { slug: string; widget: WidgetCase }[] = [
  { slug: 'appeal-banner', widget: widgetCase('<ahrca-appeal-banner>') },
  { slug: 'prisoner-card-full', widget: widgetCase('<ahrca-prisoner-card> one person, full') },
  { slug: 'prisoner-card-compact', widget: widgetCase('<ahrca-prisoner-card> one person, compact') },
  { slug: 'prisoner-list', widget: widgetCase('<ahrca-prisoner-list>') },
  { slug: 'timeline', widget: widgetCase('<ahrca-timeline> markdown') },
  { slug: 'timeline-timelinejs', widget: widgetCase('<ahrca-timeline> TimelineJS3 data') },
];

const STATES = ['ready', 'loading', 'error', 'empty'] as const;
const THEMES = ['light', 'dark'] as const;

type Widget = HTMLElement & { data?: unknown; src?: string; timeout: number; updateComplete: Promise<boolean> };

const stage = document.createElement('div');
stage.style.cssText = 'inline-size: 600px; padding: 8px; background: #808080';

/** Puts the widget in `state` and waits until it is drawn for good: text, markdown and images. */
async function stageWidget(widget: WidgetCase, state: (typeof STATES)[number], theme: string): Promise<Widget> {
  const el = createWidget(widget) as unknown as Widget;
  el.setAttribute('theme', theme);
  el.style.setProperty('--ahrca-font-family', "'DejaVu Sans', sans-serif");
  const shown = new Promise((resolve) => {
    el.addEventListener('ahrca-load', resolve, { once: true });
    el.addEventListener('ahrca-error', resolve, { once: true });
  });
  if (state === 'loading') {
    el.timeout = 60_000;
    el.src = `/net/hang?id=visual-${Date.now()}`;
  } else {
    el.data = state === 'ready' ? widget.base() : state === 'error' ? { id: 42 } : {};
  }
  stage.append(el);
  if (state !== 'loading') await shown;
  await el.updateComplete;
  await whenMarkdownReady();
  await el.updateComplete;
  const images = [...el.shadowRoot!.querySelectorAll('img')];
  await waitUntil(() => images.every((image) => image.complete), 'images did not load', { timeout: 3000 });
  await aTimeout(50);
  return el;
}

describe('looks: screenshots against committed baselines (Chromium)', function () {
  this.timeout(60_000);

  before(async function () {
    if (!isChromium) this.skip();
    await setViewport({ width: 800, height: 1400 });
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    document.body.append(stage);
  });

  afterEach(() => stage.replaceChildren());

  for (const { slug, widget } of LOOKS) {
    for (const state of STATES) {
      for (const theme of THEMES) {
        it(`${slug}, ${state}, ${theme}`, async () => {
          const el = await stageWidget(widget, state, theme);
          await visualDiff(el, `${slug}-${state}-${theme}`);
        });
      }
    }
  }
});

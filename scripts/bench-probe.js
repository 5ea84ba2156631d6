// Part of `npm run bench`: runs inside the bench pages (a plain browser script, not bundled), so
// that our timeline and TimelineJS3 are timed by the same code. The data is made first by
// window.benchData (bench-server.mjs), outside every measured span: "data in hand" is an object
// in memory for both, the way a page has it once its fetch and JSON.parse are done.
/* global window, document, location, customElements, requestAnimationFrame, MutationObserver, innerHeight -- runs in the page */

const QUIET_MS = 1000;
const GIVE_UP_MS = 600_000;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const task = () => new Promise((resolve) => setTimeout(resolve));

/** Every element in the document, those in shadow roots included. */
function countElements(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) count += 1 + (element.shadowRoot ? countElements(element.shadowRoot) : 0);
  return count;
}

/** How each library is given its data, and what counts as "an event on screen" in it. */
const LIBRARIES = {
  // Ours on the HTML text TimelineJS3 gets (textFormat: 'html'): the same markup, and no marked.
  get 'ours-html'() {
    return { ...LIBRARIES.ours, data: (timeline) => window.benchData.withHtmlText(timeline) };
  },
  ours: {
    ready: () => customElements.whenDefined('ahrca-timeline'),
    data: (timeline) => timeline,
    mount(data, slot) {
      const element = document.createElement('ahrca-timeline');
      element.data = data;
      slot.append(element);
      return element.shadowRoot ?? element;
    },
    firstEvent: (slot) => slot.querySelector('ahrca-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    observed: (slot) => [slot, slot.querySelector('ahrca-timeline')?.shadowRoot].filter(Boolean),
  },
  theirs: {
    ready: async () => {
      while (!window.TL) await task();
    },
    data: (timeline) => window.benchData.toTimelineJs(timeline),
    mount(data, slot) {
      const container = document.createElement('div');
      container.id = 'timeline-embed';
      container.style.cssText = 'width: 100%; height: 100vh';
      slot.append(container);
      // script_path: the language file and the default font's CSS come from our server, as they
      // would from the CDN; the fonts that CSS names (Google Fonts) are blocked and counted.
      window.timeline = new window.TL.Timeline(container, data, { script_path: `${location.origin}/tjs/js/` });
      return container;
    },
    // TimelineJS3 shows the title slide first and every event as a marker in its navigator below.
    firstEvent: (slot) => slot.querySelector('.tl-timemarker .tl-headline'),
    observed: (slot) => [slot],
  },
};

/**
 * Generates `count` events, hands them to `library` and measures, from that moment: the first
 * event on screen (the frame after one exists: rAF, then a task), and idle (the last DOM change or
 * long task before a second with neither); the long tasks in between; the elements on the page.
 */
async function measure(library, count) {
  const lib = LIBRARIES[library];
  await lib.ready();
  const data = lib.data(window.benchData.generateTimeline({ count, mediaBase: '/media/' }));
  await task();

  const longTasks = [];
  let lastActivity = performance.now();
  const longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push(entry);
      lastActivity = Math.max(lastActivity, entry.startTime + entry.duration);
    }
  });
  longTaskObserver.observe({ type: 'longtask' });
  const mutations = new MutationObserver(() => {
    lastActivity = performance.now();
  });
  const watch = (node) => mutations.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });

  const slot = document.querySelector('main');
  watch(slot);
  const start = performance.now();
  lib.mount(data, slot);
  lib.observed(slot).forEach(watch);
  while (!lib.firstEvent(slot)) {
    if (performance.now() - start > GIVE_UP_MS) throw new Error(`${library}: no event after ${GIVE_UP_MS} ms`);
    await frame();
  }
  await frame();
  const shown = performance.now() - start;
  lib.observed(slot).forEach(watch);
  while (performance.now() - lastActivity < QUIET_MS && performance.now() - start < GIVE_UP_MS) await new Promise((resolve) => setTimeout(resolve, 100));
  longTaskObserver.disconnect();
  mutations.disconnect();
  const idle = Math.max(shown, lastActivity - start);
  const during = longTasks.filter((entry) => entry.startTime >= start - 1 && entry.startTime <= start + idle);
  return {
    shown,
    idle,
    longTasks: during.length,
    longest: Math.max(0, ...during.map((entry) => entry.duration)),
    elements: countElements(),
  };
}

/** JSON.parse of the same events as text: the least any library can take to have them. */
function parseFloor(count, runs) {
  const text = JSON.stringify(window.benchData.generateTimeline({ count, mediaBase: '/media/' }));
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    JSON.parse(text);
    times.push(performance.now() - start);
  }
  return { median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], bytes: text.length };
}

/**
 * Scrolls the page from top to bottom in `steps` jumps, two frames each, and back to the top:
 * the most elements the page held at once, and the long tasks on the way.
 */
async function scrollThrough(steps) {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const scroller = document.scrollingElement;
  let most = countElements();
  for (let step = 1; step <= steps; step++) {
    scroller.scrollTop = ((scroller.scrollHeight - innerHeight) * step) / steps;
    await frame();
    await frame();
    most = Math.max(most, countElements());
  }
  await frame();
  observer.disconnect();
  return { mostElements: most, longTasks: longTasks.length, longest: Math.max(0, ...longTasks), scrollHeight: scroller.scrollHeight };
}

window.benchProbe = { measure, parseFloor, scrollThrough, countElements };

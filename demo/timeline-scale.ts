// The scale demo: generates the events in the browser (demo/generate-timeline.ts, the module
// `npm run bench` measures too) and hands them to a timeline through its `data` property before
// it is on the page, so it never shows a state without data.
import { AhrcaTimeline } from '../src/components/timeline/timeline.js';
import { generateTimeline } from './generate-timeline.js';

const DEFAULT_COUNT = 10_000;

const slot = document.querySelector<HTMLElement>('#scale-slot');
const form = document.querySelector<HTMLFormElement>('#scale-controls');
const countSelect = document.querySelector<HTMLSelectElement>('#event-count');
const timing = document.querySelector<HTMLOutputElement>('#scale-timing');
let timeline: AhrcaTimeline | undefined;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function show(count: number): Promise<void> {
  if (!slot || !timing) return;
  timing.textContent = `Generating ${count.toLocaleString('en')} events…`;
  await nextFrame();
  const generatedAt = performance.now();
  const data = generateTimeline({ count });
  const setAt = performance.now();
  const element = timeline ?? Object.assign(new AhrcaTimeline(), { theme: 'auto', navigator: true });
  const loaded = new Promise((resolve) => element.addEventListener('ahrca-load', resolve, { once: true }));
  element.data = data;
  if (!timeline) {
    timeline = element;
    slot.replaceChildren(element);
  }
  await loaded;
  await nextFrame();
  const shownAt = performance.now();
  timing.textContent =
    `${count.toLocaleString('en')} events: generated in ${Math.round(setAt - generatedAt)} ms, ` +
    `shown ${Math.round(shownAt - setAt)} ms after the data was set.`;
}

const fromAddress = Number(new URLSearchParams(location.search).get('count'));
const initial = [...(countSelect?.options ?? [])].some((option) => Number(option.value) === fromAddress) ? fromAddress : DEFAULT_COUNT;
if (countSelect) countSelect.value = String(initial);

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const count = Number(countSelect?.value ?? DEFAULT_COUNT);
  const address = new URL(location.href);
  address.searchParams.set('count', String(count));
  history.replaceState(null, '', address);
  void show(count);
});

void show(initial);

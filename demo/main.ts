// The gallery loads the widgets the way a partner page does: through the lazy loader,
// which fetches a widget's code only once its tag is on the page.
import '../src/ahrca-widgets.js';

const MAX_LOG_ENTRIES = 20;
const DISMISSED_PREFIX = 'ahrca-widgets:dismissed:';

function describe(event: Event): string {
  const element = event.target as Element;
  const where = element.closest('section')?.querySelector('h2')?.textContent ?? element.getAttribute('layout') ?? 'banner';
  return `${event.type} from “${where}”: ${JSON.stringify((event as CustomEvent).detail)}`;
}

const log = document.querySelector<HTMLOListElement>('#event-log');
for (const type of ['ahrca-load', 'ahrca-error', 'ahrca-action']) {
  document.addEventListener(type, (event) => {
    if (!log) return;
    const entry = document.createElement('li');
    entry.textContent = describe(event);
    log.prepend(entry);
    while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild?.remove();
  });
}

document.querySelector('#show-dismissed')?.addEventListener('click', () => {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
    for (const key of keys) if (key.startsWith(DISMISSED_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was remembered either.
  }
  location.reload();
});

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

// The switcher sets <html lang>: every widget without a lang of its own follows it at once.
// `?lang=kk` in the address picks the language on load and keeps it across reloads.
const languageSelect = document.querySelector<HTMLSelectElement>('#language');
if (languageSelect) {
  const fromAddress = new URLSearchParams(location.search).get('lang');
  if (fromAddress && [...languageSelect.options].some((option) => option.value === fromAddress)) {
    languageSelect.value = fromAddress;
    document.documentElement.lang = fromAddress;
  }
  languageSelect.addEventListener('change', () => {
    document.documentElement.lang = languageSelect.value;
    const address = new URL(location.href);
    address.searchParams.set('lang', languageSelect.value);
    history.replaceState(null, '', address);
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

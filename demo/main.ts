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

// 2,000 fictional people for the list, made from the sample feed's words for "example" in each script.
const GIVEN = [
  ['Namuna', 'Намуна'],
  ['Misol', 'Мисол'],
  ['Sinov', 'Синов'],
  ['Örnek', 'Өрнек'],
  ['Mysal', 'Мысал'],
];
const FAMILY = [
  ['Odamov', 'Одамов'],
  ['Xatova', 'Хатова'],
  ['Namunaev', 'Намунаев'],
  ['Ülgiev', 'Үлгиев'],
  ['Nusgaýew', 'Нусгаев'],
  ['Obraztsov', 'Образцов'],
];
const STATUSES = ['detained', 'pretrial-detention', 'house-arrest', 'released', 'in-exile', 'disappeared', 'unknown'];

function generatedPeople(count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => {
    const [givenLatin, givenCyrillic] = GIVEN[index % GIVEN.length]!;
    const [familyLatin, familyCyrillic] = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length]!;
    return {
      id: `generated-${index + 1}`,
      name: { en: `${givenLatin} ${familyLatin} ${index + 1}`, ru: `${givenCyrillic} ${familyCyrillic} ${index + 1}` },
      status: STATUSES[index % STATUSES.length],
      occupation: 'Fictional example',
      arrested: `${2005 + (index % 20)}-05-13`,
    };
  });
}

document.querySelector('#show-many')?.addEventListener('click', (event) => {
  const list = document.createElement('ahrca-prisoner-list');
  list.setAttribute('theme', 'auto');
  list.setAttribute('heading-level', '4');
  list.data = { title: 'Generated people (fictional)', people: generatedPeople(2000) };
  document.querySelector('#many-people')?.replaceChildren(list);
  (event.currentTarget as HTMLButtonElement).hidden = true;
});

document.querySelector('#show-dismissed')?.addEventListener('click', () => {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
    for (const key of keys) if (key.startsWith(DISMISSED_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was remembered either.
  }
  location.reload();
});

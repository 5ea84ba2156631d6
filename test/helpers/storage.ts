/**
 * Replaces `window.localStorage` with a getter that throws, as a browser does when the reader's
 * privacy settings block storage. Returns the function that puts it back.
 */
export function blockStorage(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    configurable: true,
  });
  return () => {
    if (original) Object.defineProperty(window, 'localStorage', original);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/** Every value in one IndexedDB database, each store read whole, as text. */
function dumpDatabase(name: string): Promise<string> {
  return new Promise((resolve) => {
    const opening = indexedDB.open(name);
    opening.onerror = () => resolve('');
    opening.onsuccess = () => {
      const db = opening.result;
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) {
        db.close();
        return resolve('');
      }
      const transaction = db.transaction(stores, 'readonly');
      const parts: string[] = [];
      for (const store of stores) {
        const all = transaction.objectStore(store).getAll();
        all.onsuccess = () => parts.push(JSON.stringify(all.result));
      }
      transaction.oncomplete = () => {
        db.close();
        resolve(parts.join('\n'));
      };
      transaction.onerror = () => {
        db.close();
        resolve(parts.join('\n'));
      };
    };
  });
}

/**
 * All that this origin keeps, wherever a widget may have put it: localStorage, sessionStorage and
 * every IndexedDB database, as one text to search for a name that must not be there.
 */
export async function everythingStored(): Promise<string> {
  const parts: string[] = [];
  for (const store of [localStorage, sessionStorage]) {
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index) ?? '';
      parts.push(key, store.getItem(key) ?? '');
    }
  }
  const databases = await indexedDB.databases();
  for (const { name } of databases) if (name) parts.push(await dumpDatabase(name));
  return parts.join('\n');
}

/** How many characters localStorage holds, keys included. */
export function localStorageChars(): number {
  let total = 0;
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index) ?? '';
    total += key.length + (localStorage.getItem(key) ?? '').length;
  }
  return total;
}

/** The key under which a widget keeps its copy: its tag, `data-path` and whole source list (see base-element.ts). */
export function copyKeyOf(tag: string, src: string, dataPath = ''): string {
  const urls = src
    .trim()
    .split(/\s+/)
    .map((url) => new URL(url, document.baseURI).href);
  return JSON.stringify([tag, dataPath, urls]);
}

/**
 * The last good copy of each widget's data, kept in IndexedDB so that a reader whose network fails
 * later still sees it. Not in `localStorage`: that is the partner's, shared with their own app, small,
 * and read synchronously. Every copy is keyed by the widget, its whole source list and its
 * `data-path`, records which URL served it, expires, and counts against a total cap with the least
 * recently used evicted first. Nothing here throws: storage that is missing, blocked or full only
 * means no copy.
 */

const DAY = 24 * 60 * 60 * 1000;
/** How long a copy of people's data may stand in for the network: a person's situation changes. */
export const PEOPLE_MAX_AGE = 30 * DAY;
/** How long any other copy may. */
export const DEFAULT_MAX_AGE = 90 * DAY;
/** All copies together, in characters of JSON: about 25 MB. */
export const TOTAL_CAP = 25_000_000;
/** One copy at most: the largest payload a widget accepts (a timeline's 16 MB). */
export const MAX_COPY_CHARS = 16 * 1024 * 1024;

const DATABASE = 'ahrca-widgets';
const VERSION = 1;
/** What a copy is, without its text: small, so that eviction reads it all cheaply. */
const META = 'copies';
const TEXTS = 'texts';

export interface KeptCopy {
  /** The payload as the widget read it: after `data-path`, `transform` and adapters, withdrawn records cut down. */
  text: string;
  /** The URL that served it: relative URLs in it resolve against this one. */
  url: string;
  savedAt: number;
}

interface CopyMeta {
  key: string;
  url: string;
  /** Every URL of the source list, so that a 410 from any of them finds the copy. */
  sources: string[];
  /** The ids of the people the copy shows, so that a withdrawal of any of them finds it. */
  people: string[];
  savedAt: number;
  usedAt: number;
  expiresAt: number;
  size: number;
}

/**
 * Earlier versions kept these copies in the partner's localStorage (`ahrca-widgets:copy:…`), where a
 * withdrawn record's text could stay. They are removed, whatever they held.
 */
function forgetLegacyCopies(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
    for (const key of keys) if (key.startsWith('ahrca-widgets:copy:')) localStorage.removeItem(key);
  } catch {
    // Storage blocked, or missing: it holds nothing of ours.
  }
}

let opening: Promise<IDBDatabase | undefined> | undefined;

function open(): Promise<IDBDatabase | undefined> {
  opening ??= new Promise<IDBDatabase | undefined>((resolve) => {
    // Copies kept by earlier versions in the partner's localStorage go at once, whatever they held.
    forgetLegacyCopies();
    try {
      const request = indexedDB.open(DATABASE, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        const meta = db.createObjectStore(META, { keyPath: 'key' });
        meta.createIndex('people', 'people', { multiEntry: true });
        meta.createIndex('sources', 'sources', { multiEntry: true });
        db.createObjectStore(TEXTS);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another copy of our script with a newer database must not wait on this one.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    } catch {
      // No IndexedDB (an old browser) or access refused (a sandboxed frame, storage blocked).
      resolve(undefined);
    }
  });
  return opening;
}

/** Runs `work` in one transaction over both stores; resolves with its result once committed, undefined on any failure. */
async function transact<R>(mode: IDBTransactionMode, work: (meta: IDBObjectStore, texts: IDBObjectStore) => Promise<R>): Promise<R | undefined> {
  const db = await open();
  if (!db) return undefined;
  try {
    const transaction = db.transaction([META, TEXTS], mode);
    const done = new Promise<boolean>((resolve) => {
      transaction.oncomplete = () => resolve(true);
      transaction.onerror = () => resolve(false);
      transaction.onabort = () => resolve(false);
    });
    const result = await work(transaction.objectStore(META), transaction.objectStore(TEXTS)).catch(() => {
      transaction.abort();
      return undefined;
    });
    return (await done) ? result : undefined;
  } catch {
    return undefined;
  }
}

function requested<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function remove(meta: IDBObjectStore, texts: IDBObjectStore, key: string): void {
  meta.delete(key);
  texts.delete(key);
}

/** The copy kept under `key`, unless it has expired (then it is deleted). Reading it makes it the most recently used. */
export async function readCopy(key: string, now = Date.now()): Promise<KeptCopy | undefined> {
  const found = await transact('readwrite', async (meta, texts) => {
    const record = (await requested(meta.get(key))) as CopyMeta | undefined;
    if (!record) return undefined;
    if (record.expiresAt <= now) {
      remove(meta, texts, key);
      return undefined;
    }
    const text: unknown = await requested(texts.get(key));
    if (typeof text !== 'string') {
      remove(meta, texts, key);
      return undefined;
    }
    meta.put({ ...record, usedAt: now } satisfies CopyMeta);
    return { text, url: record.url, savedAt: record.savedAt };
  });
  return found ?? undefined;
}

export interface CopyToKeep {
  text: string;
  url: string;
  sources: readonly string[];
  people: readonly string[];
  maxAge: number;
}

/**
 * Keeps a payload that was shown, for when the network fails later. Then drops expired copies and,
 * while all of them weigh more than the cap, the least recently used.
 */
export async function keepCopy(key: string, copy: CopyToKeep, now = Date.now()): Promise<void> {
  if (copy.text.length > MAX_COPY_CHARS) {
    await forgetCopy(key);
    return;
  }
  await transact('readwrite', async (meta, texts) => {
    const record: CopyMeta = {
      key,
      url: copy.url,
      sources: [...copy.sources],
      people: [...copy.people],
      savedAt: now,
      usedAt: now,
      expiresAt: now + copy.maxAge,
      size: copy.text.length,
    };
    meta.put(record);
    texts.put(copy.text, key);
    const all = ((await requested(meta.getAll())) as CopyMeta[]).filter((other) => other.key !== key);
    let total = record.size;
    for (const other of all.sort((a, b) => b.usedAt - a.usedAt)) {
      if (other.expiresAt <= now || total + other.size > TOTAL_CAP) remove(meta, texts, other.key);
      else total += other.size;
    }
  });
}

/** Forgets the copy kept under `key`. */
export async function forgetCopy(key: string): Promise<void> {
  await transact('readwrite', async (meta, texts) => remove(meta, texts, key));
}

/** Forgets every copy that shows any of these people. */
export async function forgetPeople(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await transact('readwrite', async (meta, texts) => {
    const index = meta.index('people');
    const keys = await Promise.all(ids.map((id) => requested(index.getAllKeys(IDBKeyRange.only(id)))));
    for (const key of new Set(keys.flat())) remove(meta, texts, String(key));
  });
}

/**
 * Forgets every copy whose source list holds `url` (which answered 410 Gone), and returns the
 * people those copies showed: they are gone with it.
 */
export async function forgetSource(url: string): Promise<string[]> {
  const people = await transact('readwrite', async (meta, texts) => {
    const records = (await requested(meta.index('sources').getAll(IDBKeyRange.only(url)))) as CopyMeta[];
    for (const record of records) remove(meta, texts, record.key);
    return records.flatMap((record) => record.people);
  });
  return [...new Set(people ?? [])];
}

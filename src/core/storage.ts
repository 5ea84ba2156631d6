/**
 * localStorage that never throws: it is missing in some embeds, blocked by privacy
 * settings (SecurityError on access), or full (QuotaExceededError on write).
 */
const PREFIX = 'ahrca-widgets:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readStored(key: string): string | undefined {
  try {
    return storage()?.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the value could not be kept. */
export function writeStored(key: string, value: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

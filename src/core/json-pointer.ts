/** Thrown when a JSON pointer does not lead anywhere in the payload. */
export class JsonPointerError extends Error {
  override name = 'JsonPointerError';
}

/** Resolves an RFC 6901 JSON pointer (`/data/appeal`, `/items/0`) inside a parsed payload. */
export function resolveJsonPointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) throw new JsonPointerError(`data-path "${pointer}" must start with "/"`);
  let current = document;
  let walked = '';
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    walked += `/${raw}`;
    current = readKey(current, key, walked);
  }
  return current;
}

function readKey(value: unknown, key: string, walked: string): unknown {
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, key)) {
    return (value as Record<string, unknown>)[key];
  }
  throw new JsonPointerError(`data-path: nothing at ${walked}`);
}

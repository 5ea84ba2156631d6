/** What the TimelineJS3 adapter could not carry over, one English line per field: `events[3].background: …`. */
export class Notes {
  readonly lines: string[] = [];

  add(path: string, message: string): void {
    this.lines.push(`${path}: ${message}`);
  }

  /** Notes every key of `object` that TimelineJS3 does not define at this place. */
  unknownFields(object: Record<string, unknown>, known: ReadonlySet<string>, path: string): void {
    for (const key of Object.keys(object)) {
      if (!known.has(key)) this.add(childPath(path, key), 'not a TimelineJS3 field; ignored');
    }
  }
}

/** `events[3]` + `media` → `events[3].media`; '' + `title` → `title`. */
export function childPath(path: string, key: string): string {
  if (path === '') return key;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

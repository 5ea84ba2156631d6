/** The one way the tools write data: two-space JSON and a final newline, so output is the same byte for byte on every run. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The TimelineJS3 files in test/fixtures/timelinejs/, written from Knight Lab's JSON format documentation. */
export const TIMELINEJS_FIXTURES = ['title-slide', 'eras', 'media', 'display-date', 'groups', 'partial-dates', 'times', 'hostile'] as const;

export type TimelineJsFixture = (typeof TIMELINEJS_FIXTURES)[number];

/** Fetched from the test server, as a partner's file would be: a fresh copy each time. */
export async function loadTimelineJsFixture(name: TimelineJsFixture): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`../fixtures/timelinejs/${name}.json`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

/** How many events a fixture has, counted in the file itself. */
export function eventCount(fixture: Record<string, unknown>): number {
  return (fixture.events as unknown[]).length;
}

/**
 * For the describe block it is called in: the TimelineJS3 adapter's notes (console.info) are not
 * printed; they are asserted in the adapter's own tests.
 */
export function muteAdapterNotes(): void {
  const consoleInfo = console.info;
  before(() => {
    console.info = () => undefined;
  });
  after(() => {
    console.info = consoleInfo;
  });
}

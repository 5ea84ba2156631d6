/**
 * People from a spreadsheet (src/core/people-csv.ts), each row checked on its own, in slices: a row
 * that cannot be shown is left out and named by its row and column; the others show. Downloaded
 * only for a CSV answer.
 */
import { nextTask, sliceClock } from '../../core/next-task.js';
import { columnOfPath, readPeopleRows } from '../../core/people-csv.js';
import { PersonSchema } from '../../core/schema/prisoner.js';
import { validate } from '../../core/schema/validate.js';

export async function peopleFromSheet(rows: string[][], signal: AbortSignal): Promise<{ feed: { people: unknown[] }; unread: string[] }> {
  const { feed, rows: rowOf, problems } = readPeopleRows(rows);
  const unread = [...problems];
  const people: unknown[] = [];
  const clock = sliceClock();
  for (const [index, person] of feed.people.entries()) {
    if (clock.due()) {
      await nextTask();
      signal.throwIfAborted();
      clock.restart();
    }
    const checked = validate(PersonSchema, person);
    if (checked.ok) people.push(person);
    else for (const error of checked.errors) unread.push(`row ${rowOf[index]}, column ${columnOfPath(error)}: ${error}; the row is left out`);
  }
  return { feed: { ...feed, people }, unread };
}

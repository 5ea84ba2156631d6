/**
 * People from a spreadsheet (src/core/people-csv.ts), each row checked on its own, in slices: a row
 * that cannot be shown is left out and named by its row and column; the others show. Downloaded
 * only for a CSV answer.
 */
import { columnOfPath, readPeopleRows } from '../../core/people-csv.js';
import { csvReader, inSlices } from '../../core/sheets.js';
import { PersonSchema } from '../../core/schema/prisoner.js';
import { validate } from '../../core/schema/validate.js';

export { sheetFailure, sheetUrls } from '../../core/sheets.js';

/** The feed; the console hears, after `label`, the rows left out. */
export async function peopleFromSheet(rows: string[][], signal: AbortSignal, label: string): Promise<{ people: unknown[] }> {
  const { feed, rows: rowOf, problems } = readPeopleRows(rows);
  const unread = [...problems];
  const people: unknown[] = [];
  await inSlices(feed.people, signal, (person, index) => {
    const checked = validate(PersonSchema, person);
    if (checked.ok) people.push(person);
    else for (const error of checked.errors) unread.push(`row ${rowOf[index]}, column ${columnOfPath(error)}: ${error}; the row is left out`);
  });
  if (unread.length > 0) console.warn(`${label}: left out rows that cannot be shown:\n  ${unread.join('\n  ')}`);
  return { ...feed, people };
}

/** The people widgets' SheetReader's `readSheet` (src/core/sheets.ts): a CSV answer read as above. */
export const readSheet = csvReader(peopleFromSheet);

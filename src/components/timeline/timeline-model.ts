/**
 * What the timeline shows, computed from validated data without touching the DOM: events in date
 * order with their parsed dates, the tags and groups to filter by, eras, and the rows that pass a
 * filter, each knowing whether it opens a year or an era. Search reads plain text built lazily
 * from the raw strings, never from rendered markdown.
 */
import type { PartialDate } from '../../core/i18n/dates.js';
import { parseTimelineDate, periodEnd, yearKey } from '../../core/i18n/timeline-dates.js';
import { pickLocalized, type LocalizedText } from '../../core/i18n/localized.js';
import type { TextFormat, Timeline, TimelineEra, TimelineEvent } from '../../core/schema/timeline.js';

export type TimelineOrder = 'oldest' | 'newest';

export interface TimelineEntry {
  readonly event: TimelineEvent;
  /** The event's place in the data's list, by which errors name it (`events[n]`). */
  readonly index: number;
  readonly start: PartialDate;
  /** `start.time`: by it entries are ordered and placed in eras, deep time included. */
  readonly time: number;
  readonly end: PartialDate | undefined;
  /**
   * The year heading's key, as written in the data so that a date-time near midnight stays in its
   * own year: `2005`, `-3500`, deep time rounded as it reads (timeline-dates.ts `yearKey`).
   */
  readonly year: string;
  readonly textFormat: TextFormat;
}

export interface EraSpan {
  readonly era: TimelineEra;
  /** The era's place in the data's list, by which warnings name it (`eras[n]`). */
  readonly index: number;
  readonly start: PartialDate;
  readonly end: PartialDate;
  readonly from: number;
  /** The first instant after the era's last day (or month, or year). */
  readonly until: number;
}

export interface FilterChoice {
  readonly name: string;
  readonly count: number;
}

export interface TimelineModel {
  /** Oldest first. */
  readonly entries: readonly TimelineEntry[];
  readonly tags: readonly FilterChoice[];
  readonly groups: readonly FilterChoice[];
  readonly eras: readonly EraSpan[];
}

export interface TimelineFilter {
  readonly tags: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly query: string;
  readonly order: TimelineOrder;
}

export interface TimelineRow {
  readonly entry: TimelineEntry;
  /** The first shown event of its year: the year heading goes above it. */
  readonly opensYear: boolean;
  /** Eras whose first shown event this is: their bands start above it. */
  readonly opensEras: readonly EraSpan[];
  /** Indexes into `model.eras` of every era this event falls in. */
  readonly inEras: readonly number[];
  /** Years from the previous shown event's year to this one's, when two or more (in the common era): "6 years later". Else 0. */
  readonly gap: number;
}

const PRECISION_RANK = { year: 0, month: 1, day: 2, time: 3 } as const;

/** The month an instant falls in, as a key; deep time has none. */
const monthOf = (entry: TimelineEntry) => `${entry.year}-${entry.start.date.getUTCMonth()}`;

/**
 * Where each entry sorts, in the data's order. A day or a time sorts at its instant. A year-only or
 * month-only date follows the data: it sorts after the events the data gives before it inside its
 * period (the latest of them), or, when the data gives none, before the exact dates of its period.
 * So "c. May 2005" after "13 May 2005" in the data stays after it, and before it when written first.
 * One pass with the latest key seen per month and per year: linear for 10,000 events.
 */
function sortKeys(entries: readonly TimelineEntry[]): number[] {
  const latest = new Map<string, number>();
  const keys: number[] = [];
  for (const entry of entries) {
    const { precision } = entry.start;
    const vague = precision === 'year' || precision === 'month';
    const period = precision === 'year' ? entry.year : monthOf(entry);
    const key = vague ? (latest.get(period) ?? entry.time - 0.5) : entry.time;
    keys.push(key);
    for (const bucket of precision === 'year' ? [entry.year] : [entry.year, monthOf(entry)]) latest.set(bucket, Math.max(latest.get(bucket) ?? -Infinity, key));
  }
  return keys;
}

function choices(counts: Map<string, number>): FilterChoice[] {
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Builds the model of a timeline: its events' dates read a slice at a time (`add`), so that a long
 * timeline can be read between other work, then sorted with the filter choices (`finish`).
 */
export class ModelBuilder {
  readonly timeline: Timeline;
  private readonly entries: TimelineEntry[] = [];
  private readonly tagCounts = new Map<string, number>();
  private readonly groupCounts = new Map<string, number>();
  private read = 0;

  constructor(timeline: Timeline) {
    this.timeline = timeline;
  }

  /** Reads up to `count` more events; true while some remain. */
  add(count = Infinity): boolean {
    const { events, textFormat } = this.timeline;
    const end = Math.min(events.length, this.read + count);
    for (; this.read < end; this.read++) {
      const event = events[this.read]!;
      // Validation guarantees both parse; the check keeps the types honest.
      const start = parseTimelineDate(event.date);
      if (!start) continue;
      this.entries.push({
        event,
        index: this.read,
        start,
        time: start.time,
        end: event.end === undefined ? undefined : parseTimelineDate(event.end),
        year: yearKey(start),
        textFormat: event.textFormat ?? textFormat,
      });
      const { tags, group } = event;
      // A tag given twice counts once; most events have one or two, so no Set per event.
      tags?.forEach((tag, position) => {
        if (tags.indexOf(tag) === position) this.tagCounts.set(tag, (this.tagCounts.get(tag) ?? 0) + 1);
      });
      if (group !== undefined) this.groupCounts.set(group, (this.groupCounts.get(group) ?? 0) + 1);
    }
    return this.read < events.length;
  }

  /**
   * Events sorted by date (see sortKeys: a year-only or month-only date follows the data's order
   * against the exact dates of its period), with the filter choices. A day comes before the times
   * of that day; any other tie keeps the data's order.
   */
  finish(): TimelineModel {
    this.add();
    const keys = sortKeys(this.entries);
    const keyed = this.entries.map((entry, index) => ({ entry, key: keys[index]! }));
    // Array.prototype.sort is stable, so events on the same date keep the data's order.
    keyed.sort((a, b) => {
      const [x, y] = [PRECISION_RANK[a.entry.start.precision], PRECISION_RANK[b.entry.start.precision]];
      return a.key - b.key || (x > 1 && y > 1 ? x - y : 0);
    });
    const entries = keyed.map(({ entry }) => entry);
    const eras: EraSpan[] = [];
    this.timeline.eras?.forEach((era, index) => {
      const start = parseTimelineDate(era.start);
      const end = parseTimelineDate(era.end);
      if (start && end) eras.push({ era, index, start, end, from: start.time, until: periodEnd(end) });
    });
    return { entries, tags: choices(this.tagCounts), groups: choices(this.groupCounts), eras };
  }
}

export function buildModel(timeline: Timeline): TimelineModel {
  return new ModelBuilder(timeline).finish();
}

/**
 * Markdown or HTML reduced to words for search, cheaply: tags, link targets and markup characters go.
 * A tag (a link target) ends before the next `<` (`]`) at the latest, so no try reads past where
 * the next one starts: linear time, where `<` or `](` repeated took seconds and made Firefox throw
 * "too much recursion".
 */
export function searchableText(text: string, format: TextFormat): string {
  const words = format === 'html' ? text.replace(/<[^<>]*>/g, ' ').replace(/&nbsp;/g, ' ') : text.replace(/\]\([^)\]]*\)/g, ' ');
  return words.replace(/[*_`#>~|[\]]+/g, ' ');
}

function fold(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/g, 'е');
}

/**
 * The lower-cased searchable text of every entry in one language, in `entries` order, built from
 * the raw strings a slice at a time (while the reader is in the search field) or at once when a
 * search needs it.
 */
export class SearchIndex {
  readonly entries: readonly TimelineEntry[];
  readonly lang: string;
  readonly texts: string[] = [];
  /** False for an event whose text must not be read: one that failed its check is found by no search. */
  private readonly readable: (entry: TimelineEntry) => boolean;

  constructor(entries: readonly TimelineEntry[], lang: string, readable: (entry: TimelineEntry) => boolean = () => true) {
    this.entries = entries;
    this.lang = lang;
    this.readable = readable;
  }

  /** Adds the text of up to `count` more entries; true while some remain. Never throws: search runs inside the page's events. */
  extend(count = Infinity): boolean {
    const pick = (value: LocalizedText | undefined) => (value === undefined ? '' : pickLocalized(value, this.lang).text);
    const end = Math.min(this.entries.length, this.texts.length + count);
    for (let index = this.texts.length; index < end; index++) {
      const entry = this.entries[index]!;
      let text = '';
      try {
        if (this.readable(entry)) {
          const { event, textFormat } = entry;
          const parts = [pick(event.title), searchableText(pick(event.text), textFormat), pick(event.place), pick(event.displayDate)];
          text = fold([...parts, event.group ?? '', ...(event.tags ?? [])].join('\n'));
        }
      } catch (error) {
        // Found by no search, and the other events still are.
        console.warn(`[ahrca-widgets] events[${entry.index}]: not searchable: ${String(error)}`);
      }
      this.texts.push(text);
    }
    return this.texts.length < this.entries.length;
  }
}

/** The words of a query, each of which an event must contain. */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * The rows a filter shows, in the chosen order. An event passes when it has any selected tag (or
 * no tag is selected), is in any selected group (likewise), and contains every word of the query.
 */
export function selectRows(model: TimelineModel, filter: TimelineFilter, searchIndex: (() => readonly string[]) | undefined): TimelineRow[] {
  const terms = queryTerms(filter.query);
  const index = terms.length > 0 && searchIndex ? searchIndex() : undefined;
  const filtered = filter.tags.size > 0 || filter.groups.size > 0 || index !== undefined;
  const shown = filtered
    ? model.entries.filter((entry, position) => {
        const { tags = [], group } = entry.event;
        if (filter.tags.size > 0 && !tags.some((tag) => filter.tags.has(tag))) return false;
        if (filter.groups.size > 0 && (group === undefined || !filter.groups.has(group))) return false;
        const text = index?.[position];
        return text === undefined || terms.every((term) => text.includes(term));
      })
    : [...model.entries];
  if (filter.order === 'newest') shown.reverse();

  // Plain loops and one shared empty list for the many rows outside every era: 10,000 rows are
  // worked out before the first screen.
  const { eras } = model;
  const opened: boolean[] = [];
  const rows: TimelineRow[] = [];
  let previousYear: string | undefined;
  for (const entry of shown) {
    let inEras: number[] | undefined;
    let opensEras: EraSpan[] | undefined;
    for (let eraIndex = 0; eraIndex < eras.length; eraIndex++) {
      const span = eras[eraIndex]!;
      if (entry.time < span.from || entry.time >= span.until) continue;
      (inEras ??= []).push(eraIndex);
      if (opened[eraIndex]) continue;
      opened[eraIndex] = true;
      (opensEras ??= []).push(span);
    }
    const years = Math.abs(Number(entry.year) - Number(previousYear));
    const gap = entry.start.year > 0 && Number(previousYear) > 0 && years >= 2 ? years : 0;
    rows.push({ entry, opensYear: entry.year !== previousYear, opensEras: opensEras ?? NONE, inEras: inEras ?? NONE, gap });
    previousYear = entry.year;
  }
  return rows;
}

const NONE: readonly never[] = Object.freeze([]);

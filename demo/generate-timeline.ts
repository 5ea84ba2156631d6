/**
 * A large sample timeline for the scale demo (`timeline-scale.html`) and `npm run bench`, which
 * bundles this same module. Seeded, so the same count and seed give the same data in every run and
 * browser. Every event says it is generated; images are the demo's own SVG files, so the page
 * contacts no one.
 */
import type { Timeline, TimelineEvent } from '../src/core/schema/timeline.js';

export interface GeneratorOptions {
  /** How many events. */
  count: number;
  /** Another seed gives other data of the same shape. */
  seed?: number;
  /** Where the placeholder images are, relative to the page: `media/placeholder-0.svg` … `-3.svg`. */
  mediaBase?: string;
}

const PLACEHOLDER_IMAGES = 4;

const TAGS = ['Andijan', 'appeals', 'UN', 'EU', 'arrests', 'media', 'trial', 'release', 'prison', 'exile', 'torture', 'press freedom'];
const GROUPS = ['Uzbekistan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'European Union', 'United Nations'];
const PLACES = ['Tashkent', 'Andijan', 'Namangan', 'Almaty', 'Bishkek', 'Osh', 'Dushanbe', 'Ashgabat', 'Brussels', 'Geneva', 'Paris', 'Prague'];
const ACTIONS: readonly (readonly [string, string])[] = [
  ['Appeal sent to the UN Human Rights Committee', 'Обращение в Комитет ООН по правам человека'],
  ['Activist detained', 'Задержан активист'],
  ['Trial opens', 'Начинается суд'],
  ['Sentence handed down', 'Вынесен приговор'],
  ['Prisoner released', 'Заключённый освобождён'],
  ['Open letter published', 'Опубликовано открытое письмо'],
  ['Interview broadcast', 'Вышло интервью'],
  ['Rally held', 'Прошёл митинг'],
  ['Report presented', 'Представлен доклад'],
  ['Journalist banned from leaving the country', 'Журналисту запрещён выезд из страны'],
];

/** Days from 1 September 1991 to the end of 2024: the span the events fall in. */
const FIRST_DAY = Date.UTC(1991, 8, 1);
const SPAN_DAYS = Math.floor((Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000);

/** mulberry32: small, fast and good enough to scatter sample data. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date at a random precision: mostly days, some months, years and times. */
function dateAt(day: number, roll: number): string {
  const date = new Date(FIRST_DAY + day * 86_400_000);
  const year = String(date.getUTCFullYear());
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  const calendarDay = `${month}-${pad(date.getUTCDate())}`;
  if (roll < 0.1) return year;
  if (roll < 0.25) return month;
  if (roll < 0.35) return `${calendarDay}T${pad(8 + (Math.floor(roll * 100) % 12))}:${pad(Math.floor(roll * 6000) % 60)}`;
  return calendarDay;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function eventAt(index: number, random: () => number, mediaBase: string, count: number): TimelineEvent {
  const number = index + 1;
  const day = Math.floor(random() * SPAN_DAYS);
  const date = dateAt(day, random());
  const [actionEn, actionRu] = pick(ACTIONS, random);
  const place = pick(PLACES, random);
  const tags = [...new Set([pick(TAGS, random), pick(TAGS, random)])].slice(0, 1 + Math.floor(random() * 2));
  const related = 1 + Math.floor(random() * count);
  const event: TimelineEvent = {
    id: `sample-${number}`,
    date,
    title: random() < 0.3 ? { en: `${actionEn} (sample ${number})`, ru: `${actionRu} (пример ${number})` } : `${actionEn} (sample ${number})`,
    text:
      `Generated sample event **${number}** of ${count.toLocaleString('en')}, in ${place}. It stands for no real event.\n\n` +
      `See also [sample ${related}](#sample-${related}).`,
    place,
    tags,
    group: pick(GROUPS, random),
  };
  const shape = random();
  const year = Number(date.slice(0, 4));
  if (shape < 0.1 && year < 2024) event.end = String(year + 1);
  if (shape > 0.92) event.approximate = true;
  if (random() < 0.15) {
    const image = Math.floor(random() * PLACEHOLDER_IMAGES);
    event.media = { kind: 'image', url: `${mediaBase}placeholder-${image}.svg`, alt: `Sample image ${image + 1}: hills under a sun`, credit: 'Sample image' };
  }
  return event;
}

/** `count` generated events with eras, deterministic for a given seed. */
export function generateTimeline({ count, seed = 2005, mediaBase = 'media/' }: GeneratorOptions): Timeline {
  const random = randomSource(seed);
  const events = Array.from({ length: count }, (_, index) => eventAt(index, random, mediaBase, count));
  return {
    title: { en: `${count.toLocaleString('en')} generated events`, ru: `${count.toLocaleString('ru')} сгенерированных событий` },
    description: 'Sample data made in the browser to show how the timeline scales. **None of these events is real.**',
    textFormat: 'markdown',
    eras: [
      { title: "Islam Karimov's rule over independent Uzbekistan", start: '1991-09-01', end: '2016-09-02' },
      { title: 'After Karimov', start: '2016-09-03', end: '2024-12-31' },
    ],
    events,
  };
}

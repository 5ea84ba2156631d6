/**
 * The content the builder puts inside the element: a link to the data's page and a one-line
 * summary, written from the data in the widget's language. Readers see it before the widget
 * upgrades, without JavaScript and when the data cannot be loaded; search engines index it.
 */
import { pickLocalized, type LocalizedText } from '../../src/core/i18n/localized.js';
import { translator } from '../../src/core/i18n/index.js';
import { safeUrl } from '../../src/core/safe-url.js';
// The summaries use these widgets' strings before (or without) the widgets themselves being loaded.
import '../../src/core/i18n/strings/prisoner.js';
import '../../src/core/i18n/strings/prisoner-list.js';
import '../../src/core/i18n/strings/timeline.js';
import type { Appeal } from '../../src/core/schema/appeal.js';
import type { Person, PrisonerCardData, PrisonerFeed } from '../../src/core/schema/prisoner.js';
import type { Timeline } from '../../src/core/schema/timeline.js';
import { escapeHtml } from './snippets.js';

export interface Fallback {
  /** The link's text: the title or the name. */
  title: string;
  /** The language of `title` when the data says it and it differs from the widget's. */
  titleLang?: string;
  /** One line after the link; may be empty. */
  summary: string;
  /** The page in the data (`url`), when it has one, absolute. */
  href?: string;
}

export interface FallbackOptions {
  /** The feed's person to speak of; without it, the first. */
  person?: string | undefined;
  /**
   * The data file's URL. A relative `url` in the data is relative to the file, as the widgets read
   * it; in the snippet it would be read against the page it is pasted into, so it is made absolute.
   */
  dataUrl?: string | undefined;
}

/** The data's own page, absolute; undefined when it has none or it is not a safe URL. */
function pageOf(url: string | undefined, dataUrl: string | undefined): { href?: string } {
  const href = url === undefined ? undefined : safeUrl(url, dataUrl);
  return href ? { href } : {};
}

function localized(value: LocalizedText, lang: string): { text: string; lang?: string } {
  const picked = pickLocalized(value, lang);
  return picked.lang && picked.lang.toLowerCase() !== lang.toLowerCase() ? picked : { text: picked.text };
}

function appealFallback(appeal: Appeal, lang: string, dataUrl: string | undefined): Fallback {
  const title = localized(appeal.title, lang);
  return {
    title: title.text,
    ...(title.lang ? { titleLang: title.lang } : {}),
    summary: appeal.ask ? pickLocalized(appeal.ask, lang).text : '',
    ...pageOf(appeal.url, dataUrl),
  };
}

/** The person `person` names in a feed, else the first; a single record is itself. */
export function pickPerson(data: PrisonerCardData, person: string | undefined): Person | undefined {
  if (!('people' in data)) return data;
  return person ? data.people.find((candidate) => candidate.id === person) : data.people[0];
}

function personFallback(data: PrisonerCardData, lang: string, { person, dataUrl }: FallbackOptions): Fallback | undefined {
  const found = pickPerson(data, person);
  // A withdrawn record shows nothing of the person (it has no name), and neither does its fallback.
  if (!found || !('name' in found)) return undefined;
  const name = localized(found.name, lang);
  const tr = translator(lang);
  return {
    title: name.text,
    ...(name.lang ? { titleLang: name.lang } : {}),
    summary: tr.t(`prisoner.status.${found.status}`, {}, found.gender),
    ...pageOf(found.url, dataUrl),
  };
}

/** The feed's title and how many people it lists; withdrawn records are not counted, as the list does not show them. */
function listFallback(feed: PrisonerFeed, lang: string): Fallback {
  const tr = translator(lang);
  const count = tr.plural('prisonerList.people', feed.people.filter((person) => 'name' in person).length);
  if (!('title' in feed) || !feed.title) return { title: count, summary: '' };
  const title = localized(feed.title, lang);
  return { title: title.text, ...(title.lang ? { titleLang: title.lang } : {}), summary: count };
}

function timelineFallback(timeline: Timeline, lang: string): Fallback {
  const tr = translator(lang);
  const title = timeline.title ? localized(timeline.title, lang) : { text: tr.t('timeline.events') };
  const years = timeline.events.map((event) => Number.parseInt(event.date, 10)).filter(Number.isFinite);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = years.length === 0 ? '' : first === last ? `, ${first}` : `, ${first}–${last}`;
  return {
    title: title.text,
    ...(title.lang ? { titleLang: title.lang } : {}),
    summary: `${tr.plural('timeline.count', timeline.events.length)}${span}`,
  };
}

/** The fallback for valid data of a widget; undefined when there is nothing to say (a withdrawn person). */
export function fallbackFor(widget: string, data: unknown, lang: string, options: FallbackOptions = {}): Fallback | undefined {
  switch (widget) {
    case 'appeal-banner':
      return appealFallback(data as Appeal, lang, options.dataUrl);
    case 'prisoner-card':
      return personFallback(data as PrisonerCardData, lang, options);
    case 'prisoner-list':
      return listFallback(data as PrisonerFeed, lang);
    case 'timeline':
      return timelineFallback(data as Timeline, lang);
    default:
      return undefined;
  }
}

/** `<a href="…">Title</a> — summary`, every data string escaped. `link` serves when the data has no page of its own. */
export function fallbackHtml(fallback: Fallback, link: string): string {
  const lang = fallback.titleLang ? ` lang="${escapeHtml(fallback.titleLang)}"` : '';
  const anchor = `<a href="${escapeHtml(fallback.href ?? link)}"${lang}>${escapeHtml(fallback.title)}</a>`;
  return fallback.summary ? `${anchor} — ${escapeHtml(fallback.summary)}` : anchor;
}

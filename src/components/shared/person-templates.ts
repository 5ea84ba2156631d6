/**
 * The pieces of a person that the card and the list both show, as pure functions of the data:
 * the list draws many tiles from them without an element per tile. Styles: person-templates.styles.ts.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPartialDate, parsePartialDate } from '../../core/i18n/dates.js';
import { formatDuration } from '../../core/i18n/durations.js';
import type { Translator } from '../../core/i18n/index.js';
import { fallbackChain, pickLocalized, type LocalizedText, type PickedText } from '../../core/i18n/localized.js';
import { heldImages, mayLoadNow } from '../../core/media-on-request.js';
import { safeUrl } from '../../core/safe-url.js';
import type { ActivePerson, PrisonerStatus } from '../../core/schema/prisoner.js';
import { dataImage } from './data-image.js';
import { detentionPeriod } from './detention.js';
import { headingLevel, localized } from './widget-templates.js';
import '../../core/i18n/strings/prisoner.js';

/** What every piece needs besides the person. */
export interface PersonContext {
  tr: Translator;
  /** The reader's language: localised content is picked for it. */
  lang: string;
  /** The data file's URL; relative photo URLs resolve against it. */
  base?: string;
  /** The current time in milliseconds, for the time in detention. */
  now: number;
  /** The widget's `media-on-request`: a photo from another origin waits for the reader. */
  mediaOnRequest?: boolean;
}

/** Where CLDR's likely script is not the one in use: Karakalpak is written in Latin since 2016, CLDR still says Cyrillic. */
const SCRIPT_IN_USE: Readonly<Record<string, string>> = { kaa: 'Latn' };

/** Language and script of a tag, with the script filled in where the tag leaves it out (`uz` → Latn, `ug` → Arab, `kaa` → Latn). */
function languageAndScript(tag: string): { language: string; script: string | undefined } | undefined {
  try {
    const given = new Intl.Locale(tag);
    const locale = given.maximize();
    return { language: locale.language, script: given.script ?? SCRIPT_IN_USE[locale.language] ?? locale.script };
  } catch {
    return undefined;
  }
}

/**
 * The name in the reader's script: the reader's language in their script (`uz` finds `uz-Latn`),
 * else another spelling in that script, the reader's fallback languages first (a Kazakh reader
 * gets the Russian Cyrillic spelling before the Uzbek Latin one), else as `pickLocalized` picks.
 */
export function pickName(person: ActivePerson, lang: string): PickedText {
  const name = person.name;
  const reader = languageAndScript(lang);
  if (typeof name === 'string' || !reader?.script) return pickLocalized(name, lang);
  const sameScript = Object.keys(name).filter((tag) => name[tag]?.trim() && languageAndScript(tag)?.script === reader.script);
  const preferred =
    sameScript.find((tag) => languageAndScript(tag)?.language === reader.language) ??
    fallbackChain(lang)
      .map((language) => sameScript.find((tag) => languageAndScript(tag)?.language === language))
      .find((tag) => tag !== undefined) ??
    sameScript[0];
  return preferred ? { text: name[preferred]!, lang: preferred } : pickLocalized(name, lang);
}

/** Up to two letters from the name's first and last words, for a portrait without a photo. */
export function initialsOf(name: PickedText): string {
  const words = name.text.split(/[\s\u00a0]+/).filter((word) => /^\p{L}/u.test(word));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [first, last].map((word) => (word ? Array.from(word)[0] : '')).join('');
  return letters.toLocaleUpperCase(name.lang || undefined);
}

/** The photo's URL when there is one the person agreed to show and that may be loaded. */
export function photoUrl(person: ActivePerson, base: string | undefined): string | undefined {
  const photo = person.photo;
  if (!photo || photo.consent === false) return undefined;
  const href = safeUrl(photo.url, base);
  return href && /^https?:/.test(href) ? href : undefined;
}

/** A photo that fails to load leaves the initials beneath it in view. */
function hideBrokenPhoto(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}

function showLoadedPhoto(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = false;
}

/**
 * The photo over the person's initials: the initials show while it loads, when it fails, when
 * there is none or the person did not agree to show it, and while `media-on-request` holds it.
 * Held, the box is a "Show image" button, unless `canAsk` is false: a small portrait (a list's
 * tile, a compact card) has no room for the words, and a tile is one link, where a button would
 * be no button. Its photo waits for the person's full card.
 */
export function renderPortrait(person: ActivePerson, context: PersonContext, canAsk = true): TemplateResult {
  const name = pickName(person, context.lang);
  const src = photoUrl(person, context.base);
  const alt = person.photo?.alt ? pickLocalized(person.photo.alt, context.lang) : name;
  const held = src !== undefined && !mayLoadNow(src, context.mediaOnRequest === true);
  return html`<div part="portrait" class="portrait">
    <span part="initials" class="initials" aria-hidden="true" lang=${ifDefined(name.lang)}>${initialsOf(name)}</span>
    ${
      !src || (held && !canAsk)
        ? nothing
        : held
          ? (heldImages()?.renderHeldImage(src, alt, context.tr, 'photo', 'portrait') ?? nothing)
          : dataImage(src, alt, hideBrokenPhoto, { part: 'photo', onLoad: showLoadedPhoto })
    }
  </div>`;
}

export interface NameOptions {
  /** The heading level in the page's outline, 1–6. */
  level: number;
  /** An id for aria-labelledby. */
  id?: string;
  /** Wraps the name, e.g. in a link to the person's profile. */
  link?: (name: TemplateResult) => unknown;
}

/** The name as a heading, in the reader's script and marked with its language. */
export function renderName(person: ActivePerson, context: PersonContext, options: NameOptions): TemplateResult {
  const name = pickName(person, context.lang);
  const text = html`<span lang=${ifDefined(name.lang)}>${name.text}</span>`;
  return html`<div part="name" class="name" role="heading" aria-level=${headingLevel(options.level)} id=${ifDefined(options.id)}>
    ${options.link ? options.link(text) : text}
  </div>`;
}

/** The name's other spellings (other scripts and languages), each marked with its language. */
export function otherSpellings(person: ActivePerson, lang: string): { text: string; lang: string }[] {
  if (typeof person.name === 'string') return [];
  const shown = new Set([pickName(person, lang).text]);
  const others: { text: string; lang: string }[] = [];
  for (const [tag, text] of Object.entries(person.name)) {
    if (text.trim() === '' || shown.has(text)) continue;
    shown.add(text);
    others.push({ text, lang: tag });
  }
  return others;
}

export function renderSpellings(person: ActivePerson, context: PersonContext): TemplateResult | typeof nothing {
  const others = otherSpellings(person, context.lang);
  if (others.length === 0) return nothing;
  return html`<p part="spellings" class="spellings">
    ${context.tr.t('prisoner.alsoWritten')}
    ${others.map((other, index) => html`${index > 0 ? context.tr.t('list.separator') : ' '}<span lang=${other.lang}>${other.text}</span>`)}
  </p>`;
}

// 16 × 16 line icons: the shape tells the status groups apart without colour, the text says the status.
const LOCK = svg`<rect x="3" y="7" width="10" height="7" rx="1" fill="currentColor" /><path d="M5 7V5a3 3 0 0 1 6 0v2" />`;
const STATUS_ICONS: Record<PrisonerStatus, SVGTemplateResult> = {
  detained: LOCK,
  'pretrial-detention': svg`<rect x="2" y="2" width="12" height="12" rx="1" /><path d="M6 2v12M10 2v12" />`,
  'house-arrest': svg`<path d="M2.5 8 8 3l5.5 5M4 7v6.5h8V7" />`,
  'psychiatric-detention': svg`<path d="M6.5 2.5h3v4h4v3h-4v4h-3v-4h-4v-3h4z" />`,
  released: svg`<path d="m3 8.5 3 3 7-7" />`,
  'released-under-supervision': svg`<path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z" /><circle cx="8" cy="8" r="2" fill="currentColor" />`,
  'in-exile': svg`<path d="M2 8h9M8 5l3 3-3 3M13.5 3v10" />`,
  disappeared: svg`<path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.4V10.5" /><circle cx="8" cy="13" r=".9" fill="currentColor" />`,
  'died-in-custody': svg`<path d="M8 1.5v13M4.5 5h7" />`,
  unknown: svg`<circle cx="8" cy="8" r="5.5" stroke-dasharray="2.5 2" />`,
};

/** The status as a badge: an icon and the label, agreeing with the person's gender where the language needs it. */
export function renderStatusBadge(person: ActivePerson, tr: Translator): TemplateResult {
  return html`<span part="status status-${person.status}" class="status status-${person.status}">
    <svg
      class="status-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      ${STATUS_ICONS[person.status]}
    </svg>
    <span class="status-label">${tr.t(`prisoner.status.${person.status}`, {}, person.gender)}</span>
  </span>`;
}

/** "confirmed 2 April 2026", when the data says when the status was last confirmed. */
export function renderStatusConfirmed(person: ActivePerson, tr: Translator): TemplateResult | typeof nothing {
  const confirmed = person.statusConfirmed ? parsePartialDate(person.statusConfirmed) : undefined;
  if (!confirmed) return nothing;
  return html`<span part="status-confirmed" class="status-confirmed">
    ${tr.around('prisoner.statusConfirmed', 'date', html`<time datetime=${confirmed.iso}>${formatPartialDate(confirmed, tr)}</time>`)}
  </span>`;
}

/** "In detention for 9 years, 4 months" while held, "Spent 9 years, 4 months in detention" once it ended. */
export function detentionSentence(person: ActivePerson, context: PersonContext): string | undefined {
  const period = detentionPeriod(person, context.now);
  if (!period) return undefined;
  const duration = formatDuration(period.from.date, period.to, context.tr);
  return period.ongoing ? context.tr.t('prisoner.inDetentionFor', { duration }) : context.tr.t('prisoner.detainedFor', { duration }, person.gender);
}

/** The compact row's one line: occupation and region, then the time in detention. */
export function renderOneLine(person: ActivePerson, context: PersonContext): TemplateResult | typeof nothing {
  const about = [person.occupation, person.region].filter((value): value is LocalizedText => value !== undefined);
  const detention = detentionSentence(person, context);
  if (about.length === 0 && !detention) return nothing;
  const separator = context.tr.t('list.separator');
  return html`<p part="line" class="line">
    ${about.map((value, index) => html`${index > 0 ? separator : ''}${localized(value, context.lang)}`)}
    ${about.length > 0 && detention ? html`<span aria-hidden="true"> · </span><span class="visually-hidden">. </span>` : nothing}
    ${detention ? html`<span part="duration" class="duration">${detention}</span>` : nothing}
  </p>`;
}

/** The sections of the card's full layout, as functions of the person; the element adds links and state. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPartialDate, parsePartialDate } from '../../core/i18n/dates.js';
import { formatDuration } from '../../core/i18n/durations.js';
import type { Translator } from '../../core/i18n/index.js';
import { pickLocalized, type LocalizedText } from '../../core/i18n/localized.js';
import { renderMarkdown } from '../../core/markdown.js';
import type { ActivePerson, Letters } from '../../core/schema/prisoner.js';
import { detentionPeriod } from '../shared/detention.js';
import type { PersonContext } from '../shared/person-templates.js';
import { localized } from '../shared/widget-templates.js';
import '../../core/i18n/strings/prisoner.js';

/** What a help, source or recognition link tells the page through `ahrca-action`. */
export type PrisonerAction = 'write' | 'appeal' | 'source' | 'recognition' | 'profile' | 'copy-address';

export interface DetailsContext extends PersonContext {
  /** A link that reports `action` when followed; plain content when the URL is not safe. */
  link: (url: string | undefined, content: unknown, action: PrisonerAction) => unknown;
  /** The level of the section headings (one below the name). */
  sectionLevel: number;
}

/** A date as `<time>`, or nothing when the value is missing. */
export function timeOf(value: string | undefined, tr: Translator): TemplateResult | typeof nothing {
  const date = value ? parsePartialDate(value) : undefined;
  return date ? html`<time datetime=${date.iso}>${formatPartialDate(date, tr)}</time>` : nothing;
}

function joined(items: unknown[], tr: Translator): unknown[] {
  return items.map((item, index) => (index > 0 ? html`${tr.t('list.separator')}${item}` : item));
}

function fact(label: string, value: unknown, name: string): TemplateResult {
  return html`<div part="fact fact-${name}" class="fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** `field` names the text in a warning when it is shown as typed. */
function markdown(value: LocalizedText, field: string, context: PersonContext): TemplateResult {
  const picked = pickLocalized(value, context.lang);
  return html`<div class="markdown rich-text" lang=${ifDefined(picked.lang)}>
    ${renderMarkdown(picked.text, { field, ...(context.base ? { baseUrl: context.base } : {}) })}
  </div>`;
}

function section(name: string, title: string, content: unknown, context: DetailsContext): TemplateResult {
  return html`<section part=${name} class="section ${name}" aria-labelledby="${name}-title">
    <div class="section-title" role="heading" aria-level=${context.sectionLevel} id="${name}-title">${title}</div>
    ${content}
  </section>`;
}

function renderSentence(person: ActivePerson, context: DetailsContext): TemplateResult[] {
  const { tr } = context;
  const sentence = person.sentence;
  if (!sentence) return [];
  const verdict = timeOf(sentence.verdict, tr);
  const court = sentence.court ? localized(sentence.court, context.lang) : undefined;
  const courtLine = [court, verdict === nothing ? undefined : tr.around('prisoner.verdict', 'date', verdict)].filter(Boolean);
  const start = timeOf(sentence.start, tr);
  const rows = [
    fact(
      tr.t('prisoner.sentence'),
      html`<span class="sentence-term">${localized(sentence.term, context.lang)}</span>
        ${courtLine.length ? html`<span class="sub">${joined(courtLine, tr)}</span>` : nothing}
        ${start === nothing ? nothing : html`<span class="sub">${tr.around('prisoner.sentenceFrom', 'date', start)}</span>`}
        ${
          sentence.additions?.length
            ? html`<ul class="additions">
                ${sentence.additions.map((addition) => {
                  const about = [
                    addition.article ? tr.t('prisoner.article', { article: addition.article }) : undefined,
                    addition.label ? localized(addition.label, context.lang) : undefined,
                    timeOf(addition.date, tr),
                  ].filter((item) => item !== undefined && item !== nothing);
                  return html`<li>
                    ${tr.around('prisoner.addedTerm', 'term', localized(addition.term, context.lang))}${about.length ? html` (${joined(about, tr)})` : nothing}
                  </li>`;
                })}
              </ul>`
            : nothing
        }`,
      'sentence',
    ),
  ];
  const period = detentionPeriod(person, context.now);
  if (sentence.end && (period?.ongoing ?? true)) rows.push(fact(tr.t('prisoner.expectedRelease'), timeOf(sentence.end, tr), 'expected-release'));
  return rows;
}

/** Dates, time in detention, charges, sentence, place and recognition, as a list of facts. */
export function renderFacts(person: ActivePerson, context: DetailsContext): TemplateResult | typeof nothing {
  const { tr } = context;
  const rows: TemplateResult[] = [];
  if (person.arrested) rows.push(fact(tr.t('prisoner.arrested'), timeOf(person.arrested, tr), 'arrested'));
  const period = detentionPeriod(person, context.now);
  if (period) {
    rows.push(
      fact(
        tr.t('prisoner.timeInDetention'),
        html`<span part="duration" class="duration">${formatDuration(period.from.date, period.to, tr)}</span>`,
        'duration',
      ),
    );
  }
  if (person.released && person.status !== 'died-in-custody') rows.push(fact(tr.t('prisoner.releaseDate'), timeOf(person.released, tr), 'released'));
  if (person.died) rows.push(fact(tr.t('prisoner.deathDate'), timeOf(person.died, tr), 'died'));
  if (person.charges?.length) {
    rows.push(
      fact(
        tr.t('prisoner.charges'),
        html`<ul class="charges">
          ${person.charges.map(
            (charge) =>
              html`<li>
                <span part="article" class="article">${tr.t('prisoner.article', { article: charge.article })}</span>${
                  charge.code ? html` <span class="code">(${localized(charge.code, context.lang)})</span>` : nothing
                }${charge.label ? html` — ${localized(charge.label, context.lang)}` : nothing}
              </li>`,
          )}
        </ul>`,
        'charges',
      ),
    );
  }
  rows.push(...renderSentence(person, context));
  if (person.place) {
    const since = timeOf(person.place.since, tr);
    rows.push(
      fact(
        tr.t('prisoner.place'),
        html`${localized(person.place.name, context.lang)}${since === nothing ? nothing : html` <span class="sub">${tr.around('prisoner.placeSince', 'date', since)}</span>`}`,
        'place',
      ),
    );
  }
  if (person.recognition?.length) {
    rows.push(
      fact(
        tr.t('prisoner.recognition', {}, person.gender),
        html`<ul class="recognition">
          ${person.recognition.map((item) => {
            const date = timeOf(item.date, tr);
            return html`<li>${context.link(item.url, localized(item.by, context.lang), 'recognition')}${date === nothing ? nothing : html`, ${date}`}</li>`;
          })}
        </ul>`,
        'recognition',
      ),
    );
  }
  return rows.length ? html`<dl part="facts" class="facts">${rows}</dl>` : nothing;
}

export function renderSummary(person: ActivePerson, context: DetailsContext): TemplateResult | typeof nothing {
  return person.summary ? html`<div part="summary" class="summary">${markdown(person.summary, 'summary', context)}</div>` : nothing;
}

export function renderHealth(person: ActivePerson, context: DetailsContext): TemplateResult | typeof nothing {
  return person.health ? section('health', context.tr.t('prisoner.health'), markdown(person.health, 'health', context), context) : nothing;
}

/** The address to write to: the letters' own, else the place of detention's. */
export function letterAddress(person: ActivePerson, letters: Letters, lang: string): { lines: string[]; lang?: string } | undefined {
  const address = letters.address ?? person.place?.address;
  if (!address) return undefined;
  const picked = pickLocalized(address, lang);
  const recipient = letters.recipient ? pickLocalized(letters.recipient, lang).text : undefined;
  const lines = [recipient, ...picked.text.split('\n')].map((line) => line?.trim()).filter((line): line is string => Boolean(line));
  return { lines, ...(picked.lang ? { lang: picked.lang } : {}) };
}

/** Writing a letter (address, language, tips) and the appeals. `copyAddress` is the copy button's handler. */
export function renderHelp(person: ActivePerson, context: DetailsContext, copyAddress: (text: string) => void): TemplateResult | typeof nothing {
  const { tr } = context;
  const letters = person.letters;
  const appeals = person.appeals ?? [];
  if (!letters && appeals.length === 0) return nothing;
  let letterBlock: unknown = nothing;
  if (letters && !letters.accepted) {
    letterBlock = html`<p class="letters-closed">${tr.t('prisoner.lettersClosed')}</p>`;
  } else if (letters) {
    const address = letterAddress(person, letters, context.lang);
    letterBlock = html`<div part="letters" class="letters">
      <p class="help-title">${tr.t('prisoner.writeLetter')}</p>
      ${
        address
          ? html`<address part="address" class="address" lang=${ifDefined(address.lang)}>
                ${address.lines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`)}
              </address>
              <button part="copy-address" class="button" type="button" @click=${() => copyAddress(address.lines.join('\n'))}>
                ${tr.t('prisoner.copyAddress')}
              </button>`
          : nothing
      }
      ${letters.language ? html`<p class="language">${tr.around('prisoner.letterLanguage', 'language', localized(letters.language, context.lang))}</p>` : nothing}
      ${letters.tips ? html`<div part="tips" class="tips">${markdown(letters.tips, 'letters.tips', context)}</div>` : nothing}
      ${letters.url ? html`<p>${context.link(letters.url, tr.t('prisoner.howToWrite'), 'write')}</p>` : nothing}
    </div>`;
  }
  const appealBlock = appeals.length
    ? html`<div part="appeals" class="appeals">
        <p class="help-title" id="appeals-title">${tr.t('prisoner.appeals')}</p>
        <ul aria-labelledby="appeals-title">
          ${appeals.map((appeal) => html`<li>${context.link(appeal.url, localized(appeal.name, context.lang), 'appeal')}</li>`)}
        </ul>
      </div>`
    : nothing;
  return section('help', tr.t('prisoner.help'), html`${letterBlock}${appealBlock}`, context);
}

export function renderSources(person: ActivePerson, context: DetailsContext): TemplateResult | typeof nothing {
  if (!person.sources?.length) return nothing;
  const { tr } = context;
  return section(
    'sources',
    tr.t('prisoner.sources'),
    html`<ol class="source-list">
      ${person.sources.map((source) => {
        const about = [source.publisher ? localized(source.publisher, context.lang) : undefined, timeOf(source.date, tr)].filter(
          (item) => item !== undefined && item !== nothing,
        );
        return html`<li>
          ${context.link(source.url, localized(source.title, context.lang), 'source')}${about.length ? html` — ${joined(about, tr)}` : nothing}
        </li>`;
      })}
    </ol>`,
    context,
  );
}

import * as v from 'valibot';
import { PARTIAL_DATE, parsePartialDate } from '../i18n/dates.js';
import { IDENTIFIER_PATTERN, LANGUAGE_TAG_PATTERN } from '../patterns.js';
import { MARKDOWN_MAX_LENGTH } from '../limits.js';
import { ALLOWED_URL_PATTERN, isAllowedUrl } from '../url-rule.js';
import { docs } from './docs.js';

/** A non-empty line of text, either plain or keyed by language tag. */
export function localizedText(description: string, maxLength = 1000, example: string | Record<string, string> = 'Text') {
  return v.pipe(
    v.union(
      [
        v.pipe(v.string(), v.minLength(1, 'expected non-empty text'), v.maxLength(maxLength, `expected at most ${maxLength} characters`)),
        v.pipe(
          v.record(
            v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN, 'expected a language tag such as "en" or "uz-Cyrl"')),
            v.pipe(v.string(), v.maxLength(maxLength, `expected at most ${maxLength} characters`)),
          ),
          v.check((value) => Object.keys(value).length > 0, 'expected at least one language'),
        ),
      ],
      `expected text, or an object of texts by language ({"en": "…", "ru": "…"})`,
    ),
    v.description(docs?.(`${description} Plain text, or an object of texts keyed by language tag.`)),
    v.examples(docs?.([example])),
  );
}

/** Markdown text (plain or localised), capped at MARKDOWN_MAX_LENGTH characters. */
export function markdownText(description: string, example: string | Record<string, string>) {
  return localizedText(docs?.(`${description} Markdown; raw HTML is shown as text.`), MARKDOWN_MAX_LENGTH, docs?.(example));
}

/**
 * http(s), mailto and tel URLs, or a URL relative to the data file, by the one URL rule
 * (`url-rule.ts`); rendering checks again with safeUrl(). JSON Schema cannot run the rule: it gets
 * the rule's pattern, which only the schema build reads (`docs`).
 */
export function url(description: string, example = 'https://example.org/page') {
  return v.pipe(
    v.string(),
    v.minLength(1, 'expected a URL'),
    v.maxLength(2048, 'expected a URL of at most 2048 characters'),
    v.check(isAllowedUrl, 'expected an http(s), mailto or tel URL, or a relative one'),
    v.metadata(docs?.({ pattern: ALLOWED_URL_PATTERN })),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

/**
 * A list of at most `max` items, each checked by `item`; its errors name the items ("expected at
 * most 20 tags").
 */
export function listOf<const TItem extends v.GenericSchema>(item: TItem, items: string, max: number, description: string) {
  return v.pipe(v.array(item, `expected a list of ${items}`), v.maxLength(max, `expected at most ${max} ${items}`), v.description(docs?.(description)));
}

/**
 * An object of `entries` with its description and examples, for the JSON Schema and the docs
 * (callers pass both through `docs?.(…)`, so the widgets' build keeps neither; the `docs?.(…)`
 * here lets that build drop the two actions themselves).
 */
export function documentedObject<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  description: string,
  examples: readonly v.InferInput<v.ObjectSchema<TEntries, undefined>>[],
) {
  return v.pipe(v.object(entries), v.description(docs?.(description)), v.examples(docs?.(examples)));
}

/** A date of any precision: `2005`, `2005-05`, `2005-05-13`, or an ISO date-time. */
export function partialDate(description: string, example = '2005-05-13') {
  return v.pipe(
    v.string(),
    v.regex(PARTIAL_DATE, 'expected a date like 2005-05-13 (or 2005-05, 2005, 2005-05-13T18:00Z)'),
    // Only a value of the right shape can be a wrong date: one message per field, not two.
    v.check((value) => !PARTIAL_DATE.test(value) || parsePartialDate(value) !== undefined, 'expected a real calendar date'),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

/** A stable identifier, safe in URLs, storage keys and fragment links. */
export function identifier(description: string, example = 'andijan-2005') {
  return v.pipe(
    v.string(),
    v.regex(IDENTIFIER_PATTERN, 'expected an id of letters, digits, ".", "_" or "-" (at most 100)'),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

/** true or false, with what each means. */
export function flag(description: string) {
  return v.pipe(v.boolean('expected true or false'), v.description(docs?.(description)), v.examples(docs?.([true])));
}

export function count(description: string, example = 1200) {
  return v.pipe(
    v.number('expected a number'),
    v.integer('expected a whole number'),
    v.minValue(0, 'expected zero or more'),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

/** A name with an optional link: an organisation, a person, a page. */
export function namedLink(description: string, example: { name: string; url?: string }) {
  return v.pipe(
    v.object({
      name: localizedText(docs?.('The name as readers should see it.'), 300, docs?.(example.name)),
      url: v.optional(url(docs?.('A page about it.'))),
    }),
    v.description(docs?.(description)),
    v.examples(docs?.([example])),
  );
}

/**
 * One of several shapes, chosen by looking at the input, so that an error names the field of the
 * shape the editor meant (`people[3].status: expected one of …`) rather than "expected one of
 * several objects". JSON Schema sees `anyOf` the shapes.
 */
export function shapeSwitch<const TShapes extends readonly v.GenericSchema[]>(shapes: TShapes, pick: (input: unknown) => TShapes[number], description: string) {
  const anyShape = v.union(shapes);
  // JSON Schema conversion calls the getter without an input: it gets every shape.
  return v.pipe(
    v.lazy((input: unknown) => (input === undefined ? anyShape : pick(input))),
    v.description(docs?.(description)),
  );
}

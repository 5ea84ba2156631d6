/**
 * Node's `Intl` writing dates as browsers do, for `ahrca-widgets render` (src/tools/render.ts): the
 * static render and the element that takes it over must write the same strings, or the take-over
 * moves the page.
 *
 * CLDR 42 put a narrow no-break space (U+202F) in many date patterns: "13 мая 2005\u202fг.",
 * "6:05\u202fPM". V8 turns it back into a plain space for the web; the V8 of Node 20 does so in
 * `format()` only, while Chromium and Firefox do it in `formatToParts()` too. The widgets build a
 * day's date from `formatToParts()` (src/core/i18n/dates.ts), so under Node a Russian date kept the
 * no-break space: a pixel or two wider, and a timeline's date column could not wrap before "г."
 * (132 px against the browser's 87). Here `formatToParts()` gives what `format()` gives.
 *
 * Nothing else differs where the widgets ask `Intl` about dates (English, Russian, French; the other
 * languages write dates from our tables). Only the renderer's process loads this; no reader does.
 */
const NARROW_NO_BREAK_SPACE = /\u202f/g;

const { formatToParts } = Intl.DateTimeFormat.prototype;

/** Idempotent: the renderer may be imported more than once in a process. */
if (!Object.hasOwn(formatToParts, 'browserSpaces')) {
  const asBrowsers: typeof formatToParts = function (this: Intl.DateTimeFormat, date) {
    return formatToParts.call(this, date).map((part) => ({ ...part, value: part.value.replace(NARROW_NO_BREAK_SPACE, ' ') }));
  };
  Object.defineProperty(asBrowsers, 'browserSpaces', { value: true });
  Intl.DateTimeFormat.prototype.formatToParts = asBrowsers;
}

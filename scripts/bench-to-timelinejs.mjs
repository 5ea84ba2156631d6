// Part of `npm run bench`: the same generated timeline as TimelineJS3 JSON, so that both libraries
// show the same events, and as our own format with that same HTML as its text (`textFormat: 'html'`). Markdown text becomes the HTML marked makes of it (TimelineJS3 reads HTML);
// localised titles take their English text. Bundled for the browser with the generator, and run
// before the measured code starts: converting is not part of either library's time.
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true });
const english = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));

/** `2005`, `2005-05`, `2005-05-13` or `2005-05-13T08:30` as a TimelineJS3 date object. */
function timelineJsDate(value) {
  const [, year, month, day, hour, minute] = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d):(\d\d))?/.exec(value);
  return Object.fromEntries(
    Object.entries({ year, month, day, hour, minute })
      .filter(([, part]) => part !== undefined)
      .map(([key, part]) => [key, Number(part)]),
  );
}

/** Our timeline (as demo/generate-timeline.ts makes it) as TimelineJS3 JSON with the same content. */
export function toTimelineJs(timeline) {
  const html = (text) => markdown.parse(text, { async: false });
  return {
    title: { text: { headline: english(timeline.title), text: timeline.description ? html(timeline.description) : '' } },
    eras: (timeline.eras ?? []).map((era) => ({
      start_date: timelineJsDate(era.start),
      end_date: timelineJsDate(era.end),
      text: { headline: english(era.title) },
    })),
    events: timeline.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...(event.end ? { end_date: timelineJsDate(event.end) } : {}),
      ...(event.group ? { group: event.group } : {}),
      text: { headline: english(event.title), text: event.text ? html(event.text) : '' },
      ...(event.media ? { media: { url: event.media.url, alt: english(event.media.alt ?? ''), credit: english(event.media.credit ?? '') } } : {}),
    })),
  };
}

/** Our timeline with the HTML TimelineJS3 gets as its text: ours without marked, on the same markup as theirs. */
export function withHtmlText(timeline) {
  const html = (text) => (text === undefined ? undefined : markdown.parse(english(text), { async: false }));
  const withText = (item) => (item.text === undefined ? item : { ...item, text: html(item.text) });
  return {
    ...timeline,
    textFormat: 'html',
    ...(timeline.description === undefined ? {} : { description: html(timeline.description) }),
    eras: timeline.eras?.map(withText),
    events: timeline.events.map(withText),
  };
}

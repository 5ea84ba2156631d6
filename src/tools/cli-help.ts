/** The command line's help texts: what each command does, its options and examples. */
import { DATA_TYPES } from './data-types.js';
import { DEFAULT_TIMEOUT_MS, MAX_DATA_BYTES } from './input.js';

const TIMEOUT = `How long a URL may take to answer in full, in seconds (default ${DEFAULT_TIMEOUT_MS / 1000}).`;
const EXIT = 'Exit status: 0 when all is valid, 1 when there are errors, 2 when the command is used wrongly.';

export const HELP: Readonly<Record<'main' | 'validate' | 'convert' | 'compile' | 'render', string>> = {
  main: `Usage: ahrca-widgets <command> [options]

Tools for the data of the ahrca-widgets web components.

Commands:
  validate <file-or-url>…              Check widget data, and TimelineJS3 JSON, before publishing it
  convert --from timelinejs <file>     Turn TimelineJS3 JSON, or its Google Sheets CSV, into a timeline
  convert --from csv <file>            Turn a spreadsheet of people (CSV) into a prisoner feed
  compile <folder>                     Turn a folder of Markdown files into the widgets' JSON files
  render <file-or-url> --widget <w>    Print a widget with its data as static HTML that reads without JavaScript

Options:
  -h, --help       Show this help; "ahrca-widgets <command> --help" shows a command's
  -v, --version    Show the version

${EXIT}
Documentation: docs/tools.md in the package, or https://www.npmjs.com/package/ahrca-widgets`,

  validate: `Usage: ahrca-widgets validate <file-or-url>… [options]

Checks that each file is valid data for a widget, and prints every error with its line, its path
in the data, what was expected and what was found. Also checks TimelineJS3 JSON, and says what of
it a timeline cannot show. Fields no widget reads are warnings.

Arguments:
  <file-or-url>      A JSON file, an http(s) URL, or - for standard input. Files larger than
                     ${MAX_DATA_BYTES / 1024 / 1024} MB are refused.

Options:
  --type <type>      The widget the data is for: ${DATA_TYPES.join(', ')}
                     (TimelineJS3 JSON). Without it, the type is told from the data's shape.
  --json             Print the results as JSON.
  --timeout <secs>   ${TIMEOUT}
  -h, --help         Show this help.

Examples:
  npx ahrca-widgets validate data/prisoners.json data/appeal-prague.json
  npx ahrca-widgets validate https://example.org/data/timeline.json --type timeline
  npx ahrca-widgets validate --json data/*.json > report.json

${EXIT}`,

  convert: `Usage: ahrca-widgets convert --from timelinejs|csv <file-or-url> [--out <file>] [options]

--from timelinejs turns a TimelineJS3 timeline into the data of <ahrca-timeline>: its JSON, or the
CSV of its Google Sheets template (File > Download > Comma-separated values, or the sheet published
to the web as CSV). --from csv turns a spreadsheet of people (one column per field, as in
docs/prisoners-template.csv) into the feed of <ahrca-prisoner-list> and <ahrca-prisoner-card>.
Prints what could not be carried over, by field or by row and column. Writes nothing when the
result is not valid.

Arguments:
  <file-or-url>      A .json or .csv file, an http(s) URL, or - for standard input.

Options:
  --from <format>    timelinejs (JSON or its sheet's CSV) or csv (people).
  --out <file>       Where to write the result; without it, it is printed.
  --json             Print the results (and, without --out, the timeline) as JSON.
  --timeout <secs>   ${TIMEOUT}
  -h, --help         Show this help.

Examples:
  npx ahrca-widgets convert --from timelinejs old-timeline.json --out data/timeline.json
  npx ahrca-widgets convert --from timelinejs "https://docs.google.com/spreadsheets/d/…/pub?output=csv" > timeline.json
  npx ahrca-widgets convert --from csv people.csv --out data/prisoners.json

${EXIT}`,

  compile: `Usage: ahrca-widgets compile <folder> [--out <folder>] [options]

Reads Markdown files with YAML front matter, checks them, and writes the widgets' JSON files.
Errors name the file and the line.

  <folder>/people/*.md              one per person             -> prisoners.json
  <folder>/people/feed.yml          the feed's title, updated
  <folder>/appeals/<name>.md        one per appeal             -> appeal-<name>.json
  <folder>/timelines/<name>/*.md    one per event              -> timeline-<name>.json
  <folder>/timelines/<name>/timeline.yml   the timeline's title, description, eras …

Files are read in name order (01-…, 02-…), the order of people and events; names starting with
_ are skipped. The body of a file is the summary (people, appeals) or the text (events); put
each language's text under a line <!-- lang: ru -->. Give a field in several languages as
title.en: … and title.ru: …, or as title: { en: …, ru: … }.

Options:
  --out <folder>     Where to write the JSON files (default: <folder>/dist).
  --check            Write nothing; fail when a file in --out differs from what would be written.
  --html             Also write each record as static HTML beside the JSON (see render):
                     appeal-<name>.html, timeline-<name>.html, prisoners.html, person-<id>.html.
  --lang, --theme, --base   For --html, as for render.
  --json             Print the results as JSON.
  -h, --help         Show this help.

Examples:
  npx ahrca-widgets compile content --out public/data
  npx ahrca-widgets compile content --out public/data --check
  npx ahrca-widgets compile content --out public/data --html --lang ru

${EXIT}`,

  render: `Usage: ahrca-widgets render <file-or-url> --widget <widget> [options]

Prints the widget's element with its data rendered inside as declarative shadow DOM, ready to
paste into a page: it reads in full with JavaScript off (Tor Browser's "Safest" level, sites that
strip scripts, search engines). With JavaScript on and the widget's script on the page, the
element takes over from the data it carries, with no request and nothing moving.

Arguments:
  <file-or-url>      A JSON file, an http(s) URL, or - for standard input.

Options:
  --widget <widget>  timeline, prisoner-card, prisoner-list or appeal-banner.
  --lang <lang>      The language of the UI, its dates and localised content (default en).
  --theme <theme>    light (default), dark or auto.
  --person <id>      For prisoner-card with a feed: the person to show.
  --base <url>       The address of the page it goes on: relative URLs in the data resolve
                     against it (default: the data's URL, when given one).
  --out <file>       Write the HTML to this file instead of printing it.
  --timeout <secs>   ${TIMEOUT}
  -h, --help         Show this help.

Examples:
  npx ahrca-widgets render data/timeline-andijan.json --widget timeline --lang ru > andijan.html
  npx ahrca-widgets render https://example.org/data/prisoners.json --widget prisoner-card --person namuna-odamov

${EXIT}`,
};

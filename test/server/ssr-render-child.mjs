// Renders with the built `ahrca-widgets/tools` in a process of its own, so that Lit's DOM shim,
// which the renderer puts on Node's global, never reaches the test server. Reads a JSON list of
// { payload, options } on standard input, writes a list of { html } or { error }.
import { renderWidget } from '../../dist/tools/index.js';

// Standard output carries the answer. The widgets' notes (a TimelineJS3 file's, a text shown as
// typed) are expected with hostile data and would only bury the test runner's report.
console.log = console.info = console.warn = () => {};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { payload, options } of JSON.parse(input)) {
  try {
    results.push({ html: await renderWidget(payload, options) });
  } catch (error) {
    results.push({ error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));

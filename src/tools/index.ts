/**
 * The data tools as a JavaScript API for Node 20+ (a CMS plugin, a CI step):
 *
 * ```js
 * import { validate, convert, compile } from 'ahrca-widgets/tools';
 * const { ok, reports } = await validate(['data/prisoners.json']);
 * ```
 *
 * The same checks as the `ahrca-widgets` command. No function throws for bad input: each returns
 * its problems, with file, line and path. Node-only; nothing here reaches a reader's browser.
 */
export { compile, type CompileOptions, type CompileResult, type CompiledFile } from './compile.js';
export { convert, CONVERT_FORMATS, type ConvertFormat, type ConvertOptions, type ConvertResult } from './convert.js';
export { DATA_TYPES, type DataType, detectType } from './data-types.js';
export { DEFAULT_TIMEOUT_MS, MAX_CONTENT_FILE_BYTES, MAX_DATA_BYTES, type ReadOptions } from './input.js';
export { MAX_JSON_NESTING } from './json-text.js';
export type { Problem, Severity } from './problems.js';
export { TEMPLATE_COLUMNS } from './timelinejs-sheet.js';
export { validate, validateData, validateSource, type ValidateOptions, type ValidationReport } from './validate.js';
export type { RenderOptions, RenderWidget, RenderedFile } from './render.js';

/**
 * A widget with its data as static HTML that reads without JavaScript (declarative shadow DOM), as
 * `ahrca-widgets render` prints it. Loads Lit's server renderer and jsdom on first use, and puts
 * Lit's DOM shim on Node's global then, and has `Intl.DateTimeFormat`'s `formatToParts()` space
 * dates as its `format()` does (src/tools/browser-intl.ts). Rejects for data the widget would refuse.
 */
export async function renderWidget(payload: unknown, options: import('./render.js').RenderOptions): Promise<string> {
  return (await import('./render.js')).renderWidget(payload, options);
}

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

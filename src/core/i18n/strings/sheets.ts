import { registerStrings } from '../index.js';
import { strings } from './en/sheets.js';

/**
 * Registers the UI strings of Google Sheets and CSV sources; imported by src/core/sheets.ts, which a
 * widget downloads only for a sheet in `src` or an answer sent as CSV. English comes with this
 * module, the other languages when an element on the page speaks them.
 */
registerStrings('sheets', strings, {
  ru: () => import('./ru/sheets.js'),
  'uz-Latn': () => import('./uz-latn/sheets.js'),
  'uz-Cyrl': () => import('./uz-cyrl/sheets.js'),
  kk: () => import('./kk/sheets.js'),
  ky: () => import('./ky/sheets.js'),
  tg: () => import('./tg/sheets.js'),
  tk: () => import('./tk/sheets.js'),
  fr: () => import('./fr/sheets.js'),
  kaa: () => import('./kaa/sheets.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/sheets.js'),
});

import { registerStrings } from '../index.js';
import { strings } from './en/early-dates.js';

/**
 * Registers the UI strings of dates before the common era and deep time; imported by the module
 * that writes them, which a timeline downloads only when it has such a date. English comes with
 * this module, the other languages when an element on the page speaks them.
 */
registerStrings('early-dates', strings, {
  ru: () => import('./ru/early-dates.js'),
  'uz-Latn': () => import('./uz-latn/early-dates.js'),
  'uz-Cyrl': () => import('./uz-cyrl/early-dates.js'),
  kk: () => import('./kk/early-dates.js'),
  ky: () => import('./ky/early-dates.js'),
  tg: () => import('./tg/early-dates.js'),
  tk: () => import('./tk/early-dates.js'),
  fr: () => import('./fr/early-dates.js'),
  kaa: () => import('./kaa/early-dates.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/early-dates.js'),
});

import { registerStrings } from '../index.js';
import { strings } from './en/durations.js';

/**
 * Registers the UI strings of durations ("9 years, 4 months"); imported by durations.ts.
 * English comes with this module, the other languages when an element on the page speaks them.
 */
registerStrings('durations', strings, {
  ru: () => import('./ru/durations.js'),
  'uz-Latn': () => import('./uz-latn/durations.js'),
  'uz-Cyrl': () => import('./uz-cyrl/durations.js'),
  kk: () => import('./kk/durations.js'),
  ky: () => import('./ky/durations.js'),
  tg: () => import('./tg/durations.js'),
  tk: () => import('./tk/durations.js'),
  fr: () => import('./fr/durations.js'),
  kaa: () => import('./kaa/durations.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/durations.js'),
});

import { registerStrings } from '../index.js';
import { strings } from './en/timeline.js';

/**
 * Registers the UI strings of `<ahrca-timeline>`; imported by the modules that look them up.
 * English comes with this module, the other languages when an element on the page speaks them.
 */
registerStrings('timeline', strings, {
  ru: () => import('./ru/timeline.js'),
  'uz-Latn': () => import('./uz-latn/timeline.js'),
  'uz-Cyrl': () => import('./uz-cyrl/timeline.js'),
  kk: () => import('./kk/timeline.js'),
  ky: () => import('./ky/timeline.js'),
  tg: () => import('./tg/timeline.js'),
  tk: () => import('./tk/timeline.js'),
  fr: () => import('./fr/timeline.js'),
  kaa: () => import('./kaa/timeline.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/timeline.js'),
});

import { registerStrings } from '../index.js';
import { strings } from './en/prisoner.js';

/**
 * Registers the UI strings of `<ahrca-prisoner-card>`, also shown in `<ahrca-prisoner-list>`'s tiles; imported by the modules that look them up.
 * English comes with this module, the other languages when an element on the page speaks them.
 */
registerStrings('prisoner', strings, {
  ru: () => import('./ru/prisoner.js'),
  'uz-Latn': () => import('./uz-latn/prisoner.js'),
  'uz-Cyrl': () => import('./uz-cyrl/prisoner.js'),
  kk: () => import('./kk/prisoner.js'),
  ky: () => import('./ky/prisoner.js'),
  tg: () => import('./tg/prisoner.js'),
  tk: () => import('./tk/prisoner.js'),
  fr: () => import('./fr/prisoner.js'),
  kaa: () => import('./kaa/prisoner.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/prisoner.js'),
});

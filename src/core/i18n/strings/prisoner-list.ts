import { registerStrings } from '../index.js';
import { strings } from './en/prisoner-list.js';

/**
 * Registers the UI strings of `<ahrca-prisoner-list>` itself; imported by the modules that look them up.
 * English comes with this module, the other languages when an element on the page speaks them.
 */
registerStrings('prisoner-list', strings, {
  ru: () => import('./ru/prisoner-list.js'),
  'uz-Latn': () => import('./uz-latn/prisoner-list.js'),
  'uz-Cyrl': () => import('./uz-cyrl/prisoner-list.js'),
  kk: () => import('./kk/prisoner-list.js'),
  ky: () => import('./ky/prisoner-list.js'),
  tg: () => import('./tg/prisoner-list.js'),
  tk: () => import('./tk/prisoner-list.js'),
  fr: () => import('./fr/prisoner-list.js'),
  kaa: () => import('./kaa/prisoner-list.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/prisoner-list.js'),
});

import { registerStrings } from '../index.js';
import { strings } from './en/appeal.js';

/**
 * Registers the UI strings of `<ahrca-appeal-banner>`; imported by the modules that look them up.
 * English comes with this module, the other languages when an element on the page speaks them.
 */
registerStrings('appeal', strings, {
  ru: () => import('./ru/appeal.js'),
  'uz-Latn': () => import('./uz-latn/appeal.js'),
  'uz-Cyrl': () => import('./uz-cyrl/appeal.js'),
  kk: () => import('./kk/appeal.js'),
  ky: () => import('./ky/appeal.js'),
  tg: () => import('./tg/appeal.js'),
  tk: () => import('./tk/appeal.js'),
  fr: () => import('./fr/appeal.js'),
  kaa: () => import('./kaa/appeal.js'),
  'kaa-Cyrl': () => import('./kaa-cyrl/appeal.js'),
});

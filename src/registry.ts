/**
 * Every tag the loader knows, mapped to the module that defines it. The loader
 * imports a module only when its tag appears on the page; a new widget adds one
 * line here.
 */
export const WIDGETS = {
  'ahrca-appeal-banner': () => import('./components/appeal-banner/appeal-banner.js'),
  'ahrca-prisoner-card': () => import('./components/prisoner-card/prisoner-card.js'),
  'ahrca-timeline': () => import('./components/timeline/timeline.js'),
  'ahrca-prisoner-list': () => import('./components/prisoner-list/prisoner-list.js'),
} as const;

/**
 * The harness of the bad-input test files: every `ahrca-error` and `ahrca-load` on the page and
 * every uncaught page error, collected per test, with the console's logged refusals kept quiet;
 * and the one way such a file checks that a widget refused its data.
 */
import { expect } from '@open-wc/testing';
import type { AhrcaErrorDetail } from '../../src/core/events.js';
import { englishPage } from './page.js';
import { markupOf } from './prisoner-card.js';

export interface BadInputWatch {
  errors: AhrcaErrorDetail[];
  loads: unknown[];
  pageProblems: string[];
  /**
   * The widget refused its data: one `ahrca-error` for `reason` naming each of `paths`, no
   * `ahrca-load`, the error box an alert that shows the element's `#fallback` content, nothing of
   * the data shown (`showsNothing` checks the widget's own parts), nothing thrown into the page, and
   * no axe violation.
   */
  expectRefused(el: HTMLElement, reason: string, paths: readonly string[], showsNothing: () => void): Promise<void>;
}

/**
 * Registers mocha hooks in the calling file (an English page, see `englishPage`); the arrays are
 * emptied before each test.
 */
export function watchBadInput({ markdown = false }: { markdown?: boolean } = {}): BadInputWatch {
  englishPage({ markdown });
  const watch: BadInputWatch = {
    errors: [],
    loads: [],
    pageProblems: [],
    async expectRefused(el, reason, paths, showsNothing) {
      expect(watch.errors, 'one ahrca-error').to.have.length(1);
      expect(watch.errors[0]!.reason).to.equal(reason);
      for (const path of paths) expect(watch.errors[0]!.message).to.include(path);
      expect(watch.loads, 'no ahrca-load').to.deep.equal([]);
      const box = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      const fallback = el.querySelector('#fallback')!;
      expect(box.querySelector('slot')!.assignedElements().map(markupOf)).to.deep.equal([markupOf(fallback)]);
      expect(fallback.getBoundingClientRect().height, 'the fallback content is hidden').to.be.above(0);
      showsNothing();
      expect(watch.pageProblems).to.deep.equal([]);
      await expect(el).to.be.accessible();
    },
  };
  let restoreConsole: (() => void) | undefined;
  const onError = (event: Event): void => void watch.errors.push((event as CustomEvent<AhrcaErrorDetail>).detail);
  const onLoad = (event: Event): void => void watch.loads.push((event as CustomEvent).detail);
  const onPageError = (event: ErrorEvent): void => void watch.pageProblems.push(event.message);

  before(() => {
    document.addEventListener('ahrca-error', onError);
    document.addEventListener('ahrca-load', onLoad);
    window.addEventListener('error', onPageError);
  });

  after(() => {
    document.removeEventListener('ahrca-error', onError);
    document.removeEventListener('ahrca-load', onLoad);
    window.removeEventListener('error', onPageError);
  });

  beforeEach(() => {
    watch.errors.length = 0;
    watch.loads.length = 0;
    watch.pageProblems.length = 0;
    // Each refusal is logged by design; keep the run's output readable.
    const original = console.error;
    console.error = () => undefined;
    restoreConsole = () => (console.error = original);
  });

  afterEach(() => restoreConsole?.());
  return watch;
}

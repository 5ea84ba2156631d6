/**
 * Smoke tests of the framework examples as built into dist/frameworks/ (built for this file alone,
 * by the test server, from the library in dist/: run `npm run build` first): the same
 * timeline in plain HTML, React and Vue, its event reaching the page's own code, and (React, Vue)
 * a property bound to the framework's state; axe on each page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { axeViolations, documentOf, eventually, openUrl, removeFrames, waitForPart } from './pages.js';

const TITLE = 'The Andijan events and after';
const LOADED = 'ahrca-load: the data came from /dist/data/timeline-andijan.json';

before(async function () {
  // Vite builds React and Vue on a machine busy with the other browser's tests.
  this.timeout(180_000);
  await executeServerCommand('build-framework-examples');
});
afterEach(removeFrames);

for (const framework of ['html', 'react', 'vue']) {
  describe(`the ${framework} example`, () => {
    it('shows the timeline and hears its ahrca-load event', async () => {
      const frame = await openUrl(`/dist/frameworks/${framework}/index.html`);
      const doc = () => documentOf(frame);
      expect(await waitForPart(doc, 'ahrca-timeline', 'title')).to.equal(TITLE);
      await eventually(() => doc().querySelector('.event-line')?.textContent === LOADED, 'the page did not hear ahrca-load');
      const timeline = doc().querySelector('ahrca-timeline')!;
      expect(timeline.shadowRoot!.querySelector('[part~="controls"] [part~="search"]'), 'no-controls was not applied').to.equal(null);

      // The example is a page a developer copies: it must be as accessible as the widget in it.
      expect(await axeViolations(frame)).to.deep.equal([]);

      if (framework === 'html') return;
      const titles = () => [...timeline.shadowRoot!.querySelectorAll('[part~="event-title"]')].map((title) => title.textContent?.trim());
      const oldestFirst = titles();
      const order = doc().querySelector('select')!;
      order.value = 'newest';
      order.dispatchEvent(new Event('change', { bubbles: true }));
      await eventually(() => timeline.getAttribute('order') === 'newest', 'the order chosen in the app did not reach the element');
      await eventually(() => titles()[0] === oldestFirst.at(-1), 'the newest event is not first');
    });
  });
}

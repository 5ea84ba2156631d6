/**
 * TimelineJS3's own four template files (test/fixtures/timelinejs-templates/, copied unchanged from
 * Knight Lab's repository) in <ahrca-timeline>, as a blogger moving over would hand them in: every
 * headline on screen, no error, deep time and years before the common era read and ordered right,
 * and a deep link to an event before the common era.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AhrcaTimeline } from '../../src/components/timeline/timeline.js';
import { whenMarkdownReady } from '../../src/core/markdown.js';
import { $$, arriveWithHash, focusedId, part, parts, removePages, renderedIds, textOf } from './timeline-helpers.js';
import { muteAdapterNotes } from '../helpers/timelinejs-fixtures.js';

const TEMPLATES = ['cosmo', 'cosmo-mixed', 'eras', 'all-media-types'] as const;
type Template = (typeof TEMPLATES)[number];

type Slide = { text?: { headline?: string }; start_date?: { year?: string } };

async function load(name: Template): Promise<{ title?: Slide; events: Slide[] }> {
  const response = await fetch(new URL(`../fixtures/timelinejs-templates/${name}.json`, import.meta.url));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

/** A headline as a reader reads it: its markup gone, its entities decoded. */
function plain(headline: string): string {
  return (new DOMParser().parseFromString(headline, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Puts the file on the page as `data`, in `lang`, and waits until it is shown or has failed. */
async function show(file: unknown, lang = 'en'): Promise<AhrcaTimeline> {
  const el = document.createElement('ahrca-timeline') as AhrcaTimeline;
  el.lang = lang;
  const errors: unknown[] = [];
  el.addEventListener('ahrca-error', (event) => errors.push((event as CustomEvent).detail));
  const loaded = new Promise<void>((resolve) => el.addEventListener('ahrca-load', () => resolve(), { once: true }));
  el.data = structuredClone(file);
  const container = document.createElement('div');
  container.append(el);
  document.body.append(container);
  await Promise.race([loaded, waitUntil(() => errors.length > 0, 'neither loaded nor failed', { timeout: 10_000 })]);
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
  await el.updateComplete;
  await whenMarkdownReady();
  await el.updateComplete;
  return el;
}

const rowDate = (el: AhrcaTimeline, id: string) =>
  textOf(
    $$(el, 'li.row')
      .find((row) => row.dataset['key'] === id)
      ?.querySelector('[part~="date"]'),
  );
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe("TimelineJS3's template files in <ahrca-timeline>", () => {
  muteAdapterNotes();
  afterEach(() => {
    document.querySelectorAll('ahrca-timeline').forEach((el) => el.parentElement?.remove());
    removePages();
    arriveWithHash(undefined);
  });

  for (const name of TEMPLATES) {
    it(`${name}: shows every headline, and the title, with no error`, async () => {
      const file = await load(name);
      const el = await show(file);
      expect(part(el, 'error'), 'the error state').to.equal(null);
      const shown = parts(el, 'event-title').map(textOf);
      const headlines = file.events.map((slide) => plain(slide.text?.headline ?? ''));
      expect(shown).to.have.length(file.events.length);
      expect([...shown].sort()).to.deep.equal([...headlines].sort());
      expect(textOf(part(el, 'title'))).to.equal(plain(file.title?.text?.headline ?? ''));
    });
  }

  it('cosmo-mixed: orders deep time, then years BCE, then the common era, and writes each as a reader expects', async () => {
    const el = await show(await load('cosmo-mixed'));
    expect(parts(el, 'event-title').map(textOf)).to.deep.equal([
      'The Big Bang',
      'The Sun Ignites',
      'The Cambrian Explosion and the First Complex Eyes',
      'Homo sapiens Appear',
      'First Manufactured Glass',
      "Euclid's Optica",
      "Ibn al-Haytham's Book of Optics",
      'Galileo Points a Telescope at the Moon',
      'The First Photograph',
      'Apollo 11: Humans Walk on the Moon',
      'Hubble Space Telescope Deployed',
    ]);
    expect(parts(el, 'date').map(textOf)).to.deep.equal([
      '13.8 billion years ago',
      '4.6 billion years ago',
      '540 million years ago',
      '300,000 years ago',
      '3500 BCE',
      '300 BCE',
      '1021',
      'November 1609',
      '1826',
      'July 20, 1969',
      'April 25, 1990',
    ]);
    expect(parts(el, 'year').map(textOf).slice(0, 7)).to.deep.equal([
      '13.8 billion years ago',
      '4.6 billion years ago',
      '540 million years ago',
      '300,000 years ago',
      '3500 BCE',
      '300 BCE',
      '1021',
    ]);
    // Newest first puts the common era on top and the Big Bang last.
    const order = part(el, 'order') as HTMLSelectElement;
    order.value = 'newest';
    order.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const ids = renderedIds(el);
    expect([ids[0], ids.at(-2), ids.at(-1)]).to.deep.equal([
      '1990-04-25-hubble-space-telescope-deployed',
      '4600000000-bce-the-sun-ignites',
      '13800000000-bce-the-big-bang',
    ]);
  });

  it('cosmo: reads a range in deep time, in Russian and in French', async () => {
    const file = await load('cosmo');
    const ru = await show(file, 'ru');
    expect(plainSpaces(rowDate(ru, '538800000-bce-paleozoic-era'))).to.equal('538,8 млн лет назад — 251,9 млн лет назад');
    expect(plainSpaces(rowDate(ru, '13800000000-bce-the-big-bang'))).to.equal('13,8 млрд лет назад');
    expect(plainSpaces(rowDate(ru, '3500-bce-oldest-known-depiction-of-a-wheeled-vehicle'))).to.equal('3500 до н. э.');
    const fr = await show(file, 'fr');
    expect(plainSpaces(rowDate(fr, '315000-bce-approximate-date-of-appearance-of-homo-sapiens'))).to.equal('il y a 315 000 ans');
    expect(plainSpaces(rowDate(fr, '4600000000-bce-the-formation-of-the-solar-system'))).to.equal('il y a 4,6 milliards d’années');
  });

  it('names each bad date once in the error, in our format and in TimelineJS3s', async () => {
    for (const data of [
      { events: ['2005-13', '0000', '-0044-02-30', '-13800000000-01'].map((date, index) => ({ id: `e${index}`, date, title: `Event ${index}` })) },
      {
        events: [{ year: 2005, month: 13 }, { year: 2005, month: 2, day: 30 }, { year: 'MMV' }].map((start_date, index) => ({
          start_date,
          text: { headline: `Slide ${index}` },
        })),
      },
    ]) {
      const el = document.createElement('ahrca-timeline') as AhrcaTimeline;
      const failed = new Promise<CustomEvent<{ message: string }>>((resolve) =>
        el.addEventListener('ahrca-error', (event) => resolve(event as CustomEvent<{ message: string }>), { once: true }),
      );
      const logged: string[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      try {
        el.data = data;
        const container = document.createElement('div');
        container.append(el);
        document.body.append(container);
        const { detail } = await failed;
        await el.updateComplete;
        data.events.forEach((_, index) => {
          const field = `events[${index}].date:`;
          expect(detail.message.split(field).length - 1, `${field} in the event: ${detail.message}`).to.equal(1);
          expect(logged.join('\n').split(field).length - 1, `${field} in the console: ${logged.join('\n')}`).to.equal(1);
        });
        expect(textOf(part(el, 'error'))).to.equal('This content has errors and cannot be shown.');
      } finally {
        console.error = consoleError;
      }
    }
  });

  it('opens at an event before the common era named in the address', async () => {
    arriveWithHash('3500-bce-first-manufactured-glass');
    const el = await show(await load('cosmo-mixed'));
    await waitUntil(() => focusedId(el) === '3500-bce-first-manufactured-glass', 'the event was not focused', { timeout: 3000 });
    expect(textOf(el.shadowRoot!.activeElement?.querySelector('[part~="event-title"]'))).to.equal('First Manufactured Glass');
  });
});

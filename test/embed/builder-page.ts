/** Driving the BUILT builder page (dist/builder/index.html) as a webmaster would, from tests. */
import { documentOf, eventually, openUrl } from './pages.js';

export const BUILDER = '/dist/builder/index.html';
/** The library of this build, where a snippet's scripts come from in the tests. */
export const LOCAL_DIST = new URL('/dist/', location.href).href;

export interface Builder {
  doc: () => Document;
  frame: HTMLIFrameElement;
}

export async function openBuilder(): Promise<Builder> {
  const frame = await openUrl(BUILDER, { width: 1200, height: 900 });
  const builder = { frame, doc: () => documentOf(frame) };
  await waitForCheck(builder, 'valid');
  return builder;
}

/** Types `value` into a field, firing input and change as a reader's typing and leaving it do. */
export function fill(builder: Builder, selector: string, value: string): void {
  const input = builder.doc().querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!input) throw new Error(`no ${selector} in the builder`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function check(builder: Builder, selector: string, checked: boolean): void {
  const input = builder.doc().querySelector<HTMLInputElement>(selector)!;
  if (input.checked !== checked) input.click();
}

export function chooseWidget(builder: Builder, widget: string): void {
  builder.doc().querySelector<HTMLInputElement>(`#widget-${widget}`)!.click();
}

/** Waits until the data check under the URL field has settled as `state` (`valid` or `invalid`). */
export async function waitForCheck(builder: Builder, state: 'valid' | 'invalid'): Promise<HTMLElement> {
  const status = () => builder.doc().getElementById('data-check');
  await eventually(() => status()?.dataset.state === state, `the data check did not end ${state}`, 8000);
  return status()!;
}

export function snippet(builder: Builder, kind: 'script' | 'iframe' | 'npm'): string {
  return builder.doc().getElementById(`snippet-${kind}`)!.textContent ?? '';
}

/** Waits until the script snippet names the local library and carries its integrity hash. */
export async function useLocalLibrary(builder: Builder): Promise<void> {
  fill(builder, '#cdn-base', LOCAL_DIST);
  await eventually(
    () => snippet(builder, 'script').includes(`${LOCAL_DIST}ahrca-widgets.js" integrity="sha384-`),
    'the snippet does not use the local library with its hash',
  );
}

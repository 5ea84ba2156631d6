/** What the builder says about the data URL, under the field, in a polite live region. */
import type { DataCheck } from './check-data.js';

export type CheckView = { state: 'empty' } | { state: 'checking' } | { state: 'done'; result: DataCheck };

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function list(items: readonly string[]): HTMLUListElement {
  const element = document.createElement('ul');
  element.append(...items.map((item) => Object.assign(document.createElement('li'), { textContent: item })));
  return element;
}

export function showCheck(container: HTMLElement, view: CheckView): void {
  container.dataset.state = view.state === 'done' ? (view.result.ok ? 'valid' : 'invalid') : view.state;
  switch (view.state) {
    case 'empty':
      container.replaceChildren(paragraph('Give the address of a JSON file, or use the sample.'));
      return;
    case 'checking':
      container.replaceChildren(paragraph('Checking the data…'));
      return;
    case 'done': {
      const { result } = view;
      if (!result.ok) {
        container.replaceChildren(paragraph(result.summary, 'problem'), ...(result.problems.length > 0 ? [list(result.problems)] : []));
        return;
      }
      const parts: Node[] = [paragraph('The data is valid for this widget.', 'valid')];
      if (result.notes.length > 0) {
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = 'Notes';
        details.append(summary, list(result.notes));
        parts.push(details);
      }
      container.replaceChildren(...parts);
    }
  }
}

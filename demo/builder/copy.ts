/**
 * Copying a snippet: the Clipboard API where the page may use it, else the old `execCommand`, else
 * the text is left selected for the reader to copy with the keyboard.
 */
export type CopyOutcome = 'copied' | 'selected';

function select(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export async function copyText(element: HTMLElement): Promise<CopyOutcome> {
  const text = element.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // Refused (no permission, an insecure page, a frame without clipboard-write): try the old way.
  }
  select(element);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Some browsers throw rather than return false.
  }
  return 'selected';
}

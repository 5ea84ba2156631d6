/**
 * The builder's form controls for a widget's options, made from the embed page's list of options
 * (src/embed/embed-params.ts), so the builder offers exactly what the embed page accepts.
 */
import { optionsOf, optionValue, type EmbedOption, type EmbedWidget } from '../../src/embed/embed-params.js';

interface OptionText {
  label: string;
  hint?: string;
  /** Words for a choice's values; the value itself otherwise. */
  values?: Readonly<Record<string, string>>;
}

const OPTION_TEXT: Readonly<Record<string, OptionText>> = {
  theme: { label: 'Theme', values: { light: 'Light', dark: 'Dark', auto: 'The reader’s system setting' } },
  layout: {
    label: 'Layout',
    values: { inline: 'Card', bar: 'Slim bar', full: 'Full profile', compact: 'Compact row' },
  },
  dismissible: { label: 'Readers can close it (remembered per appeal)' },
  person: { label: 'Person', hint: 'The id of one person in a feed. Empty: the first.' },
  order: { label: 'Order', values: { oldest: 'Oldest first', newest: 'Newest first' } },
  tags: { label: 'Tags selected at first', hint: 'Separated by commas, e.g. Andijan, Trials.' },
  navigator: { label: 'A row of years to jump to' },
  'no-controls': { label: 'Hide search and filters' },
  'heading-level': { label: 'Heading level', hint: 'The title’s level in your page’s outline. Default: 2.' },
  'data-path': { label: 'Data path', hint: 'Where the data sits inside a larger JSON document, e.g. /data/appeal.' },
  'media-on-request': {
    label: 'Images from other sites only on a click',
    hint: 'For readers who may be watched: no photo or image from another site loads until the reader asks for it.',
  },
};

/** The datalist of ids for the `person` option, filled once a feed has been checked. */
export const PERSON_IDS = 'person-ids';

function describedBy(input: HTMLElement, name: string, hint: string | undefined): HTMLElement | undefined {
  if (!hint) return undefined;
  const paragraph = document.createElement('p');
  paragraph.className = 'hint';
  paragraph.id = `option-${name}-hint`;
  paragraph.textContent = hint;
  input.setAttribute('aria-describedby', paragraph.id);
  return paragraph;
}

function control(name: string, option: EmbedOption, text: OptionText): HTMLInputElement | HTMLSelectElement {
  switch (option.kind) {
    case 'choice':
    case 'level': {
      const select = document.createElement('select');
      const values = option.kind === 'choice' ? option.values : ['', '1', '2', '3', '4', '5', '6'];
      for (const value of values) select.add(new Option(value === '' ? 'Default' : (text.values?.[value] ?? value), value));
      return select;
    }
    case 'flag': {
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      return checkbox;
    }
    default: {
      const input = document.createElement('input');
      input.type = 'text';
      input.spellcheck = false;
      if (name === 'person') input.setAttribute('list', PERSON_IDS);
      return input;
    }
  }
}

/** Replaces the fieldset's controls with those of `widget`. */
export function renderOptionControls(fieldset: HTMLFieldSetElement, widget: EmbedWidget): void {
  fieldset.querySelectorAll(':scope > :not(legend)').forEach((node) => node.remove());
  for (const [name, option] of optionsOf(widget)) {
    const text = OPTION_TEXT[name] ?? { label: name };
    const input = control(name, option, text);
    input.id = `option-${name}`;
    input.dataset.option = name;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = text.label;
    const field = document.createElement('div');
    field.className = option.kind === 'flag' ? 'field checkbox' : 'field';
    field.append(...(option.kind === 'flag' ? [input, label] : [label, input]));
    const hint = describedBy(input, name, text.hint);
    if (hint) field.append(hint);
    fieldset.append(field);
  }
  const ids = document.createElement('datalist');
  ids.id = PERSON_IDS;
  fieldset.append(ids);
}

/**
 * The attributes the controls ask for: a value the option does not take is left out and its
 * control marked invalid; a choice left at the element's default (the first) is left out too.
 */
export function readOptionControls(fieldset: HTMLFieldSetElement, widget: EmbedWidget): [string, string][] {
  const options = new Map(optionsOf(widget));
  const attributes: [string, string][] = [];
  for (const input of fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-option]')) {
    const name = input.dataset.option!;
    const option = options.get(name);
    if (!option) continue;
    const raw = input instanceof HTMLInputElement && input.type === 'checkbox' ? (input.checked ? '1' : '0') : input.value.trim();
    const isDefault = raw === '' || (option.kind === 'choice' && raw === option.values[0]);
    const value = isDefault ? null : optionValue(option, raw);
    input.setAttribute('aria-invalid', String(value === undefined));
    if (typeof value === 'string') attributes.push([name, value]);
  }
  return attributes;
}

/** Fills the datalist of person ids from a checked feed. */
export function offerPeople(fieldset: HTMLFieldSetElement, ids: readonly string[]): void {
  const list = fieldset.querySelector<HTMLDataListElement>(`#${PERSON_IDS}`);
  list?.replaceChildren(...ids.map((id) => new Option(id, id)));
}

/**
 * Which person the list's dialog shows, kept in step with the address's `#id`: opening pushes a
 * history entry, Back closes, Forward and `#id` links open, and closing gives the focus back to
 * the person's tile. The list renders the dialog; this controller decides what it shows.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Theme } from '../../core/base-element.js';
import { readHashId, watchHashId, writeHashId } from '../../core/location-hash.js';
import type { ActivePerson } from '../../core/schema/prisoner.js';
import { pickName, type PersonContext } from '../shared/person-templates.js';
// The one side effect, on purpose: the dialog's template names <ahrca-prisoner-card>, so the list cannot
// work without that tag, under whatever name the list itself is defined. Opening a person then needs no
// download (the reader may be offline by then), and the card and the list share their pieces.
import '../prisoner-card/prisoner-card.js';
import '../../core/i18n/strings/prisoner-list.js';

/** What the dialog needs to know of the list. */
export interface ListedPeople {
  /** True when `id` is a published person of the feed shown now; false while there is none. */
  has(id: string): boolean;
  /** Makes sure the person's tile is rendered, so the focus can return to it. */
  reveal(id: string): void;
  tileOf(id: string): HTMLElement | undefined;
}

const stopPropagation = (event: Event): void => event.stopPropagation();

export class PersonDialog implements ReactiveController {
  /** The person to show. */
  openId?: string;
  /** The person the dialog shows, until its `close` event has been handled. */
  private shownId?: string;
  /** True while the open person's `#id` is a history entry this list added: closing goes Back over it. */
  private pushedHash = false;
  private stopWatching?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly people: ListedPeople,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = watchHashId((id) => this.follow(id));
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  hostUpdated(): void {
    const dialog = this.dialog();
    if (dialog && this.openId !== undefined) {
      if (!dialog.open) dialog.showModal();
      this.shownId = this.openId;
    } else if (dialog?.open) {
      dialog.close();
    }
  }

  /** Opens the person the address names, or closes the dialog when it names no one here (Back, another widget's link). */
  follow(id: string | undefined = readHashId()): void {
    if (id !== undefined && this.people.has(id)) {
      this.show(id);
    } else if (this.openId !== undefined) {
      // The address no longer names the open person: Back took its entry away, so leave history alone.
      this.pushedHash = false;
      this.openId = undefined;
      this.host.requestUpdate();
    }
  }

  /** A reader opened a tile: a history entry of its own, so that Back closes the dialog. */
  open(id: string): void {
    writeHashId(id, { push: true });
    this.pushedHash = true;
    this.show(id);
  }

  private show(id: string): void {
    this.people.reveal(id);
    this.openId = id;
    this.host.requestUpdate();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** The dialog closed (Escape, the close button, a click outside, or Back): the address and the focus follow. */
  private readonly onClose = (): void => {
    const id = this.shownId;
    this.shownId = undefined;
    this.openId = undefined;
    this.host.requestUpdate();
    if (id !== undefined && readHashId() === id) {
      if (this.pushedHash) history.back();
      else writeHashId(undefined);
    }
    this.pushedHash = false;
    if (id !== undefined) this.people.tileOf(id)?.focus();
  };

  private readonly close = (): void => this.dialog()?.close();

  /** A click on the backdrop lands on the dialog itself; its content fills the box inside. */
  private readonly onClick = (event: MouseEvent): void => {
    if (event.target === event.currentTarget) this.close();
  };

  /** The full profile in a modal dialog. The card's load and error events stay inside the list. */
  render(person: ActivePerson | undefined, context: PersonContext, card: { clock: () => number; theme: Theme; mediaOnRequest: boolean }): TemplateResult {
    const name = person ? pickName(person, context.lang) : undefined;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-label=${ifDefined(name?.text)}
      @close=${this.onClose}
      @click=${this.onClick}
      @ahrca-load=${stopPropagation}
      @ahrca-error=${stopPropagation}
    >
      ${
        person
          ? html`<div class="dialog-body">
              <button part="close" class="button close" type="button" autofocus @click=${this.close}>${context.tr.t('prisonerList.close')}</button>
              <ahrca-prisoner-card
                .data=${person}
                .baseUrl=${context.base}
                .clock=${card.clock}
                theme=${card.theme}
                ?media-on-request=${card.mediaOnRequest}
                heading-level="2"
              ></ahrca-prisoner-card>
            </div>`
          : nothing
      }
    </dialog>`;
  }
}

import { AhrcaElement } from '../../core/base-element.js';
import { invalidData } from '../../core/payload.js';
import { activePeople, takeDownPeople } from '../../core/schema/prisoner-withdrawals.js';
import type { PrisonerCardData } from '../../core/schema/prisoner.js';
import { validate } from '../../core/schema/validate.js';
import { announceWithdrawn, onWithdrawn, withdrawnPeople } from '../../core/withdrawals.js';

/**
 * What the widgets that show people (the card and the list) share beyond every widget's lifecycle:
 * a withdrawn person is gone at once and everywhere. Withdrawn records, in any form, are taken down
 * before validation; a withdrawal read by any widget of the session takes the person off this one
 * too, and off every kept copy. Their kept copies expire after 30 days: a person's situation changes.
 */
export abstract class AhrcaPeopleElement<T extends PrisonerCardData> extends AhrcaElement<T> {
  protected override readonly keptCopyMaxAge = 30 * 24 * 60 * 60 * 1000;

  private stopFollowing?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowing = onWithdrawn(() => this.takeDownShown());
    this.takeDownShown();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  /**
   * A spreadsheet of people (a Google Sheet or any CSV, columns named as in docs/data-format.md),
   * read as a feed; the rows that cannot be shown are named in the console and left out.
   */
  protected override readonly sheetReader = () => import('./people-sheet.js');

  protected override beforeValidation(value: unknown): unknown {
    const takenDown = takeDownPeople(value, withdrawnPeople());
    void announceWithdrawn(takenDown.withdrawn);
    return takenDown.value;
  }

  protected override peopleIn(value: T): readonly string[] {
    return activePeople(value);
  }

  protected override peopleGone(ids: readonly string[]): void {
    void announceWithdrawn(ids);
  }

  /** People withdrawn since the data was read come off the screen at once. */
  private takeDownShown(): void {
    const view = this.view;
    if (view.status !== 'ready') return;
    const { value, withdrawn } = takeDownPeople(view.value, withdrawnPeople());
    if (withdrawn.length === 0) return;
    const checked = validate(this.schema, value);
    this.view = checked.ok ? { ...view, value: checked.value } : { status: 'error', error: invalidData(view.source, checked.errors) };
  }
}

/**
 * Focus around the calendar's modal dialog: where it was is remembered when a dialog opens from the
 * page and given back when it closes (to the grid's tab stop if that element was drawn anew meanwhile),
 * and it moves into the dialog when the dialog's content is swapped (a day's list → an event's details).
 * Native <dialog> gives the focus trap, Escape and the inert page behind it.
 */
export class DialogFocus {
  private returnTo?: HTMLElement;

  constructor(
    private readonly root: () => ShadowRoot | null,
    /** Where focus goes when the remembered element is gone: the grid's roving day. */
    private readonly fallback: () => HTMLElement | null,
  ) {}

  /** A dialog is opening; `alreadyOpen`: one was open, so keep the place the first one was opened from. */
  remember(alreadyOpen: boolean): void {
    if (alreadyOpen) return;
    const active = this.root()?.activeElement;
    this.returnTo = active instanceof HTMLElement ? active : undefined;
  }

  forget(): void {
    this.returnTo = undefined;
  }

  /** After a render: opens or closes the <dialog> to match `open`, and keeps focus inside an open one. */
  sync(open: boolean): void {
    const root = this.root();
    const dialog = root?.querySelector('dialog');
    if (!root || !dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
    if (dialog.open && !dialog.contains(root.activeElement)) dialog.querySelector<HTMLElement>('a, button')?.focus();
  }

  /** The dialog closed: focus goes back. */
  restore(): void {
    const target = this.returnTo;
    this.returnTo = undefined;
    if (target?.isConnected) target.focus();
    else this.fallback()?.focus();
  }
}

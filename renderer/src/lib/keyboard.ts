/**
 * The keyboard map, as a pure function so it is unit-tested: which command a
 * key press means, given where the focus is. Single keys never fire while the
 * user types in a text field or a list box.
 */
export type Command =
  | { type: 'choose'; value: number }
  | { type: 'dont-know' }
  | { type: 'not-applicable' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'toggle-help' }
  | { type: 'shortcuts' }
  | { type: 'guide' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'leave-field' };

export interface KeyPress {
  key: string;
  /** The physical key: on AZERTY keyboards the digit row gives "&", "é"… unshifted, so digits are also read from it. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface FocusContext {
  /** Focus is in a field that takes typed text or arrow keys of its own (text input, text area, select, date). */
  editable: boolean;
  /** Focus is in a field with an undo of its own (text input, text area); a list box has none. */
  textEntry?: boolean;
  /** Focus is inside a questionnaire item. */
  inItem: boolean;
  /** Focus is on an item's own frame (not on a control inside it). */
  onItemFrame: boolean;
}

export function commandFor(press: KeyPress, focus: FocusContext): Command | null {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  // F1 opens the user guide from anywhere, a text field included (it types nothing).
  if (press.key === 'F1' && !press.ctrlKey && !press.metaKey && !press.altKey && !press.shiftKey) return { type: 'guide' };
  if ((press.ctrlKey || press.metaKey) && !press.altKey) {
    // In the start form's text fields the browser's own undo stays; inside an item the assessment's undo wins.
    if ((focus.textEntry ?? focus.editable) && !focus.inItem) return null;
    if (key === 'z') return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !press.shiftKey) return { type: 'redo' };
    return null;
  }
  // Esc inside an item returns to the item's frame, where the single-key shortcuts work again.
  if (press.key === 'Escape' && !press.ctrlKey && !press.metaKey && !press.altKey) return focus.inItem && !focus.onItemFrame ? { type: 'leave-field' } : null;
  if (press.ctrlKey || press.metaKey || press.altKey || focus.editable) return null;
  if (press.key === '?') return { type: 'shortcuts' };
  if (/^[1-9]$/.test(key)) return { type: 'choose', value: Number(key) };
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code ?? '');
  if (digit) return { type: 'choose', value: Number(digit[1]) };
  switch (key) {
    case 'd':
      return { type: 'dont-know' };
    case 'n':
      return { type: 'not-applicable' };
    case 'j':
      return { type: 'next' };
    case 'k':
      return { type: 'previous' };
    case 'h':
      return { type: 'toggle-help' };
    case 'ArrowDown':
      return focus.onItemFrame ? { type: 'next' } : null;
    case 'ArrowUp':
      return focus.onItemFrame ? { type: 'previous' } : null;
    default:
      return null;
  }
}

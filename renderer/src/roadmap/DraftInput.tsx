import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> & {
  value: string;
  /** Called once the user is done (leaves the field or presses Enter), and only with a changed value. */
  onCommit(value: string, how: 'blur' | 'enter'): void;
};

/**
 * A field that keeps what is typed to itself and hands it over when the user
 * is done: one undo step per change rather than one per key, and no trimming
 * of a space the user is about to follow with a word. A change from outside
 * (undo, reset) replaces the draft.
 */
export function DraftInput({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const commit = (how: 'blur' | 'enter') => {
    if (draft !== value) onCommit(draft, how);
  };
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => commit('blur')}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        commit('enter');
      }}
    />
  );
}

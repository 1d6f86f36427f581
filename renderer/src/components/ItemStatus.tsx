import { memo } from 'react';
import { useLabel } from '../i18n/labels';

/** A small mark in words and shape (never colour alone): answered, incomplete or not answered. */
export const ItemStatus = memo(function ItemStatus({ state }: { state: 'done' | 'partial' | 'open' }) {
  const { label } = useLabel();
  const text = state === 'done' ? label('item.answered') : state === 'partial' ? label('item.incomplete') : label('item.notAnswered');
  return (
    <span className={`item-status status-${state}`}>
      <span aria-hidden="true">{state === 'done' ? '✓' : state === 'partial' ? '◐' : '○'}</span> {text}
    </span>
  );
});

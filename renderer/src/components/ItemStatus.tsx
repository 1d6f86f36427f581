import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/** A small mark in words and shape (never colour alone): answered, incomplete or not answered. */
export const ItemStatus = memo(function ItemStatus({ state }: { state: 'done' | 'partial' | 'open' }) {
  const { t } = useTranslation();
  const text = state === 'done' ? t('item.answered') : state === 'partial' ? t('item.incomplete') : t('item.notAnswered');
  return (
    <span className={`item-status status-${state}`}>
      <span aria-hidden="true">{state === 'done' ? '✓' : state === 'partial' ? '◐' : '○'}</span> {text}
    </span>
  );
});

import { memo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { confirmAnswer } from '../../../core/model/answer-migration';
import { useApp } from '../store';

/**
 * An answer carried over from a question that was split in a newer version of
 * the questionnaire: shown until the user confirms it (or answers again).
 */
export const ToConfirm = memo(function ToConfirm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const from = useApp((s) => s.assessment?.toConfirm?.[itemId]);
  const updateAssessment = useApp((s) => s.updateAssessment);
  if (from === undefined) return null;
  return (
    <p className="to-confirm" data-to-confirm={itemId}>
      <strong>{t('item.toConfirm')}</strong> {t('item.toConfirmWhy', { from })}{' '}
      <button type="button" onClick={() => updateAssessment((a) => confirmAnswer(a, itemId))}>
        {t('item.confirm')}
      </button>
    </p>
  );
});

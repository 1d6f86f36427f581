import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../core/model/schema/assessment';
import { useApp } from '../store';

type Scored = Exclude<Answer, { kind: 'profile' }>;

/** Confidence, notes and evidence of an answer, once the item has been answered; each named with its question. */
export function AnswerExtras({ itemId, answer, headingId }: { itemId: string; answer: Scored; headingId: string }) {
  const { t } = useTranslation();
  const setAnswer = useApp((s) => s.setAnswer);
  const id = useId();
  const update = (patch: Partial<Scored>, coalesce = false) => setAnswer(itemId, { ...answer, ...patch } as Answer, coalesce);
  return (
    <div className="answer-extras">
      <div className="field inline">
        <label id={`${id}-c`} htmlFor={`${id}-confidence`}>
          {t('item.confidence')}
        </label>
        <select
          id={`${id}-confidence`}
          aria-labelledby={`${id}-c ${headingId}`}
          data-field="confidence"
          value={answer.confidence ?? ''}
          onChange={(e) => update({ confidence: (e.target.value || undefined) as Scored['confidence'] })}
        >
          <option value="">{t('item.confidenceUnset')}</option>
          <option value="low">{t('item.confidenceLow')}</option>
          <option value="medium">{t('item.confidenceMedium')}</option>
          <option value="high">{t('item.confidenceHigh')}</option>
        </select>
      </div>
      <div className="extras-text">
        <div className="field">
          <label id={`${id}-n`} htmlFor={`${id}-notes`}>
            {t('item.notes')}
          </label>
          <textarea id={`${id}-notes`} aria-labelledby={`${id}-n ${headingId}`} data-field="notes" rows={2} value={answer.notes ?? ''} onChange={(e) => update({ notes: e.target.value || undefined }, true)} />
        </div>
        <div className="field">
          <label id={`${id}-e`} htmlFor={`${id}-evidence`}>
            {t('item.evidenceHeld')}
          </label>
          <textarea id={`${id}-evidence`} aria-labelledby={`${id}-e ${headingId}`} data-field="evidence" rows={2} value={answer.evidence ?? ''} onChange={(e) => update({ evidence: e.target.value || undefined }, true)} />
        </div>
      </div>
    </div>
  );
}

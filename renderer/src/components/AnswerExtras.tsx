import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../core/schema/assessment';
import { useApp } from '../store';

type Scored = Exclude<Answer, { kind: 'profile' }>;

/** Confidence, notes and evidence of an answer, once the item has been answered. */
export function AnswerExtras({ itemId, answer }: { itemId: string; answer: Scored }) {
  const { t } = useTranslation();
  const setAnswer = useApp((s) => s.setAnswer);
  const update = (patch: Partial<Scored>, coalesce = false) => setAnswer(itemId, { ...answer, ...patch } as Answer, coalesce);
  return (
    <div className="answer-extras">
      <label className="field inline">
        <span>{t('item.confidence')}</span>
        <select value={answer.confidence ?? ''} onChange={(e) => update({ confidence: (e.target.value || undefined) as Scored['confidence'] })}>
          <option value="">{t('item.confidenceUnset')}</option>
          <option value="low">{t('item.confidenceLow')}</option>
          <option value="medium">{t('item.confidenceMedium')}</option>
          <option value="high">{t('item.confidenceHigh')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('item.notes')}</span>
        <textarea rows={2} value={answer.notes ?? ''} onChange={(e) => update({ notes: e.target.value || undefined }, true)} />
      </label>
      <label className="field">
        <span>{t('item.evidenceHeld')}</span>
        <textarea rows={2} value={answer.evidence ?? ''} onChange={(e) => update({ evidence: e.target.value || undefined }, true)} />
      </label>
    </div>
  );
}

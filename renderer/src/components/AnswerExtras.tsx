import { memo, useId } from 'react';
import { useLabel } from '../i18n/labels';
import type { Answer } from '../../../core/model/schema/assessment';
import { useApp } from '../store';
import type { AnswerExtrasPatch } from '../store/assessment-state';

type Scored = Exclude<Answer, { kind: 'profile' }>;
type Extras = Pick<Scored, 'confidence' | 'notes' | 'evidence'>;

/**
 * Confidence, notes and evidence of an answer, once the item has been answered; each named with its question.
 * Given those three fields only (a change writes them into the answer as it then is), so choosing another
 * stage does not draw them again.
 */
export const AnswerExtras = memo(function AnswerExtras({ itemId, headingId, ...answer }: Extras & { itemId: string; headingId: string }) {
  const { label } = useLabel();
  const patchAnswer = useApp((s) => s.patchAnswer);
  const id = useId();
  const update = (patch: AnswerExtrasPatch, coalesce = false) => patchAnswer(itemId, patch, coalesce);
  return (
    <div className="answer-extras">
      <div className="field inline">
        <label id={`${id}-c`} htmlFor={`${id}-confidence`}>
          {label('item.confidence')}
        </label>
        <select
          id={`${id}-confidence`}
          aria-labelledby={`${id}-c ${headingId}`}
          data-field="confidence"
          value={answer.confidence ?? ''}
          onChange={(e) => update({ confidence: (e.target.value || undefined) as Scored['confidence'] })}
        >
          <option value="">{label('item.confidenceUnset')}</option>
          <option value="low">{label('item.confidenceLow')}</option>
          <option value="medium">{label('item.confidenceMedium')}</option>
          <option value="high">{label('item.confidenceHigh')}</option>
        </select>
      </div>
      <div className="extras-text">
        <div className="field">
          <label id={`${id}-n`} htmlFor={`${id}-notes`}>
            {label('item.notes')}
          </label>
          <textarea id={`${id}-notes`} aria-labelledby={`${id}-n ${headingId}`} data-field="notes" rows={2} value={answer.notes ?? ''} onChange={(e) => update({ notes: e.target.value || undefined }, true)} />
        </div>
        <div className="field">
          <label id={`${id}-e`} htmlFor={`${id}-evidence`}>
            {label('item.evidenceHeld')}
          </label>
          <textarea id={`${id}-evidence`} aria-labelledby={`${id}-e ${headingId}`} data-field="evidence" rows={2} value={answer.evidence ?? ''} onChange={(e) => update({ evidence: e.target.value || undefined }, true)} />
        </div>
      </div>
    </div>
  );
});

import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../../core/schema/questionnaire';
import { useApp } from '../store';

/** The stage the institution aims for in this pillar; empty means "one stage up" (the method's default). */
export function TargetPicker({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation();
  const target = useApp((s) => s.assessment?.targets[pillar]);
  const setTarget = useApp((s) => s.setTarget);
  return (
    <label className="field target-picker">
      <span>{t('questionnaire.target')}</span>
      <select value={target ?? ''} onChange={(e) => setTarget(pillar, Number(e.target.value))}>
        <option value="" disabled>{t('questionnaire.targetDefault')}</option>
        {[1, 2, 3, 4, 5].map((stage) => (
          <option key={stage} value={stage}>{`${stage} · ${t(`stage.${stage}`)}`}</option>
        ))}
      </select>
    </label>
  );
}

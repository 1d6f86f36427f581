import { useTranslation } from '../i18n/use-translation';
import type { Pillar } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';

/** The stage the institution aims for in this pillar; empty means "one stage up" (the method's default). */
export function TargetPicker({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation();
  const target = useApp((s) => s.assessment?.targets[pillar]);
  const setTarget = useApp((s) => s.setTarget);
  return (
    <div className="field target-picker">
      <label htmlFor={`target-${pillar}`}>{t('questionnaire.target')}</label>
      <select id={`target-${pillar}`} aria-describedby={`target-help-${pillar}`} value={target ?? ''} onChange={(e) => setTarget(pillar, Number(e.target.value))}>
        <option value="" disabled>
          {t('questionnaire.targetDefault')}
        </option>
        {[1, 2, 3, 4, 5].map((stage) => (
          <option key={stage} value={stage}>{`${stage} · ${t(`stage.${stage}`)}`}</option>
        ))}
      </select>
      <p id={`target-help-${pillar}`} className="muted small">
        {t('questionnaire.targetHelp')}
      </p>
    </div>
  );
}

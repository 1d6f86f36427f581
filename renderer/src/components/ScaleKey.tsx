import { useTranslation } from '../i18n/use-translation';
import type { RatingScaleName } from '../../../core/model/questionnaire';
import { useScales } from '../hooks/useScales';

const SCALES: readonly RatingScaleName[] = ['likelihood', 'impact'];

/** The likelihood and impact scales with their plain meanings, stated once above a section's risks (as in the report). */
export function ScaleKey() {
  const { t } = useTranslation();
  const scales = useScales();
  if (!scales) return null;
  return (
    <details className="scale-key" open>
      <summary>{t('questionnaire.scaleKey')}</summary>
      {SCALES.map((scale) => (
        <dl key={scale} data-scale-key={scale}>
          <dt>{scales.title(scale)}</dt>
          {[1, 2, 3, 4, 5].map((value) => {
            const level = scales.level(scale, value);
            return (
              <dd key={value}>
                <strong>{`${value} · ${level.label}`}</strong> {level.meaning}
              </dd>
            );
          })}
        </dl>
      ))}
    </details>
  );
}

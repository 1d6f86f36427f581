import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/i18n';
import type { Answer } from '../../../core/schema/assessment';
import type { Risk } from '../../../core/schema/questionnaire';
import { useApp } from '../store';
import { AnswerExtras } from './AnswerExtras';
import { ItemHelp } from './ItemHelp';

type RiskAnswer = Extract<Answer, { kind: 'risk' }>;
type Scale = 'likelihood' | 'impact';

export function RiskItem({ risk, number }: { risk: Risk; number: number }) {
  const { t, i18n } = useTranslation();
  const stored = useApp((s) => s.assessment?.answers[risk.id]);
  const setAnswer = useApp((s) => s.setAnswer);
  const answer: RiskAnswer = stored?.kind === 'risk' ? stored : { kind: 'risk' };
  const update = (patch: Partial<RiskAnswer>) => setAnswer(risk.id, { ...answer, ...patch });
  const headingId = `heading-${risk.id}`;

  const scale = (which: Scale) => (
    <fieldset className="scale">
      <legend>{t(`risk.${which}`)}</legend>
      {[1, 2, 3, 4, 5].map((value) => (
        <label key={value} className={`scale-option${answer[which] === value ? ' selected' : ''}`}>
          <input type="radio" name={`${which}-${risk.id}`} checked={answer[which] === value} onChange={() => update({ [which]: value })} />
          <span>{`${value} · ${t(`risk.${which}${value}`)}`}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <article className="item" data-item={risk.id} aria-labelledby={headingId}>
      <h2 id={headingId} className="item-title">
        <span className="item-number">{number}.</span> {localize(risk.statement, i18n.language)}
      </h2>
      <p>{localize(risk.description, i18n.language)}</p>
      <div className="scales">
        {scale('likelihood')}
        {scale('impact')}
      </div>
      <fieldset className="stages">
        <legend>{t('risk.preparedness')}</legend>
        {risk.preparedness.map((descriptor, i) => (
          <label key={i} className={`stage-option${answer.preparedness === i + 1 ? ' selected' : ''}`}>
            <input type="radio" name={`preparedness-${risk.id}`} checked={answer.preparedness === i + 1} onChange={() => update({ preparedness: i + 1 })} />
            <span className="stage-label">{`${i + 1} · ${t(`stage.${i + 1}`)}`}</span>
            <span className="stage-text">{localize(descriptor, i18n.language)}</span>
          </label>
        ))}
      </fieldset>
      {stored?.kind === 'risk' && <AnswerExtras itemId={risk.id} answer={answer} />}
      <ItemHelp item={risk} />
    </article>
  );
}

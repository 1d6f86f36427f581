import { useLabel } from '../i18n/labels';
import { localize } from '../../../core/model/localize';
import type { Answer, RiskRating } from '../../../core/model/schema/assessment';
import type { Risk } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';
import { AnswerExtras } from './AnswerExtras';
import { ItemHelp } from './ItemHelp';
import { ItemScope } from './ItemScope';
import { ToConfirm } from './ToConfirm';
import { ItemStatus } from './ItemStatus';
import { useScales } from '../hooks/useScales';

type RiskAnswer = Extract<Answer, { kind: 'risk' }>;
type Scale = 'likelihood' | 'impact';

export function RiskItem({ risk, number }: { risk: Risk; number: number }) {
  const { label, language } = useLabel();
  const stored = useApp((s) => s.assessment?.answers[risk.id]);
  const setAnswer = useApp((s) => s.setAnswer);
  const scales = useScales();
  const answer: RiskAnswer = stored?.kind === 'risk' ? stored : { kind: 'risk' };
  const unknown = answer.unknown ?? [];
  /** A rating given (1–5), or "don't know" on that rating alone; the other ratings stay as they are. */
  const rate = (which: RiskRating, value: number | 'dont-know') => {
    const { [which]: _previous, unknown: _unknown, ...rest } = answer;
    const others = unknown.filter((r) => r !== which);
    const next = value === 'dont-know' ? [...others, which] : others;
    setAnswer(risk.id, { ...rest, ...(value === 'dont-know' ? {} : { [which]: value }), ...(next.length > 0 ? { unknown: next } : {}) });
  };
  const headingId = `heading-${risk.id}`;
  const rated = (['likelihood', 'impact', 'preparedness'] as const).filter((r) => answer[r] !== undefined || unknown.includes(r)).length;
  const dontKnow = (which: RiskRating) => (
    <label className={`scale-option dont-know${unknown.includes(which) ? ' selected' : ''}`}>
      <input type="radio" name={`${which}-${risk.id}`} value="dont-know" checked={unknown.includes(which)} onChange={() => rate(which, 'dont-know')} />
      <span>{label('item.dont-know')}</span>
    </label>
  );

  const scale = (which: Scale) => {
    const legendId = `${which}-${risk.id}-legend`;
    return (
      <div role="radiogroup" className="scale" data-scale={which} aria-labelledby={`${legendId} ${headingId}`}>
        <div id={legendId} className="scale-legend">
          {scales?.title(which)}
        </div>
        {[1, 2, 3, 4, 5].map((value) => {
          const level = scales?.level(which, value);
          return (
            <label key={value} className={`scale-option${answer[which] === value ? ' selected' : ''}`} title={level?.meaning}>
              <input type="radio" name={`${which}-${risk.id}`} value={value} checked={answer[which] === value} onChange={() => rate(which, value)} />
              <span>{`${value} · ${level?.label ?? ''}`}</span>
            </label>
          );
        })}
        {dontKnow(which)}
      </div>
    );
  };
  const prepLegend = `preparedness-${risk.id}-legend`;

  return (
    <article className={`item risk${rated === 3 ? ' is-answered' : ''}`} data-item={risk.id} tabIndex={-1} aria-labelledby={headingId}>
      <div className="item-head">
        <h2 id={headingId} className="item-title">
          <span className="item-number">{number}.</span> {localize(risk.statement, language)}
        </h2>
        <ItemScope scope={risk.scope} />
        <ItemStatus state={rated === 3 ? 'done' : rated > 0 ? 'partial' : 'open'} />
      </div>
      <ToConfirm itemId={risk.id} />
      <p className="risk-description">{localize(risk.description, language)}</p>
      <div className="scales">
        {scale('likelihood')}
        {scale('impact')}
      </div>
      <div role="radiogroup" className="stages" data-scale="preparedness" aria-labelledby={`${prepLegend} ${headingId}`}>
        <div id={prepLegend} className="scale-legend">
          {label('risk.preparedness')}
        </div>
        {risk.preparedness.map((descriptor, i) => (
          <label key={i} className={`stage-option${answer.preparedness === i + 1 ? ' selected' : ''}`}>
            <input type="radio" name={`preparedness-${risk.id}`} value={i + 1} checked={answer.preparedness === i + 1} onChange={() => rate('preparedness', i + 1)} />
            <span className="stage-label">{`${i + 1} · ${label(`stage.${i + 1}`)}`}</span>
            <span className="stage-text">{localize(descriptor, language)}</span>
          </label>
        ))}
        <div className="stage-other">{dontKnow('preparedness')}</div>
      </div>
      {stored?.kind === 'risk' && <AnswerExtras itemId={risk.id} confidence={answer.confidence} notes={answer.notes} evidence={answer.evidence} headingId={headingId} />}
      <ItemHelp item={risk} />
    </article>
  );
}

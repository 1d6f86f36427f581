import { useLabel } from '../i18n/labels';
import { localize } from '../../../core/model/localize';
import type { Answer } from '../../../core/model/schema/assessment';
import type { Indicator } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';
import { AnswerExtras } from './AnswerExtras';
import { ItemHelp } from './ItemHelp';
import { ItemScope } from './ItemScope';
import { ToConfirm } from './ToConfirm';
import { ItemStatus } from './ItemStatus';

type Choice = 1 | 2 | 3 | 4 | 5 | 'dont-know' | 'not-applicable';

function choiceOf(answer: Answer | undefined): Choice | null {
  if (answer?.kind === 'stage') return answer.stage as Choice;
  if (answer?.kind === 'dont-know' || answer?.kind === 'not-applicable') return answer.kind;
  return null;
}

export function IndicatorItem({ indicator, number }: { indicator: Indicator; number: number }) {
  const { label, language } = useLabel();
  const answer = useApp((s) => s.assessment?.answers[indicator.id]);
  const setAnswer = useApp((s) => s.setAnswer);
  const choice = choiceOf(answer);
  const extras = answer && answer.kind !== 'profile' && answer.kind !== 'risk' ? answer : undefined;
  const { kind: _kind, ...keep } = extras ?? { kind: null };

  const choose = (value: Choice) => {
    if (typeof value === 'number') setAnswer(indicator.id, { ...keep, kind: 'stage', stage: value });
    else setAnswer(indicator.id, { ...keep, kind: value });
  };
  const name = `choice-${indicator.id}`;
  const headingId = `heading-${indicator.id}`;

  return (
    <article className={`item${choice === null ? '' : ' is-answered'}`} data-item={indicator.id} tabIndex={-1} aria-labelledby={headingId}>
      <div className="item-head">
        <h2 id={headingId} className="item-title">
          <span className="item-number">{number}.</span> {localize(indicator.statement, language)}
        </h2>
        <ItemScope scope={indicator.scope} />
        <ItemStatus state={choice === null ? 'open' : 'done'} />
      </div>
      <ToConfirm itemId={indicator.id} />
      <div role="radiogroup" aria-labelledby={headingId} className="stages">
        {indicator.stages.map((descriptor, i) => {
          const stage = (i + 1) as Choice;
          return (
            <label key={i} className={`stage-option${choice === stage ? ' selected' : ''}`}>
              <input type="radio" name={name} value={i + 1} checked={choice === stage} onChange={() => choose(stage)} />
              <span className="stage-label">{`${i + 1} · ${label(`stage.${i + 1}`)}`}</span>
              <span className="stage-text">{localize(descriptor, language)}</span>
            </label>
          );
        })}
        <div className="stage-other">
          {(['dont-know', 'not-applicable'] as const).map((other) => (
            <label key={other} className={`stage-option small${choice === other ? ' selected' : ''}`}>
              <input type="radio" name={name} value={other} checked={choice === other} onChange={() => choose(other)} />
              <span>{label(`item.${other}`)}</span>
              <span className="stage-key small-key" aria-hidden="true">
                {other === 'dont-know' ? 'D' : 'N'}
              </span>
            </label>
          ))}
        </div>
      </div>
      {extras && <AnswerExtras itemId={indicator.id} confidence={extras.confidence} notes={extras.notes} evidence={extras.evidence} headingId={headingId} />}
      <ItemHelp item={indicator} />
    </article>
  );
}

import { memo, useCallback } from 'react';
import { useLabel } from '../i18n/labels';
import { localize } from '../../../core/model/localize';
import type { Answer } from '../../../core/model/schema/assessment';
import type { Indicator } from '../../../core/model/schema/questionnaire';
import { useApp, useAppStore } from '../store';
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

/** The answer when it is one an indicator takes (a stage, "don't know", "not applicable"). */
function scoredOf(answer: Answer | undefined) {
  return answer && answer.kind !== 'profile' && answer.kind !== 'risk' ? answer : undefined;
}

interface StageOptionProps {
  name: string;
  value: Choice;
  selected: boolean;
  onChoose: (value: Choice) => void;
  /** A stage's name ("2 · Emerging"), or "Don't know" / "Not applicable". */
  label: string;
  /** A stage's descriptor; the other two choices show their key instead. */
  text?: string;
  shortcut?: string;
}

/** One choice of the radio group; memoised, so an answer re-renders the option chosen and the one that no longer is. */
const StageOption = memo(function StageOption({ name, value, selected, onChoose, label, text, shortcut }: StageOptionProps) {
  return (
    <label className={`stage-option${shortcut ? ' small' : ''}${selected ? ' selected' : ''}`}>
      <input type="radio" name={name} value={value} checked={selected} onChange={() => onChoose(value)} />
      {shortcut ? <span>{label}</span> : <span className="stage-label">{label}</span>}
      {text !== undefined && <span className="stage-text">{text}</span>}
      {shortcut && (
        <span className="stage-key small-key" aria-hidden="true">
          {shortcut}
        </span>
      )}
    </label>
  );
});

export function IndicatorItem({ indicator, number }: { indicator: Indicator; number: number }) {
  const { label, language } = useLabel();
  const answer = useApp((s) => s.assessment?.answers[indicator.id]);
  const store = useAppStore();
  const choice = choiceOf(answer);
  const extras = scoredOf(answer);

  // Reads the answer when chosen (its extras are kept), so the options need no new callback after each answer.
  const choose = useCallback(
    (value: Choice) => {
      const { setAnswer, assessment } = store.getState();
      const { kind: _kind, ...keep } = scoredOf(assessment?.answers[indicator.id]) ?? { kind: null };
      if (typeof value === 'number') setAnswer(indicator.id, { ...keep, kind: 'stage', stage: value });
      else setAnswer(indicator.id, { ...keep, kind: value });
    },
    [store, indicator.id],
  );
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
          return <StageOption key={i} name={name} value={stage} selected={choice === stage} onChoose={choose} label={`${i + 1} · ${label(`stage.${i + 1}`)}`} text={localize(descriptor, language)} />;
        })}
        <div className="stage-other">
          {(['dont-know', 'not-applicable'] as const).map((other) => (
            <StageOption key={other} name={name} value={other} selected={choice === other} onChoose={choose} label={label(`item.${other}`)} shortcut={other === 'dont-know' ? 'D' : 'N'} />
          ))}
        </div>
      </div>
      {extras && <AnswerExtras itemId={indicator.id} confidence={extras.confidence} notes={extras.notes} evidence={extras.evidence} headingId={headingId} />}
      <ItemHelp item={indicator} />
    </article>
  );
}

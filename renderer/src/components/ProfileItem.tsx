import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import type { ProfileQuestion } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';
import { ItemStatus } from './ItemStatus';

export function ProfileItem({ question, number }: { question: ProfileQuestion; number: number }) {
  const { t, i18n } = useTranslation();
  const answer = useApp((s) => s.assessment?.answers[question.id]);
  const setAnswer = useApp((s) => s.setAnswer);
  const value = answer?.kind === 'profile' ? answer.value : question.type === 'multi' ? [] : '';
  const filled = Array.isArray(value) ? value.length > 0 : value.trim() !== '';
  const label = localize(question.label, i18n.language);
  const headingId = `heading-${question.id}`;
  const helpId = `help-${question.id}`;
  const help = question.help ? (
    <p id={helpId} className="muted item-help-text">
      {localize(question.help, i18n.language)}
    </p>
  ) : null;
  const set = (v: string | string[], coalesce = false) => setAnswer(question.id, (Array.isArray(v) ? v.length : v) ? { kind: 'profile', value: v } : undefined, coalesce);
  const title = (
    <div className="item-head">
      <h2 id={headingId} className="item-title">
        <span className="item-number">{number}.</span> {label}
      </h2>
      <ItemStatus state={filled ? 'done' : 'open'} />
    </div>
  );

  if (question.type === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <article className={`item profile${filled ? ' is-answered' : ''}`} data-item={question.id} tabIndex={-1} aria-labelledby={headingId}>
        {title}
        {help}
        <div role="group" aria-labelledby={headingId} aria-describedby={help ? helpId : undefined} className="options-grid">
          {question.options?.map((o, i) => (
            <label key={o.value} className={`check option${chosen.includes(o.value) ? ' selected' : ''}`}>
              <input type="checkbox" value={o.value} checked={chosen.includes(o.value)} onChange={(e) => set(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))} />
              <span>{localize(o.label, i18n.language)}</span>
              {i < 9 && (
                <span className="stage-key small-key" aria-hidden="true">
                  {i + 1}
                </span>
              )}
            </label>
          ))}
        </div>
      </article>
    );
  }
  const controlId = `control-${question.id}`;
  return (
    <article className={`item profile${filled ? ' is-answered' : ''}`} data-item={question.id} tabIndex={-1} aria-labelledby={headingId}>
      {title}
      {help}
      <div className="field">
        {question.type === 'choice' ? (
          <select id={controlId} aria-labelledby={headingId} aria-describedby={help ? helpId : undefined} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value)} required={question.required}>
            <option value="">{t('item.choose')}</option>
            {question.options?.map((o, i) => (
              <option key={o.value} value={o.value}>{`${i + 1}. ${localize(o.label, i18n.language)}`}</option>
            ))}
          </select>
        ) : (
          <input id={controlId} aria-labelledby={headingId} aria-describedby={help ? helpId : undefined} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value, true)} />
        )}
      </div>
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/i18n';
import type { ProfileQuestion } from '../../../core/schema/questionnaire';
import { useApp } from '../store';

export function ProfileItem({ question }: { question: ProfileQuestion }) {
  const { t, i18n } = useTranslation();
  const answer = useApp((s) => s.assessment?.answers[question.id]);
  const setAnswer = useApp((s) => s.setAnswer);
  const value = answer?.kind === 'profile' ? answer.value : question.type === 'multi' ? [] : '';
  const label = localize(question.label, i18n.language);
  const help = question.help ? <p className="muted">{localize(question.help, i18n.language)}</p> : null;
  const set = (v: string | string[], coalesce = false) =>
    setAnswer(question.id, (Array.isArray(v) ? v.length : v) ? { kind: 'profile', value: v } : undefined, coalesce);

  if (question.type === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="item profile" data-item={question.id}>
        <legend className="item-title">{label}</legend>
        {help}
        {question.options?.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => set(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))} />
            {localize(o.label, i18n.language)}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <div className="item profile" data-item={question.id}>
      <label className="field">
        <span className="item-title">{label}</span>
        {help}
        {question.type === 'choice' ? (
          <select value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value)} required={question.required}>
            <option value="">{t('item.choose')}</option>
            {question.options?.map((o) => (
              <option key={o.value} value={o.value}>{localize(o.label, i18n.language)}</option>
            ))}
          </select>
        ) : (
          <input value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value, true)} />
        )}
      </label>
    </div>
  );
}

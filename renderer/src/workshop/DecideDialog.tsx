import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import type { MergeItem } from '../../../core/workshop/merge';
import type { Answer } from '../../../core/model/schema/assessment';
import type { Item } from '../../../core/model/schema/questionnaire';
import { Dialog } from '../components/Dialog';
import { useApp } from '../store';
import { bareAnswer, describeAnswer } from './answers';
import { useScales } from '../hooks/useScales';

type Choice = 'stage' | 'risk' | 'dont-know' | 'not-applicable' | 'profile' | 'none';
type RiskValues = { likelihood: string; impact: string; preparedness: string };
const DIMENSIONS = ['likelihood', 'impact', 'preparedness'] as const;

function initial(item: MergeItem, definition: Item) {
  const start = item.consensus ?? item.suggestion;
  const a = start ? bareAnswer(start) : null;
  const isProfile = definition.type === 'choice' || definition.type === 'multi' || definition.type === 'text';
  const choice: Choice = !a ? (isProfile ? 'profile' : definition.type === 'risk' ? 'risk' : 'stage') : a.kind;
  return {
    choice: item.status === 'resolved' && !item.consensus ? ('none' as Choice) : choice,
    stage: a?.kind === 'stage' ? String(a.stage) : '',
    risk: {
      likelihood: a?.kind === 'risk' && a.likelihood ? String(a.likelihood) : '',
      impact: a?.kind === 'risk' && a.impact ? String(a.impact) : '',
      preparedness: a?.kind === 'risk' && a.preparedness ? String(a.preparedness) : '',
    } as RiskValues,
    text: a?.kind === 'profile' && !Array.isArray(a.value) ? a.value : '',
    list: a?.kind === 'profile' && Array.isArray(a.value) ? a.value : ([] as string[]),
  };
}

/** The facilitator sets the consensus answer of one question by hand, with a note on why. */
export function DecideDialog({ item, definition, title, onClose }: { item: MergeItem; definition: Item; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const resolveItem = useApp((s) => s.resolveItem);
  const scales = useScales();
  const announce = useApp((s) => s.announce);
  const base = useId();
  const [state, setState] = useState(() => initial(item, definition));
  const [note, setNote] = useState(item.resolution?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const lang = i18n.language;
  const options = 'options' in definition ? (definition.options ?? []) : [];
  const update = (patch: Partial<typeof state>) => {
    setState({ ...state, ...patch });
    setProblem(null);
  };

  const answer = (): Answer | null | 'invalid' => {
    switch (state.choice) {
      case 'none':
        return null;
      case 'dont-know':
      case 'not-applicable':
        return { kind: state.choice };
      case 'stage':
        return state.stage ? { kind: 'stage', stage: Number(state.stage) } : 'invalid';
      case 'risk': {
        const risk: Extract<Answer, { kind: 'risk' }> = { kind: 'risk' };
        for (const d of DIMENSIONS) if (state.risk[d]) risk[d] = Number(state.risk[d]);
        return DIMENSIONS.some((d) => risk[d] !== undefined) ? risk : 'invalid';
      }
      case 'profile':
        if (definition.type === 'multi') return { kind: 'profile', value: state.list };
        return state.text.trim() ? { kind: 'profile', value: state.text.trim() } : 'invalid';
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = answer();
    if (chosen === 'invalid') {
      setProblem(t('workshop.decide.incomplete'));
      return;
    }
    resolveItem(item.itemId, chosen, note);
    announce(t('workshop.merge.decidedAnnounce', { answer: chosen ? describeAnswer(chosen, definition, t, lang) : t('workshop.decide.none') }));
    onClose();
  };

  const radio = (value: Choice, label: string) => (
    <label className="check" key={value}>
      <input type="radio" name={`${base}-choice`} value={value} checked={state.choice === value} onChange={() => update({ choice: value })} />
      <span>{label}</span>
    </label>
  );

  return (
    <Dialog title={t('workshop.decide.title')} onClose={onClose} className="decide-dialog">
      <form onSubmit={submit} data-testid="decide-form">
        <p className="strong">{title}</p>
        {item.suggestion && item.status !== 'agreed' && <p className="muted small">{t('workshop.decide.suggestion', { answer: describeAnswer(item.suggestion, definition, t, lang) })}</p>}
        <fieldset className="field">
          <legend>{t('workshop.decide.answer')}</legend>
          {definition.type === 'indicator' &&
            [1, 2, 3, 4, 5].map((stage) => (
              <label className="check" key={stage}>
                <input
                  type="radio"
                  name={`${base}-choice`}
                  value={`stage-${stage}`}
                  checked={state.choice === 'stage' && state.stage === String(stage)}
                  onChange={() => update({ choice: 'stage', stage: String(stage) })}
                />
                <span>{t('workshop.answer.stage', { stage, name: t(`stage.${stage}`) })}</span>
              </label>
            ))}
          {definition.type === 'risk' && radio('risk', t('workshop.decide.rate'))}
          {definition.type === 'risk' && state.choice === 'risk' && (
            <div className="decide-risk">
              {DIMENSIONS.map((d) => (
                <div className="field" key={d}>
                  <label htmlFor={`${base}-${d}`}>{d === 'preparedness' ? t('risk.preparedness') : scales?.title(d)}</label>
                  <select id={`${base}-${d}`} value={state.risk[d]} onChange={(e) => update({ risk: { ...state.risk, [d]: e.target.value } })}>
                    <option value="">{t('workshop.answer.notRated')}</option>
                    {[1, 2, 3, 4, 5].map((v) => (
                      <option key={v} value={v}>{`${v} · ${d === 'preparedness' ? t(`stage.${v}`) : (scales?.level(d, v).label ?? '')}`}</option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          )}
          {(definition.type === 'indicator' || definition.type === 'risk') && (
            <>
              {radio('dont-know', t('item.dont-know'))}
              {radio('not-applicable', t('item.not-applicable'))}
            </>
          )}
          {definition.type === 'choice' &&
            options.map((o) => (
              <label className="check" key={o.value}>
                <input type="radio" name={`${base}-choice`} value={o.value} checked={state.choice === 'profile' && state.text === o.value} onChange={() => update({ choice: 'profile', text: o.value })} />
                <span>{localize(o.label, lang)}</span>
              </label>
            ))}
          {definition.type === 'multi' && (
            <>
              {radio('profile', t('workshop.decide.theseOptions'))}
              <div className="decide-options">
                {options.map((o) => (
                  <label className="check" key={o.value}>
                    <input
                      type="checkbox"
                      value={o.value}
                      disabled={state.choice !== 'profile'}
                      checked={state.list.includes(o.value)}
                      onChange={(e) => update({ list: e.target.checked ? [...state.list, o.value] : state.list.filter((v) => v !== o.value) })}
                    />
                    <span>{localize(o.label, lang)}</span>
                  </label>
                ))}
              </div>
            </>
          )}
          {definition.type === 'text' && (
            <>
              {radio('profile', t('workshop.decide.thisText'))}
              <input aria-label={t('workshop.decide.thisText')} value={state.text} disabled={state.choice !== 'profile'} onChange={(e) => update({ text: e.target.value })} maxLength={2000} />
            </>
          )}
          {radio('none', t('workshop.decide.none'))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${base}-note`}>{t('workshop.merge.note')}</label>
          <textarea id={`${base}-note`} rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${base}-note-help`} />
          <p id={`${base}-note-help`} className="muted small">
            {t('workshop.decide.noteHelp')}
          </p>
        </div>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            {t('workshop.decide.record')}
          </button>
          <button type="button" onClick={onClose}>
            {t('workshop.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

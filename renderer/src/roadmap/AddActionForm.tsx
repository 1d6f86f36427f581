import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { DateHint } from '../components/DateHint';
import { addCustomAction, nextCustomId } from '../../../core/method/roadmap-edits';
import type { Phase } from '../../../core/model/schema/actions';
import { useApp } from '../store';
import { AreaLeadFields, controlOf, PhaseOptions, type Apply } from './ActionCard';
import { LEAD_OPTIONS, type Area, type Lead, type RoadmapNames } from './labels';

/** An action of the user's own, for what the answers do not cover. */
export function AddActionForm({ names, apply }: { names: RoadmapNames; apply: Apply }) {
  const { t } = useTranslation();
  const assessment = useApp((s) => s.assessment);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [area, setArea] = useState<Area>(names.areas[0] ?? 'compute');
  const [phase, setPhase] = useState<Phase>(1);
  const [lead, setLead] = useState<Lead>(LEAD_OPTIONS[0]!);
  const [owner, setOwner] = useState('');
  const [start, setStart] = useState('');
  const [missingTitle, setMissingTitle] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setMissingTitle(true);
      document.getElementById('add-title')?.focus();
      return;
    }
    if (!assessment) return;
    const id = nextCustomId(assessment);
    apply((a) => addCustomAction(a, { area, phase, title, description, lead, owner, ...(start ? { start } : {}) }), {
      announce: t('roadmap.announce.added', { title: title.trim() }),
      focus: controlOf(id, 'heading'),
    });
    setTitle('');
    setDescription('');
    setOwner('');
    setStart('');
    setMissingTitle(false);
  };

  return (
    <section className="card add-action" aria-labelledby="add-action-title">
      <h2 id="add-action-title">{t('roadmap.addTitle')}</h2>
      <p className="muted">{t('roadmap.addIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="add-grid">
          <div className="field span-2">
            <label htmlFor="add-title">
              {t('roadmap.form.title')}{' '}
              <span className="required" aria-hidden="true">
                *
              </span>
            </label>
            <input
              id="add-title"
              type="text"
              maxLength={500}
              autoComplete="off"
              required
              value={title}
              aria-invalid={missingTitle || undefined}
              aria-describedby={missingTitle ? 'add-title-error' : undefined}
              onChange={(e) => setTitle(e.target.value)}
            />
            {missingTitle && (
              <span id="add-title-error" className="error-text">
                {t('roadmap.form.titleRequired')}
              </span>
            )}
          </div>
          <div className="field span-2">
            <label htmlFor="add-description">{t('roadmap.form.description')}</label>
            <textarea id="add-description" rows={2} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
          </div>
          <AreaLeadFields idPrefix="add" area={area} lead={lead} names={names} onArea={setArea} onLead={setLead} />
          <div className="field">
            <label htmlFor="add-phase">{t('roadmap.phase')}</label>
            <select id="add-phase" value={phase} onChange={(e) => setPhase(Number(e.target.value) as Phase)}>
              <PhaseOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="add-owner">{t('roadmap.owner')}</label>
            <input id="add-owner" type="text" maxLength={200} autoComplete="off" value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="add-start">{t('roadmap.start')}</label>
            <input id="add-start" type="date" value={start} onChange={(e) => setStart(e.target.value)} aria-describedby="add-start-said" />
            <DateHint id="add-start-said" value={start} />
          </div>
        </div>
        <button type="submit" className="primary">
          {t('roadmap.add')}
        </button>
      </form>
    </section>
  );
}

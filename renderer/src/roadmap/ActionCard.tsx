import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { DateHint } from '../components/DateHint';
import { acceptAction, dropAction, moveAction, removeCustomAction, resetAction, setFunded, setOwner, setStart, setTexts, unacceptAction, updateCustomAction } from '../../../core/method/roadmap-edits';
import type { ActionResult, BeyondHorizonAction } from '../../../core/method/results';
import type { Phase } from '../../../core/model/schema/actions';
import { localize } from '../../../core/model/localize';
import { ActionFacts } from './ActionFacts';
import { DraftInput } from './DraftInput';
import { LEAD_OPTIONS, type Area, type Lead, type RoadmapNames } from './labels';
import type { Assessment } from '../../../core/model/schema/assessment';

export const PHASES = [1, 2, 3] as const;

/** The phases as options of a select: the action card's and the add-action form's. */
export function PhaseOptions() {
  const { t } = useTranslation();
  return PHASES.map((p) => (
    <option key={p} value={p}>
      {t('roadmap.phaseOption', { phase: p, name: t(`phase.${p}`) })}
    </option>
  ));
}

/** Applies a change as one undoable step (null: none), then says what happened and puts the focus where the user's work continues. */
export type Apply = (change: ((assessment: Assessment) => Assessment) | null, after?: { announce?: string; focus?: string }) => void;

export interface ActionCardProps {
  action: ActionResult | BeyondHorizonAction;
  /** The user accepted it (kept whatever the answers say). */
  accepted: boolean;
  /** The library's own texts, to tell a rewording from the suggestion; null for an action the user added. */
  library: { title: string; description: string } | null;
  names: RoadmapNames;
  apply: Apply;
  /** Beyond the horizon: the title, why, and the decisions that bring it in or leave it out (no owner, date or wording yet). */
  compact?: boolean;
}

/** Selector of one control of one action card, for putting the focus back after a change. */
export const controlOf = (id: string, control: string) => `[data-action="${CSS.escape(id)}"] [data-control="${control}"]`;

/** One roadmap action with every decision the user can take on it. */
export function ActionCard({ action, accepted, library, names, apply, compact = false }: ActionCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { id } = action;
  const title = localize(action.title, names.language);
  const description = localize(action.description, names.language);
  const headingId = `action-${id}-title`;
  const kept = action.triggerGone;
  const reason = 'reason' in action ? action.reason : null;
  // The flag already says why an edited action is kept.
  const note = action.note === 'kept-edited' ? null : action.note;
  const control = (name: string) => controlOf(id, name);

  return (
    <li className={`action-card${action.edited ? ' is-edited' : ''}${kept ? ' is-flagged' : ''}${compact ? ' is-compact' : ''}`} data-action={id}>
      <article aria-labelledby={headingId}>
        <div className="action-head">
          <h3 id={headingId} className="action-title" tabIndex={-1} data-control="heading">
            {action.number && <span className="action-number">{action.number}</span>} {title}
          </h3>
          <span className="action-badges">{action.custom ? <span className="badge badge-custom">{t('roadmap.custom')}</span> : action.edited && <span className="badge badge-edited">{t('roadmap.edited')}</span>}</span>
        </div>
        <p className="action-meta">
          {t('roadmap.meta', { area: names.area(action.area), lead: names.leadOf(action), role: t(`roadmap.role.${action.role}`) })}
          {action.startQuarter !== null && ` · ${t('report:roadmap.starts', { quarter: action.startQuarter })}`}
          {action.why.length > 0 && <span className="action-why">{t('roadmap.why', { items: action.why.map(names.item).join('; ') })}</span>}
        </p>
        {kept && (
          <p className="action-flag" data-testid="kept-flag">
            <span aria-hidden="true">⚠ </span>
            {t(accepted ? 'roadmap.flagKept' : 'roadmap.flag')}
          </p>
        )}
        {reason && <p className="action-note">{t(`roadmap.reason.${reason}`)}</p>}
        {!reason && note && <p className="action-note">{t(`roadmap.note.${note}`)}</p>}
        {editing ? (
          <TextForm
            action={action}
            library={library}
            names={names}
            onCancel={() => {
              setEditing(false);
              apply(null, { focus: control('edit') });
            }}
            onSave={(change) => {
              setEditing(false);
              apply(change, { announce: t('roadmap.announce.saved', { title }), focus: control('edit') });
            }}
          />
        ) : (
          !compact && description.trim() && <p className="action-description">{description}</p>
        )}
        <ActionFacts action={action} names={names} compact={compact} />

        <div className="action-controls">
          <div className="action-fields">
            <div className="field">
              <label htmlFor={`phase-${id}`}>{t('roadmap.phase')}</label>
              <select
                id={`phase-${id}`}
                data-control="phase"
                value={reason ? '' : action.phase}
                onChange={(e) => {
                  const phase = Number(e.target.value) as Phase;
                  apply((a) => moveAction(a, id, phase), { announce: t('roadmap.announce.moved', { title, phase: t(`phase.${phase}`) }), focus: control('phase') });
                }}
              >
                {reason && (
                  <option value="" disabled>
                    {t('roadmap.beyondTitle')}
                  </option>
                )}
                <PhaseOptions />
              </select>
            </div>
            {!compact && <OwnerAndStart action={action} title={title} apply={apply} />}
            {!compact && (
              <div className="field field-check">
                <label>
                  <input
                    type="checkbox"
                    data-control="funded"
                    checked={action.funded}
                    onChange={(e) => {
                      const funded = e.target.checked;
                      apply((a) => setFunded(a, id, funded), { announce: t(funded ? 'roadmap.announce.funded' : 'roadmap.announce.unfunded', { title }), focus: control('funded') });
                    }}
                  />
                  {t('roadmap.funded')}
                </label>
              </div>
            )}
          </div>
          <div className="action-buttons">
            {!action.custom && (
              <>
                <button
                  type="button"
                  data-control="accept"
                  aria-pressed={accepted}
                  className="toggle"
                  onClick={() =>
                    apply((a) => (accepted ? unacceptAction(a, id) : acceptAction(a, id)), {
                      announce: t(accepted ? 'roadmap.announce.unaccepted' : 'roadmap.announce.accepted', { title }),
                      focus: control('accept'),
                    })
                  }
                >
                  <span aria-hidden="true" className="toggle-mark">
                    {accepted ? '✓ ' : ''}
                  </span>
                  {t('roadmap.accept')}
                </button>
                <button
                  type="button"
                  data-control="drop"
                  onClick={() =>
                    // An action the answers no longer call for leaves no entry to restore (undo brings it back).
                    apply(
                      (a) => dropAction(a, id),
                      kept
                        ? { announce: t('roadmap.announce.droppedGone', { title }), focus: '#dropped-title' }
                        : { announce: t('roadmap.announce.dropped', { title }), focus: `[data-dropped="${CSS.escape(id)}"] button` },
                    )
                  }
                >
                  {t('roadmap.drop')}
                </button>
              </>
            )}
            {!editing && !compact && (
              <button type="button" data-control="edit" onClick={() => setEditing(true)}>
                {t('roadmap.editText')}
              </button>
            )}
            {action.custom ? (
              <button type="button" data-control="remove" onClick={() => apply((a) => removeCustomAction(a, id), { announce: t('roadmap.announce.removed', { title }), focus: '#roadmap-title' })}>
                {t('roadmap.remove')}
              </button>
            ) : (
              action.edited && (
                <button
                  type="button"
                  data-control="reset"
                  onClick={() =>
                    apply(
                      (a) => resetAction(a, id),
                      kept ? { announce: t('roadmap.announce.resetGone', { title }), focus: '#roadmap-title' } : { announce: t('roadmap.announce.reset', { title }), focus: control('heading') },
                    )
                  }
                >
                  {t('roadmap.reset')}
                </button>
              )
            )}
          </div>
        </div>
      </article>
    </li>
  );
}

/** Who answers for the action and when it starts: typed, then handed over when the user leaves the field or presses Enter. */
function OwnerAndStart({ action, title, apply }: { action: ActionResult; title: string; apply: Apply }) {
  const { t } = useTranslation();
  const { id } = action;
  const saved = (control: string, how: 'blur' | 'enter') => ({ announce: t('roadmap.announce.saved', { title }), focus: how === 'enter' ? controlOf(id, control) : undefined });
  return (
    <>
      <div className="field">
        <label htmlFor={`owner-${id}`}>{t('roadmap.owner')}</label>
        <DraftInput id={`owner-${id}`} data-control="owner" type="text" maxLength={200} autoComplete="off" value={action.owner} onCommit={(owner, how) => apply((a) => setOwner(a, id, owner), saved('owner', how))} />
      </div>
      <div className="field">
        <label htmlFor={`start-${id}`}>{t('roadmap.start')}</label>
        <DraftInput
          id={`start-${id}`}
          data-control="start"
          type="date"
          value={action.start ?? ''}
          aria-describedby={`start-${id}-said`}
          onCommit={(start, how) => apply((a) => setStart(a, id, start), saved('start', how))}
        />
        <DateHint id={`start-${id}-said`} value={action.start ?? ''} />
      </div>
    </>
  );
}

interface TextFormProps {
  action: ActionResult;
  library: ActionCardProps['library'];
  names: RoadmapNames;
  onSave(change: Parameters<Apply>[0]): void;
  onCancel(): void;
}

/** Rewords an action in place; for an action of the user's own, its area and lead too. */
function TextForm({ action, library, names, onSave, onCancel }: TextFormProps) {
  const { t } = useTranslation();
  const { id } = action;
  const [title, setTitle] = useState(localize(action.title, names.language));
  const [description, setDescription] = useState(localize(action.description, names.language));
  const [area, setArea] = useState<Area>(action.area);
  const [lead, setLead] = useState<Lead>(action.lead);
  const [missingTitle, setMissingTitle] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action.custom) {
      if (!title.trim()) {
        setMissingTitle(true);
        document.getElementById(`edit-title-${id}`)?.focus();
        return;
      }
      onSave((a) => updateCustomAction(setTexts(a, id, { title, description }), id, { area, lead }));
      return;
    }
    // The library's own words are not a rewording: saving them unchanged keeps the translations.
    const same = (value: string, original: string) => (value.trim() === original.trim() ? '' : value);
    onSave((a) => setTexts(a, id, { title: same(title, library!.title), description: same(description, library!.description) }));
  };

  return (
    <form
      className="action-text-form"
      aria-label={t('roadmap.form.label')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="field">
        <label htmlFor={`edit-title-${id}`}>{t('roadmap.form.title')}</label>
        <input
          id={`edit-title-${id}`}
          type="text"
          maxLength={500}
          autoComplete="off"
          value={title}
          aria-invalid={missingTitle || undefined}
          aria-describedby={missingTitle ? `edit-title-error-${id}` : undefined}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
        />
        {missingTitle && (
          <span id={`edit-title-error-${id}`} className="error-text">
            {t('roadmap.form.titleRequired')}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`edit-description-${id}`}>{t('roadmap.form.description')}</label>
        <textarea id={`edit-description-${id}`} rows={5} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      {action.custom ? (
        <div className="form-row">
          <AreaLeadFields idPrefix={`edit-${id}`} area={area} lead={lead} names={names} onArea={setArea} onLead={setLead} />
        </div>
      ) : (
        <p className="muted small">{t('roadmap.form.libraryHint')}</p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {t('roadmap.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('roadmap.form.cancel')}
        </button>
      </div>
    </form>
  );
}

export function AreaLeadFields({ idPrefix, area, lead, names, onArea, onLead }: { idPrefix: string; area: Area; lead: Lead; names: RoadmapNames; onArea(area: Area): void; onLead(lead: Lead): void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-area`}>{t('roadmap.area')}</label>
        <select id={`${idPrefix}-area`} value={area} onChange={(e) => onArea(e.target.value as Area)}>
          {names.areas.map((a) => (
            <option key={a} value={a}>
              {names.area(a)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-lead`}>{t('roadmap.lead')}</label>
        <select id={`${idPrefix}-lead`} value={lead} onChange={(e) => onLead(e.target.value as Lead)}>
          {LEAD_OPTIONS.map((l) => (
            <option key={l} value={l}>
              {names.lead(l)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ScreenHelp } from '../components/ScreenHelp';
import { editOf, restoreAction } from '../../../core/method/roadmap-edits';
import type { ActionResult, BeyondHorizonAction } from '../../../core/method/results';
import { localize } from '../../../core/model/localize';
import { useApp } from '../store';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { useResults } from '../store/results';
import { ActionCard, controlOf, PHASES, type Apply } from '../roadmap/ActionCard';
import { AddActionForm } from '../roadmap/AddActionForm';
import { SaveRoadmapCsv } from '../roadmap/SaveRoadmapCsv';
import { InstitutionDirectory } from '../roadmap/InstitutionDirectory';
import { RoadmapTotals } from '../roadmap/RoadmapTotals';
import { useRoadmapNames } from '../roadmap/labels';

/**
 * The roadmap as a workspace: the actions the answers call for, phase by
 * phase, with the user's decisions on each (accept, drop, move, owner, start,
 * wording, reset), the dropped ones to restore, those beyond five years, and
 * actions of the user's own. Every change is one undoable step of the
 * assessment; the view itself shows only what analyse() made of it.
 */
export function RoadmapView() {
  const { t } = useTranslation();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const updateAssessment = useApp((s) => s.updateAssessment);
  const announce = useApp((s) => s.announce);
  const results = useResults();
  const names = useRoadmapNames();
  const [focus, setFocus] = useState<{ selector: string } | null>(null);
  const heading = useScreenHeading();

  // After a change the action may sit in another phase (a new element): put the focus back on it.
  // The request and the change render together, so the element is there when this runs.
  useEffect(() => {
    if (focus) document.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);

  const apply = useCallback<Apply>(
    (change, after = {}) => {
      if (change) updateAssessment(change);
      if (after.announce) announce(after.announce);
      if (after.focus) setFocus({ selector: after.focus });
    },
    [updateAssessment, announce],
  );

  if (!content || !assessment || !results) return null;
  const { roadmap } = results;
  const library = new Map(content.library.actions.map((a) => [a.id, a]));
  const libraryText = (id: string) => {
    const action = library.get(id);
    return action ? { title: localize(action.title, names.language), description: localize(action.description, names.language) } : null;
  };
  const card = (action: ActionResult | BeyondHorizonAction, compact = false) => (
    <ActionCard key={action.id} action={action} compact={compact} accepted={editOf(assessment, action.id).status === 'accepted'} library={action.custom ? null : libraryText(action.id)} names={names} apply={apply} />
  );
  const scheduled = roadmap.phases.flatMap((p) => p.actions);
  const counts = {
    scheduled: scheduled.length,
    edited: scheduled.filter((a) => a.edited && !a.custom).length,
    custom: scheduled.filter((a) => a.custom).length,
    dropped: roadmap.dropped.length,
    beyond: roadmap.beyondHorizon.length,
  };

  return (
    <div className="roadmap-workspace">
      <h1 id="roadmap-title" ref={heading} tabIndex={-1}>
        {t('roadmap.title')}
      </h1>
      <p className="lead">{t('roadmap.intro')}</p>
      <ScreenHelp topic="roadmap" />
      <RoadmapTotals totals={roadmap.totals} areaName={names.area} />
      <ul className="roadmap-counts" data-testid="roadmap-counts">
        {(Object.keys(counts) as (keyof typeof counts)[]).map((key) => (
          <li key={key} data-count={key}>
            <span className="total-number">{counts[key]}</span> {t(`roadmap.counts.${key}`, { count: counts[key] })}
          </li>
        ))}
      </ul>
      <SaveRoadmapCsv />
      <InstitutionDirectory roadmap={roadmap} institutions={assessment.institutions} names={names} apply={apply} />

      {PHASES.map((phase) => {
        const actions = roadmap.phases.find((p) => p.phase === phase)?.actions ?? [];
        return (
          <section key={phase} className="roadmap-phase" aria-labelledby={`phase-${phase}-title`} data-phase={phase}>
            <h2 id={`phase-${phase}-title`}>{t('roadmap.phaseTitle', { phase, name: t(`phase.${phase}`) })}</h2>
            {actions.length === 0 ? <p className="muted">{t('results.noActions')}</p> : <ol className="action-list">{actions.map((a) => card(a))}</ol>}
          </section>
        );
      })}

      <section className="roadmap-phase" aria-labelledby="beyond-title" data-testid="beyond-horizon">
        <h2 id="beyond-title">{t('roadmap.beyondTitle')}</h2>
        {roadmap.beyondHorizon.length === 0 ? (
          <p className="muted">{t('roadmap.beyondNone')}</p>
        ) : (
          <>
            <p className="muted">{t('roadmap.beyondIntro')}</p>
            <ul className="action-list">{roadmap.beyondHorizon.map((a) => card(a, true))}</ul>
          </>
        )}
      </section>

      <section className="card dropped-actions" aria-labelledby="dropped-title" data-testid="dropped">
        <h2 id="dropped-title" tabIndex={-1}>
          {t('roadmap.droppedTitle')}
        </h2>
        {roadmap.dropped.length === 0 ? (
          <p className="muted">{t('roadmap.droppedNone')}</p>
        ) : (
          <>
            <p className="muted">{t('roadmap.droppedIntro')}</p>
            <ul className="dropped-list">
              {roadmap.dropped.map((id) => {
                const title = editOf(assessment, id).title || libraryText(id)?.title || id;
                return (
                  <li key={id} data-dropped={id}>
                    <span className="dropped-name">{title}</span>
                    <button
                      type="button"
                      aria-label={t('roadmap.restoreNamed', { title })}
                      onClick={() => apply((a) => restoreAction(a, id), { announce: t('roadmap.announce.restored', { title }), focus: controlOf(id, 'heading') })}
                    >
                      {t('roadmap.restore')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <AddActionForm names={names} apply={apply} />
    </div>
  );
}

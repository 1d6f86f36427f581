import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BaselineComparison, RiskDelta } from '../../../core/workshop/baseline';
import { localize } from '../../../core/model/localize';
import type { Assessment } from '../../../core/model/schema/assessment';
import { useFormat } from '../hooks/useFormat';
import type { Formatters } from '../lib/format';
import { itemTitle } from '../../../core/model/questionnaire';
import { DataTable } from '../components/DataTable';
import { PassphrasePrompt } from '../components/PassphrasePrompt';
import { ProblemDetails } from '../components/ProblemDetails';
import { messageText } from '../lib/problems';
import { useApp } from '../store';
import { useResults } from '../store/results';
import type { Notice } from '../store/types';
import { itemIndex } from './useWorkshopMerge';

/** The comparison with the session's baseline (from the one analysis), or null when none is loaded for the open assessment. */
export function useBaselineComparison(): { value: BaselineComparison; previous: Assessment; fileName: string } | null {
  const results = useResults();
  const baseline = useApp((s) => s.baseline);
  if (!results?.baseline || !baseline) return null;
  return { value: results.baseline, previous: baseline.assessment, fileName: baseline.fileName };
}

/** A change with its direction in words and an arrow; `better` says which direction is good news. */
export function Delta({ value, better, format, percent = false }: { value: number | null; better: 'up' | 'down'; format: Formatters; percent?: boolean }) {
  const { t } = useTranslation();
  if (value === null) return <span className="muted">—</span>;
  const rounded = percent ? Math.round(value * 100) : Math.round(value * 10) / 10;
  if (rounded === 0) return <span className="delta same">{t('workshop.baseline.same')}</span>;
  const up = rounded > 0;
  const good = up === (better === 'up');
  const amount = percent ? t('workshop.baseline.points', { count: Math.abs(rounded) }) : format.decimal(Math.abs(rounded));
  return (
    <span className={`delta ${good ? 'better' : 'worse'}`}>
      <span aria-hidden="true">{up ? '▲ ' : '▼ '}</span>
      {t(up ? 'workshop.baseline.up' : 'workshop.baseline.down', { amount })}
    </span>
  );
}

function Unlock() {
  const { t } = useTranslation();
  const locked = useApp((s) => s.baselineLocked);
  const unlock = useApp((s) => s.unlockBaseline);
  const cancel = useApp((s) => s.cancelBaselineUnlock);
  if (!locked) return null;
  return (
    <PassphrasePrompt
      unlock={unlock}
      inputId="baseline-passphrase"
      label={t('workshop.baseline.passphrase')}
      submitLabel={t('workshop.baseline.unlock')}
      autoComplete="off"
      cancel={{ label: t('workshop.cancel'), onCancel: cancel }}
      className="card workshop-card"
      labelledBy="baseline-unlock-title"
    >
      <h3 id="baseline-unlock-title">{t('workshop.baseline.lockedTitle')}</h3>
      <p>{t('workshop.baseline.lockedText', { file: locked.name })}</p>
    </PassphrasePrompt>
  );
}

/** A year later: the previous assessment as a baseline, per-pillar and per-risk changes, and previous actions now done. */
export function BaselinePanel() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const q = useApp((s) => s.content?.questionnaire);
  const current = useApp((s) => s.assessment);
  const loadBaseline = useApp((s) => s.loadBaseline);
  const clearBaseline = useApp((s) => s.clearBaseline);
  const comparison = useBaselineComparison();
  const [problem, setProblem] = useState<Notice | null>(null);
  const lang = i18n.language;
  if (!q || !current) return null;
  const index = itemIndex(q);
  const sectionTitle = (id: string) => localize(q.sections.find((s) => s.id === id)?.title, lang);
  const itemName = (id: string) => {
    const item = index.get(id)?.item;
    return item ? itemTitle(item, lang) : id;
  };
  const riskCell = (priority: number | null, band: RiskDelta['currentBand'], rank: number | null) =>
    priority === null || band === null ? '—' : t('workshop.baseline.riskCell', { priority: format.percent(priority), band: t(`results.band.${band}`), rank });
  const load = async () => {
    setProblem(null);
    setProblem(await loadBaseline());
  };
  // loadBaseline() answers with a problem sentence instead of throwing: the click does not wait (void).

  const result = comparison;
  const c = result?.value;
  const improved = c?.sections.filter((s) => s.delta !== null && s.delta >= 0.05).length ?? 0;
  const declined = c?.sections.filter((s) => s.delta !== null && s.delta <= -0.05).length ?? 0;
  const done = c?.actions.filter((a) => a.done) ?? [];
  const open = c?.actions.filter((a) => !a.done) ?? [];

  return (
    <section aria-labelledby="baseline-title" className="workshop-panel baseline-panel">
      <h2 id="baseline-title">{t('workshop.baseline.title')}</h2>
      <p className="muted">{t('workshop.baseline.explain')}</p>
      <div className="row">
        <button type="button" className={result ? undefined : 'primary'} onClick={() => void load()} data-testid="load-baseline">
          {result ? t('workshop.baseline.loadOther') : t('workshop.baseline.load')}
        </button>
        {result && (
          <button type="button" onClick={clearBaseline}>
            {t('workshop.baseline.clear')}
          </button>
        )}
      </div>
      <div role="status" className="error-text">
        {problem?.text}
        <ProblemDetails lines={problem?.details} />
      </div>
      <Unlock />
      {result && c && (
        <div data-testid="baseline-comparison">
          <p className="strong">
            {t('workshop.baseline.against', {
              file: result.fileName,
              institution: result.previous.meta.institution,
              date: format.date(c.previous.assessmentDate),
            })}
          </p>
          {c.warnings.length > 0 && (
            <ul className="baseline-warnings" data-testid="baseline-warnings">
              {c.warnings.map((w) => (
                <li key={w.code}>{messageText(w)}</li>
              ))}
            </ul>
          )}
          <p data-testid="baseline-summary">
            {t('workshop.baseline.summaryPillars', { improved, declined })}{' '}
            {c.actions.length > 0 ? t('workshop.baseline.summaryActions', { done: done.length, count: c.actions.length }) : t('workshop.baseline.summaryNoActions')}
          </p>

          <h3 id="baseline-sections-title">{t('workshop.baseline.sectionsTitle')}</h3>
          <DataTable
            rows={c.sections}
            rowId={(s) => s.section}
            idAttribute="section"
            rowHeader={{ header: t('results.area'), cell: (s) => sectionTitle(s.section) }}
            columns={[
              { col: 'previous', header: t('workshop.baseline.previous', { date: format.date(c.previous.assessmentDate) }), cell: (s) => (s.previous === null ? '—' : format.decimal(s.previous)) },
              { col: 'current', header: t('workshop.baseline.current', { date: format.date(c.current.assessmentDate) }), cell: (s) => (s.current === null ? '—' : format.decimal(s.current)) },
              { col: 'delta', header: t('workshop.baseline.change'), cell: (s) => <Delta value={s.delta} better="up" format={format} /> },
            ]}
            labelledBy="baseline-sections-title"
            testId="baseline-sections"
          />

          <h3 id="baseline-risks-title">{t('workshop.baseline.risksTitle')}</h3>
          {c.risks.length === 0 ? (
            <p>{t('workshop.baseline.noRisks')}</p>
          ) : (
            <DataTable
              rows={c.risks}
              rowId={(r) => r.risk}
              idAttribute="risk"
              rowHeader={{ header: t('workshop.baseline.risk'), cell: (r) => itemName(r.risk) }}
              columns={[
                { col: 'previous', header: t('workshop.baseline.previousShort'), cell: (r) => riskCell(r.previous, r.previousBand, r.previousRank) },
                { col: 'current', header: t('workshop.baseline.currentShort'), cell: (r) => riskCell(r.current, r.currentBand, r.currentRank) },
                { col: 'delta', header: t('workshop.baseline.change'), cell: (r) => <Delta value={r.delta} better="down" format={format} percent /> },
              ]}
              labelledBy="baseline-risks-title"
              testId="baseline-risks"
            />
          )}

          <h3 id="baseline-actions-title">{t('workshop.baseline.actionsTitle')}</h3>
          <p className="muted">{t('workshop.baseline.actionsExplain')}</p>
          {c.actions.length === 0 ? (
            <p>{t('workshop.baseline.summaryNoActions')}</p>
          ) : (
            <>
              {done.length === 0 ? (
                <p>{t('workshop.baseline.noneDone')}</p>
              ) : (
                <ul className="done-list" data-testid="baseline-done">
                  {done.map((a) => (
                    <li key={a.id} data-action={a.id}>
                      <span aria-hidden="true">✓ </span>
                      {localize(a.title, lang)} <span className="muted small">({t(`phase.${a.phase}`)})</span>
                    </li>
                  ))}
                </ul>
              )}
              {open.length > 0 && (
                <details>
                  <summary>{t('workshop.baseline.openActions', { count: open.length })}</summary>
                  <ul className="open-actions">
                    {open.map((a) => (
                      <li key={a.id} data-action={a.id}>
                        {localize(a.title, lang)}{' '}
                        <span className="muted small">
                          {a.triggers
                            .map((tr) => t('workshop.baseline.trigger', { item: itemName(tr.item).replace(/[.。]$/, ''), previous: tr.previous ?? '—', current: tr.current ?? '—', above: tr.toStage }))
                            .join('; ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}

import { Suspense, useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ScreenHelp } from '../components/ScreenHelp';
import { assessedRisks, type SectionResult } from '../../../core/method/results';
import { localize } from '../../../core/model/localize';
import { assessmentProgress } from '../../../core/model/progress';
import { indexItems, itemTitle } from '../../../core/model/questionnaire';
import { HeatMapFigure, heatMapEmptyText, RadarFigure } from '../components/Charts';
import { DataTable, type Column } from '../components/DataTable';
import { useFormat } from '../hooks/useFormat';
import { useApp } from '../store';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { useResults } from '../store/results';
import { keyMessageText } from '../lib/key-message';
import { ReportPanel } from '../report/lazy';
import { DisagreementPanel } from '../workshop/DisagreementPanel';
import { useScales } from '../hooks/useScales';

/** A mean confidence (1/3 low, 2/3 medium, 1 high) named by its nearest mark. */
const confidenceWord = (mean: number | null) => (mean === null ? 'none' : (['low', 'low', 'medium', 'high'] as const)[Math.min(3, Math.max(1, Math.round(mean * 3)))]);

/** Shows the one analysis (core/method/analyse), with the arithmetic spelled out; the UI computes no score itself. */
export function ResultsView() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const scales = useScales();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const results = useResults();
  const go = useApp((s) => s.go);
  const lang = i18n.language;
  const heading = useScreenHeading();

  const items = useMemo(() => (content ? indexItems(content.questionnaire) : null), [content]);
  const progress = useMemo(() => (content && assessment ? assessmentProgress(content.questionnaire, assessment) : []), [content, assessment]);

  const sectionTitle = (id: string) => localize(content?.questionnaire.sections.find((s) => s.id === id)?.title, lang);
  const itemName = (id: string) => {
    const item = items?.get(id)?.item;
    return item ? itemTitle(item, lang) : id;
  };

  if (!content || !assessment || !results) return null;
  const { summary, roadmap } = results;
  const scores = results.sections.filter((s) => s.kind === 'pillar' || s.kind === 'module');
  const risks = assessedRisks(results);
  const section = (id: string) => scores.find((s) => s.id === id)!;
  const riskNames = Object.fromEntries(risks.map((r) => [r.id, itemName(r.id)]));
  const radarAxes = results.radar.map((id) => section(id)).map((s) => ({ label: sectionTitle(s.id), current: s.score, target: s.target }));
  const meta = assessment.meta;

  const dash = (value: number | null, show: (v: number) => string) => (value === null ? '—' : show(value));
  const gapColumns: Column<SectionResult>[] = [
    { col: 'score', header: t('results.current'), cell: (s) => dash(s.score, format.decimal) },
    { col: 'target', header: t('results.target'), cell: (s) => s.target },
    { col: 'gap', header: t('results.gap'), cell: (s) => dash(s.gap, format.decimal) },
    { col: 'completeness', header: t('results.completeness'), cell: (s) => format.percent(s.completeness) },
    { col: 'confidence', header: t('results.confidence'), cell: (s) => dash(s.confidence, format.percent) },
  ];
  const completenessColumns: Column<(typeof progress)[number]>[] = [
    { col: 'answered', header: t('results.answered'), cell: (p) => `${format.integer(p.done)} / ${format.integer(p.asked)}` },
    {
      col: 'share',
      header: t('results.share'),
      cell: (p) => (
        <>
          <span className="meter" aria-hidden="true">
            <span style={{ width: `${p.asked ? (100 * p.done) / p.asked : 100}%` }} />
          </span>
          {format.percent(p.asked ? p.done / p.asked : 1)}
        </>
      ),
    },
  ];

  const pillarSentence = (s: SectionResult) => {
    const pillar = sectionTitle(s.id);
    const targetName = t(`stage.${s.target}`);
    if (s.score === null || s.stage === null) return t('results.pillarNoScore', { pillar, target: s.target, targetName });
    if (s.gap !== null && s.gap <= 0) return t('results.pillarAtTarget', { pillar, score: format.decimal(s.score), target: s.target, targetName });
    return t('results.pillarSentence', {
      pillar,
      score: format.decimal(s.score),
      stage: s.stage,
      stageName: t(`stage.${s.stage}`),
      target: s.target,
      targetName,
      gap: format.decimal(s.gap ?? 0),
      answered: s.answered,
      asked: s.asked,
      dontKnow: s.unknown,
      confidence: t(`results.confidenceWords.${confidenceWord(s.confidence)}`),
    });
  };

  return (
    <div className="results">
      <h1 ref={heading} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <p className="lead">{t('results.subtitle', { institution: meta.institution, country: meta.country, date: format.date(meta.assessmentDate) })}</p>
      <ScreenHelp topic="results" />
      {results.workshop?.provisional && (
        <p className="card provisional-mark" role="note" data-testid="provisional">
          {t('results.provisional', { count: results.workshop.undecided })} {t('results.provisionalWhy')}
        </p>
      )}

      <section className="card summary" aria-labelledby="summary-title" data-testid="summary">
        <h2 id="summary-title">{t('results.summaryTitle')}</h2>
        <ul>
          <li>{t('results.summaryAnswered', { done: summary.withData, asked: summary.asked, percent: format.percent(summary.completeness) })}</li>
          {summary.keyMessages.map((m) => (
            <li key={m.code} data-message={m.code}>
              {keyMessageText(m, t, format, { section: sectionTitle, item: itemName })}
            </li>
          ))}
          {!summary.strongest && <li>{t('results.summaryNoScores')}</li>}
          {!summary.topRisk && <li>{t('results.summaryNoRisks')}</li>}
          {summary.toReview > 0 && <li>{t('results.summaryReview', { count: summary.toReview })}</li>}
        </ul>
      </section>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('results.profileTitle')}</h2>
        <div className="chart-row">
          <RadarFigure axes={radarAxes} />
          <div className="chart-side">
            <h3 id="gap-title">{t('results.gapTitle')}</h3>
            <p className="muted">{t('results.gapExplain')}</p>
            <DataTable
              rows={scores}
              rowId={(s) => s.id}
              idAttribute="section"
              rowAttributes={(s) => ({ 'data-stage': s.stage ?? '' })}
              rowHeader={{ header: t('results.area'), cell: (s) => sectionTitle(s.id) }}
              columns={gapColumns}
              labelledBy="gap-title"
              testId="gap-table"
            />
          </div>
        </div>
        <h3>{t('results.pillarExplainTitle')}</h3>
        <ul className="explain-list" data-testid="pillar-explain">
          {scores.map((s) => (
            <li key={s.id} data-section={s.id} data-stage={s.stage ?? ''}>
              {pillarSentence(s)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="completeness-title">
        <h2 id="completeness-title">{t('results.completenessTitle')}</h2>
        <p className="muted">{t('results.completenessExplain')}</p>
        <DataTable
          rows={progress}
          rowId={(p) => p.section}
          idAttribute="section"
          rowHeader={{ header: t('results.section'), cell: (p) => sectionTitle(p.section) }}
          columns={completenessColumns}
          labelledBy="completeness-title"
          testId="completeness-table"
          className="completeness-table"
          scroll={false}
        />
      </section>

      <section aria-labelledby="risk-title">
        <h2 id="risk-title">{t('results.riskTitle')}</h2>
        <p className="muted">{t('results.riskExplain')}</p>
        <div className="chart-row">
          <HeatMapFigure risks={risks} names={riskNames} empty={heatMapEmptyText(t, results)} />
          <div className="chart-side">
            <h3 id="ranked-title">{t('results.rankedTitle')}</h3>
            {risks.length === 0 ? (
              <p>{t('results.noRisks')}</p>
            ) : (
              <ol className="risk-list" data-testid="risk-list" aria-labelledby="ranked-title">
                {risks.map((r) => (
                  <li key={r.id} data-risk={r.id}>
                    <strong>{itemName(r.id)}</strong> <span className={`band band-${r.band}`}>{t(`results.band.${r.band}`)}</span>
                    <span className="risk-sentence muted">
                      {t('results.riskSentence', {
                        likelihood: r.likelihood,
                        likelihoodName: scales?.level('likelihood', r.likelihood).label,
                        impact: r.impact,
                        impactName: scales?.level('impact', r.impact).label,
                        unprepared: 6 - r.preparedness,
                        preparedness: r.preparedness,
                        product: format.integer(r.likelihood * r.impact * (6 - r.preparedness)),
                        priority: format.percent(r.priority),
                      })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      </section>

      <DisagreementPanel />

      <section aria-labelledby="roadmap-title">
        <h2 id="roadmap-title">{t('results.roadmapTitle')}</h2>
        <p className="muted">{t('results.roadmapExplain')}</p>
        <p data-testid="roadmap-cost">
          {t('results.roadmapCost', {
            horizon: format.usdRange(roadmap.totals.costLow, roadmap.totals.costHigh),
            firstYear: format.usdRange(roadmap.totals.firstYear.costLow, roadmap.totals.firstYear.costHigh),
            unfunded: format.usdRange(roadmap.totals.unfunded.costLow, roadmap.totals.unfunded.costHigh),
          })}
        </p>
        <p>
          <button type="button" className="link-button edit-roadmap-link" onClick={() => go('roadmap')}>
            {t('results.editRoadmap')}
          </button>
        </p>
        {([1, 2, 3] as const).map((phase) => {
          const actions = roadmap.phases.find((p) => p.phase === phase)?.actions ?? [];
          return (
            <div key={phase} className="phase">
              <h3>{t(`phase.${phase}`)}</h3>
              {actions.length === 0 ? (
                <p className="muted">{t('results.noActions')}</p>
              ) : (
                <ul>
                  {actions.map((a) => (
                    <li key={a.id} data-action={a.id}>
                      {localize(a.title, lang)}
                      {a.edited && <span className="badge badge-edited">{t(a.custom ? 'roadmap.custom' : 'roadmap.edited')}</span>}
                      {a.why.length > 0 && <span className="muted"> — {t('results.because', { items: a.why.map(itemName).join('; ') })}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>

      <Suspense fallback={null}>
        <ReportPanel />
      </Suspense>
    </div>
  );
}

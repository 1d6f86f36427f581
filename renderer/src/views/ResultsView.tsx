import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/model/localize';
import { activeSections, indexItems, itemTitle } from '../../../core/model/questionnaire';
import { rankRisks } from '../../../core/method/priorities';
import { buildRoadmap } from '../../../core/method/roadmap';
import { scoreAssessment, type SectionScore } from '../../../core/method/scoring';
import { HeatMapFigure, RadarFigure } from '../components/Charts';
import { useFormat } from '../hooks/useFormat';
import { assessmentProgress } from '../lib/progress';
import { reviewLists } from '../lib/review';
import { useApp } from '../store';
import { ReportPanel } from '../report/ReportPanel';
import { DisagreementPanel } from '../workshop/DisagreementPanel';

/** Nearest named stage to a score (1–5). */
const nearestStage = (score: number) => Math.min(5, Math.max(1, Math.round(score)));
/** A mean confidence (1/3 low, 2/3 medium, 1 high) named by its nearest mark. */
const confidenceWord = (mean: number | null) => (mean === null ? 'none' : (['low', 'low', 'medium', 'high'] as const)[Math.min(3, Math.max(1, Math.round(mean * 3)))]);

/** Shows what core/ computes, with the arithmetic spelled out; the UI computes no score itself. */
export function ResultsView() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const lang = i18n.language;

  const results = useMemo(() => {
    if (!content || !assessment) return null;
    const q = content.questionnaire;
    return {
      scores: scoreAssessment(q, assessment),
      risks: rankRisks(q, assessment),
      roadmap: buildRoadmap(q, content.library, assessment),
      items: indexItems(q),
      progress: assessmentProgress(q, assessment),
      review: reviewLists(q, assessment),
      sections: activeSections(q, assessment.modules),
    };
  }, [content, assessment]);

  const sectionTitle = (id: string) => localize(content?.questionnaire.sections.find((s) => s.id === id)?.title, lang);
  const itemName = (id: string) => {
    const item = results?.items.get(id)?.item;
    return item ? itemTitle(item, lang) : id;
  };

  if (!content || !assessment || !results) return null;
  const { scores, risks, roadmap, progress, review } = results;
  const pillars = scores.filter((s) => s.kind === 'pillar');
  const scored = pillars.filter((s): s is SectionScore & { score: number; gap: number } => s.score !== null);
  const strongest = [...scored].sort((a, b) => b.score - a.score)[0];
  const weakest = [...scored].sort((a, b) => a.score - b.score)[0];
  const widest = [...scored].sort((a, b) => b.gap - a.gap)[0];
  const done = progress.reduce((n, p) => n + p.done, 0);
  const asked = progress.reduce((n, p) => n + p.asked, 0);
  const toCheck = review.unanswered.length + review.dontKnow.length + review.lowConfidence.length;
  const top = risks[0];
  const riskNames = Object.fromEntries(risks.map((r) => [r.risk, itemName(r.risk)]));
  const radarAxes = pillars.map((s) => ({ label: sectionTitle(s.section), current: s.score, target: s.target }));
  const meta = assessment.meta;

  const pillarSentence = (s: SectionScore) => {
    const pillar = sectionTitle(s.section);
    const targetName = t(`stage.${s.target}`);
    if (s.score === null) return t('results.pillarNoScore', { pillar, target: s.target, targetName });
    if (s.gap !== null && s.gap <= 0) return t('results.pillarAtTarget', { pillar, score: format.decimal(s.score), target: s.target, targetName });
    const stage = nearestStage(s.score);
    return t('results.pillarSentence', {
      pillar,
      score: format.decimal(s.score),
      stage,
      stageName: t(`stage.${stage}`),
      target: s.target,
      targetName,
      gap: format.decimal(s.gap ?? 0),
      answered: s.answered,
      asked: s.asked,
      dontKnow: s.dontKnow,
      confidence: t(`results.confidenceWords.${confidenceWord(s.confidence)}`),
    });
  };

  return (
    <div className="results">
      <h1>{t('results.title')}</h1>
      <p className="lead">{t('results.subtitle', { institution: meta.institution, country: meta.country, date: format.date(meta.assessmentDate) })}</p>

      <section className="card summary" aria-labelledby="summary-title" data-testid="summary">
        <h2 id="summary-title">{t('results.summaryTitle')}</h2>
        <ul>
          <li>{t('results.summaryAnswered', { done, asked, percent: format.percent(asked ? done / asked : 1) })}</li>
          {strongest && weakest && widest ? (
            <>
              <li>{t('results.summaryStrongest', { pillar: sectionTitle(strongest.section), score: format.decimal(strongest.score) })}</li>
              {weakest !== strongest && <li>{t('results.summaryWeakest', { pillar: sectionTitle(weakest.section), score: format.decimal(weakest.score) })}</li>}
              {widest.gap > 0 && <li>{t('results.summaryGap', { pillar: sectionTitle(widest.section), gap: format.decimal(widest.gap), target: widest.target })}</li>}
            </>
          ) : (
            <li>{t('results.summaryNoScores')}</li>
          )}
          <li>{top ? t('results.summaryTopRisk', { risk: itemName(top.risk), band: t(`results.band.${top.band}`) }) : t('results.summaryNoRisks')}</li>
          {toCheck > 0 && <li>{t('results.summaryReview', { count: toCheck })}</li>}
        </ul>
      </section>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('results.profileTitle')}</h2>
        <div className="chart-row">
          <RadarFigure axes={radarAxes} />
          <div className="chart-side">
            <h3 id="gap-title">{t('results.gapTitle')}</h3>
            <p className="muted">{t('results.gapExplain')}</p>
            <div className="table-scroll">
              <table className="data-table" data-testid="gap-table" aria-labelledby="gap-title">
                <thead>
                  <tr>
                    <th scope="col">{t('results.area')}</th>
                    <th scope="col">{t('results.current')}</th>
                    <th scope="col">{t('results.target')}</th>
                    <th scope="col">{t('results.gap')}</th>
                    <th scope="col">{t('results.completeness')}</th>
                    <th scope="col">{t('results.confidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {scores.map((s) => (
                    <tr key={s.section} data-section={s.section}>
                      <th scope="row">{sectionTitle(s.section)}</th>
                      <td data-col="score">{s.score === null ? '—' : format.decimal(s.score)}</td>
                      <td data-col="target">{s.target}</td>
                      <td data-col="gap">{s.gap === null ? '—' : format.decimal(s.gap)}</td>
                      <td data-col="completeness">{format.percent(s.completeness)}</td>
                      <td data-col="confidence">{s.confidence === null ? '—' : format.percent(s.confidence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
        <h3>{t('results.pillarExplainTitle')}</h3>
        <ul className="explain-list" data-testid="pillar-explain">
          {scores.map((s) => (
            <li key={s.section} data-section={s.section}>{pillarSentence(s)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="completeness-title">
        <h2 id="completeness-title">{t('results.completenessTitle')}</h2>
        <p className="muted">{t('results.completenessExplain')}</p>
        <table className="data-table completeness-table" data-testid="completeness-table" aria-labelledby="completeness-title">
          <thead>
            <tr>
              <th scope="col">{t('results.section')}</th>
              <th scope="col">{t('results.answered')}</th>
              <th scope="col">{t('results.share')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr key={p.section} data-section={p.section}>
                <th scope="row">{sectionTitle(p.section)}</th>
                <td data-col="answered">{`${format.integer(p.done)} / ${format.integer(p.asked)}`}</td>
                <td data-col="share">
                  <span className="meter" aria-hidden="true"><span style={{ width: `${p.asked ? (100 * p.done) / p.asked : 100}%` }} /></span>
                  {format.percent(p.asked ? p.done / p.asked : 1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="risk-title">
        <h2 id="risk-title">{t('results.riskTitle')}</h2>
        <p className="muted">{t('results.riskExplain')}</p>
        <div className="chart-row">
          <HeatMapFigure risks={risks} names={riskNames} />
          <div className="chart-side">
            <h3 id="ranked-title">{t('results.rankedTitle')}</h3>
            {risks.length === 0 ? (
              <p>{t('results.noRisks')}</p>
            ) : (
              <ol className="risk-list" data-testid="risk-list" aria-labelledby="ranked-title">
                {risks.map((r) => (
                  <li key={r.risk} data-risk={r.risk}>
                    <strong>{itemName(r.risk)}</strong>{' '}
                    <span className={`band band-${r.band}`}>{t(`results.band.${r.band}`)}</span>
                    <span className="risk-sentence muted">
                      {t('results.riskSentence', {
                        likelihood: r.likelihood,
                        likelihoodName: t(`risk.likelihood${r.likelihood}`),
                        impact: r.impact,
                        impactName: t(`risk.impact${r.impact}`),
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
        {([1, 2, 3] as const).map((phase) => {
          const actions = roadmap.actions.filter((a) => a.phase === phase);
          return (
            <div key={phase} className="phase">
              <h3>{t(`phase.${phase}`)}</h3>
              {actions.length === 0 ? (
                <p className="muted">{t('results.noActions')}</p>
              ) : (
                <ul>
                  {actions.map((a) => (
                    <li key={a.id} data-action={a.id}>
                      {localize(a.title, lang)} <span className="muted">— {t('results.because', { items: a.why.map(itemName).join('; ') })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>

      <ReportPanel />
    </div>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/i18n';
import { indexItems } from '../../../core/questionnaire';
import { rankRisks } from '../../../core/priorities';
import { buildRoadmap } from '../../../core/roadmap';
import { scoreAssessment } from '../../../core/scoring';
import { useApp } from '../store';

/** Shows what core/ computes; the UI computes no score itself. */
export function ResultsView() {
  const { t, i18n } = useTranslation();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const results = useMemo(() => {
    if (!content || !assessment) return null;
    return {
      scores: scoreAssessment(content.questionnaire, assessment),
      risks: rankRisks(content.questionnaire, assessment),
      roadmap: buildRoadmap(content.questionnaire, content.library, assessment),
      items: indexItems(content.questionnaire),
    };
  }, [content, assessment]);
  if (!content || !results) return null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const sectionTitle = (id: string) => localize(content.questionnaire.sections.find((s) => s.id === id)?.title, i18n.language);
  const itemTitle = (id: string) => {
    const item = results.items.get(id)?.item;
    return item && 'statement' in item ? localize(item.statement, i18n.language) : id;
  };

  return (
    <div className="results">
      <h1>{t('results.title')}</h1>
      <section aria-labelledby="gap-title">
        <h2 id="gap-title">{t('results.gapTitle')}</h2>
        <p className="muted">{t('results.gapExplain')}</p>
        <table className="data-table" data-testid="gap-table">
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
            {results.scores.map((s) => (
              <tr key={s.section} data-section={s.section}>
                <th scope="row">{sectionTitle(s.section)}</th>
                <td data-col="score">{s.score === null ? '—' : number.format(s.score)}</td>
                <td data-col="target">{s.target}</td>
                <td data-col="gap">{s.gap === null ? '—' : number.format(s.gap)}</td>
                <td data-col="completeness">{percent.format(s.completeness)}</td>
                <td data-col="confidence">{s.confidence === null ? '—' : percent.format(s.confidence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="risk-title">
        <h2 id="risk-title">{t('results.riskTitle')}</h2>
        <p className="muted">{t('results.riskExplain')}</p>
        <ol className="risk-list" data-testid="risk-list">
          {results.risks.map((r) => (
            <li key={r.risk} data-risk={r.risk}>
              <strong>{itemTitle(r.risk)}</strong>{' '}
              <span className={`band band-${r.band}`}>{t(`results.band.${r.band}`)}</span>{' '}
              <span className="muted">{t('results.riskNumbers', { likelihood: r.likelihood, impact: r.impact, preparedness: r.preparedness, priority: percent.format(r.priority) })}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="roadmap-title">
        <h2 id="roadmap-title">{t('results.roadmapTitle')}</h2>
        {([1, 2, 3] as const).map((phase) => (
          <div key={phase} className="phase">
            <h3>{t(`phase.${phase}`)}</h3>
            <ul>
              {results.roadmap.actions.filter((a) => a.phase === phase).map((a) => (
                <li key={a.id} data-action={a.id}>
                  {localize(a.title, i18n.language)} <span className="muted">— {t('results.because', { items: a.why.map(itemTitle).join('; ') })}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}

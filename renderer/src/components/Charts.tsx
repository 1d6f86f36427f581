import { useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { TFunction } from 'i18next';
import { riskHeatMap, type HeatRisk } from '../../../core/charts/heatmap';
import { radarChart, type RadarAxis } from '../../../core/charts/radar';
import type { Results } from '../../../core/method/results';
import { SvgTree } from './SvgTree';

/** The radar's words in the interface language (results page and presentation alike). */
export function radarLabels(t: TFunction) {
  return { title: t('results.radarTitle'), current: t('results.radarCurrent'), target: t('results.radarTarget'), noData: t('results.noData') };
}

/** The heat map's words in the interface language, with the risks' display names. */
export function heatMapLabels(t: TFunction, names: Record<string, string>) {
  return {
    title: t('results.heatTitle'),
    likelihood: t('results.heatLikelihood'),
    impact: t('results.heatImpact'),
    preparednessPrefix: t('results.heatPrefix'),
    markLegend: t('results.heatMarkLegend'),
    shadeLegend: t('results.heatShadeLegend'),
    risks: names,
  };
}

/** Radar of current against target stage per pillar, drawn from core/charts (the PDF draws the same tree). */
export function RadarFigure({ axes }: { axes: RadarAxis[] }) {
  const { t } = useTranslation();
  const node = useMemo(() => radarChart(axes, 320, radarLabels(t)), [axes, t]);
  return (
    <figure className="chart chart-radar" data-testid="radar">
      <SvgTree node={node} idPrefix="radar" />
      <figcaption className="muted small">{t('results.chartAlt')}</figcaption>
    </figure>
  );
}

/** Why the heat map has no risk on it: contested in the workshop, or not rated yet. */
export function heatMapEmptyText(t: TFunction, results: Pick<Results, 'risks'>): string {
  const contested = results.risks.filter((r) => r.status === 'contested').length;
  return contested > 0 ? t('results.heatEmptyContested', { count: contested }) : t('results.heatEmptyUnrated');
}

/**
 * The heat map's legend as text under the drawing: it wraps with the page
 * at any width and text size, where words inside the SVG would be cut.
 */
export function HeatMapLegend() {
  const { t } = useTranslation();
  return (
    <p className="heat-legend" data-testid="heat-legend">
      {t('results.heatMarkLegend')} {t('results.heatShadeLegend')}
    </p>
  );
}

/** Likelihood × impact heat map of the rated risks, from core/charts; when none is placed, it says why. */
export function HeatMapFigure({ risks, names, empty }: { risks: HeatRisk[]; names: Record<string, string>; empty: string }) {
  const { t } = useTranslation();
  const node = useMemo(() => riskHeatMap(risks, heatMapLabels(t, names), { size: 330, legend: false }), [risks, names, t]);
  return (
    <figure className="chart chart-heat" data-testid="heatmap">
      {risks.length === 0 && (
        <p className="chart-empty" role="note" data-testid="heat-empty">
          {empty}
        </p>
      )}
      <SvgTree node={node} idPrefix="heatmap" />
      <HeatMapLegend />
      <figcaption className="muted small">{t('results.heatAlt')}</figcaption>
    </figure>
  );
}

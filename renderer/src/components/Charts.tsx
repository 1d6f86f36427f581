import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { riskHeatMap, type HeatRisk } from '../../../core/charts/heatmap';
import { radarChart, type RadarAxis } from '../../../core/charts/radar';
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

/** Likelihood × impact heat map of the rated risks, from core/charts. */
export function HeatMapFigure({ risks, names }: { risks: HeatRisk[]; names: Record<string, string> }) {
  const { t } = useTranslation();
  const node = useMemo(() => riskHeatMap(risks, heatMapLabels(t, names), { size: 330 }), [risks, names, t]);
  return (
    <figure className="chart chart-heat" data-testid="heatmap">
      <SvgTree node={node} idPrefix="heatmap" />
      <figcaption className="muted small">{t('results.heatAlt')}</figcaption>
    </figure>
  );
}

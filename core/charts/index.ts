export * from './svg';
export { radarChart, type RadarAxis, type RadarLabels } from './radar';
export { riskHeatMap, heatMapOverflow, cellShade, riskMarkLabel, type HeatMapLabels, type HeatMapOptions } from './heatmap';

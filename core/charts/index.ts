export * from './svg';
export { radarChart, type RadarAxis, type RadarLabels } from './radar';
export { riskHeatMap, cellShade, riskMarkLabel, type HeatMapLabels, type HeatMapOptions } from './heatmap';

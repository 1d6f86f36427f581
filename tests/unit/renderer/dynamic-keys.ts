/**
 * Catalog keys the code builds at run time, which the unused-key check in
 * locales.test.ts cannot find as literals. Each pattern is declared once,
 * with where the key is built; a pattern that matches no key fails the test.
 */
export const DYNAMIC_KEYS: { pattern: RegExp; why: string }[] = [
  { pattern: /^ui:stage\.[1-5]$/, why: 'stage names by number: t(`stage.${stage}`) on every screen' },
  { pattern: /^ui:phase\.[1-3]$/, why: 'roadmap phases by number: t(`phase.${phase}`)' },
  { pattern: /^ui:risk\.(likelihood|impact)[1-5]?$/, why: 'risk scales and their points: t(`risk.${scale}`), t(`risk.${scale}${value}`)' },
  { pattern: /^ui:results\.band\.(high|medium|low)$/, why: 'priority bands: t(`results.band.${band}`)' },
  { pattern: /^ui:results\.confidenceWords\.(low|medium|high|none)$/, why: 'ResultsView: t(`results.confidenceWords.${confidenceWord(…)}`)' },
  { pattern: /^ui:announce\.(dont-know|not-applicable)$/, why: 'useShortcuts: t(`announce.${effect.kind}`)' },
  { pattern: /^ui:workshop\.nav\.\w+$/, why: 'WorkshopView tabs: t(`workshop.nav.${id}`)' },
  { pattern: /^ui:workshop\.merge\.(filter|status)\.\w+$/, why: 'MergePanel filters and row statuses: t(`workshop.merge.filter.${f}`), t(`workshop.merge.status.${item.status}`)' },
  { pattern: /^ui:roadmap\.counts\.(scheduled|edited|custom|dropped|beyond)$/, why: 'RoadmapView counts: t(`roadmap.counts.${key}`, { count })' },
  { pattern: /^ui:roadmap\.reason\.[\w-]+$/, why: 'ActionCard, beyond the horizon: t(`roadmap.reason.${reason}`)' },
  { pattern: /^ui:roadmap\.note\.[\w-]+$/, why: 'ActionCard scheduling notes: t(`roadmap.note.${note}`)' },
  { pattern: /^reportPanel:section\.\w+$/, why: 'ReportPanel section checkboxes: t(`section.${id}`) over REPORT_SECTIONS' },
  { pattern: /^reportPanel:stage\.\w+$/, why: 'ReportPanel progress: t(`stage.${status.stage}`)' },
  { pattern: /^report:stages\.[1-5]$/, why: 'report context: t(`stages.${stage}`)' },
  { pattern: /^report:phases\.[1-3]$/, why: 'report roadmap, pillars, progress: t(`phases.${phase}`)' },
  { pattern: /^report:bands\.(high|medium|low)$/, why: 'report priorities: t(`bands.${band}`)' },
  { pattern: /^report:leadActors\.[\w-]+$/, why: 'report roadmap and summary: t(`leadActors.${lead}`) over LEAD_ACTORS' },
  { pattern: /^report:channels\.[\w-]+$/, why: 'report roadmap cards: t(`channels.${channel}`) over CHANNELS' },
  { pattern: /^report:costBands\.[\w-]+\.(name|range)$/, why: 'report appendix and cards: t(`costBands.${band}.name|range`) over COST_BANDS' },
  { pattern: /^report:confidence\.(low|medium|high)$/, why: 'report answers: t(`confidence.${mark}`)' },
  { pattern: /^report:roadmap\.notes\.[\w-]+$/, why: 'report roadmap cards: t(`roadmap.notes.${action.note}`)' },
  { pattern: /^report:appendix\.formulas\.\w+$/, why: 'report appendix: FORMULAS.map((key) => t(`appendix.formulas.${key}`))' },
  { pattern: /^report:appendix\.assumptionList\.\w+$/, why: 'report appendix: ASSUMPTIONS.map((key) => t(`appendix.assumptionList.${key}`))' },
  { pattern: /^cli:help\.commands\.\w+$/, why: 'cli/index.ts help: t(`cli:help.commands.${command.name}`)' },
  { pattern: /^cli:roadmap\.span\.[1-3]$/, why: 'roadmap command: t(`cli:roadmap.span.${phase}`)' },
];

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
  { pattern: /^reportPanel:section\.\w+$/, why: 'ReportPanel section checkboxes: t(`section.${id}`) over REPORT_SECTIONS' },
  { pattern: /^reportPanel:stage\.\w+$/, why: 'ReportPanel progress: t(`stage.${status.stage}`)' },
  { pattern: /^ui:consent\.reason\.[\w-]+$/, why: 'ConsentDialog: t(`consent.reason.${consent.reason}`) over ReplaceReason' },
  { pattern: /^cli:help\.commands\.\w+$/, why: 'cli/index.ts help: t(`cli:help.commands.${command.name}`)' },
  { pattern: /^cli:roadmap\.span\.[1-3]$/, why: 'roadmap command: t(`cli:roadmap.span.${phase}`)' },
];

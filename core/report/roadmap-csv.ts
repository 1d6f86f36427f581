import type { Content } from '../model/content';
import { localize } from '../model/localize';
import type { ActionResult, BeyondHorizonAction, Results } from '../method/results';
import { toCsv } from '../workshop/csv';
import type { ReportLanguage, Translate } from './language';

/** Columns of the costed roadmap, in order: everything a donor's spreadsheet needs about each action. */
export const ROADMAP_CSV_COLUMNS = [
  'number',
  'phase',
  'startQuarter',
  'months',
  'area',
  'title',
  'lead',
  'partners',
  'role',
  'costLow',
  'costHigh',
  'costBasis',
  'capitalShare',
  'funding',
  'funded',
  'kpiIndicator',
  'kpiBaseline',
  'kpiTarget',
  'kpiVerification',
  'kpiFrequency',
  'prerequisites',
  'status',
] as const;
export type RoadmapCsvColumn = (typeof ROADMAP_CSV_COLUMNS)[number];

/** Joins several values in one cell. */
const LIST = '; ';

/**
 * The costed roadmap as a spreadsheet: one row per action, the scheduled ones
 * phase by phase and then those beyond the horizon, with words in the
 * report's language (the catalog's report namespace) and amounts as plain
 * numbers (USD; capital share in per cent) a spreadsheet can add up.
 * UTF-8 with a byte-order mark, RFC 4180, formula-safe (core/workshop/csv).
 */
export function roadmapCsv(content: Content, results: Results, language: ReportLanguage, t: Translate): string {
  const scheduled = results.roadmap.phases.flatMap((p) => p.actions);
  const beyond = results.roadmap.beyondHorizon;
  const numbers = new Map([...scheduled, ...beyond].map((a) => [a.id, a.number]));
  const titles = new Map(content.questionnaire.sections.map((s) => [s.id, localize(s.title, language)]));
  const loc = (text: Parameters<typeof localize>[0] | null | undefined) => (text ? localize(text, language) : '');
  const header = ROADMAP_CSV_COLUMNS.map((column) => t(`roadmapCsv.column.${column}`));
  const row = (action: ActionResult, reason: BeyondHorizonAction['reason'] | null): string[] => {
    const kpi = action.kpi;
    const cells: Record<RoadmapCsvColumn, string> = {
      number: action.number,
      phase: t('phaseTitle', { phase: action.phase, name: t(`phases.${action.phase}`) }),
      startQuarter: action.startQuarter === null ? '' : String(action.startQuarter),
      months: String(action.months),
      area: titles.get(action.area) || action.area,
      title: loc(action.title),
      lead: t(`leadActors.${action.lead}`),
      partners: action.partners.map((p) => t(`leadActors.${p}`)).join(LIST),
      role: t(`roles.${action.role}`),
      costLow: action.costLow === null ? '' : String(action.costLow),
      costHigh: action.costHigh === null ? '' : String(action.costHigh),
      costBasis: loc(action.costBasis),
      capitalShare: action.capitalShare === null ? '' : String(Math.round(action.capitalShare * 100)),
      funding: action.funding.map((f) => t(`funding.${f}`)).join(LIST),
      funded: t(action.funded ? 'roadmapCsv.yes' : 'roadmapCsv.no'),
      kpiIndicator: loc(kpi?.indicator),
      kpiBaseline: kpi === null ? '' : kpi.baseline.stage === null ? t('roadmapCsv.unknown') : t('stageNamed', { stage: kpi.baseline.stage, name: t(`stages.${kpi.baseline.stage}`) }),
      kpiTarget: loc(kpi?.target),
      kpiVerification: loc(kpi?.verification),
      kpiFrequency: kpi === null ? '' : t(`roadmapCsv.frequency.${kpi.frequency}`),
      prerequisites: action.requires.map((id) => numbers.get(id) ?? id).join(LIST),
      status: status(action, reason, t),
    };
    return ROADMAP_CSV_COLUMNS.map((column) => cells[column]);
  };
  return toCsv([header, ...scheduled.map((a) => row(a, null)), ...beyond.map((a) => row(a, a.reason))]);
}

/** Scheduled or beyond the horizon (and why), then whether the user changed or added it. */
function status(action: ActionResult, reason: BeyondHorizonAction['reason'] | null, t: Translate): string {
  const parts = [reason === null ? t('roadmapCsv.status.scheduled') : t(`roadmapCsv.status.beyond.${reason}`)];
  if (action.custom) parts.push(t('roadmapCsv.status.custom'));
  else if (action.edited) parts.push(t('roadmapCsv.status.edited'));
  if (action.triggerGone) parts.push(t('roadmapCsv.status.triggerGone'));
  return parts.join(LIST);
}

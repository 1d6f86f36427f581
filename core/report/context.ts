import type { BaselineComparison } from '../workshop/baseline';
import { unstatedMeta } from '../model/meta';
import type { Content } from '../model/content';
import { localize } from '../model/localize';
import { mergeView, type MergeItem, type MergeView } from '../workshop/merge';
import { hasWorkshop } from '../method/analyse';
import { assessedRisks, type ActionResult, type AssessedRisk, type Results, type SectionResult } from '../method/results';
import { activeSections, indexItems, relevantItems, type LocatedItem } from '../model/questionnaire';
import type { Assessment } from '../model/schema/assessment';
import type { Area, Section } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';
import { REPORT_SECTIONS } from './section-ids';
import { primaryFont, textRuns, type ReportFont } from './fonts';
import { formatDecimal, formatPercent } from './format';
import type { ReportLanguage, Translate } from './language';
import { contentBox, type Paper } from './layout';
import type { PdfText, PdfTextContent } from './pdfmake-types';

/** Everything the section builders share: the data, derived results and text helpers. */
export interface ReportContext {
  content: Content;
  assessment: Assessment;
  language: ReportLanguage;
  /** The report's words in its language (the catalog's report namespace). */
  t: Translate;
  font: ReportFont;
  paper: Paper;
  width: number;
  pageHeight: number;
  sections: Section[];
  items: Map<string, LocatedItem>;
  asked: Set<string>;
  /** The one analysis (core/method/analyse): the report computes no figure itself. */
  results: Results;
  /** Scored sections (pillars and modules), in questionnaire order. */
  scored: SectionResult[];
  /** Fully rated, agreed risks, most pressing first. */
  risks: AssessedRisk[];
  /** Scheduled actions, phase by phase. */
  actions: ActionResult[];
  /** The respondents' answers compared, when two or more respondents answered; null otherwise. */
  merge: MergeView | null;
  /** Merge view items by item id (empty without a merge view). */
  mergeItems: Map<string, MergeItem>;
  /** Sections this report prints: links and page references point only at what is there. */
  printed: ReadonlySet<string>;
  /** The comparison with the previous assessment, when one is given. */
  baseline: { assessment: Assessment; comparison: BaselineComparison } | null;
  /** Text in the report language (English fallback). */
  loc(text: LocalizedText | null | undefined): string;
  /** pdfmake text with one font per script run; never interpreted. */
  runs(text: string): PdfTextContent;
  /** A paragraph node. */
  p(text: string, extra?: Partial<PdfText>): PdfText;
  num(value: number, digits?: number): string;
  pct(share: number): string;
  stageName(stage: number): string;
  /** "2 · emerging" */
  stageShort(stage: number): string;
  areaTitle(area: Area | string): string;
  actionTitle(action: ActionResult): string;
  /** Where the roadmap describes a scheduled action, as links to it name it: short, since a report writes it some 200 times. */
  actionAnchor(actionId: string): string;
  /** The institution with its country, or alone while the country is not stated (a workshop made from response files). */
  institutionIn: string;
}

/** Most contested questions the disagreement section shows. */
export const MAX_CONTESTED = 6;

export function makeContext(
  content: Content,
  assessment: Assessment,
  results: Results,
  language: ReportLanguage,
  t: Translate,
  paper: Paper,
  baseline?: Assessment,
  printed: ReadonlySet<string> = new Set(REPORT_SECTIONS),
): ReportContext {
  const q = content.questionnaire;
  const merge = hasWorkshop(assessment) ? mergeView(q, assessment, { contested: MAX_CONTESTED }) : null;
  const font = primaryFont(language);
  const sections = activeSections(q, assessment.modules);
  const asked = new Set(sections.flatMap((s) => relevantItems(s, assessment.answers).map((i) => i.id)));
  const titles = new Map(q.sections.map((s) => [s.id, s.title]));
  const box = contentBox(paper);
  const loc = (text: LocalizedText | null | undefined) => (text ? localize(text, language) : '');
  const runs = (text: string) => textRuns(text, font);
  // Looked up once: tables name a stage in almost every row.
  const stageNames = [1, 2, 3, 4, 5].map((stage) => t(`stages.${stage}`));
  const stageName = (stage: number) => stageNames[Math.min(5, Math.max(1, Math.floor(stage))) - 1]!;
  const actions = results.roadmap.phases.flatMap((p) => p.actions);
  const anchors = new Map(actions.map((action, i) => [action.id, `a${i + 1}`]));
  return {
    content,
    assessment,
    language,
    t,
    font,
    paper,
    width: box.width,
    pageHeight: box.height,
    sections,
    items: indexItems(q),
    asked,
    results,
    scored: results.sections.filter((s) => s.kind === 'pillar' || s.kind === 'module'),
    risks: assessedRisks(results),
    actions,
    merge,
    mergeItems: new Map((merge?.items ?? []).map((item) => [item.itemId, item])),
    printed,
    baseline: baseline && results.baseline ? { assessment: baseline, comparison: results.baseline } : null,
    loc,
    runs,
    p: (text, extra = {}) => ({ text: runs(text), ...extra }),
    num: (value, digits = 1) => formatDecimal(value, digits, language),
    pct: (share) => formatPercent(share, language),
    stageName,
    stageShort: (stage) => `${stage} · ${stageName(stage)}`,
    areaTitle: (area) => loc(titles.get(area)) || area,
    actionTitle: (action) => loc(action.title),
    actionAnchor: (id) => anchors.get(id) ?? `action-${id}`,
    institutionIn: countryStated(assessment) ? t('institutionIn', { institution: assessment.meta.institution, country: assessment.meta.country }) : assessment.meta.institution,
  };
}

/** False for the placeholder a workshop made from response files records until the country is given. */
export function countryStated(assessment: Assessment): boolean {
  return !unstatedMeta(assessment.meta).includes('country');
}

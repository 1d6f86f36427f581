import { compareWithBaseline, type BaselineComparison } from '../workshop/baseline';
import type { Content } from '../model/content';
import { localize } from '../model/localize';
import { mergeView, type MergeItem, type MergeView } from '../workshop/merge';
import { rankRisks, type RiskPriority } from '../method/priorities';
import { activeSections, indexItems, relevantItems, type LocatedItem } from '../model/questionnaire';
import { buildRoadmap, type Roadmap, type RoadmapAction } from '../method/roadmap';
import type { Assessment } from '../model/schema/assessment';
import type { Area, Section } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';
import { scoreAssessment, type SectionScore } from '../method/scoring';
import { primaryFont, textRuns, type ReportFont } from './fonts';
import { formatDecimal, formatPercent } from './format';
import { reportLabels, type ReportLabels } from './labels';
import type { ReportLanguage, Translate } from './language';
import { contentBox, type Paper } from './layout';
import type { PdfText, PdfTextContent } from './pdfmake-types';

/** Everything the section builders share: the data, derived results and text helpers. */
export interface ReportContext {
  content: Content;
  assessment: Assessment;
  language: ReportLanguage;
  l: ReportLabels;
  /** The report's words in its language (the catalog's report namespace). */
  t: Translate;
  font: ReportFont;
  paper: Paper;
  width: number;
  pageHeight: number;
  sections: Section[];
  items: Map<string, LocatedItem>;
  asked: Set<string>;
  scores: SectionScore[];
  risks: RiskPriority[];
  roadmap: Roadmap;
  /** "1.3": phase and position of each scheduled action. */
  actionNumbers: Map<string, string>;
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
  actionTitle(action: RoadmapAction): string;
}

/** Most contested questions the disagreement section shows. */
export const MAX_CONTESTED = 6;

/** Whether the report compares respondents: two or more of them gave at least one answer. */
export function hasWorkshop(assessment: Assessment): boolean {
  return Object.values(assessment.responses).filter((answers) => Object.keys(answers).length > 0).length >= 2;
}

export function makeContext(
  content: Content,
  assessment: Assessment,
  language: ReportLanguage,
  t: Translate,
  paper: Paper,
  baseline?: Assessment,
  printed: ReadonlySet<string> = new Set(['cover', 'contents', 'summary', 'profile', 'pillars', 'security', 'roadmap', 'appendix']),
): ReportContext {
  const q = content.questionnaire;
  const merge = hasWorkshop(assessment) ? mergeView(q, assessment, { contested: MAX_CONTESTED }) : null;
  const l = reportLabels(language);
  const font = primaryFont(language);
  const sections = activeSections(q, assessment.modules);
  const asked = new Set(sections.flatMap((s) => relevantItems(s, assessment.answers).map((i) => i.id)));
  const roadmap = buildRoadmap(q, content.library, assessment);
  const actionNumbers = new Map<string, string>();
  const perPhase: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
  for (const action of roadmap.actions) actionNumbers.set(action.id, `${action.phase}.${++perPhase[action.phase]!}`);
  const titles = new Map(q.sections.map((s) => [s.id, s.title]));
  const box = contentBox(paper);
  const loc = (text: LocalizedText | null | undefined) => (text ? localize(text, language) : '');
  const runs = (text: string) => textRuns(text, font);
  // Looked up once: tables name a stage in almost every row.
  const stageNames = [1, 2, 3, 4, 5].map((stage) => t(`stages.${stage}`));
  const stageName = (stage: number) => stageNames[Math.min(5, Math.max(1, Math.floor(stage))) - 1]!;
  return {
    content,
    assessment,
    language,
    l,
    t,
    font,
    paper,
    width: box.width,
    pageHeight: box.height,
    sections,
    items: indexItems(q),
    asked,
    scores: scoreAssessment(q, assessment),
    risks: rankRisks(q, assessment),
    roadmap,
    actionNumbers,
    merge,
    mergeItems: new Map((merge?.items ?? []).map((item) => [item.itemId, item])),
    printed,
    baseline: baseline ? { assessment: baseline, comparison: compareWithBaseline(q, content.library, assessment, baseline) } : null,
    loc,
    runs,
    p: (text, extra = {}) => ({ text: runs(text), ...extra }),
    num: (value, digits = 1) => formatDecimal(value, digits, language),
    pct: (share) => formatPercent(share, language),
    stageName,
    stageShort: (stage) => `${stage} · ${stageName(stage)}`,
    areaTitle: (area) => loc(titles.get(area)) || area,
    actionTitle: (action) => loc(action.title),
  };
}

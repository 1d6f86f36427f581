import type { Content } from '../content';
import { localize } from '../i18n';
import { rankRisks, type RiskPriority } from '../priorities';
import { activeSections, indexItems, relevantItems, type LocatedItem } from '../questionnaire';
import { buildRoadmap, type Roadmap, type RoadmapAction } from '../roadmap';
import type { Assessment } from '../schema/assessment';
import type { Area, Section } from '../schema/questionnaire';
import type { LocalizedText } from '../schema/text';
import { scoreAssessment, type SectionScore } from '../scoring';
import { primaryFont, textRuns, type ReportFont } from './fonts';
import { formatDecimal, formatPercent, reportLabels, type ReportLabels, type ReportLanguage } from './labels';
import { contentBox, type Paper } from './layout';
import type { PdfText, PdfTextContent } from './pdfmake-types';

/** Everything the section builders share: the data, derived results and text helpers. */
export interface ReportContext {
  content: Content;
  assessment: Assessment;
  language: ReportLanguage;
  l: ReportLabels;
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

export function makeContext(content: Content, assessment: Assessment, language: ReportLanguage, paper: Paper): ReportContext {
  const q = content.questionnaire;
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
  const stageName = (stage: number) => l.stages[Math.min(5, Math.max(1, Math.floor(stage))) - 1]!;
  return {
    content,
    assessment,
    language,
    l,
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

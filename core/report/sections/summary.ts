import { bold, h1, h3, headed, join, pageRef } from '../blocks';
import type { ReportContext } from '../context';
import { formatChange, formatDate, formatUsdRange } from '../format';
import { dataTable, th } from '../layout';
import type { PdfContent, PdfNode } from '../pdfmake-types';
import { unrankedRisks } from './unranked';
import { riskStatement } from './risk-statement';

/** Top risks the brief puts in plain words. */
const TOP_RISKS = 5;
/** Actions the brief names as what to do first. */
const FIRST_ACTIONS = 5;

/**
 * The decision brief, right after the cover: key messages in prose, where the
 * institution stands, the top risks in plain words, what to do first, what is
 * not ranked and why, and where to read more. Every figure is read from Results.
 */
export function summarySection(ctx: ReportContext): PdfContent[] {
  const { t, assessment } = ctx;
  const summary = ctx.results.summary;
  const answered = ctx.scored.reduce((n, s) => n + s.answered, 0);
  const out: PdfContent[] = [h1(ctx, t('sections.summary'), 'summary')];
  out.push(
    ctx.p(t('summary.intro', { institution: ctx.institutionIn, date: formatDate(assessment.meta.assessmentDate, ctx.language), answered, asked: summary.asked, completeness: ctx.pct(summary.completeness) }), {
      style: 'lead',
    }),
  );
  const workshop = ctx.results.workshop;
  if (workshop?.provisional) out.push(ctx.p(`${t('provisional', { count: workshop.undecided })}. ${t('provisionalWhy')}`, { style: 'p', bold: true }));
  // Numbered by hand in a column of their own: a list marker would be drawn amid the message's words, and read so by a screen reader.
  const messages = keyMessages(ctx).map((m, i): PdfNode => ({
    columns: [
      { text: bold(`${i + 1}.`), width: 14 },
      { text: ctx.runs(m), width: '*' },
    ],
    columnGap: 2,
    margin: [0, 0, 0, 4],
  }));
  out.push(...headed(ctx, [h3(ctx, t('summary.keyMessages'))], [{ stack: messages, margin: [0, 0, 0, 6] }]));
  if (ctx.results.roadmap.totals.costHigh > 0) out.push(...headed(ctx, [h3(ctx, t('summary.ask'))], askBlock(ctx)));
  out.push(...headed(ctx, [h3(ctx, t('summary.stands'))], standsTable(ctx)));
  out.push(...headed(ctx, [h3(ctx, t('summary.priorities'))], topRisks(ctx)));
  out.push(...headed(ctx, [h3(ctx, t('summary.firstActions'))], firstActions(ctx)));
  const unranked = unrankedRisks(ctx);
  if (unranked.length > 0) {
    out.push(
      ...headed(
        ctx,
        [h3(ctx, t('summary.unranked'))],
        unranked.map((u) => ({ text: join(bold(ctx.runs(u.statement)), ctx.runs(`${t('dash')}${u.reason}`)), margin: [8, 0, 0, 3] })),
      ),
    );
  }
  const more = readMore(ctx);
  if (more.length > 0) out.push(...headed(ctx, [h3(ctx, t('summary.readMore'))], more));
  return out;
}

/** Three to five messages: what stands out, what to do first, what is contested or unknown, progress since the baseline. */
function keyMessages(ctx: ReportContext): string[] {
  const { t, results } = ctx;
  const summary = results.summary;
  const messages: string[] = [];
  const section = (id: string) => ctx.scored.find((s) => s.id === id);
  const strongest = summary.strongest ? section(summary.strongest) : undefined;
  const weakest = summary.weakest ? section(summary.weakest) : undefined;
  const gap = summary.largestGap ? section(summary.largestGap) : undefined;
  if (strongest?.stage != null && weakest?.stage != null && gap) {
    messages.push(
      t('summary.messages.standsOut', {
        strongest: ctx.areaTitle(strongest.id),
        strongStage: t('stageNamed', { stage: strongest.stage, name: ctx.stageName(strongest.stage) }),
        weakest: ctx.areaTitle(weakest.id),
        weakStage: t('stageNamed', { stage: weakest.stage, name: ctx.stageName(weakest.stage) }),
        gapPillar: ctx.areaTitle(gap.id),
        target: gap.target,
      }),
    );
  }
  const first = ctx.actions.filter((a) => a.phase === 1);
  const top = ctx.risks[0];
  if (first.length > 0) {
    const named = first
      .slice(0, 3)
      .map((a) => `${a.number} ${ctx.actionTitle(a)}`)
      .join(t('listSeparator'));
    messages.push(
      t('summary.messages.first', { count: first.length, actions: named }) + (top ? ` ${t('summary.messages.topRisk', { risk: ctx.loc(riskStatement(ctx, top.id)), band: t(`bands.${top.band}`).toLowerCase() })}` : ''),
    );
  }
  const totals = results.roadmap.totals;
  if (totals.costHigh > 0) {
    const money = (r: { costLow: number; costHigh: number }) => formatUsdRange(r.costLow, r.costHigh, ctx.language);
    messages.push(
      t('summary.messages.cost', { total: money(totals), firstYear: money(totals.firstYear) }) +
        (totals.funded.costHigh > 0 ? ` ${t('summary.messages.funded', { funded: money(totals.funded) })}` : ` ${t('summary.messages.noneFunded')}`),
    );
  }
  const unranked = unrankedRisks(ctx);
  const contested = unranked.filter((u) => u.risk.status === 'contested').length;
  const unknowns: string[] = [];
  if (contested > 0) unknowns.push(t('summary.messages.contestedRisks', { count: contested }));
  if (unranked.length - contested > 0) unknowns.push(t('summary.messages.incompleteRisks', { count: unranked.length - contested }));
  if (results.workshop && results.workshop.undecided > 0) unknowns.push(t('summary.messages.undecided', { count: results.workshop.undecided }));
  const dontKnow = ctx.scored.reduce((n, s) => n + s.unknown, 0);
  if (dontKnow > 0) unknowns.push(t('summary.messages.dontKnow', { count: dontKnow }));
  messages.push(unknowns.length > 0 ? t('summary.messages.unknown', { list: unknowns.join(t('listSeparator')) }) : t('summary.messages.nothingUnknown'));
  const progress = progressMessage(ctx);
  if (progress) messages.push(progress);
  return messages;
}

/** "Since 1 March 2024: Compute +0.5, Data −0.2; 2 of the 9 actions of the previous roadmap are done." */
export function progressMessage(ctx: ReportContext): string | null {
  if (!ctx.baseline) return null;
  const { comparison } = ctx.baseline;
  const changes = comparison.sections
    .filter((s) => (s.kind === 'pillar' || s.kind === 'module') && s.delta !== null)
    .map((s) => `${ctx.areaTitle(s.section)} ${formatChange(s.delta!, 1, ctx.language)}`)
    .join(ctx.t('listSeparator'));
  return ctx.t('summary.messages.progress', {
    date: formatDate(comparison.previous.assessmentDate, ctx.language),
    changes: changes || ctx.t('none'),
    done: comparison.actions.filter((a) => a.done).length,
    count: comparison.actions.length,
  });
}

/** What the roadmap asks for, by area: the first 12 months and the whole horizon; every sum from Results. */
function askBlock(ctx: ReportContext): PdfContent[] {
  const { t, language } = ctx;
  const totals = ctx.results.roadmap.totals;
  const money = (r: { costLow: number; costHigh: number }) => formatUsdRange(r.costLow, r.costHigh, language);
  const columns = [t('columns.area'), t('summary.askFirstYear'), t('summary.askHorizon')];
  const line = (label: string, range: { costLow: number; costHigh: number; firstYear: { costLow: number; costHigh: number } }, strong: boolean): PdfContent[] => [
    { text: ctx.runs(label), style: 'td', bold: strong },
    { text: ctx.runs(money(range.firstYear)), style: 'td', bold: strong, alignment: 'right' },
    { text: ctx.runs(money(range)), style: 'td', bold: strong, alignment: 'right' },
  ];
  const table = dataTable(
    {
      widths: ['*', 130, 130],
      headerText: columns,
      header: columns.map((c, i) => th(ctx.runs(c), i > 0 ? { alignment: 'right' } : {})),
      rows: [...totals.byArea.map((a) => line(ctx.areaTitle(a.area), a, false)), line(t('summary.askTotal'), totals, true)],
    },
    ctx.width,
    ctx.pageHeight,
  );
  return [ctx.p(t('summary.askIntro'), { style: 'p' }), ...table];
}

function standsTable(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const columns = [t('columns.pillar'), t('columns.current'), t('columns.target'), t('columns.gap'), t('columns.completeness')];
  return dataTable(
    {
      widths: ['*', 90, 45, 40, 70],
      headerText: columns,
      header: columns.map((c) => th(ctx.runs(c))),
      rows: ctx.scored.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.id)), style: 'td', bold: true },
        { text: ctx.runs(s.score === null || s.stage === null ? t('profile.noData') : `${ctx.num(s.score)} · ${ctx.stageName(s.stage)}`), style: 'td' },
        { text: String(s.target), style: 'td' },
        { text: s.gap === null ? t('none') : ctx.num(s.gap), style: 'td' },
        { text: ctx.runs(ctx.pct(s.completeness)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
}

/** The most pressing risks in words: how likely, how severe, how prepared, and when to act; no bare priority figure. */
function topRisks(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const top = ctx.risks.slice(0, TOP_RISKS);
  if (top.length === 0) return [ctx.p(t('summary.noRisks'), { style: 'p' })];
  return top.map((r) => ({
    text: join(
      bold(`${r.rank}. `),
      bold(ctx.runs(ctx.loc(riskStatement(ctx, r.id)))),
      ctx.runs(
        `${t('dash')}${t('summary.riskWords', {
          band: t(`bands.${r.band}`).toLowerCase(),
          likelihood: t(`summary.likelihoodWords.${r.likelihood}`),
          impact: t(`summary.impactWords.${r.impact}`),
          preparedness: t('stageNamed', { stage: r.preparedness, name: ctx.stageName(r.preparedness) }),
          when: t(`summary.actWhen.${r.band}`),
        })}`,
      ),
    ),
    margin: [0, 0, 0, 4],
  }));
}

function firstActions(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const first = ctx.actions.filter((a) => a.phase === 1).slice(0, FIRST_ACTIONS);
  if (first.length === 0) return [ctx.p(t('summary.noActions'), { style: 'p' })];
  return dataTable(
    {
      widths: [24, '*', 100, 96],
      headerText: ['#', t('columns.action'), t('columns.lead'), t('columns.cost')],
      header: [th('#'), th(ctx.runs(t('columns.action'))), th(ctx.runs(t('columns.lead'))), th(ctx.runs(t('columns.cost')))],
      rows: first.map((a) => [
        { text: a.number, style: 'td', bold: true, ...(ctx.printed.has('roadmap') ? { linkToDestination: ctx.actionAnchor(a.id) } : {}) },
        { text: ctx.runs(ctx.actionTitle(a)), style: 'td' },
        { text: ctx.runs(a.leadName ?? t(`leadActors.${a.lead}`)), style: 'td' },
        { text: ctx.runs(a.costLow !== null && a.costHigh !== null ? formatUsdRange(a.costLow, a.costHigh, ctx.language) : t('none')), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
}

/** Sections to read next, each with its page (only those this report prints). */
const DETAIL_SECTIONS = ['context', 'profile', 'pillars', 'security', 'plan', 'roadmap', 'monitoring', 'appendix'] as const;

function readMore(ctx: ReportContext): PdfContent[] {
  return DETAIL_SECTIONS.filter((id) => ctx.printed.has(id)).map((id) => ({
    columns: [
      { text: ctx.runs(ctx.t(`sections.${id}`)), width: '*' },
      // pdfmake resolves a page reference on the first line of a paragraph only, so it has a column of its own.
      { text: pageRef(ctx, id), width: 'auto' },
    ],
    columnGap: 6,
    margin: [8, 0, 0, 2],
  }));
}

import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { assessedRisks, type Results } from '../../../core/method/results';
import { formatDate, formatDecimal, formatUsdRange } from '../../../core/report/format';
import { endQuarter } from '../../../core/report/sections/plan';
import type { Assessment } from '../../../core/model/schema/assessment';
import { makeDemoResponses } from '../../../core/demo/responses';
import { COUNTRY_NOT_STATED } from '../../../core/model/meta';
import { assessmentFromResponses } from '../../../core/workshop/merge';
import { TRANSLATE, bodyText, demo, extract, headings, pagesOf, previousYear, render, reportContent, squash, workshop, type Page } from './helpers';

const en = TRANSLATE.en;
const usd = (range: { costLow: number; costHigh: number }) => squash(formatUsdRange(range.costLow, range.costHigh, 'en'));
const statement = (id: string) => {
  for (const section of reportContent().questionnaire.sections) for (const item of section.items) if (item.id === id && (item.type === 'risk' || item.type === 'indicator')) return item.statement.en!;
  throw new Error(`no item ${id}`);
};

/** The decision brief: the pages from its heading to the one before the contents. */
function briefText(pages: Page[]): string {
  const contents = headings(pages, 18).find((h) => h.text === en('contents'))!;
  return bodyText(pages.slice(1, contents.page - 1));
}

describe('a workshop report with a baseline (English)', () => {
  let assessment: Assessment;
  let previous: Assessment;
  let results: Results;
  let pages: Page[];

  beforeAll(async () => {
    assessment = workshop();
    previous = previousYear();
    results = analyse(reportContent(), assessment, { baseline: previous });
    pages = await extract(await render(assessment, {}, reportContent(), previous));
  });

  it('opens with a brief whose key messages, ask and risks read the figures of Results', () => {
    const brief = briefText(pages);
    const totals = results.roadmap.totals;
    expect(totals.costHigh).toBeGreaterThan(0);
    expect(brief).toContain(squash(en('summary.messages.cost', { total: formatUsdRange(totals.costLow, totals.costHigh, 'en'), firstYear: formatUsdRange(totals.firstYear.costLow, totals.firstYear.costHigh, 'en') })));
    // The ask by area: the first 12 months beside the horizon, on one row.
    for (const area of totals.byArea) expect(brief, area.area).toContain(`${usd(area.firstYear)}${usd(area)}`);
    expect(totals.byArea.some((a) => a.firstYear.costHigh > 0 && a.firstYear.costHigh < a.costHigh)).toBe(true);
    // The top risks in words, never as a bare priority figure.
    for (const risk of assessedRisks(results).slice(0, 5)) {
      expect(brief).toContain(squash(statement(risk.id)));
      expect(brief).toContain(squash(en(`summary.likelihoodWords.${risk.likelihood}`)));
      expect(brief).toContain(squash(en(`summary.actWhen.${risk.band}`)));
      expect(brief).not.toContain(formatDecimal(risk.priority, 2, 'en'));
    }
    // Progress since the baseline, in the brief itself.
    const done = results.baseline!.actions.filter((a) => a.done).length;
    expect(brief).toContain(squash(`Since ${formatDate(previous.meta.assessmentDate, 'en')}:`));
    expect(brief).toContain(squash(`${done} of the ${results.baseline!.actions.length} actions of the previous roadmap`));
  });

  it('names each contested risk in the brief with its reason, apart from the risks not fully rated', () => {
    const brief = briefText(pages);
    const contested = results.risks.filter((r) => r.status === 'contested');
    expect(contested.length).toBeGreaterThan(0);
    for (const risk of contested) expect(brief).toContain(squash(`${statement(risk.id)}${en('dash')}${en('security.reasons.contested')}`));
    expect(brief).toContain(squash(en('summary.messages.contestedRisks', { count: contested.length })));
  });

  it('refers to the page of each detailed section', () => {
    const brief = briefText(pages);
    for (const id of ['context', 'plan', 'monitoring', 'appendix']) {
      const heading = headings(pages, 18).find((h) => h.text === en(`sections.${id}`))!;
      expect(brief, id).toContain(squash(`${en(`sections.${id}`)}p. ${heading.page}`));
    }
  });

  it('prints the investment plan totals of Results, by phase and by area, with the funded split', () => {
    const plan = bodyText(pagesOf(pages, en('sections.plan'), 18));
    const totals = results.roadmap.totals;
    for (const phase of totals.byPhase) expect(plan).toContain(squash(`${en('phaseTitle', { phase: phase.phase, name: en(`phases.${phase.phase}`) })}${formatUsdRange(phase.costLow, phase.costHigh, 'en')}`));
    for (const area of totals.byArea) expect(plan).toContain(usd(area));
    expect(plan).toContain(squash(`${en('plan.total')}${formatUsdRange(totals.costLow, totals.costHigh, 'en')}`));
    expect(plan).toContain(squash(`${en('plan.funded')}${formatUsdRange(totals.funded.costLow, totals.funded.costHigh, 'en')}`));
    expect(plan).toContain(squash(en('plan.unfunded')));
    expect(plan).toContain(squash(en('funding.world-bank')));
  });

  it('draws a timeline row per scheduled action with the numbers of its prerequisites', () => {
    const plan = bodyText(pagesOf(pages, en('sections.plan'), 18));
    const actions = results.roadmap.phases.flatMap((p) => p.actions);
    const numbers = new Map(actions.map((a) => [a.id, a.number]));
    for (const action of actions) {
      const needs = action.requires.map((id) => numbers.get(id)).join(',') || en('none');
      expect(plan, action.id).toContain(squash(`${action.number}${action.title.en}${needs}`));
    }
  });

  it('gives a logframe row per action with a KPI: indicator, baseline, target and due quarter, and the stage then and now', () => {
    const logframe = bodyText(pagesOf(pages, en('sections.monitoring'), 18));
    expect(logframe).toContain(squash(en('monitoring.since', { date: formatDate(previous.meta.assessmentDate, 'en') })));
    const monitored = results.roadmap.phases.flatMap((p) => p.actions).filter((a) => a.kpi !== null);
    expect(monitored.length).toBeGreaterThan(0);
    for (const action of monitored) {
      const kpi = action.kpi!;
      const baseline = kpi.baseline.stage === null ? en('monitoring.toMeasure') : `${kpi.baseline.stage} · ${en(`stages.${kpi.baseline.stage}`)}`;
      const end = endQuarter(action)!;
      const due = action.due ? en('monitoring.by', { date: formatDate(action.due, 'en') }) : en('monitoring.byQuarter', { quarter: end, year: Math.ceil(end / 4) });
      expect(logframe, action.id).toContain(squash(`${action.number}${kpi.indicator.en}${baseline}${en('monitoring.targetDue', { target: kpi.target.en!, due })}`));
    }
  });

  it('lists under the heat map every risk a crowded cell cannot draw', () => {
    const security = bodyText(pagesOf(pages, en('sections.security'), 18));
    const ranks = assessedRisks(results).map((r) => squash(`${r.rank} · ${en('security.preparednessPrefix')} ${r.preparedness}`));
    // Each assessed risk is either drawn as a mark or listed as not drawn: none is left behind a "+n".
    for (const mark of ranks) expect(security).toContain(mark);
  });
});

describe('a single-respondent report (English)', () => {
  let assessment: Assessment;
  let results: Results;
  let pages: Page[];

  beforeAll(async () => {
    assessment = demo();
    results = analyse(reportContent(), assessment);
    pages = await extract(await render(assessment, { sections: ['summary', 'context', 'pillars', 'appendix'] }));
  });

  it('prints the country context from the profile answers', () => {
    const context = bodyText(pagesOf(pages, en('sections.context'), 18));
    expect(context).toContain(squash("What is your country's income group?"));
    expect(context).toContain(squash(en('context.shapes', { capacity: formatDecimal(results.roadmap.capacity, 1, 'en') })));
  });

  it('lists in "What exists" only indicators at the established stage or above', () => {
    const pillars = pagesOf(pages, en('sections.pillars'), 18);
    const all = bodyText(pillars);
    for (const section of reportContent().questionnaire.sections.filter((s) => s.kind === 'pillar')) {
      const start = all.indexOf(squash(section.title.en!));
      const exists = all.indexOf(squash(en('pillar.exists')), start);
      const next = all.indexOf(squash(en('pillar.next')), exists);
      const block = all.slice(exists, next);
      for (const item of section.items) {
        const answer = assessment.answers[item.id];
        if (item.type !== 'indicator' || answer?.kind !== 'stage') continue;
        if (answer.stage >= 3) expect(block, item.id).toContain(squash(`${item.statement.en}—${answer.stage}·`));
        else expect(block, item.id).not.toContain(squash(`${item.statement.en}—`));
      }
    }
  });

  it('names the lead respondent in the annex, lists references and leaves lines to sign', () => {
    const appendix = bodyText(pagesOf(pages, en('sections.appendix'), 18));
    expect(assessment.respondents).toEqual([]);
    expect(appendix).toContain(squash(assessment.meta.leadRespondent));
    expect(appendix).not.toContain(squash(en('appendix.noRespondents')));
    const reference = reportContent()
      .questionnaire.sections.find((s) => s.kind === 'pillar')!
      .items.find((i) => i.type === 'indicator')!;
    const record = reportContent().questionnaire.references.find((r) => r.id === reference.references?.[0]?.ref)!;
    expect(appendix).toContain(squash(`${record.title}. ${record.publisher}, ${record.year}.`));
    for (const step of ['prepared', 'reviewed', 'approved']) expect(appendix).toContain(squash(en(`signOff.steps.${step}`)));
    expect(appendix).toContain(squash(en('signOff.intro', { version: results.method, id: assessment.id })));
  });
});

describe('a workshop made from response files alone', () => {
  it('never prints the placeholder country on the cover, in the brief or in the context', async () => {
    const q = reportContent().questionnaire;
    const files = makeDemoResponses(q, { seed: 7, count: 3, now: '2025-03-01T10:00:00.000Z', assessmentId: 'workshop-x' });
    const assessment = assessmentFromResponses(q, files).assessment;
    expect(assessment.meta.country).toBe(COUNTRY_NOT_STATED);
    const pages = await extract(await render(assessment, { sections: ['cover', 'summary', 'context'] }));
    const all = squash(pages.map((p) => p.text).join('\n'));
    expect(all).not.toContain(squash(COUNTRY_NOT_STATED));
    expect(all).toContain(squash(assessment.meta.institution));
  });
});

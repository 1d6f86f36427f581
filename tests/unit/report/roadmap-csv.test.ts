import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { addCustomAction, setFunded } from '../../../core/method/roadmap-edits';
import { localize } from '../../../core/model/localize';
import { ROADMAP_CSV_COLUMNS, roadmapCsv } from '../../../core/report/roadmap-csv';
import { parseCsv } from '../../helpers/csv-reader';
import { TRANSLATE, demo, reportContent } from './helpers';

const content = reportContent();

function table(csv: string): Array<Record<string, string>> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const [header, ...rows] = parsed.value;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('the costed roadmap as a spreadsheet', () => {
  it('has one row per action, scheduled then beyond the horizon, with every cost, funding and KPI field', () => {
    const assessment = setFunded(demo(content), analyse(content, demo(content)).roadmap.phases[0]!.actions[0]!.id, true);
    const results = analyse(content, assessment);
    const t = TRANSLATE.en;
    const csv = roadmapCsv(content, results, 'en', t);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = table(csv);
    const col = (c: (typeof ROADMAP_CSV_COLUMNS)[number]) => t(`roadmapCsv.column.${c}`);
    expect(Object.keys(rows[0]!)).toEqual(ROADMAP_CSV_COLUMNS.map(col));
    const scheduled = results.roadmap.phases.flatMap((p) => p.actions);
    const all = [...scheduled, ...results.roadmap.beyondHorizon];
    expect(all.length).toBeGreaterThan(10);
    expect(results.roadmap.beyondHorizon.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[col('number')])).toEqual(all.map((a) => a.number));

    const first = scheduled[0]!;
    const row = rows[0]!;
    expect(row[col('title')]).toBe(localize(first.title, 'en'));
    expect(row[col('lead')]).toBe(t(`leadActors.${first.lead}`));
    expect(row[col('costLow')]).toBe(String(first.costLow));
    expect(row[col('costHigh')]).toBe(String(first.costHigh));
    expect(row[col('capitalShare')]).toBe(String(Math.round(first.capitalShare! * 100)));
    expect(row[col('funding')]).toBe(first.funding.map((f) => t(`funding.${f}`)).join('; '));
    expect(row[col('funded')]).toBe('yes');
    expect(row[col('kpiIndicator')]).toBe(localize(first.kpi!.indicator, 'en'));
    expect(row[col('kpiVerification')]).toBe(localize(first.kpi!.verification, 'en'));
    expect(row[col('kpiFrequency')]).toBe(t(`roadmapCsv.frequency.${first.kpi!.frequency}`));
    expect(row[col('startQuarter')]).toBe(String(first.startQuarter));
    expect(row[col('status')]).toBe('scheduled');
    for (const r of rows.slice(scheduled.length)) {
      expect(r[col('startQuarter')]).toBe('');
      expect(r[col('status')]).toMatch(/^beyond the horizon: /);
    }

    // A donor adds the columns up: the sums of the scheduled rows are the roadmap's totals.
    const sum = (c: 'costLow' | 'costHigh') => rows.slice(0, scheduled.length).reduce((n, r) => n + Number(r[col(c)] || 0), 0);
    expect(sum('costLow')).toBe(results.roadmap.totals.costLow);
    expect(sum('costHigh')).toBe(results.roadmap.totals.costHigh);

    // Prerequisites are named by the numbers the rows carry.
    const numbers = new Set(all.map((a) => a.number));
    const withPrerequisites = rows.filter((r) => r[col('prerequisites')] !== '');
    expect(withPrerequisites.length).toBeGreaterThan(0);
    for (const r of withPrerequisites) for (const n of r[col('prerequisites')]!.split('; ')) expect(numbers.has(n)).toBe(true);
  });

  it('keeps what a user typed intact but harmless: quotes, commas, line breaks, and formulas', () => {
    const title = '=HYPERLINK("http://example.test","Budget, 2027")';
    const assessment = addCustomAction(demo(content), { area: 'data', title, phase: 1, lead: 'statistics-office' });
    const csv = roadmapCsv(content, analyse(content, assessment), 'fr', TRANSLATE.fr);
    // Written with the apostrophe a spreadsheet shows as text, quoted as RFC 4180 asks.
    expect(csv).toContain(`"'=HYPERLINK(""http://example.test"",""Budget, 2027"")"`);
    const custom = table(csv).find((r) => r[TRANSLATE.fr('roadmapCsv.column.title')] === title)!;
    expect(custom[TRANSLATE.fr('roadmapCsv.column.status')]).toBe(`${TRANSLATE.fr('roadmapCsv.status.scheduled')}; ${TRANSLATE.fr('roadmapCsv.status.custom')}`);
    expect(custom[TRANSLATE.fr('roadmapCsv.column.costLow')]).toBe('');
  });

  it('speaks the chosen language in headers and words, Chinese included', () => {
    const results = analyse(content, demo(content));
    const rows = table(roadmapCsv(content, results, 'zh', TRANSLATE.zh));
    const first = results.roadmap.phases[0]!.actions[0]!;
    expect(rows[0]![TRANSLATE.zh('roadmapCsv.column.title')]).toBe(localize(first.title, 'zh'));
    expect(rows[0]![TRANSLATE.zh('roadmapCsv.column.lead')]).toBe(TRANSLATE.zh(`leadActors.${first.lead}`));
    expect(Object.keys(rows[0]!)[0]).toBe('编号');
  });
});

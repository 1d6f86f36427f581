import { beforeAll, describe, expect, it } from 'vitest';
import { METHOD_VERSION } from '../../../core/method/version';
import { analyse } from '../../../core/method/analyse';
import { formatUsdRange } from '../../../core/report/format';
import { TRANSLATE, blankPages, demo, sectionHeadings, extract, headings, lines, render, reportContent, squash, type Page } from './helpers';

const t = TRANSLATE.en;
let pages: Page[];

beforeAll(async () => {
  pages = await extract(await render(demo()));
});

/** TOC lines: "title … page" pairs from the contents page. */
function tocEntries(): { title: string; page: number }[] {
  const toc = pages.find((p) => lines(p).some((line) => line.text === t('contents') && line.size > 17));
  expect(toc, 'contents page').toBeDefined();
  return lines(toc!)
    .filter((line) => line.y > 60 && line.y < toc!.height - 45)
    .map((line) => /^(.*\S)\s+(\d+)$/.exec(line.text))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
}

describe('report structure (English, A4)', () => {
  it('has a cover with institution, country, dates, versions and the confidentiality mark', () => {
    const cover = pages[0]!.text;
    const content = reportContent();
    for (const text of [
      t('reportTitle'),
      'Ministry of Digital Economy and Innovation',
      'Republic of Asterra',
      '1 March 2025',
      '2 March 2025',
      `CapaMap ${METHOD_VERSION}`,
      content.questionnaire.version,
      content.library.version,
      'demo-00000007',
      'For official use',
    ])
      expect(squash(cover)).toContain(squash(text));
  });

  it('prints every section heading, each at the top of its own page', () => {
    const h1 = headings(pages.slice(1), 18).map((h) => h.text);
    expect(h1).toEqual(sectionHeadings(t));
    const tops = headings(pages.slice(1), 18).map((h) => Math.round(h.y));
    expect(new Set(tops).size).toBe(1);
  });

  it('has one pillar heading per scored section, then the sub-section headings', () => {
    const content = reportContent();
    const scored = content.questionnaire.sections.filter((s) => s.kind === 'pillar' || s.kind === 'module').map((s) => s.title.en);
    const h2 = headings(pages, 13.5).map((h) => h.text);
    for (const title of [
      ...scored,
      t('security.ranked'),
      t('security.meaning'),
      t('plan.timeline'),
      t('phaseTitle', { phase: 1, name: t('phases.1') }),
      t('appendix.answers'),
      t('appendix.method'),
      t('appendix.assumptions'),
      t('appendix.completeness'),
      t('appendix.respondents'),
      t('appendix.references'),
      t('appendix.signOff'),
    ])
      expect(h2).toContain(title);
    const h3 = headings(pages, 11).map((h) => h.text);
    for (const title of [
      t('pillar.stands'),
      t('pillar.exists'),
      t('pillar.next'),
      t('summary.keyMessages'),
      t('summary.ask'),
      t('summary.stands'),
      t('summary.priorities'),
      t('summary.firstActions'),
      t('summary.readMore'),
      t('plan.totals'),
      t('plan.funders'),
      t('context.profile'),
    ])
      expect(h3).toContain(title);
  });

  it('lists in the table of contents the page each heading is really on', () => {
    const entries = tocEntries();
    expect(entries.length).toBeGreaterThanOrEqual(15);
    const all = [...headings(pages.slice(1), 18), ...headings(pages.slice(1), 13.5)];
    for (const entry of entries) {
      const found = all.filter((h) => h.text === entry.title);
      expect(found.length, `heading "${entry.title}"`).toBeGreaterThan(0);
      expect(
        found.map((h) => h.page),
        `page of "${entry.title}"`,
      ).toContain(entry.page);
    }
  });

  it('numbers every page but the cover "Page X of Y" and repeats the running header', () => {
    const total = pages.length;
    expect(pages[0]!.text).not.toContain(`Page 1 of ${total}`);
    for (const page of pages.slice(1)) {
      const rows = lines(page);
      expect(rows.at(-1)!.text).toContain(t('pageOf', { page: page.number, total }));
      expect(rows[0]!.text).toContain(t('runningTitle'));
      expect(rows[0]!.text).toContain('For official use');
    }
  });

  it('leaves no page blank', () => {
    expect(blankPages(pages)).toEqual([]);
  });

  it('leaves no heading at the foot of a page', () => {
    for (const page of pages.slice(1)) {
      const rows = lines(page);
      const body = rows.filter((r) => r.y > 50 && r.y < page.height - 45);
      const last = body.at(-1);
      if (!last) continue;
      expect(
        [18, 13.5, 11].some((size) => Math.abs(last.size - size) < 0.3),
        `page ${page.number} ends with heading "${last.text}"`,
      ).toBe(false);
    }
  });

  it('opens with a decision brief of at most three pages, before the contents', () => {
    const page = pages.find((p) => headings([p], 18).some((h) => h.text === t('sections.summary')))!;
    expect(page.number, 'the brief follows the cover').toBe(2);
    const contents = pages.find((p) => headings([p], 18).some((h) => h.text === t('contents')))!;
    expect(contents.number - page.number, 'brief pages').toBeLessThanOrEqual(3);
    const text = squash(
      pages
        .slice(1, contents.number - 1)
        .map((p) => p.text)
        .join('\n'),
    );
    expect(text).toContain(squash(t('summary.priorities')));
    for (const n of ['1.1', '1.2', '1.3', '1.4', '1.5']) expect(text).toContain(n);
  });

  it('draws the charts as vectors with their labels as text', () => {
    const profile = pages.find((p) => headings([p], 18).some((h) => h.text === t('sections.profile')))!;
    expect(profile.text).toContain(t('profile.radarCurrent'));
    expect(profile.text).toContain(t('profile.radarTarget'));
    // One radar axis per pillar, governance & ecosystem among them (axis labels wrap: compare without spaces).
    const { radar } = analyse(reportContent(), demo());
    expect(radar).toContain('governance');
    for (const id of radar) expect(squash(profile.text)).toContain(squash(reportContent().questionnaire.sections.find((s) => s.id === id)!.title.en!));
    const security = pages.find((p) => headings([p], 18).some((h) => h.text === t('sections.security')))!;
    expect(security.text).toContain(t('security.likelihood'));
    expect(security.text).toMatch(/1 · Prep\.\s\d/);
  });

  it('prints an action card for every scheduled action with its lead, cost range and why', () => {
    const all = squash(pages.map((p) => p.text).join('\n'));
    for (const label of [t('roadmap.partners'), t('roadmap.funding'), t('roadmap.prerequisites'), t('roadmap.successIndicator'), t('roadmap.why')]) expect(all).toContain(squash(label));
    const content = reportContent();
    const roadmap = { actions: analyse(content, demo()).roadmap.phases.flatMap((p) => p.actions) };
    expect(roadmap.actions.length).toBeGreaterThan(0);
    const cards = squash(
      pages
        .slice(pages.findIndex((p) => headings([p], 13.5).some((h) => h.text === t('phaseTitle', { phase: 1, name: t('phases.1') }))))
        .map((p) => p.text)
        .join('\n'),
    );
    for (const action of roadmap.actions) expect(cards, action.id).toContain(squash(action.title.en ?? ''));
    for (const action of roadmap.actions) if (action.costLow !== null && action.costHigh !== null) expect(cards, action.id).toContain(squash(formatUsdRange(action.costLow, action.costHigh, 'en')));
  });

  it('prints every item in the appendix with its answer', () => {
    const start = pages.findIndex((p) => headings([p], 18).some((h) => h.text === t('sections.appendix')));
    const appendix = squash(
      pages
        .slice(start)
        .map((p) => p.text)
        .join('\n'),
    );
    for (const section of reportContent().questionnaire.sections)
      for (const item of section.items) {
        const label = item.type === 'indicator' || item.type === 'risk' ? item.statement.en : item.label.en;
        expect(appendix, item.id).toContain(squash(label!));
      }
    expect(appendix).toContain(squash(t('appendix.methodVersion', { version: METHOD_VERSION })));
    expect(appendix).toContain(squash(t('appendix.assumptions')));
  });

  it('keeps all text inside the page margins', () => {
    for (const page of pages)
      for (const item of page.items) {
        if (!item.str.trim()) continue;
        expect(item.x, `"${item.str}" on page ${page.number}`).toBeGreaterThanOrEqual(40);
        expect(item.x + item.width, `"${item.str}" on page ${page.number}`).toBeLessThanOrEqual(page.width - 40);
      }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../core/workshop/baseline';
import { mergeView } from '../../../core/workshop/merge';
import { indexItems } from '../../../core/model/questionnaire';
import { MAX_CONTESTED } from '../../../core/report/context';
import { formatChange, formatDate, formatDecimal } from '../../../core/report/format';
import { REPORT_LANGUAGES, isRtl } from '../../../core/report/language';
import { CONTESTED_MARK } from '../../../core/report/sections/appendix';
import type { Assessment } from '../../../core/model/schema/assessment';
import type { Answer } from '../../../core/model/schema/assessment';
import { DECISION_NOTE, TRANSLATE, blankPages, bodyText, demo, readerText, extract, headings, lines, pagesOf, previousYear, render, reportContent, squash, tocEntries, workshop, type Page } from './helpers';

const en = TRANSLATE.en;
const text = bodyText;
/**
 * Right-to-left text is drawn in visual order, brackets and quotation marks
 * in their mirrored shape (the PDF can only say which glyph it drew): read
 * back, "(" and ")" or « and » change places, so they compare as one.
 */
const unmirrored = (text: string, language: string) => (isRtl(language) ? text.replace(/[()]/g, '(').replace(/[«»]/g, '«') : text);
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** An answer as the report writes it in English (stage, risk values, don't know…). */
function written(answer: Answer): string {
  switch (answer.kind) {
    case 'stage':
      return `${answer.stage} · ${en(`stages.${answer.stage}`)}`;
    case 'risk':
      return en('answers.riskValues', { likelihood: String(answer.likelihood), impact: String(answer.impact), preparedness: `${answer.preparedness} · ${en(`stages.${answer.preparedness!}`)}` });
    case 'dont-know':
      return en('answers.dontKnow');
    case 'not-applicable':
      return en('answers.notApplicable');
    case 'profile':
      return String(answer.value);
  }
}

function statement(itemId: string): string {
  const item = indexItems(reportContent().questionnaire).get(itemId)!.item;
  return item.type === 'indicator' || item.type === 'risk' ? item.statement.en! : item.label.en!;
}

describe('a report without respondents', () => {
  it('has no disagreement section, no contested marks and no progress section', async () => {
    for (const assessment of [demo(), workshop(undefined, { count: 1 })]) {
      const pages = await extract(await render(assessment, { sections: ['contents', 'profile', 'appendix'] }));
      const all = text(pages);
      expect(all).not.toContain(squash(en('disagreement.title')));
      expect(all).not.toContain(squash(en('disagreement.contested')));
      expect(all).not.toContain(squash(en('columns.meanSpread')));
      expect(all).not.toContain(CONTESTED_MARK);
      expect(all).not.toContain(squash(en('progress.scores')));
      expect(all).not.toContain('Progresssince');
    }
  });
});

describe('a workshop report (five respondents)', () => {
  let assessment: Assessment;
  let pages: Page[];
  let section: Page[];

  beforeAll(async () => {
    assessment = workshop();
    pages = await extract(await render(assessment));
    section = pagesOf(pages, en('disagreement.title'), 13.5);
  });

  it('prints "Where respondents disagree" in the capacity profile, listed in the contents', () => {
    expect(section.length).toBeGreaterThan(0);
    const h2 = headings(pages, 13.5).map((h) => h.text);
    expect(h2).toContain(en('disagreement.title'));
    const profile = headings(pages, 18).find((h) => h.text === en('sections.profile'))!;
    const pillars = headings(pages, 18).find((h) => h.text === en('sections.pillars'))!;
    expect(section[0]!.number).toBeGreaterThanOrEqual(profile.page);
    expect(section[0]!.number).toBeLessThan(pillars.page);
    expect(tocEntries(pages, en('contents')).map((e) => e.title)).toContain(en('disagreement.title'));
  });

  it('lists every respondent with name and agency, and the per-area spread and counts', () => {
    const view = mergeView(reportContent().questionnaire, assessment);
    const body = text(section);
    expect(view.respondents).toHaveLength(5);
    for (const r of view.respondents) {
      expect(body, r.name).toContain(squash(r.name));
      expect(body, r.agency).toContain(squash(r.agency));
    }
    const agencies = new Set(view.respondents.map((r) => r.agency.trim().toLowerCase())).size;
    // Written out here, plural forms and all, so a wrong catalog form shows.
    const { agreed, conflicts: open, resolved } = view.totals;
    const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
    const openPart = open ? `, and ${open} ${plural(open, 'remains', 'remain')} open (without a consensus answer, ${plural(open, 'it does', 'they do')} not count in the scores)` : '';
    expect(body).toContain(
      squash(
        `5 respondents from ${agencies} ${plural(agencies, 'agency', 'agencies')} answered separately. They agreed on ${agreed} ${plural(agreed, 'question', 'questions')}; the facilitator recorded a consensus on ${resolved}${openPart}.`,
      ),
    );
    const rows = section.flatMap(lines).map((line) => squash(line.text));
    for (const s of view.sections) {
      const title = reportContent().questionnaire.sections.find((x) => x.id === s.section)!.title.en!;
      const mean = s.meanSpread === null ? en('none') : formatDecimal(s.meanSpread, 1, 'en');
      expect(rows, title).toContain(squash(`${title}${mean}${s.agreed}${s.conflicts}${s.resolved}`));
    }
  });

  it('shows the most contested questions with every position, who took it, and the facilitator’s decision', () => {
    const view = mergeView(reportContent().questionnaire, assessment, { contested: MAX_CONTESTED });
    const body = text(section);
    const names = new Map(view.respondents.map((r) => [r.id, r.name]));
    expect(view.contested.length).toBe(MAX_CONTESTED);
    expect(view.contested.some((i) => i.status === 'resolved')).toBe(true);
    expect(view.contested.some((i) => i.status === 'conflict')).toBe(true);
    let last = -1;
    view.contested.forEach((item, index) => {
      const at = body.indexOf(squash(`${index + 1}. ${statement(item.itemId)}`));
      expect(at, item.itemId).toBeGreaterThan(last);
      last = at;
      const next = view.contested[index + 1];
      const block = body.slice(at, next ? body.indexOf(squash(`${index + 2}. ${statement(next.itemId)}`), at + 1) : undefined);
      if (item.spread !== null) expect(block).toContain(squash(en('disagreement.spreadOf', { spread: String(item.spread) })));
      for (const entry of item.entries) if (entry.answer) expect(block, `${item.itemId} ${entry.respondent}`).toContain(squash(written(entry.answer)));
      for (const entry of item.entries) expect(block).toContain(squash(names.get(entry.respondent)!));
      if (item.status === 'resolved') {
        expect(block).toContain(squash(en('disagreement.decided', { date: '1 March 2025' })));
        expect(block).toContain(squash(DECISION_NOTE));
        expect(block).toContain(squash(written(item.consensus!)));
      } else expect(block).toContain(squash(en('disagreement.open')));
    });
  });

  it('marks every contested item in the appendix, with its spread, and explains the mark', () => {
    const appendix = pagesOf(pages, en('sections.appendix'), 18);
    const all = text(appendix);
    expect(all).toContain(squash(en('disagreement.legend', { mark: CONTESTED_MARK })));
    const view = mergeView(reportContent().questionnaire, assessment, { contested: 1000 });
    // One mark per contested item, plus the one in the legend.
    expect(count(all, CONTESTED_MARK)).toBe(view.contested.length + 1);
    for (const item of view.contested) {
      const at = all.indexOf(squash(statement(item.itemId)));
      expect(at, item.itemId).toBeGreaterThanOrEqual(0);
      const mark = item.spread === null ? CONTESTED_MARK : squash(`${CONTESTED_MARK} ${en('disagreement.spreadOf', { spread: String(item.spread) })}`);
      expect(all.slice(at, at + 400), item.itemId).toContain(mark);
    }
    // An open conflict has no consensus answer (unless skip logic no longer asks it).
    const open = count(all, squash(en('disagreement.noConsensus'))) - count(squash(en('disagreement.legend', { mark: CONTESTED_MARK })), squash(en('disagreement.noConsensus')));
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThanOrEqual(view.totals.conflicts);
  });

  it('keeps the contents in step with the pages, leaves no heading at the foot of a page and no page blank', () => {
    expect(blankPages(pages)).toEqual([]);
    const entries = tocEntries(pages, en('contents'));
    const all = [...headings(pages.slice(1), 18), ...headings(pages.slice(1), 13.5)];
    for (const entry of entries)
      expect(
        all.filter((h) => h.text === entry.title).map((h) => h.page),
        entry.title,
      ).toContain(entry.page);
    for (const page of pages.slice(1)) {
      const body = lines(page).filter((r) => r.y > 50 && r.y < page.height - 45);
      const last = body.at(-1);
      if (last)
        expect(
          [18, 13.5, 11].some((size) => Math.abs(last.size - size) < 0.3),
          `page ${page.number} ends with "${last.text}"`,
        ).toBe(false);
    }
  });
});

describe('progress since a baseline', () => {
  const content = reportContent();
  let pages: Page[];
  let section: Page[];
  const previous = previousYear(content);
  const current = workshop(content);
  const comparison = compareWithBaseline(content.questionnaire, content.library, current, previous);
  const title = en('progress.title', { date: '1 March 2024' });

  beforeAll(async () => {
    pages = await extract(await render(current, {}, content, previous));
    section = pagesOf(pages, title, 13.5);
  });

  it('prints "Progress since <date>" in the capacity profile, listed in the contents, dated', () => {
    expect(section.length).toBeGreaterThan(0);
    expect(tocEntries(pages, en('contents')).map((e) => e.title)).toContain(title);
    const body = text(section);
    expect(body).toContain(squash(en('progress.intro', { date: '1 March 2024', id: previous.id })));
    for (const date of ['1 March 2024', '1 March 2025']) expect(body).toContain(squash(date));
    // The disagreement section follows it.
    expect(headings(pages, 13.5).findIndex((h) => h.text === title)).toBeLessThan(headings(pages, 13.5).findIndex((h) => h.text === en('disagreement.title')));
  });

  it('prints each pillar’s score then and now with the change core/baseline computes', () => {
    const rows = section.flatMap(lines).map((line) => squash(line.text));
    const pillars = comparison.sections.filter((s) => s.kind === 'pillar' || s.kind === 'module');
    expect(pillars.length).toBeGreaterThanOrEqual(4);
    expect(pillars.some((s) => s.delta !== null && Math.abs(s.delta) >= 0.05)).toBe(true);
    for (const s of pillars) {
      const name = content.questionnaire.sections.find((x) => x.id === s.section)!.title.en!;
      const cells = [s.previous, s.current].map((v) => (v === null ? en('none') : formatDecimal(v, 1, 'en'))).join('') + (s.delta === null ? en('none') : formatChange(s.delta, 1, 'en'));
      expect(rows, name).toContain(squash(`${name}${cells}`));
    }
  });

  it('prints each risk’s priority then and now with the change', () => {
    const rows = section.flatMap(lines).map((line) => squash(line.text));
    expect(comparison.risks.length).toBeGreaterThan(3);
    const band = (b: string | null) => (b ? en(`bands.${b}`) : '');
    for (const r of comparison.risks) {
      const cells = squash(
        [
          r.previous === null ? en('none') : `${formatDecimal(r.previous, 2, 'en')} · ${band(r.previousBand)}`,
          r.current === null ? en('none') : `${formatDecimal(r.current, 2, 'en')} · ${band(r.currentBand)}`,
          r.delta === null ? en('none') : formatChange(r.delta, 2, 'en'),
        ].join(''),
      );
      const words = squash(statement(r.risk));
      // Cells are top-aligned: the statement's first line carries the three values.
      const row = rows.find((line) => line.endsWith(cells) && line.length > cells.length && words.startsWith(line.slice(0, line.length - cells.length)));
      expect(row, r.risk).toBeDefined();
    }
  });

  it('lists the actions of the previous roadmap that are now done', () => {
    const body = text(section);
    const done = comparison.actions.filter((a) => a.done);
    expect(done.length).toBeGreaterThan(0);
    const [n, total] = [done.length, comparison.actions.length];
    const them = n === 1 ? 'it' : 'them';
    expect(body).toContain(
      squash(
        `${n} of the ${total} library ${total === 1 ? 'action' : 'actions'} of the previous roadmap ${n === 1 ? 'is' : 'are'} now done: every question that triggered ${them} now sits above the range that triggered ${them}.`,
      ),
    );
    for (const action of done) expect(body, action.id).toContain(squash(action.title.en!));
    for (const action of comparison.actions.filter((a) => !a.done)) expect(body, action.id).not.toContain(squash(`• ${action.title.en!} (`));
  });

  it('keeps the contents in step with the pages, and no page blank', () => {
    expect(blankPages(pages)).toEqual([]);
    const all = [...headings(pages.slice(1), 18), ...headings(pages.slice(1), 13.5)];
    for (const entry of tocEntries(pages, en('contents')))
      expect(
        all.filter((h) => h.text === entry.title).map((h) => h.page),
        entry.title,
      ).toContain(entry.page);
  });
});

describe.each(REPORT_LANGUAGES)('workshop and progress labels in %s', (language) => {
  it('prints the new headings, columns and legend in the report language', async () => {
    const content = reportContent();
    const t = TRANSLATE[language];
    const pages = await extract(await render(workshop(content), { language, sections: ['contents', 'profile', 'appendix'] }, content, previousYear(content)));
    // Arabic lines mixing fonts are drawn in visual order: read them as a reader does.
    const all = isRtl(language) ? unmirrored(squash(readerText(pages)), language) : text(pages);
    expect(blankPages(pages)).toEqual([]);
    const then = formatDate('2024-03-01', language);
    for (const label of [
      t('progress.title', { date: then }),
      t('progress.scores'),
      t('progress.risks'),
      t('progress.actions'),
      t('columns.change'),
      t('disagreement.title'),
      t('disagreement.respondents'),
      t('disagreement.byArea'),
      t('disagreement.contested'),
      t('columns.meanSpread'),
      t('columns.open'),
      t('columns.resolved'),
      t('disagreement.open'),
      t('disagreement.legend', { mark: CONTESTED_MARK }),
      t('disagreement.noConsensus'),
      t('appendix.formulas.target'),
    ])
      expect(all, label).toContain(unmirrored(squash(label), language));
    if (language !== 'en') for (const english of [en('disagreement.title'), en('progress.scores'), en('disagreement.contested'), 'Mean spread']) expect(all).not.toContain(squash(english));
  });
});

describe.each(REPORT_LANGUAGES.flatMap((language) => (['a4', 'letter'] as const).map((paper) => [language, paper] as const)))('a full workshop report with progress in %s on %s', (language, paper) => {
  it('leaves no page blank, no heading at the foot of a page, no text beyond the margin, and lists the real page of every heading', async () => {
    const content = reportContent();
    const t = TRANSLATE[language];
    const pages = await extract(await render(workshop(content), { language, paper }, content, previousYear(content)));
    expect(blankPages(pages)).toEqual([]);
    for (const page of pages.slice(1)) {
      const body = lines(page).filter((r) => r.y > 50 && r.y < page.height - 45);
      const last = body.at(-1);
      if (last)
        expect(
          [18, 13.5, 11].some((size) => Math.abs(last.size - size) < 0.3),
          `page ${page.number} ends with "${last.text}"`,
        ).toBe(false);
    }
    // Text kept whole (Chinese pieces) still wraps inside the margins.
    for (const page of pages) for (const item of page.items) if (item.str.trim()) expect(item.x + item.width, `"${item.str}" on page ${page.number}`).toBeLessThanOrEqual(page.width - 40);
    const all = [...headings(pages.slice(1), 18), ...headings(pages.slice(1), 13.5)].map((h) => ({ ...h, text: squash(h.text) }));
    const entries = tocEntries(pages, t('contents'));
    expect(entries.length).toBeGreaterThan(15);
    for (const entry of entries)
      expect(
        all.filter((h) => h.text === squash(entry.title)).map((h) => h.page),
        entry.title,
      ).toContain(entry.page);
  });
});

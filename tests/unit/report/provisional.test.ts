import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { buildReport, reportInput } from '../../../core/report/build';
import { REPORT_LANGUAGES } from '../../../core/report';
import { resolveConflict, mergeView } from '../../../core/workshop/merge';
import { hasUnsafeChars } from '../../../core/model/sanitize';
import { TRANSLATE, demo, options, reportContent, workshop } from './helpers';

/** Every string in a document definition, in order; font names (runs of another script) left out. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) strings(n, out);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== 'font') strings(v, out);
  return out;
}
const text = (definition: unknown) => strings(definition).join('');

describe('a report of a workshop with undecided questions', () => {
  const content = reportContent();
  const open = workshop(content, { resolve: 2 });
  const undecided = analyse(content, open).workshop!.undecided;

  it('says "provisional — N questions still to decide" on the cover and in the summary, in every language', () => {
    expect(undecided).toBeGreaterThan(0);
    for (const language of REPORT_LANGUAGES) {
      const t = TRANSLATE[language];
      const cover = text(buildReport(reportInput(content, open, t), options({ language, sections: ['cover'] })).content);
      const summary = text(buildReport(reportInput(content, open, t), options({ language, sections: ['summary'] })).content);
      expect(cover, language).toContain(t('provisional', { count: undecided }));
      expect(summary, language).toContain(t('provisional', { count: undecided }));
      expect(summary, language).toContain(t('provisionalWhy'));
    }
    expect(TRANSLATE.en('provisional', { count: undecided })).toBe(`PROVISIONAL — ${undecided} questions still to decide`);
  });

  it('drops the mark once every disagreement is decided, and never shows it without respondents', () => {
    const q = content.questionnaire;
    let decided = open;
    for (const item of mergeView(q, open, { contested: 1000 }).items.filter((i) => i.status === 'conflict'))
      decided = resolveConflict(q, decided, { itemId: item.itemId, answer: item.suggestion, note: 'agreed', decidedAt: '2025-03-01T16:00:00.000Z' });
    for (const assessment of [decided, demo(content)]) {
      const all = text(buildReport(reportInput(content, assessment, TRANSLATE.en), options({ sections: ['cover', 'summary'] })).content);
      expect(all).not.toContain('PROVISIONAL');
    }
  });
});

describe('PDF document properties', () => {
  it('carry no control or bidi-override characters from the file', () => {
    const hostile = demo(reportContent(), (a) => {
      a.meta.institution = 'Ministry\u202Efdp.exe\u001b[31m\r\nX';
      a.meta.country = 'Asterra\u2066\u0085';
    });
    const { info } = buildReport(reportInput(reportContent(), hostile, TRANSLATE.en), options({ sections: ['cover'] }));
    for (const value of Object.values(info ?? {})) if (typeof value === 'string') expect(hasUnsafeChars(value), value).toBe(false);
    expect(info?.author).toBe('Ministry fdp.exe [31m X');
  });
});

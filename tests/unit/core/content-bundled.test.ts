import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent, type Content } from '../../../core/model/content';
import { PILLARS, PRIORITIES } from '../../../core/model/schema/questionnaire';
import { LANGUAGES, type LocalizedText } from '../../../core/model/schema/text';
import { languageCompleteness } from '../../../core/model/validate';

const ROOT = join(__dirname, '..', '..', '..', 'questionnaires');
/** Questionnaire folders, as the app finds them: a questionnaire.json beside an actions.json. */
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, e.name, 'questionnaire.json')) && existsSync(join(ROOT, e.name, 'actions.json')))
  .map((e) => e.name);

function load(folder: string): Content {
  const parsed = parseContent(readFileSync(join(ROOT, folder, 'questionnaire.json'), 'utf8'), readFileSync(join(ROOT, folder, 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${folder}: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
  return parsed.value;
}

/** The languages in which a text is missing or blank. */
const missingIn = (text: LocalizedText) => LANGUAGES.filter((l) => !(text[l] ?? '').trim());

describe('bundled content', () => {
  it('includes the core questionnaire', () => {
    expect(folders).toContain('capamap-core');
  });

  it.each(folders)('%s passes the schema and every check', (folder) => {
    const parsed = parseContent(readFileSync(join(ROOT, folder, 'questionnaire.json'), 'utf8'), readFileSync(join(ROOT, folder, 'actions.json'), 'utf8'));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  describe('capamap-core', () => {
    const { questionnaire: q, library } = load('capamap-core');
    const section = (id: string) => q.sections.find((s) => s.id === id);

    it('declares the four languages and is complete in each', () => {
      expect([...q.languages].sort()).toEqual([...LANGUAGES].sort());
      expect([...library.languages].sort()).toEqual([...LANGUAGES].sort());
      expect(languageCompleteness(q, LANGUAGES)).toEqual({ en: 1, fr: 1, es: 1, zh: 1 });
      expect(languageCompleteness(library, LANGUAGES)).toEqual({ en: 1, fr: 1, es: 1, zh: 1 });
    });

    it.each(PILLARS)('has the %s pillar with at least 8 indicators', (pillar) => {
      const s = section(pillar);
      expect(s?.kind).toBe('pillar');
      expect(s!.items.filter((i) => i.type === 'indicator').length).toBeGreaterThanOrEqual(8);
    });

    it.each(PRIORITIES)('has the %s priority with at least 3 risks', (priority) => {
      const s = section(priority);
      expect(s?.kind).toBe('priority');
      expect(s!.items.filter((i) => i.type === 'risk').length).toBeGreaterThanOrEqual(3);
    });

    const indicators = q.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'indicator' ? [i] : [])));
    it.each(indicators.map((i) => [i.id, i] as const))('indicator %s is complete in all four languages', (_, indicator) => {
      expect(indicator.stages).toHaveLength(5);
      const texts: [string, LocalizedText][] = [
        ['statement', indicator.statement],
        ...indicator.stages.map((t, n): [string, LocalizedText] => [`stage ${n + 1}`, t]),
        ['guidance', indicator.guidance],
        ...indicator.evidence.map((t, n): [string, LocalizedText] => [`evidence ${n + 1}`, t]),
      ];
      expect(indicator.evidence.length).toBeGreaterThanOrEqual(1);
      expect(indicator.references.length).toBeGreaterThanOrEqual(1);
      for (const r of indicator.references) expect(r.framework.trim() && r.item.trim()).toBeTruthy();
      expect(texts.filter(([, t]) => missingIn(t).length > 0).map(([name, t]) => `${name}: ${missingIn(t).join(',')}`)).toEqual([]);
      // Five distinct descriptors, not one text repeated.
      expect(new Set(indicator.stages.map((s) => s.en)).size).toBe(5);
    });

    const risks = q.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'risk' ? [i] : [])));
    it.each(risks.map((r) => [r.id, r] as const))('risk %s is complete in all four languages', (_, risk) => {
      const texts = [risk.statement, risk.description, ...risk.preparedness, risk.guidance, ...risk.evidence];
      expect(risk.preparedness).toHaveLength(5);
      expect(risk.references.length).toBeGreaterThanOrEqual(1);
      expect(texts.flatMap(missingIn)).toEqual([]);
    });

    it('has at least one action for every indicator and risk', () => {
      const triggered = new Set(library.actions.flatMap((a) => a.triggers.map((t) => t.item)));
      expect([...indicators, ...risks].map((i) => i.id).filter((id) => !triggered.has(id))).toEqual([]);
    });

    it('serves the core questionnaire', () => {
      expect(library.questionnaire).toBe(q.id);
    });
  });
});

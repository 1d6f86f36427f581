import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent, type Content } from '../../../core/model/content';
import { isStageTrigger, type Action } from '../../../core/model/schema/actions';
import { PILLARS, PRIORITIES } from '../../../core/model/schema/questionnaire';
import { COST_WEIGHT } from '../../../core/method/tailoring';
import { costBandOf } from '../../../core/method/costs';
import { quartersOf } from '../../../core/method/schedule';
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
const everyLanguageComplete = Object.fromEntries(LANGUAGES.map((l) => [l, 1]));

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

    it('declares every language and is complete in each', () => {
      expect([...q.languages].sort()).toEqual([...LANGUAGES].sort());
      expect([...library.languages].sort()).toEqual([...LANGUAGES].sort());
      expect(languageCompleteness(q, LANGUAGES)).toEqual(everyLanguageComplete);
      expect(languageCompleteness(library, LANGUAGES)).toEqual(everyLanguageComplete);
    });

    it('gives every reference record a title, publisher, year and web address, and cites the World Bank cloud sources by their 2023 titles', () => {
      const records = [...q.references, ...library.references];
      expect(records.filter((r) => !r.url).map((r) => r.id)).toEqual([]);
      expect(new Set(records.map((r) => r.title)).size).toBe(records.length);
      const cited = (itemId: string) =>
        q.sections
          .flatMap((s) => s.items)
          .find((i) => i.id === itemId)!
          .references!.map((c) => records.find((r) => r.id === c.ref)!);
      expect(cited('cross-border-data.foreign-access').map((r) => `${r.title} (${r.year})`)).toContain(
        'Institutional and Procurement Practice Note on Cloud Computing: Cloud Assessment Framework and Evaluation Methodology (2023)',
      );
      expect(cited('cross-border-data.sensitive-data-exposure').find((r) => r.title.startsWith('Data Classification Matrix'))?.year).toBe(2023);
    });

    it('bases AI talent and AI incidents on no cybersecurity index or maturity model', () => {
      const cyber = new Set(['itu-gci-2024', 'oxford-gcscc-cmm']);
      const talentOrIncidents = [...q.sections.flatMap((s) => s.items), ...library.actions]
        // The find-out steps of every area cite the CMM's stakeholder validation of findings: a method of review, not a basis for talent.
        .filter((x) => /^talent[.-]|incident-(monitoring|reporting)|serious-incident/.test(x.id) && !x.id.endsWith('-find-out'));
      expect(talentOrIncidents.length).toBeGreaterThan(10);
      expect(talentOrIncidents.filter((x) => x.references?.some((c) => cyber.has(c.ref))).map((x) => x.id)).toEqual([]);
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
    it.each(indicators.map((i) => [i.id, i] as const))('indicator %s is complete in every language', (_, indicator) => {
      expect(indicator.stages).toHaveLength(5);
      const texts: [string, LocalizedText][] = [
        ['statement', indicator.statement],
        ...indicator.stages.map((t, n): [string, LocalizedText] => [`stage ${n + 1}`, t]),
        ['guidance', indicator.guidance],
        ...indicator.evidence.map((t, n): [string, LocalizedText] => [`evidence ${n + 1}`, t]),
      ];
      expect(indicator.evidence.length).toBeGreaterThanOrEqual(1);
      expect(indicator.references.length).toBeGreaterThanOrEqual(1);
      expect(texts.filter(([, t]) => missingIn(t).length > 0).map(([name, t]) => `${name}: ${missingIn(t).join(',')}`)).toEqual([]);
      // Five distinct descriptors, not one text repeated.
      expect(new Set(indicator.stages.map((s) => s.en)).size).toBe(5);
    });

    const risks = q.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'risk' ? [i] : [])));
    it.each(risks.map((r) => [r.id, r] as const))('risk %s is complete in every language', (_, risk) => {
      const texts = [risk.statement, risk.description, ...risk.preparedness, risk.guidance, ...risk.evidence];
      expect(risk.preparedness).toHaveLength(5);
      expect(risk.references.length).toBeGreaterThanOrEqual(1);
      expect(texts.flatMap(missingIn)).toEqual([]);
    });

    const covering = (id: string, stage: number): Action[] => library.actions.filter((a) => a.triggers.some((t) => isStageTrigger(t) && t.item === id && t.fromStage <= stage && stage <= t.toStage));

    it('lets every indicator below its target trigger an action, at every stage from 1 to 4', () => {
      const gaps = indicators.flatMap((i) => [1, 2, 3, 4].filter((stage) => covering(i.id, stage).length === 0).map((stage) => `${i.id} at ${stage}`));
      expect(gaps).toEqual([]);
    });

    // The guarantee that every high-band risk is addressed within five years rests on this (docs/methodology.md §8):
    // at every preparedness from 1 to 4 a first response costs at most 6 effort points with what it needs.
    it('offers every risk a light first response at every preparedness from 1 to 4', () => {
      const byId = new Map(library.actions.map((a) => [a.id, a]));
      const load = (a: Action): number => COST_WEIGHT[costBandOf(a)] * quartersOf(a.months);
      const chain = (a: Action, preparedness: number, risk: string): number =>
        load(a) +
        a.prerequisites
          .map((p) => byId.get(p)!)
          .filter((p) => covering(risk, preparedness).includes(p))
          .reduce((sum, p) => sum + chain(p, preparedness, risk), 0);
      const heavy = risks.flatMap((r) => [1, 2, 3, 4].filter((p) => Math.min(...covering(r.id, p).map((a) => chain(a, p, r.id))) > 6).map((p) => `${r.id} at ${p}`));
      expect(heavy).toEqual([]);
    });

    it('has a find-out step in phase 1 for every pillar, priority and module, and a South–South offer for every pillar', () => {
      const findOut = new Set(library.actions.filter((a) => a.step === 'find-out').flatMap((a) => a.triggers.map((t) => ('unknown' in t ? t.unknown : ''))));
      expect(q.sections.filter((s) => s.kind !== 'profile' && !findOut.has(s.id)).map((s) => s.id)).toEqual([]);
      const providers = new Set(library.actions.flatMap((a) => a.triggers.map((t) => ('strong' in t ? t.strong : ''))));
      expect(PILLARS.filter((p) => !providers.has(p))).toEqual([]);
      for (const a of library.actions.filter((x) => x.triggers.some((t) => 'strong' in t))) expect(a.funding).toContain('south-south');
    });

    it('pilots every sector module below "established" with a narrow pilot, and gates every scale-up on a pilot', () => {
      for (const module of q.sections.filter((s) => s.kind === 'module')) {
        const pilots = library.actions.filter((a) => a.step === 'pilot' && a.triggers.some((t) => isStageTrigger(t) && t.item.startsWith(`${module.id}.`) && t.fromStage === 1 && t.toStage >= 2));
        expect(pilots.length, module.id).toBeGreaterThan(0);
      }
      for (const a of library.actions.filter((x) => x.step === 'scale')) expect(a.prerequisites).toContain(a.gate);
    });

    it('has no duplicates: one action per title, one data classification scheme, one AI safety focal point', () => {
      const titles = library.actions.map((a) => a.title.en!.toLowerCase());
      expect(titles.length).toBe(new Set(titles).size);
      const mentions = (words: RegExp) => library.actions.filter((a) => words.test(`${a.title.en} ${a.description.en}`)).map((a) => a.id);
      // One action defines the classes; the others apply that scheme.
      expect(mentions(/public, internal/i)).toEqual(['cross-border-data-classification-scheme']);
      expect(mentions(/(focal|contact) point .*AI safety|AI safety institutes?\b.*(focal|contact) point|Link up with AI safety institutes/i)).toEqual(['models-safety-focal-point']);
      expect(library.actions.find((a) => a.id === 'models-safety-focal-point')!.formerIds).toEqual(['misuse-safety-institute-links']);
    });

    it('says for every action which items it raises or which risks it reduces, and who leads it', () => {
      for (const a of library.actions) {
        if (a.step !== 'find-out') expect(a.addresses.length, a.id).toBeGreaterThan(0);
        expect(a.partners, a.id).not.toContain(a.lead);
      }
    });

    it('costs, funds and monitors every action: a plausible range, a basis, instruments and a KPI on an item it reads', () => {
      for (const a of library.actions) {
        expect(a.costLow, a.id).toBeGreaterThanOrEqual(5_000);
        expect(a.costHigh / a.costLow, a.id).toBeLessThanOrEqual(5); // a range, not a guess spanning a factor of 10
        for (const text of [a.costBasis, a.kpi.indicator, a.kpi.target, a.kpi.verification]) {
          for (const language of LANGUAGES) expect(text[language]?.trim(), `${a.id} ${language}`).toBeTruthy();
          expect(text.fr, a.id).not.toMatch(/[^\u00a0\u202f][:;!?]/); // French: a no-break space before : ; ! ?
          expect(text.en, a.id).not.toMatch(/TODO/);
          // One per-cent style per language, as the report writes it: "50%" in English and Chinese, "50 %" (no-break) in French and Spanish.
          for (const language of ['en', 'zh'] as const) expect(text[language], a.id).not.toMatch(/\d\s%/);
          for (const language of ['fr', 'es'] as const) expect(text[language], a.id).not.toMatch(/\d(%| %)/);
        }
        // The baseline is an item the action reads or addresses; fact-finding and South–South offers measure none.
        const read = new Set([...a.triggers.filter(isStageTrigger).map((t) => t.item), ...a.addresses]);
        if (a.kpi.measures !== undefined) expect(read.has(a.kpi.measures), a.id).toBe(true);
        else
          expect(
            a.triggers.every((t) => !isStageTrigger(t)),
            a.id,
          ).toBe(true);
        if (a.step === 'find-out') expect(a.kpi.frequency, a.id).toBe('once');
      }
    });

    it('serves the core questionnaire', () => {
      expect(library.questionnaire).toBe(q.id);
    });
  });
});

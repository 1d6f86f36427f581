import { describe, expect, it } from 'vitest';
import { COST_BANDS, FUNDING_INSTRUMENTS, LEAD_BODIES } from '../../../core/model/schema/actions';
import { REPORT_LANGUAGES } from '../../../core/report/language';
import { RESOURCES } from '../../../locales/all';
import { TRANSLATE } from './helpers';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const report = (language: (typeof REPORT_LANGUAGES)[number]) => RESOURCES[language].report as Tree;

/** Strings a language may share with English: symbols, bare numbers, and words French spells alike. */
const SAME_AS_ENGLISH: Record<'fr' | 'es' | 'zh', string[]> = {
  fr: [
    'none',
    'blank.respondent.date',
    'blank.subtitle',
    'cover.versions',
    'cover.questionnaire',
    'columns.score',
    'columns.action',
    'columns.notes',
    'columns.section',
    'pillar.note',
    'pillar.page',
    'security.impact',
    'disagreement.consensus',
    'disagreement.introAgreed_one',
    'disagreement.introAgreed_other',
    'listSeparator',
    'plan.actions',
    'plan.instrumentCount',
    'security.scales.impact',
    'dash',
    'monitoring.targetDue',
    'institutionIn',
    'signOff.date',
    'signOff.signature',
    'summary.likelihoodWords.3',
    'roadmapCsv.column.phase',
    'roadmapCsv.column.title',
  ],
  es: [
    'none',
    'colon',
    'security.preparednessPrefix',
    'disagreement.introResolved_one',
    'disagreement.introResolved_other',
    'listSeparator',
    'plan.instrumentCount',
    'dash',
    'monitoring.targetDue',
    'institutionIn',
    'roadmapCsv.no',
  ],
  zh: ['none'],
};

describe('the report namespace of the catalog', () => {
  it('names every lead actor, funding instrument and cost band', () => {
    for (const language of REPORT_LANGUAGES) {
      const words = report(language);
      expect(Object.keys(words.leadActors!).sort(), language).toEqual([...LEAD_BODIES].sort());
      expect(Object.keys(words.funding!).sort(), language).toEqual([...FUNDING_INSTRUMENTS].sort());
      expect(Object.keys(words.costBands!).sort(), language).toEqual([...COST_BANDS].sort());
    }
  });

  it('uses the stage names of the content glossary', () => {
    const stages = (language: (typeof REPORT_LANGUAGES)[number]) => [1, 2, 3, 4, 5].map((stage) => TRANSLATE[language](`stages.${stage}`));
    expect(stages('en')).toEqual(['nascent', 'emerging', 'established', 'advanced', 'leading']);
    expect(stages('fr')).toEqual(['naissant', 'émergent', 'établi', 'avancé', 'pionnier']);
    expect(stages('es')).toEqual(['incipiente', 'emergente', 'consolidado', 'avanzado', 'líder']);
    expect(stages('zh')).toEqual(['起步', '发展', '确立', '先进', '引领']);
  });

  it('is translated, not left in English, but for the strings listed as shared', () => {
    const english = new Map(flatten(report('en')));
    for (const language of ['fr', 'es', 'zh'] as const) {
      const same = flatten(report(language))
        .filter(([key, text]) => english.get(key) === text)
        .map(([key]) => key);
      expect(same.sort(), language).toEqual([...SAME_AS_ENGLISH[language]].sort());
    }
  });

  it('picks the plural form each language needs', () => {
    const dropped = (language: (typeof REPORT_LANGUAGES)[number], count: number) => TRANSLATE[language]('roadmap.dropped', { count });
    expect(dropped('en', 1)).toBe('1 triggered action was set aside by the user.');
    expect(dropped('en', 3)).toBe('3 triggered actions were set aside by the user.');
    // French counts 0 and 1 as singular.
    expect(TRANSLATE.fr('disagreement.introAgreed', { count: 0 })).toBe('0 question');
    expect(TRANSLATE.fr('disagreement.introAgreed', { count: 2 })).toBe('2 questions');
    expect(dropped('es', 1)).toBe('La persona usuaria descartó 1 acción activada.');
    expect(dropped('zh', 1)).toBe(dropped('zh', 2).replace('2', '1'));
  });

  it('prints parameters as given, never as catalog syntax', () => {
    const text = TRANSLATE.en('progress.otherInstitution', { name: '$t(reportTitle) {{name}} <b>' });
    expect(text).toBe('The earlier assessment is of $t(reportTitle) {{name}} <b>.');
  });
});

import { describe, expect, it } from 'vitest';
import { CHANNELS, COST_BANDS, LEAD_ACTORS } from '../../../core/model/schema/actions';
import { REPORT_LABELS, REPORT_LANGUAGES, formatChange, formatDate, formatDecimal, formatPercent } from '../../../core/report/labels';

/** The shape of a labels object: its keys, array lengths and value kinds. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]).sort());
  return typeof value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...args: unknown[]) => unknown)(3, 7, 1, 2, 'A', 'B'));
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('report labels', () => {
  it('have the same keys in every language and no empty text', () => {
    const english = shape(REPORT_LABELS.en);
    for (const language of REPORT_LANGUAGES) {
      expect(shape(REPORT_LABELS[language]), language).toEqual(english);
      for (const text of strings(REPORT_LABELS[language])) expect(text.trim(), language).not.toBe('');
    }
  });

  it('name every lead actor, channel and cost band', () => {
    for (const language of REPORT_LANGUAGES) {
      const l = REPORT_LABELS[language];
      expect(Object.keys(l.leadActors).sort()).toEqual([...LEAD_ACTORS].sort());
      expect(Object.keys(l.channels).sort()).toEqual([...CHANNELS].sort());
      expect(Object.keys(l.costBands).sort()).toEqual([...COST_BANDS].sort());
    }
  });

  it('use the stage names of the content glossary', () => {
    expect(REPORT_LABELS.en.stages).toEqual(['nascent', 'emerging', 'established', 'advanced', 'leading']);
    expect(REPORT_LABELS.fr.stages).toEqual(['naissant', 'émergent', 'établi', 'avancé', 'pionnier']);
    expect(REPORT_LABELS.es.stages).toEqual(['incipiente', 'emergente', 'consolidado', 'avanzado', 'líder']);
    expect(REPORT_LABELS.zh.stages).toEqual(['起步', '发展', '确立', '先进', '引领']);
  });

  it('are translated, not left in English', () => {
    const en = REPORT_LABELS.en;
    for (const language of ['fr', 'es', 'zh'] as const) {
      const l = REPORT_LABELS[language];
      for (const key of Object.keys(en.sections) as (keyof typeof en.sections)[]) expect(l.sections[key], `${language} ${key}`).not.toBe(en.sections[key]);
      expect(l.pageOf(2, 9)).not.toBe(en.pageOf(2, 9));
      expect(l.phases[1]).not.toBe(en.phases[1]);
      expect(l.leadActors.ministry).not.toBe(en.leadActors.ministry);
      for (const [key, value] of [...Object.entries(l.disagreement), ...Object.entries(l.progress)]) {
        const english = { ...en.disagreement, ...en.progress }[key as 'title'];
        if (language === 'fr' && key === 'consensus') continue; // the same word in French
        if (typeof value === 'string') expect(value, `${language} ${key}`).not.toBe(english);
        else expect((value as (...args: unknown[]) => string)(3, 7, 1, 2, 'A'), `${language} ${key}`).not.toBe((english as unknown as (...args: unknown[]) => string)(3, 7, 1, 2, 'A'));
      }
      expect(l.appendix.phaseCap(10)).not.toBe(en.appendix.phaseCap(10));
    }
    expect(REPORT_LABELS.zh.reportTitle).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('formatting', () => {
  it('writes dates out per language without locale data', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('1 March 2025');
    expect(formatDate('2025-03-01T10:00:00Z', 'fr')).toBe('1er mars 2025');
    expect(formatDate('2025-08-15', 'fr')).toBe('15 août 2025');
    expect(formatDate('2025-12-24', 'es')).toBe('24 de diciembre de 2025');
    expect(formatDate('2025-03-01', 'zh')).toBe('2025年3月1日');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('uses the decimal mark and percent spacing of each language', () => {
    expect(formatDecimal(2.45, 1, 'en')).toBe('2.5');
    expect(formatDecimal(2.44, 1, 'fr')).toBe('2,4');
    expect(formatDecimal(0.384, 2, 'es')).toBe('0,38');
    expect(formatDecimal(-0.01, 1, 'en')).toBe('0.0');
    expect(formatPercent(0.857, 'en')).toBe('86%');
    expect(formatPercent(1, 'fr')).toBe('100\u00a0%');
    expect(formatPercent(0.5, 'zh')).toBe('50%');
  });

  it('writes changes with their sign and a true minus, and no sign when they round to zero', () => {
    expect(formatChange(0.43, 1, 'en')).toBe('+0.4');
    expect(formatChange(-0.25, 2, 'fr')).toBe('\u22120,25');
    expect(formatChange(-0.04, 1, 'en')).toBe('0.0');
    expect(formatChange(0, 2, 'zh')).toBe('0.00');
  });
});

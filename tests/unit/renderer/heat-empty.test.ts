import { describe, expect, it } from 'vitest';
import type { RiskResult } from '../../../core/method/results';
import { createTranslator } from '../../../locales';
import { heatMapEmptyText } from '../../../renderer/src/components/Charts';

const risk = (id: string, status: RiskResult['status']): RiskResult => ({ id, section: 'misuse', likelihood: null, impact: null, preparedness: null, priority: null, band: null, rank: null, status });

describe('an empty heat map says why', () => {
  it('names the contested risks when the workshop has not decided them', async () => {
    const { t } = await createTranslator('en');
    expect(heatMapEmptyText(t, { risks: [risk('misuse.fraud', 'contested'), risk('misuse.deepfakes', 'incomplete')] })).toBe(
      'The map is empty for now: 1 risk is still contested. Respondents rated it differently and the workshop has not decided yet; once it is decided on the Workshop page, it is placed here.',
    );
    const fr = (await createTranslator('fr')).t;
    expect(heatMapEmptyText(fr, { risks: [risk('misuse.fraud', 'contested'), risk('misuse.deepfakes', 'contested')] })).toContain('2 risques sont encore contestés');
  });

  it('says the risks are not rated yet when none of them is contested', async () => {
    const { t } = await createTranslator('en');
    const expected = 'The map is empty: no risk has all three ratings (likelihood, impact, preparedness) yet. Rate the risks in the questionnaire to place them here.';
    expect(heatMapEmptyText(t, { risks: [risk('misuse.fraud', 'incomplete')] })).toBe(expected);
    expect(heatMapEmptyText(t, { risks: [] })).toBe(expected);
  });
});

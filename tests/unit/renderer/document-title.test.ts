import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../locales';
import { documentTitle } from '../../../renderer/src/lib/document-title';
import type { View } from '../../../renderer/src/store/ui-state';

const VIEWS: View[] = ['start', 'questionnaire', 'review', 'results', 'report', 'roadmap', 'workshop', 'presentation'];

describe('the window and tab title', () => {
  it('names the screen, then the assessment, then the app', async () => {
    const { t } = await createTranslator('en');
    expect(documentTitle(t, 'results', 'Ministry of Digital Economy')).toBe('Results — Ministry of Digital Economy — CapaMap');
    expect(documentTitle(t, 'questionnaire', 'Ministry of Digital Economy')).toBe('Questionnaire — Ministry of Digital Economy — CapaMap');
    expect(documentTitle(t, 'presentation', 'NSO')).toBe('Presentation — NSO — CapaMap');
  });

  it('names only the screen and the app while no assessment (or a nameless one) is open', async () => {
    const { t } = await createTranslator('en');
    expect(documentTitle(t, 'start', null)).toBe('Start — CapaMap');
    expect(documentTitle(t, 'start', '   ')).toBe('Start — CapaMap');
  });

  it('is translated, and tells every screen apart except the results and their report panel', async () => {
    for (const language of ['en', 'fr', 'es', 'zh']) {
      const { t } = await createTranslator(language);
      const titles = VIEWS.map((view) => documentTitle(t, view, 'Agence X'));
      for (const title of titles) {
        expect(title, language).toContain('Agence X');
        expect(title, language).not.toMatch(/\b(nav|app|workshop)\./);
      }
      expect(new Set(titles).size, language).toBe(VIEWS.length - 1);
      expect(titles[VIEWS.indexOf('report')]).toBe(titles[VIEWS.indexOf('results')]);
    }
    const { t } = await createTranslator('fr');
    expect(documentTitle(t, 'results', 'Agence X')).toBe('Résultats — Agence X — CapaMap');
    expect(documentTitle(t, 'roadmap', 'Agence X')).toBe('Feuille de route — Agence X — CapaMap');
  });
});

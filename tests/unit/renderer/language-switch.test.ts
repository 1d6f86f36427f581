import { describe, expect, it } from 'vitest';
import i18next, { setLanguage } from '../../../renderer/src/i18n';

describe('switching the interface language', () => {
  it('keeps the language chosen last when an earlier choice’s catalog arrives after it', async () => {
    // Spanish must first be fetched; English is bundled and ready at once.
    const spanish = setLanguage('es');
    const english = setLanguage('en');
    expect(await Promise.all([spanish, english])).toEqual([false, true]);
    expect(i18next.language).toBe('en');
    // Chosen again, Spanish now applies (its catalog is in).
    expect(await setLanguage('es')).toBe(true);
    expect(i18next.language).toBe('es');
  });
});

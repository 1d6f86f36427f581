import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../renderer/src/i18n';
import { useLabel } from '../../../renderer/src/i18n/labels';
import { useTranslation } from '../../../renderer/src/i18n/use-translation';

/** Renders a component that reads the hooks, and returns what it saw. */
function seen(ns?: string) {
  const out: { t?: unknown; text?: string; language?: string; label?: unknown } = {};
  function Probe() {
    const { t, i18n } = useTranslation(ns);
    const labels = useLabel();
    out.t = t;
    out.label = labels;
    out.language = i18n.language;
    out.text = ns ? t('screen.summary') : t('save.saving');
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  return out;
}

describe('useTranslation', () => {
  afterAll(() => setLanguage('en'));

  it('speaks the current language, in the namespace asked, with one t() and one labels object per language', async () => {
    const first = seen();
    expect(first).toMatchObject({ text: 'Saving…', language: 'en' });
    const again = seen();
    expect(again.t).toBe(first.t);
    expect(again.label).toBe(first.label);
    const help = seen('help');
    expect(help.text).toBe('Help for this screen');
    expect(help.t).not.toBe(first.t);

    expect(await setLanguage('fr')).toBe(true);
    const french = seen();
    expect(french).toMatchObject({ text: 'Enregistrement…', language: 'fr' });
    expect(french.t).not.toBe(first.t);
    expect(french.label).not.toBe(first.label);
  });
});

import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18N_OPTIONS } from '../../../locales';
import en from '../../../locales/en';
import fr from '../../../locales/fr';
import { cacheSentences } from '../../../renderer/src/i18n';

/** An instance like the page's, with and without the cache, and a count of full look-ups. */
async function instances() {
  const make = async () => {
    const instance = i18next.createInstance();
    await instance.init({ ...I18N_OPTIONS, resources: { en, fr }, lng: 'en', initAsync: false });
    return instance;
  };
  const plain = await make();
  const cached = await make();
  // The translator is i18next's own (not in its types): every full look-up goes through it.
  const lookups = vi.spyOn((cached as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator, 'translate');
  cacheSentences(cached);
  return { plain, cached, lookups };
}

afterEach(() => vi.restoreAllMocks());

const CALLS: [string, Record<string, unknown>?][] = [
  ['workshop.merge.choose'],
  ['workshop.merge.people', { count: 1 }],
  ['workshop.merge.people', { count: 7 }],
  ['workshop.merge.decided', { answer: 'Stage 3' }],
  ['workshop.merge.answeredBy', { count: 48, total: 50 }],
  ['workshop.merge.because', { note: 'a <b>note</b> & more' }],
  ['nav.reviewCount', { count: 0 }],
  ['no.such.key'],
];

describe('sentences made once per language', () => {
  it('gives what a full look-up gives, in each language, and after a language change', async () => {
    const { plain, cached } = await instances();
    for (const language of ['en', 'fr', 'en']) {
      await plain.changeLanguage(language);
      await cached.changeLanguage(language);
      for (const [key, options] of CALLS) {
        expect(cached.t(key, options), `${language} ${key}`).toBe(plain.t(key, options));
        expect(cached.getFixedT(language)(key, options), `${language} ${key} (fixed)`).toBe(plain.getFixedT(language)(key, options));
      }
    }
    expect(cached.t('workshop.merge.choose')).not.toBe(plain.getFixedT('fr')('workshop.merge.choose'));
  });

  it('looks a sentence up once until the language or the catalog changes; unusual options are looked up each time', async () => {
    const { cached, lookups } = await instances();
    const t = cached.getFixedT('en');
    for (let i = 0; i < 5; i++) for (const [key, options] of CALLS) t(key, options);
    expect(lookups).toHaveBeenCalledTimes(CALLS.length);
    await cached.changeLanguage('fr');
    cached.t('workshop.merge.choose');
    expect(lookups).toHaveBeenCalledTimes(CALLS.length + 1);
    cached.addResourceBundle('fr', 'ui', { workshop: { merge: { choose: 'Retenir' } } }, true, true);
    expect(cached.t('workshop.merge.choose')).toBe('Retenir');
    const before = lookups.mock.calls.length;
    const withObject = { answer: { toString: () => 'x' } };
    cached.t('workshop.merge.decided', withObject);
    cached.t('workshop.merge.decided', withObject);
    expect(lookups.mock.calls.length).toBe(before + 2);
  });
});

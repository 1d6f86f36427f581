/** Display preferences kept on this computer: theme and text size. They never travel in assessment files. */
export type Theme = 'light' | 'contrast';
export type TextSize = 'normal' | 'large';

export interface Preferences {
  theme: Theme;
  textSize: TextSize;
}

const KEY = 'capamap.preferences';

export function readPreferences(): Preferences {
  let stored: Partial<Preferences> = {};
  try {
    stored = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Partial<Preferences>;
  } catch {
    stored = {};
  }
  const prefersContrast = typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches;
  return {
    theme: stored.theme === 'contrast' || stored.theme === 'light' ? stored.theme : prefersContrast ? 'contrast' : 'light',
    textSize: stored.textSize === 'large' ? 'large' : 'normal',
  };
}

/** Applies the preferences to the page (data attributes the stylesheet reads) and remembers them. */
export function applyPreferences(preferences: Preferences, remember = true): void {
  const root = document.documentElement;
  root.dataset.theme = preferences.theme;
  root.dataset.textSize = preferences.textSize;
  if (remember) {
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify(preferences));
    } catch {
      // Private windows may refuse storage; the choice still applies to this session.
    }
  }
}

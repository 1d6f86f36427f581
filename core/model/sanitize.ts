/*
 * The one rule for text from files that reaches a terminal or PDF metadata:
 * characters that can move the cursor, recolour or clear a terminal, break a
 * line, or reorder what is displayed (bidi overrides and isolates) are
 * neutralised. Names, versions and ids come from untrusted files, so this
 * runs on every line the CLI prints and on the report's document properties.
 */

/**
 * C0 and C1 controls and DEL (ESC, CSI, CR, LF, BEL…), the Unicode line and
 * paragraph separators, the bidi marks, embeddings, overrides and isolates,
 * and lone surrogates (which terminals and PDF readers render unpredictably).
 * With the u flag the surrogate range matches only lone surrogates, never a pair.
 */
const UNSAFE_CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff]';
const UNSAFE = new RegExp(UNSAFE_CLASS, 'gu');
const UNSAFE_RUN = new RegExp(`${UNSAFE_CLASS}+`, 'gu');

/** Whether text holds any character the rule neutralises. */
export function hasUnsafeChars(text: string): boolean {
  return new RegExp(UNSAFE_CLASS, 'u').test(text);
}

/**
 * `escape` (terminals): each unsafe character becomes its visible JSON escape
 * (`\u001b`), so a JSON line stays valid JSON with the same data, and a
 * plain line shows what the file held. `space` (document properties): each
 * run of them becomes one space.
 */
export function neutralise(text: string, how: 'escape' | 'space' = 'escape'): string {
  if (how === 'space') return text.replace(UNSAFE_RUN, ' ');
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

import type { z } from 'zod';

/** One thing wrong with an input, located by a JSON path ("$" is the root). */
export interface Problem {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse with the limits untrusted files need: a size cap, no
 * prototype-polluting keys, and a clear problem instead of an exception
 * (including stack overflows from absurdly deep nesting).
 */
export function parseJsonText(text: string, maxBytes: number): Parsed<unknown> {
  if (text.length > maxBytes) return fail('$', `the file is too large (over ${Math.round(maxBytes / 1024)} KB)`);
  let forbidden: string | null = null;
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''), (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
    if (forbidden !== null) return fail('$', `the file contains the forbidden key "${forbidden}"`);
    return { ok: true, value };
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'it is not valid JSON';
    return fail('$', `the file cannot be read: ${reason}`);
  }
}

/** Validates with a zod schema and turns its issues into located, plain-language problems. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 50).map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  };
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

export function fail(path: string, message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ path, message }] };
}

/** One line for a CLI or a UI banner: the file, then its first problem. */
export function describeProblems(fileName: string, problems: readonly Problem[]): string {
  const first = problems[0];
  if (!first) return `${fileName}: no problem`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${fileName}: ${first.path === '$' ? '' : `${first.path}: `}${first.message}${more}`;
}

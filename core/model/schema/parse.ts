import type { z } from 'zod';

/** One thing wrong with an input, located by a JSON path ("$" is the root). */
export interface Problem {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of arrays and objects a file may have; real files stay far below it. */
export const MAX_JSON_DEPTH = 64;

/**
 * JSON.parse with the limits untrusted files need: a size cap (in UTF-8
 * bytes), a nesting cap, no prototype-polluting keys, and a clear problem
 * instead of an exception.
 */
export function parseJsonText(text: string, maxBytes: number, maxDepth = MAX_JSON_DEPTH): Parsed<unknown> {
  if (utf8Length(text, maxBytes) > maxBytes) return fail('$', `the file is too large (over ${Math.round(maxBytes / 1024)} KB)`);
  // Measured before parsing: deep nesting would overflow the stack of every recursive step after JSON.parse.
  if (nestingDepth(text, maxDepth) > maxDepth) return fail('$', `the file cannot be read: it is nested too deeply (over ${maxDepth} levels)`);
  let value: unknown;
  try {
    // No reviver: some polyfills (core-js, bundled by pdf.js) swap in a lenient parser when one is given.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'it is not valid JSON';
    return fail('$', `the file cannot be read: ${reason}`);
  }
  const forbidden = forbiddenKey(value);
  return forbidden === null ? { ok: true, value } : fail('$', `the file contains the forbidden key "${forbidden}"`);
}

/** The first prototype-polluting key anywhere in a parsed value, or null. */
function forbiddenKey(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return null;
}

/** UTF-8 size of a string, counting no further than just past `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return text.length; // no unit takes more than three bytes
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest array/object nesting in JSON text (brackets inside strings do not count), stopping past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Validates with a zod schema and turns its issues into located, plain-language problems. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 50).map((issue) => ({ path: jsonPath(issue.path), message: oneLine(issueMessage(issue)) })),
  };
}

/** zod's message, or for a bad record key the schema's own words about the key ("language codes look like …"). */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key' && issue.issues[0]) return `invalid key: ${issue.issues[0].message}`;
  return issue.message;
}

/** Keys that read well after a dot; anything else is quoted, shortened, in brackets. */
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return PLAIN_KEY.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(shorten(name, 60))}]`;
  }, '$');
}

/** A message fit for one line of output: no control characters or line breaks, bounded length. */
export function oneLine(message: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  return shorten(message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), max);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
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

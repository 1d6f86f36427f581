import type { z } from 'zod';
import type { Message } from '../message';
import { neutralise } from '../sanitize';

/**
 * One thing wrong with an input: a message (a catalog code and its
 * parameters, see message.ts) located by a JSON path ("$" is the root).
 * `document` names the file of a pair read together (a questionnaire and
 * its action library) when the problem is in the second one.
 */
export interface Problem extends Message {
  path: string;
  document?: 'actions';
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
  if (utf8Length(text, maxBytes) > maxBytes) return fail('$', 'file.tooLarge', { limitKb: Math.round(maxBytes / 1024) });
  // Measured before parsing: deep nesting would overflow the stack of every recursive step after JSON.parse.
  if (nestingDepth(text, maxDepth) > maxDepth) return fail('$', 'file.tooDeep', { limit: maxDepth });
  let value: unknown;
  try {
    // No reviver: some polyfills (core-js, bundled by pdf.js) swap in a lenient parser when one is given.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return error instanceof RangeError ? fail('$', 'file.tooDeep', { limit: maxDepth }) : fail('$', 'file.notJson');
  }
  const { forbidden, keys } = objectKeys(value);
  if (forbidden !== null) return fail('$', 'file.forbiddenKey', { key: forbidden });
  // JSON.parse keeps the last of two equal keys without a word; a file saying two things is refused.
  // It wrote more keys than the value kept exactly when it did: only then is the text searched for where.
  const duplicate = keys === keysWritten(text) ? null : duplicateKey(text);
  return duplicate ? fail(duplicate.path, 'file.duplicateKey', { key: quote(duplicate.key, 60), line: duplicate.line }) : { ok: true, value };
}

/**
 * The first object key that appears twice in one object of valid JSON text,
 * with the object's path and the line of the second occurrence; null when
 * there is none. Keys are compared decoded ("a" and "\u0061" are equal).
 */
export function duplicateKey(text: string): { key: string; path: string; line: number } | null {
  interface Frame {
    keys: Set<string> | null; // null for an array
    at: string | number | null; // the current key or index inside this container
    expectKey: boolean;
  }
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x7b) stack.push({ keys: new Set(), at: null, expectKey: true });
    else if (c === 0x5b) stack.push({ keys: null, at: 0, expectKey: false });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.keys) top.expectKey = true;
      else top.at = (top.at as number) + 1;
    } else if (c === 0x22) {
      const start = i;
      i = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(start, i + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        top.expectKey = false;
        if (top.keys.has(key)) return { key, line, path: jsonPath(stack.slice(0, -1).map((f) => f.at!)) };
        top.keys.add(key);
        top.at = key;
      }
    }
  }
  return null;
}

/**
 * Where the string opened by the quote at `open` ends (text.length when it
 * never does): the next quote not escaped, i.e. not after an odd run of
 * backslashes. Found with indexOf, not one character at a time: most of a
 * content file is text inside strings, and a page loading it is still cold.
 */
function closingQuote(text: string, open: number): number {
  for (let end = text.indexOf('"', open + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}

/** How many object keys valid JSON text writes (strings followed by a colon), counted without the cost of telling them apart. */
function keysWritten(text: string): number {
  let keys = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    i = closingQuote(text, i);
    let next = i + 1;
    while (isJsonSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 0x3a) keys++;
  }
  return keys;
}

const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The first prototype-polluting key anywhere in a parsed value (or null), and how many keys its objects hold. */
function objectKeys(root: unknown): { forbidden: string | null; keys: number } {
  const stack: unknown[] = [root];
  let keys = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const own = Object.keys(value);
    if (!Array.isArray(value)) keys += own.length;
    for (const key of own) {
      if (FORBIDDEN_KEYS.has(key)) return { forbidden: key, keys };
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return { forbidden: null, keys };
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = closingQuote(text, i);
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Validates with a zod schema and turns its issues into located problems.
 * `itemOf` names the questionnaire item a path is about (the answers of an
 * assessment or a response), so the edge can name the question by its title.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, itemOf?: (path: readonly PropertyKey[]) => string | undefined): Parsed<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues
      .flatMap(closestBranch)
      .slice(0, 50)
      .map((issue) => {
        const item = itemOf?.(issue.path);
        const { code, params } = issueMessage(issue, valueAt(value, issue.path));
        if (item !== undefined) return { path: jsonPath(issue.path), code, params: { ...params, item: oneLine(item, 160) } };
        const field = fieldOf(issue.path);
        return { path: jsonPath(issue.path), code, params: field === undefined ? params : { ...params, field } };
      }),
  };
}

/**
 * A value that fits none of a union's shapes is reported against the one
 * shape it came clearly closest to (strictly the fewest problems), so the
 * message names the field that is wrong rather than only "invalid".
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const fewest = Math.min(...issue.errors.map((e) => e.length));
  const closest = issue.errors.filter((e) => e.length === fewest);
  if (closest.length > 1) return [issue];
  return closest[0]!.flatMap((inner) => closestBranch({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** The name of the field a path ends in, when it is a plain name (not a list position or an odd key). */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  return typeof last === 'string' && PLAIN_KEY.test(last) ? last : undefined;
}

/** What a catalog code looks like ("schema.stage"); zod's own messages are sentences with spaces. */
const CODE = /^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/;

/** Types a schema expects, in the words of the catalog. */
const EXPECTED: Record<string, string> = {
  string: 'schema.expected.text',
  number: 'schema.expected.number',
  int: 'schema.expected.wholeNumber',
  boolean: 'schema.expected.boolean',
  array: 'schema.expected.list',
  object: 'schema.expected.object',
  record: 'schema.expected.object',
};

/**
 * A zod issue as a message. A schema that gives a catalog code as its
 * message ("schema.stage") gets that code, with the issue's parameters;
 * zod's generic issues get the generic codes below. Every `schema.*`
 * message is a predicate ("is 7, but …"): the edge puts the subject in
 * front (the answer to a question, an entry, an option).
 */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): Message {
  const generic = genericMessage(issue, input);
  if (!CODE.test(issue.message)) return generic;
  return { code: issue.message, params: { ...generic.params, ...(issue.code === 'custom' ? plainParams(issue.params) : {}) } };
}

function genericMessage(issue: z.core.$ZodIssue, input: unknown): Message {
  const shown = showValue(input);
  const value: Record<string, string | number> = shown === undefined ? {} : { value: shown };
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) return { code: 'schema.missing', params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return { code: EXPECTED[issue.expected] ?? 'schema.invalid', params: value };
    case 'too_big':
      if (issue.origin === 'number') return { code: 'schema.tooBig', params: { ...value, maximum: Number(issue.maximum) } };
      if (issue.origin === 'string') return { code: 'schema.tooLong', params: { count: Number(issue.maximum) } };
      if (issue.origin === 'array') return { code: 'schema.tooMany', params: { count: Number(issue.maximum) } };
      return { code: 'schema.invalid', params: value };
    case 'too_small':
      if (issue.origin === 'number') return { code: issue.inclusive ? 'schema.tooSmall' : 'schema.notAbove', params: { ...value, minimum: Number(issue.minimum) } };
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { code: 'schema.empty', params: {} } : { code: 'schema.tooShort', params: { count: Number(issue.minimum) } };
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? { code: 'schema.noEntries', params: {} } : { code: 'schema.tooFew', params: { count: Number(issue.minimum) } };
      return { code: 'schema.invalid', params: value };
    case 'invalid_value':
      return { code: 'schema.notOneOf', params: { ...value, allowed: listOf(issue.values) } };
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return options ? { code: 'schema.notOneOf', params: { ...value, allowed: listOf(options) } } : { code: 'schema.invalid', params: value };
    }
    case 'unrecognized_keys':
      return {
        code: 'schema.unknownKeys',
        params: {
          count: issue.keys.length,
          keys: oneLine(
            issue.keys
              .slice(0, 5)
              .map((k) => JSON.stringify(k))
              .join(', '),
            200,
          ),
        },
      };
    case 'invalid_format':
      if (issue.format === 'date') return { code: 'schema.date', params: value };
      if (issue.format === 'datetime') return { code: 'schema.dateTime', params: value };
      return { code: 'schema.invalid', params: value };
    case 'invalid_key': {
      // The key itself is what is wrong: judge it as the value.
      const inner = issue.issues[0];
      return inner ? issueMessage(inner, issue.path.at(-1)) : { code: 'schema.invalid', params: {} };
    }
    default:
      return { code: 'schema.invalid', params: value };
  }
}

/** The value found at a path of a parsed document (undefined when absent). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value for one line of a message: numbers as they are, text quoted and shortened, lists and objects as a sign. */
function showValue(value: unknown): string | number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return quote(value, 60);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return '[…]';
  return value === undefined ? undefined : '{…}';
}

/** The values a schema accepts (its own, never the file's), for "one of …". */
function listOf(values: readonly unknown[]): string {
  return oneLine(values.map(String).join(', '), 200);
}

/** A custom issue's parameters, kept only where they are plain text or numbers (one line each). */
function plainParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(params ?? {})) {
    if (typeof v === 'number') out[key] = v;
    else if (typeof v === 'string') out[key] = oneLine(v, 100);
  }
  return out;
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
  return shorten(neutralise(message, 'space'), max);
}

/** Text from a file, quoted for a message: JSON escapes (so no character can pass as anything else), at most `max` characters. */
export function quote(text: string, max = 100): string {
  return oneLine(JSON.stringify(text.slice(0, max)), max);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut between the two halves of a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

export function fail(path: string, code: string, params: Record<string, string | number> = {}): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ path, code, params }] };
}

/*
 * pdfmake asks its style stack for some twenty properties of every word it
 * measures (font, size, colour, decoration, link…). Each question pushes the
 * word and its style names on the stack, walks the stack with a new closure
 * and a new Set per named style, and pops them again: on a report of 70 pages
 * that was a sixth of the time, mostly allocation for the garbage collector.
 *
 * accelerateStyleLookups answers the same questions in the same order without
 * touching the stack: the word and its style names first, then the stack from
 * the top, then the default style. A Set is made only for a style that extends
 * others (pdfmake's guard against cycles). What the stack answers is kept,
 * stamped with its count of pushes and pops, and given again while the count
 * is the same (pdfmake only ever writes to an entry on the stack the value the
 * stack gave it: a node's font, a cell's fill). A copy of the stack (pdfmake
 * makes one for every paragraph, with the paragraph pushed on top) keeps
 * nothing: it walks its own entries and asks the stack it was copied from for
 * what lies below them, while that stack has not changed. The answers are the
 * same values.
 *
 * Node only: the browser build of pdfmake keeps its classes out of reach.
 */

type Style = Record<string, unknown> & { extends?: string | string[] };

interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle?: Record<string, unknown> | null;
  styleOverrides?: unknown[];
  getProperty(property: string): unknown;
  push(entry: unknown): unknown;
  pop(howMany?: number): unknown;
  clone(): StyleStack;
  /** What the stack last answered for each property (set here)… */
  _answers?: Record<string, unknown>;
  /** …and after how many pushes and pops (set here). */
  _answeredAt?: Record<string, number>;
  /** Pushes and pops so far (set here). */
  _changes?: number;
  /** The stack this one was copied from, as it was then (set here). */
  _origin?: { stack: StyleStack; changes: number; depth: number } | null;
}

interface StyleStackClass {
  prototype: StyleStack;
  getStyleProperty(item: unknown, stack: StyleStack | null | undefined, property: string, defaultValue: unknown): unknown;
}

const isValue = (value: unknown) => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

/** A named style's value, its parents searched last to first; visited guards against cycles across the whole search. */
function fromStyle(dictionary: Record<string, Style | undefined>, name: string, property: string, visited?: Set<string>): unknown {
  if (visited) {
    if (visited.has(name)) return undefined;
    visited.add(name);
  }
  const style = dictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = visited ?? new Set([name]);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = fromStyle(dictionary, parents[i]!, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** What one entry of the stack (a style name or an object of overrides) says of a property. */
function entryValue(stack: StyleStack, entry: unknown, property: string): unknown {
  return isString(entry) ? fromStyle(stack.styleDictionary, String(entry), property) : (entry as Record<string, unknown>)[property];
}

function stackValue(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  const origin = stack._origin;
  // Entries below depth are the origin's, unchanged since the copy: it answers for them (and for the default style).
  const shared = origin && (origin.stack._changes ?? 0) === origin.changes ? origin.depth : 0;
  if (overrides)
    for (let i = overrides.length - 1; i >= shared; i--) {
      const value = entryValue(stack, overrides[i], property);
      if (isValue(value)) return value;
    }
  if (shared > 0) return origin!.stack.getProperty(property);
  return stack.defaultStyle && stack.defaultStyle[property];
}

/** What the style names pdfmake would push for an item say of a property (none for a string or a section). */
function itemStyleValue(stack: StyleStack, item: unknown, property: string): unknown {
  if (isString(item) || (item as { section?: unknown }).section !== undefined) return undefined;
  const style = (item as { style?: unknown }).style;
  if (!style) return undefined;
  if (!Array.isArray(style)) return entryValue(stack, style, property);
  for (let i = style.length - 1; i >= 0; i--) {
    const value = entryValue(stack, style[i], property);
    if (isValue(value)) return value;
  }
  return undefined;
}

const patched = new WeakSet<object>();

function isStyleStackClass(value: unknown): value is StyleStackClass {
  if (typeof value !== 'function') return false;
  const candidate = value as { getStyleProperty?: unknown; prototype?: { getProperty?: unknown } };
  const proto = candidate.prototype as { getProperty?: unknown; push?: unknown; pop?: unknown } | undefined;
  return (
    typeof candidate.getStyleProperty === 'function' &&
    typeof proto?.getProperty === 'function' &&
    typeof proto.push === 'function' &&
    typeof proto.pop === 'function' &&
    typeof (proto as { clone?: unknown }).clone === 'function'
  );
}

/** Replaces the lookups of pdfmake's StyleContextStack class (see above); false when it is not what this expects or already done. */
export function accelerateStyleLookups(styleStackClass: unknown): boolean {
  if (!isStyleStackClass(styleStackClass) || patched.has(styleStackClass)) return false;
  const proto = styleStackClass.prototype;
  const { push, pop, clone } = proto;
  proto.push = function pushEntry(this: StyleStack, entry: unknown) {
    this._changes = (this._changes ?? 0) + 1;
    return push.call(this, entry);
  };
  proto.pop = function popEntries(this: StyleStack, howMany?: number) {
    this._changes = (this._changes ?? 0) + 1;
    const result = pop.call(this, howMany);
    // Popped below the entries it was copied with: the origin no longer answers for them.
    if (this._origin && (this.styleOverrides?.length ?? 0) < this._origin.depth) this._origin = null;
    return result;
  };
  proto.clone = function cloneStack(this: StyleStack) {
    const copy = clone.call(this);
    copy._origin = { stack: this, changes: this._changes ?? 0, depth: copy.styleOverrides?.length ?? 0 };
    return copy;
  };
  proto.getProperty = function getProperty(this: StyleStack, property: string) {
    // A copy (one per paragraph) has an entry or two of its own above what its origin answers for: walked, not kept.
    if (this._origin) return stackValue(this, property);
    // One record of answers per stack, stamped with the count of changes: pdfmake pushes and pops for every node, and a new record each time was most of what the lookups allocated.
    const changes = this._changes ?? 0;
    const answeredAt = (this._answeredAt ??= Object.create(null) as Record<string, number>);
    const answers = (this._answers ??= Object.create(null) as Record<string, unknown>);
    if (answeredAt[property] === changes) return answers[property];
    const value = stackValue(this, property);
    answers[property] = value;
    answeredAt[property] = changes;
    return value;
  };
  styleStackClass.getStyleProperty = function getStyleProperty(item, stack, property, defaultValue) {
    const own = (item as Record<string, unknown>)[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    const styled = itemStyleValue(stack, item, property);
    if (isValue(styled)) return styled;
    const value = stack.getProperty(property);
    return isValue(value) ? value : defaultValue;
  };
  patched.add(styleStackClass);
  return true;
}

import { z } from 'zod';

/**
 * Skip logic is data: a JSON-Logic subset with a closed set of operators,
 * evaluated by a small interpreter. Content can never run code.
 */
export const RULE_OPERATORS = ['var', '==', '!=', '<', '<=', '>', '>=', 'and', 'or', '!', 'in'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export type Rule = boolean | number | string | null | Rule[] | { [op: string]: Rule };

const MAX_RULE_DEPTH = 16;

export const RuleSchema: z.ZodType<Rule> = z
  .lazy(() =>
    z.union([
      z.boolean(),
      z.number(),
      z.string().max(500),
      z.null(),
      z.array(RuleSchema).max(50),
      z.partialRecord(z.enum(RULE_OPERATORS), RuleSchema).refine((o) => Object.keys(o).length === 1, { message: 'schema.ruleOperator' }),
    ]),
  )
  .superRefine((rule, ctx) => {
    if (ruleDepth(rule) > MAX_RULE_DEPTH) ctx.addIssue({ code: 'custom', message: 'schema.ruleDepth', params: { max: MAX_RULE_DEPTH } });
  });

function ruleDepth(rule: Rule, depth = 0): number {
  if (depth > MAX_RULE_DEPTH) return depth;
  if (Array.isArray(rule)) return Math.max(depth, ...rule.map((r) => ruleDepth(r, depth + 1)));
  if (rule !== null && typeof rule === 'object') return Math.max(depth, ...Object.values(rule).map((r) => ruleDepth(r, depth + 1)));
  return depth;
}

/** Value an answer contributes to rules: a stage number, a choice, a list of choices, text, or null. */
export type RuleValue = number | string | string[] | null;

export function evaluateRule(rule: Rule, answers: Readonly<Record<string, RuleValue>>): unknown {
  if (rule === null || typeof rule !== 'object') return rule;
  if (Array.isArray(rule)) return rule.map((r) => evaluateRule(r, answers));
  const entry = Object.entries(rule)[0] as [RuleOperator, Rule] | undefined;
  if (!entry) return null; // an empty object is no rule (validation refuses it)
  const [op, raw] = entry;
  if (op === 'var') return Object.hasOwn(answers, String(raw)) ? (answers[String(raw)] ?? null) : null;
  const args = (Array.isArray(raw) ? raw : [raw]).map((r) => evaluateRule(r, answers));
  return applyOperator(op, args);
}

function applyOperator(op: Exclude<RuleOperator, 'var'>, args: unknown[]): unknown {
  const [a, b] = args;
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return compare(a, b, (x, y) => x < y);
    case '<=':
      return compare(a, b, (x, y) => x <= y);
    case '>':
      return compare(a, b, (x, y) => x > y);
    case '>=':
      return compare(a, b, (x, y) => x >= y);
    case 'and':
      return args.every(Boolean);
    case 'or':
      return args.some(Boolean);
    case '!':
      return !a;
    case 'in':
      return Array.isArray(b) ? b.includes(a) : typeof b === 'string' && typeof a === 'string' && b.includes(a);
  }
}

function compare(a: unknown, b: unknown, cmp: (x: number, y: number) => boolean): boolean {
  return typeof a === 'number' && typeof b === 'number' && cmp(a, b);
}

/** Item ids a rule reads, for the "rules only reference existing items" check. */
export function ruleVariables(rule: Rule): string[] {
  if (rule === null || typeof rule !== 'object') return [];
  if (Array.isArray(rule)) return rule.flatMap(ruleVariables);
  const entry = Object.entries(rule)[0] as [string, Rule] | undefined;
  if (!entry) return [];
  const [op, raw] = entry;
  if (op === 'var') return [String(raw)];
  return ruleVariables(raw);
}

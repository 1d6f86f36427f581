import { describe, expect, it } from 'vitest';
import { evaluateRule, RULE_OPERATORS, RuleSchema, ruleVariables, type Rule, type RuleValue } from '../../../core/model/rules';

const answers: Record<string, RuleValue> = {
  'compute.hpc-access': 2,
  'profile.region': 'africa',
  'profile.sectors': ['health', 'education'],
  'profile.name': 'National AI Strategy 2030',
  'data.open-data': null,
};
const run = (rule: Rule) => evaluateRule(rule, answers);
const v = (id: string): Rule => ({ var: id });

/** `depth` nested "!" operators around `true`: the schema counts each as a level. */
function negations(depth: number): Rule {
  let rule: Rule = true;
  for (let i = 0; i < depth; i++) rule = { '!': rule };
  return rule;
}

describe('evaluateRule', () => {
  it('knows exactly the documented operators', () => {
    expect([...RULE_OPERATORS].sort()).toEqual(['!', '!=', '<', '<=', '==', '>', '>=', 'and', 'in', 'or', 'var'].sort());
  });

  describe('var', () => {
    it('reads a stage, a choice, a list of choices and a text', () => {
      expect(run(v('compute.hpc-access'))).toBe(2);
      expect(run(v('profile.region'))).toBe('africa');
      expect(run(v('profile.sectors'))).toEqual(['health', 'education']);
      expect(run(v('profile.name'))).toBe('National AI Strategy 2030');
    });

    it('is null for an item without an answer, and for "don\'t know" answers', () => {
      expect(run(v('models.open-model-use'))).toBeNull();
      expect(run(v('data.open-data'))).toBeNull();
      expect(evaluateRule(v('a'), { a: undefined as unknown as RuleValue })).toBeNull();
    });

    it('never reaches inherited properties', () => {
      for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(run(v(id))).toBeNull();
    });
  });

  it.each<[string, Rule, unknown]>([
    ['== equal numbers', { '==': [v('compute.hpc-access'), 2] }, true],
    ['== different numbers', { '==': [v('compute.hpc-access'), 3] }, false],
    ['== equal strings', { '==': [v('profile.region'), 'africa'] }, true],
    ['== is strict: 2 is not "2"', { '==': [v('compute.hpc-access'), '2'] }, false],
    ['== null for a missing answer', { '==': [v('talent.x'), null] }, true],
    ['!= different', { '!=': [v('profile.region'), 'asia'] }, true],
    ['!= equal', { '!=': [v('profile.region'), 'africa'] }, false],
    ['!= a missing answer is not "none"', { '!=': [v('profile.missing'), 'none'] }, true],
    ['< true', { '<': [v('compute.hpc-access'), 3] }, true],
    ['< false on equal', { '<': [v('compute.hpc-access'), 2] }, false],
    ['<= true on equal', { '<=': [v('compute.hpc-access'), 2] }, true],
    ['<= false', { '<=': [v('compute.hpc-access'), 1] }, false],
    ['> true', { '>': [v('compute.hpc-access'), 1] }, true],
    ['> false on equal', { '>': [v('compute.hpc-access'), 2] }, false],
    ['>= true on equal', { '>=': [v('compute.hpc-access'), 2] }, true],
    ['>= false', { '>=': [v('compute.hpc-access'), 3] }, false],
    ['< is false for a missing answer', { '<': [v('data.open-data'), 3] }, false],
    ['>= is false for a missing answer', { '>=': [v('data.open-data'), 0] }, false],
    ['< compares numbers only', { '<': ['1', 2] }, false],
    ['> compares numbers only', { '>': ['b', 'a'] }, false],
    ['and all true', { and: [true, { '==': [v('profile.region'), 'africa'] }, 1] }, true],
    ['and one false', { and: [true, false] }, false],
    ['and of nothing', { and: [] }, true],
    ['and of one bare value', { and: 0 }, false],
    ['or one true', { or: [false, null, { '>': [v('compute.hpc-access'), 1] }] }, true],
    ['or none true', { or: [false, 0, '', null] }, false],
    ['or of nothing', { or: [] }, false],
    ['! of a bare value', { '!': false }, true],
    ['! of a one-element list', { '!': [true] }, false],
    ['! of a missing answer', { '!': v('nothing') }, true],
    ['in a list of choices', { in: ['health', v('profile.sectors')] }, true],
    ['not in a list of choices', { in: ['defence', v('profile.sectors')] }, false],
    ['in a literal list', { in: [v('profile.region'), ['africa', 'asia']] }, true],
    ['in a text (substring)', { in: ['2030', v('profile.name')] }, true],
    ['not in a text', { in: ['2040', v('profile.name')] }, false],
    ['in a missing answer', { in: ['health', v('profile.missing')] }, false],
    ['in needs a string to look for in a text', { in: [2, '123'] }, false],
  ])('%s', (_, rule, expected) => {
    expect(run(rule)).toBe(expected);
  });

  it('returns literals as they are and evaluates lists element by element', () => {
    expect(run(3)).toBe(3);
    expect(run('x')).toBe('x');
    expect(run(null)).toBeNull();
    expect(run(true)).toBe(true);
    expect(run([v('profile.region'), 1, { '!': true }])).toEqual(['africa', 1, false]);
  });

  it('evaluates nested rules', () => {
    const rule: Rule = { and: [{ '!=': [v('profile.region'), 'europe'] }, { or: [{ '<': [v('compute.hpc-access'), 3] }, { in: ['health', v('profile.sectors')] }] }] };
    expect(run(rule)).toBe(true);
    expect(evaluateRule(rule, { ...answers, 'compute.hpc-access': 4, 'profile.sectors': [] })).toBe(false);
  });

  it('treats an empty object as no rule instead of throwing', () => {
    expect(evaluateRule({}, answers)).toBeNull();
    expect(ruleVariables({})).toEqual([]);
  });
});

describe('RuleSchema', () => {
  const valid = (rule: unknown) => RuleSchema.safeParse(rule).success;

  it.each(RULE_OPERATORS.map((op) => [op]))('accepts the operator %s', (op) => {
    expect(valid({ [op]: op === 'var' ? 'profile.region' : [1, 2] })).toBe(true);
  });

  it('accepts literals and lists', () => {
    for (const rule of [true, false, 0, -1.5, 'text', null, [], [1, 'a', null]]) expect(valid(rule)).toBe(true);
  });

  it('refuses unknown operators, several operators in one object, and empty objects', () => {
    expect(valid({ eval: 'process.exit()' })).toBe(false);
    expect(valid({ if: [true, 1, 2] })).toBe(false);
    expect(valid({ '==': [1, 1], '!=': [1, 2] })).toBe(false);
    expect(valid({})).toBe(false);
    expect(valid({ '==': [1, { __proto__: null, constructor: 1 }] })).toBe(false);
  });

  it('refuses long strings and long lists', () => {
    expect(valid('x'.repeat(500))).toBe(true);
    expect(valid('x'.repeat(501))).toBe(false);
    expect(valid(Array.from({ length: 50 }, () => 1))).toBe(true);
    expect(valid(Array.from({ length: 51 }, () => 1))).toBe(false);
  });

  it('allows 16 levels of nesting and refuses 17', () => {
    expect(valid(negations(16))).toBe(true);
    const deeper = RuleSchema.safeParse(negations(17));
    expect(deeper.success).toBe(false);
    expect(deeper.error?.issues.map((i) => i.message)).toContain('schema.ruleDepth');
    let list: Rule = 1;
    for (let i = 0; i < 16; i++) list = [list];
    expect(valid(list)).toBe(true);
    expect(valid([list])).toBe(false);
  });
});

describe('ruleVariables', () => {
  it('lists every item a rule reads, at any depth', () => {
    const rule: Rule = { and: [{ '==': [v('a.x'), 1] }, { or: [{ in: ['h', v('b.y')] }, { '!': v('c.z') }] }, [v('d.w')]] };
    expect(ruleVariables(rule)).toEqual(['a.x', 'b.y', 'c.z', 'd.w']);
  });

  it('reads nothing from literals', () => {
    expect(ruleVariables(true)).toEqual([]);
    expect(ruleVariables([1, 'a.x', null])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/schema/questionnaire';
import { applyItemCommand } from '../../../renderer/src/lib/item-commands';

const text = (en: string) => ({ en });
const stages = [text('a'), text('b'), text('c'), text('d'), text('e')] as const;
const indicator: Item = {
  id: 's.i',
  type: 'indicator',
  scope: 'country',
  statement: text('S'),
  stages: [...stages],
  guidance: text('g'),
  evidence: [text('e')],
  references: [{ ref: 'f', locator: 'i' }],
  weight: 1,
};
const risk: Item = {
  id: 's.r',
  type: 'risk',
  scope: 'country',
  statement: text('R'),
  description: text('d'),
  preparedness: [...stages],
  guidance: text('g'),
  evidence: [text('e')],
  references: [{ ref: 'f', locator: 'i' }],
};
const options = [
  { value: 'a', label: text('A') },
  { value: 'b', label: text('B') },
  { value: 'c', label: text('C') },
];
const choice: Item = { id: 'p.c', type: 'choice', label: text('C'), options, required: false };
const multi: Item = { id: 'p.m', type: 'multi', label: text('M'), options, required: false };
const free: Item = { id: 'p.t', type: 'text', label: text('T'), required: false };

describe('answer commands', () => {
  it('sets a stage, "don\'t know" or "not applicable" on an indicator and keeps confidence, notes and evidence', () => {
    const before = { kind: 'stage' as const, stage: 2, confidence: 'low' as const, notes: 'n', evidence: 'e' };
    expect(applyItemCommand(indicator, before, { type: 'choose', value: 4 })?.answer).toEqual({ ...before, stage: 4 });
    expect(applyItemCommand(indicator, before, { type: 'dont-know' })?.answer).toEqual({ kind: 'dont-know', confidence: 'low', notes: 'n', evidence: 'e' });
    expect(applyItemCommand(indicator, undefined, { type: 'not-applicable' })).toEqual({ answer: { kind: 'not-applicable' }, effect: { kind: 'not-applicable' } });
    expect(applyItemCommand(indicator, undefined, { type: 'choose', value: 6 })).toBeNull();
  });

  it('rates a risk scale by scale: the focused one, else the first empty, else preparedness', () => {
    const first = applyItemCommand(risk, undefined, { type: 'choose', value: 4 });
    expect(first).toEqual({ answer: { kind: 'risk', likelihood: 4 }, effect: { kind: 'risk', scale: 'likelihood', value: 4 } });
    const second = applyItemCommand(risk, first!.answer, { type: 'choose', value: 5 });
    expect(second?.answer).toEqual({ kind: 'risk', likelihood: 4, impact: 5 });
    const third = applyItemCommand(risk, second!.answer, { type: 'choose', value: 2 });
    expect(third?.answer).toEqual({ kind: 'risk', likelihood: 4, impact: 5, preparedness: 2 });
    expect(applyItemCommand(risk, third!.answer, { type: 'choose', value: 3 })?.answer).toEqual({ kind: 'risk', likelihood: 4, impact: 5, preparedness: 3 });
    expect(applyItemCommand(risk, third!.answer, { type: 'choose', value: 1 }, 'likelihood')?.answer).toEqual({ kind: 'risk', likelihood: 1, impact: 5, preparedness: 2 });
    expect(applyItemCommand(risk, undefined, { type: 'dont-know' })).toBeNull();
  });

  it('picks the nth option of a choice and toggles it in a multiple choice', () => {
    expect(applyItemCommand(choice, undefined, { type: 'choose', value: 2 })?.answer).toEqual({ kind: 'profile', value: 'b' });
    expect(applyItemCommand(choice, undefined, { type: 'choose', value: 4 })).toBeNull();
    const on = applyItemCommand(multi, undefined, { type: 'choose', value: 3 });
    expect(on?.answer).toEqual({ kind: 'profile', value: ['c'] });
    const both = applyItemCommand(multi, on!.answer, { type: 'choose', value: 1 });
    expect(both?.answer).toEqual({ kind: 'profile', value: ['c', 'a'] });
    const off = applyItemCommand(multi, both!.answer, { type: 'choose', value: 3 });
    expect(off).toEqual({ answer: { kind: 'profile', value: ['a'] }, effect: { kind: 'option', label: 'c', checked: false } });
    expect(applyItemCommand(multi, { kind: 'profile', value: ['a'] }, { type: 'choose', value: 1 })?.answer).toBeUndefined();
    expect(applyItemCommand(free, undefined, { type: 'choose', value: 1 })).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { seededRandom } from '../../../core/random';
import { clearResolution, importResponses, mergeView, resolveConflict, type IdentityDecision } from '../../../core/workshop/merge';
import { ASSESSMENT_FORMAT, type Answer, type Answers, type Assessment } from '../../../core/model/schema/assessment';
import type { Item } from '../../../core/model/schema/questionnaire';
import type { ResponseFile } from '../../../core/model/schema/response';
import { checkAssessment } from '../../../core/model/validate';
import { emptyAssessment, miniContent } from './merge.helpers';

const { questionnaire: q } = miniContent();
const items = q.sections.flatMap((s) => s.items);
const NOW = '2026-03-02T18:00:00.000Z';

// Small value spaces on purpose: they make agreements, ties and repeated respondents common.
const stage = fc.integer({ min: 1, max: 5 });
const extras = fc.record({ confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const), notes: fc.constantFrom('pilot only', 'see annex', 'Ünïcode, "quoted"\nline') }, { requiredKeys: [] });

function answerFor(item: Item): fc.Arbitrary<Answer> {
  const common = [extras.map((e): Answer => ({ kind: 'dont-know', ...e })), extras.map((e): Answer => ({ kind: 'not-applicable', ...e }))];
  switch (item.type) {
    case 'indicator':
      return fc.oneof({ arbitrary: fc.tuple(stage, extras).map(([n, e]): Answer => ({ kind: 'stage', stage: n, ...e })), weight: 6 }, ...common.map((arbitrary) => ({ arbitrary, weight: 1 })));
    case 'risk':
      return fc.oneof(
        { arbitrary: fc.tuple(fc.record({ likelihood: stage, impact: stage, preparedness: stage }, { requiredKeys: [] }), extras).map(([r, e]): Answer => ({ kind: 'risk', ...r, ...e })), weight: 6 },
        ...common.map((arbitrary) => ({ arbitrary, weight: 1 })),
      );
    case 'choice':
      return fc.constantFrom(...item.options!.map((o): Answer => ({ kind: 'profile', value: o.value })));
    default:
      return fc.constantFrom<Answer>({ kind: 'profile', value: 'AI 2030' }, { kind: 'profile', value: 'Digital Asterra' });
  }
}

const answers: fc.Arbitrary<Answers> = fc
  .tuple(...items.map((item) => fc.option(answerFor(item), { nil: undefined, freq: 2 })), fc.option(fc.constant<Answer>({ kind: 'stage', stage: 2 }), { nil: undefined }))
  .map((list) => {
    const out: Answers = {};
    list.slice(0, items.length).forEach((a, i) => {
      if (a) out[items[i]!.id] = a;
    });
    // Sometimes an item an older questionnaire version had.
    if (list[items.length]) out['compute.retired-item'] = list[items.length]!;
    return out;
  });

const file: fc.Arbitrary<ResponseFile> = fc
  .record({
    id: fc.constantFrom('amina', 'chen', 'maria', 'omar', 'before-import'),
    variant: fc.constantFrom('', ' (ICT)'),
    minute: fc.constantFrom(0, 5, 30),
    version: fc.constantFrom('1.0.0', '1.0.0', '0.9.0'),
    questionnaire: fc.constantFrom('mini', 'mini', 'mini', 'mini', 'other'),
    answers,
  })
  .map((f) => ({
    format: 1 as const,
    kind: 'capamap.response' as const,
    questionnaire: { id: f.questionnaire, version: f.version },
    respondent: { id: f.id, name: `${f.id}${f.variant}`, agency: 'Agency', role: '' },
    answers: f.answers,
    exportedAt: `2026-03-02T10:${String(f.minute).padStart(2, '0')}:00.000Z`,
  }));

/** A fresh workshop, or one a team filled in by hand before importing (format-1 style, names only). */
const base: fc.Arbitrary<Assessment> = fc.oneof(
  fc.constant(emptyAssessment()),
  answers.map((a) => {
    const { 'compute.retired-item': _gone, ...hand } = a;
    return emptyAssessment({ answers: hand, respondents: [{ id: 'chen', name: 'Chen', agency: '', role: '' }], updatedAt: '2026-03-02T10:05:00.000Z' });
  }),
);

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const text = (a: Assessment) => serializeAssessment(a);
const batch = (a: Assessment, files: readonly ResponseFile[], identity?: Record<number, IdentityDecision>) => importResponses(q, a, files, { now: NOW, identity }).assessment;
/** The facilitator said of every file: it is from the respondent with that id. */
const allSame = (files: readonly unknown[]) => Object.fromEntries(files.map((_, i) => [i, 'same' as const]));

describe('merge properties', () => {
  it('is order-independent: any order of the same files gives the same assessment', () => {
    fc.assert(
      fc.property(base, fc.array(file, { maxLength: 7 }), fc.integer(), (a, files, seed) => {
        expect(text(batch(a, shuffled(files, seed)))).toBe(text(batch(a, files)));
      }),
      { numRuns: 300 },
    );
  });

  it('importing one file at a time, in any order, equals importing them all at once (identities decided)', () => {
    fc.assert(
      fc.property(base, fc.array(file, { maxLength: 6 }), fc.integer(), (a, files, seed) => {
        const oneByOne = shuffled(files, seed).reduce((acc, f) => batch(acc, [f], { 0: 'same' }), a);
        expect(text(oneByOne)).toBe(text(batch(a, files, allSame(files))));
      }),
      { numRuns: 300 },
    );
  });

  it('a file reusing an id under another name or agency never changes that respondent, whatever its date', () => {
    fc.assert(
      fc.property(base, fc.array(file, { maxLength: 6 }), fc.integer(), (a, files, seed) => {
        const before = batch(a, files, allSame(files));
        for (const f of shuffled(files, seed)) {
          const held = before.respondents.find((r) => r.id === f.respondent.id);
          if (!held || (held.name === f.respondent.name && held.agency === f.respondent.agency)) continue;
          const spoof = { ...f, exportedAt: '2099-01-01T00:00:00.000Z' };
          const { assessment: after, report } = importResponses(q, before, [spoof], { now: NOW });
          expect(after).toBe(before);
          if (spoof.questionnaire.id === 'mini') expect(report.conflicts.map((c) => c.respondent)).toEqual([held.id]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: importing the same files again changes nothing', () => {
    fc.assert(
      fc.property(base, fc.array(file, { maxLength: 7 }), (a, files) => {
        const once = batch(a, files);
        const twice = importResponses(q, once, files, { now: '2027-01-01T00:00:00.000Z' });
        expect(text(twice.assessment)).toBe(text(once));
        expect(twice.report.imported).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the assessment valid and the consensus consistent with the merge view', () => {
    fc.assert(
      fc.property(base, fc.array(file, { maxLength: 7 }), (a, files) => {
        const merged = batch(a, files);
        expect(merged.format).toBe(ASSESSMENT_FORMAT);
        expect(parseAssessment(text(merged))).toEqual({ ok: true, value: merged });
        expect(checkAssessment(merged, q)).toEqual([]);
        const ids = merged.respondents.map((r) => r.id);
        expect(ids).toEqual([...new Set(ids)].sort());
        const view = mergeView(q, merged);
        if (Object.keys(merged.responses).length === 0) return;
        for (const item of view.items) {
          if (item.status === 'conflict') expect(merged.answers[item.itemId]).toBeUndefined();
          if (item.status === 'agreed') expect(merged.answers[item.itemId]).toBeDefined();
          if (item.status === 'conflict') expect(item.spread === null || item.spread >= 0).toBe(true);
          // Agreement means every position taken is the same.
          const stages = item.entries.flatMap((e) => (e.answer?.kind === 'stage' ? [e.answer.stage] : []));
          if (item.status === 'agreed' && stages.length > 0) expect(new Set(stages).size).toBe(1);
          if (item.type === 'indicator' && new Set(stages).size > 1) expect(item.agreed).toBe(false);
        }
        expect(view.totals.agreed + view.totals.conflicts + view.totals.resolved + view.totals.unanswered).toBe(view.items.length);
      }),
      { numRuns: 200 },
    );
  });

  it('a decision keeps the responses as they are, and writes what it writes for the same workshop read back in any key order', () => {
    const reversed = <T>(record: Readonly<Record<string, T>>, each: (v: T) => T = (v) => v): Record<string, T> =>
      Object.fromEntries(
        Object.keys(record)
          .reverse()
          .map((k) => [k, each(record[k]!)]),
      );
    fc.assert(
      fc.property(base, fc.array(file, { minLength: 1, maxLength: 6 }), fc.nat(), fc.boolean(), (a, files, pick, withdraw) => {
        const merged = batch(a, files, allSame(files));
        const item = items[pick % items.length]!;
        const given = Object.values(merged.responses).flatMap((held) => (held[item.id] ? [held[item.id]!] : []));
        const decision = { itemId: item.id, answer: given[pick % Math.max(1, given.length)] ?? null, note: 'agreed', decidedAt: NOW };
        const decided = resolveConflict(q, merged, decision);
        // Once in order, the respondents' side is kept by every decision: an undo step holds no copy of it.
        const again = withdraw ? clearResolution(q, decided, item.id, NOW) : resolveConflict(q, decided, { ...decision, note: 'agreed again' });
        expect(again.responses).toBe(decided.responses);
        expect(again.respondents).toBe(decided.respondents);
        // The same workshop as another program might write it (keys in any order) is put in order as before.
        const shuffledCopy: Assessment = { ...merged, respondents: [...merged.respondents].reverse(), responses: reversed(merged.responses, (held) => reversed(held)), answers: reversed(merged.answers) };
        expect(text(resolveConflict(q, shuffledCopy, decision))).toBe(text(decided));
        if (withdraw) expect(text(clearResolution(q, decided, item.id, NOW))).toBe(text(clearResolution(q, resolveConflict(q, shuffledCopy, decision), item.id, NOW)));
      }),
      { numRuns: 200 },
    );
  });

  it('each respondent holds the answers of their latest file only', () => {
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 6 }), (files) => {
        const merged = batch(emptyAssessment(), files, allSame(files));
        for (const [id, held] of Object.entries(merged.responses)) {
          const own = files.filter((f) => f.respondent.id === id && f.questionnaire.id === 'mini');
          const latest = Math.max(...own.map((f) => Date.parse(f.exportedAt)));
          const { 'compute.retired-item': _gone, ...expected } =
            own.find((f) => Date.parse(f.exportedAt) === latest && merged.respondents.find((r) => r.id === id)!.name === f.respondent.name && sameAnswers(f.answers, held))?.answers ?? {};
          expect(held).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function sameAnswers(fileAnswers: Answers, held: Answers): boolean {
  const { 'compute.retired-item': _gone, ...rest } = fileAnswers;
  return (
    JSON.stringify(
      Object.keys(rest)
        .sort()
        .map((k) => [k, rest[k]]),
    ) ===
    JSON.stringify(
      Object.keys(held)
        .sort()
        .map((k) => [k, held[k]]),
    )
  );
}

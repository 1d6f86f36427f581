import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersToCsv, toCsv } from '../../../core/workshop/csv';
import { parseAnswersCsv, parseCsv } from '../../helpers/csv-reader';
import type { Answer, Answers } from '../../../core/model/schema/assessment';

/** Text built from the pieces that break naive CSV: separators, quotes, line ends, formula starts, any script. */
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', '=', '+', '-', '@', "'", "''", '\t', ' ', '＝', '＠', 'é', '能力', 'تقييم', '🇰🇪', '=SUM(A1)', '[', '["a"]', '\uFEFF'),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const nonEmpty = nasty.filter((s) => s.length > 0);
const named = nasty.filter((s) => s.trim().length > 0);

const stage = fc.integer({ min: 1, max: 5 });
const extras = fc.record({ confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const), notes: nonEmpty, evidence: nonEmpty }, { requiredKeys: [] });
const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.tuple(stage, extras).map(([n, e]): Answer => ({ kind: 'stage', stage: n, ...e })),
  fc.tuple(fc.record({ likelihood: stage, impact: stage, preparedness: stage }, { requiredKeys: [] }), extras).map(([r, e]): Answer => ({ kind: 'risk', ...r, ...e })),
  // A rating answered "don't know" (method 2.0) goes out as "dont-know" and comes back as one.
  fc.tuple(stage, extras).map(([p, e]): Answer => ({ kind: 'risk', preparedness: p, unknown: ['likelihood', 'impact'], ...e })),
  extras.map((e): Answer => ({ kind: 'dont-know', ...e })),
  extras.map((e): Answer => ({ kind: 'not-applicable', ...e })),
  nasty.map((value): Answer => ({ kind: 'profile', value })),
  fc
    .array(
      nasty.map((s) => s.slice(0, 200)),
      { maxLength: 4 },
    )
    .map((value): Answer => ({ kind: 'profile', value })),
);
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6})?$/);
const itemId = fc.tuple(slug, slug).map(([s, i]) => `${s}.${i}`);
const answers: fc.Arbitrary<Answers> = fc.dictionary(itemId, answer, { maxKeys: 6, noNullPrototype: true });

describe('CSV round trip (property)', () => {
  it('parseCsv reads back every cell toCsv wrote, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(nasty, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, bom) => {
        expect(parseCsv(toCsv(rows, { bom }))).toEqual({ ok: true, value: rows });
      }),
      { numRuns: 500 },
    );
  });

  it('every field of every answer survives answersToCsv → parseAnswersCsv', () => {
    fc.assert(
      fc.property(answers, fc.uniqueArray(fc.record({ id: slug, name: named, agency: nasty, answers }), { selector: (r) => r.id, maxLength: 4 }), (consensus, people) => {
        const source = {
          answers: consensus,
          respondents: people.map((p) => ({ id: p.id, name: p.name, agency: p.agency, role: '' })),
          responses: Object.fromEntries(people.map((p) => [p.id, p.answers])),
        };
        const parsed = parseAnswersCsv(answersToCsv(source));
        const expected = [...people]
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .filter((p) => Object.keys(p.answers).length > 0)
          .map((p) => ({ respondent: { id: p.id, name: p.name, agency: p.agency }, answers: p.answers }));
        expect(parsed).toStrictEqual({ ok: true, value: { consensus, respondents: expected } });
      }),
      { numRuns: 500 },
    );
  });

  it('no written cell starts with a formula character', () => {
    fc.assert(
      fc.property(fc.array(fc.array(nasty, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const parsedRaw = rawCells(toCsv(rows, { bom: false }));
        for (const cell of parsedRaw) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
      }),
      { numRuns: 300 },
    );
  });
});

/** Cells as a spreadsheet sees them: unquoted, but with nothing removed. */
function rawCells(csv: string): string[] {
  const cells: string[] = [];
  let i = 0;
  let cell = '';
  while (i < csv.length) {
    const c = csv[i]!;
    if (c === '"' && cell === '') {
      let j = i + 1;
      for (;;) {
        const k = csv.indexOf('"', j);
        cell += csv.slice(j, k);
        if (csv[k + 1] === '"') {
          cell += '"';
          j = k + 2;
        } else {
          i = k + 1;
          break;
        }
      }
      continue;
    }
    if (c === ',' || c === '\r' || c === '\n') {
      cells.push(cell);
      cell = '';
      if (c === '\r' && csv[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  return cells;
}

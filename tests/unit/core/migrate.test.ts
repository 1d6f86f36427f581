import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionLibrary, parseContent, parseQuestionnaire } from '../../../core/model/content';
import { ACTION_LIBRARY_FORMAT } from '../../../core/model/schema/actions';
import { migrate, type Migration } from '../../../core/model/schema/migrate';
import { QUESTIONNAIRE_FORMAT } from '../../../core/model/schema/questionnaire';

const MINI = join(__dirname, '..', '..', 'fixtures', 'mini');

describe('migrate', () => {
  it('passes a current file through unchanged', () => {
    const doc = { format: 3, id: 'x', nested: { a: [1] } };
    expect(migrate(doc, 3, [], 'questionnaire')).toEqual({ ok: true, value: doc });
  });

  it('refuses a file from a newer CapaMap', () => {
    expect(migrate({ format: 4 }, 3, [], 'questionnaire')).toEqual({
      ok: false,
      problems: [{ path: '$.format', code: 'format.newer', params: { version: 4 } }],
    });
  });

  it.each<[string, unknown]>([
    ['no format', { id: 'x' }],
    ['a string format', { format: '1' }],
    ['a fractional format', { format: 1.5 }],
    ['format 0', { format: 0 }],
    ['a negative format', { format: -1 }],
    ['a null format', { format: null }],
  ])('refuses %s as having no format version', (_, doc) => {
    expect(migrate(doc, 3, [], 'actions')).toEqual({ ok: false, problems: [{ path: '$.format', code: 'format.noVersion', params: {} }] });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [{ format: 1 }]],
    ['a number', 1],
    ['a string', '{"format":1}'],
  ])('refuses %s as not a file of the kind', (_, doc) => {
    expect(migrate(doc, 1, [], 'questionnaire')).toEqual({ ok: false, problems: [{ path: '$', code: 'format.notQuestionnaire', params: {} }] });
  });

  it('applies each registered step in order, whatever order they are listed in', () => {
    const calls: string[] = [];
    const steps: Migration[] = [
      {
        from: 3,
        up: (doc) => {
          calls.push(`3→4 saw format ${String(doc.format)}`);
          return { ...doc, history: [...(doc.history as string[]), 'c'] };
        },
      },
      {
        from: 1,
        up: (doc) => {
          calls.push(`1→2 saw format ${String(doc.format)}`);
          const { title, ...rest } = doc;
          return { ...rest, name: title, history: ['a'] };
        },
      },
      {
        from: 2,
        up: (doc) => {
          calls.push(`2→3 saw format ${String(doc.format)}`);
          return { ...doc, history: [...(doc.history as string[]), 'b'] };
        },
      },
    ];
    const result = migrate({ format: 1, title: 'Old' }, 4, steps, 'questionnaire');
    expect(result).toEqual({ ok: true, value: { format: 4, name: 'Old', history: ['a', 'b', 'c'] } });
    expect(calls).toEqual(['1→2 saw format 1', '2→3 saw format 2', '3→4 saw format 3']);
  });

  it("starts from the file's own format", () => {
    const calls: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((from) => ({ from, up: (doc) => (calls.push(from), doc) }));
    expect(migrate({ format: 3 }, 4, steps, 'assessment')).toEqual({ ok: true, value: { format: 4 } });
    expect(calls).toEqual([3]);
  });

  it('sets the format even when a step forgets to', () => {
    const steps: Migration[] = [{ from: 1, up: ({ format: _format, ...rest }) => rest }];
    expect(migrate({ format: 1, a: 1 }, 2, steps, 'questionnaire')).toEqual({ ok: true, value: { format: 2, a: 1 } });
  });

  it('refuses a format whose step is missing from the chain', () => {
    const steps: Migration[] = [{ from: 2, up: (doc) => doc }];
    expect(migrate({ format: 1 }, 3, steps, 'questionnaire')).toEqual({
      ok: false,
      problems: [{ path: '$.format', code: 'format.tooOld', params: { version: 1 } }],
    });
  });

  it('does not change the document it was given', () => {
    const doc = { format: 1, list: [1] };
    migrate(doc, 2, [{ from: 1, up: (d) => ({ ...d, extra: true }) }], 'questionnaire');
    expect(doc).toEqual({ format: 1, list: [1] });
  });
});

describe('content formats', () => {
  it('questionnaires are at format 2 (read from 1); action libraries at format 4, read from formats 1 to 3 through migrations', () => {
    expect(QUESTIONNAIRE_FORMAT).toBe(2);
    expect(ACTION_LIBRARY_FORMAT).toBe(4);
  });

  const questionnaire = readFileSync(join(MINI, 'questionnaire.json'), 'utf8');
  const actions = readFileSync(join(MINI, 'actions.json'), 'utf8');
  const withFormat = (text: string, format: unknown) => JSON.stringify({ ...(JSON.parse(text) as object), format });

  it('a questionnaire of a newer format is refused with a request to update', () => {
    const parsed = parseQuestionnaire(withFormat(questionnaire, 3));
    expect(parsed).toEqual({ ok: false, problems: [{ path: '$.format', code: 'format.newer', params: { version: 3 } }] });
  });

  it('a format-1 pair citing sources inline still loads: each framework and year becomes one record, shared by both files', () => {
    const inline = (framework: string, item: string, year: number) => ({ framework, item, year });
    const q = JSON.parse(questionnaire) as { references?: unknown; sections: { items: { references?: unknown }[] }[] };
    delete q.references;
    for (const section of q.sections) for (const item of section.items) if (item.references) item.references = [inline('UNESCO RAM', 'Legal dimension', 2023), inline('UNESCO RAM', 'Social dimension', 2023)];
    const lib = JSON.parse(actions) as { actions: { references: unknown }[] };
    lib.actions.forEach((a, i) => (a.references = [i === 0 ? inline('Only the library cites this', 'Part 1', 2020) : inline('UNESCO RAM', 'Economic dimension', 2023)]));
    const parsed = parseContent(JSON.stringify({ ...q, format: 1 }), JSON.stringify(lib));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { questionnaire: mq, library: ml } = parsed.value;
    expect(mq.references).toEqual([{ id: 'unesco-ram-2023', title: 'UNESCO RAM', publisher: 'UNESCO RAM', year: 2023 }]);
    expect(mq.sections.flatMap((s) => s.items).find((i) => i.references)?.references).toEqual([
      { ref: 'unesco-ram-2023', locator: 'Legal dimension' },
      { ref: 'unesco-ram-2023', locator: 'Social dimension' },
    ]);
    expect(ml.references.map((r) => r.id)).toEqual(['only-the-library-cites-this-2020']);
    expect(ml.actions[1]!.references).toEqual([{ ref: 'unesco-ram-2023', locator: 'Economic dimension' }]);
  });

  it('an action library of a newer format is refused with a request to update', () => {
    const q = parseQuestionnaire(questionnaire);
    if (!q.ok) throw new Error('mini questionnaire');
    const parsed = parseActionLibrary(withFormat(actions, 99), q.value);
    expect(parsed).toEqual({ ok: false, problems: [{ path: '$.format', code: 'format.newer', params: { version: 99 } }] });
  });

  it.each([0, '1', null])('a questionnaire with format %j has no format version', (format) => {
    const parsed = parseQuestionnaire(withFormat(questionnaire, format));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual([{ path: '$.format', code: 'format.noVersion', params: {} }]);
  });

  it('a questionnaire without a format has no format version', () => {
    const { format: _format, ...rest } = JSON.parse(questionnaire) as Record<string, unknown>;
    const parsed = parseQuestionnaire(JSON.stringify(rest));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['$.format']);
  });
});

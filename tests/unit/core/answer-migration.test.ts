import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { carryAnswers, confirmAnswer, migrateAnswers, migrationMessages } from '../../../core/model/answer-migration';
import { parseAssessment } from '../../../core/model/assessment-file';
import { indexItems } from '../../../core/model/questionnaire';
import type { Answer, Assessment } from '../../../core/model/schema/assessment';
import { checkAssessment } from '../../../core/model/validate';
import { compareWithBaseline } from '../../../core/workshop/baseline';
import { bundledContent } from '../../content';

/** A 1.x assessment as the app saved it (the demo example of questionnaire 1.1.0): every 1.x item answered. */
const OLD_FILE = resolve(__dirname, '../../fixtures/assessments/capamap-core-1.1.0.capamap.json');

function oldAssessment(): Assessment {
  const parsed = parseAssessment(readFileSync(OLD_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const { questionnaire: q, library } = bundledContent();
const index = indexItems(q);
const step = q.changes.find((c) => c.from === 1)!;
const oldIds = Object.keys(oldAssessment().answers);

describe('questionnaire 2.0 records every change from 1.x', () => {
  it('is version 2 and has a change step from 1', () => {
    expect(q.version.startsWith('2.')).toBe(true);
    expect(step).toBeDefined();
  });

  it.each(oldIds)('the 1.x item %s is kept, split or removed', (id) => {
    const kept = index.has(id);
    const recorded = id in step.split || step.removed.includes(id);
    expect(kept !== recorded, `${id} must be either an item of ${q.version} or recorded in its changes, not both`).toBe(true);
  });

  it.each(q.sections.flatMap((s) => s.items.map((i) => i.id)))('the %s item existed in 1.x, is a part of a split, or is listed as added', (id) => {
    const parts = Object.values(step.split).flat();
    expect(oldIds.includes(id) || parts.includes(id) || step.added.includes(id) || id.startsWith('profile.')).toBe(true);
  });
});

describe('answers carried over from 1.x', () => {
  const before = oldAssessment();
  const { assessment: after, migration } = migrateAnswers(before, q);

  it('answers the installed version, remembers the old one, and fits the questionnaire', () => {
    expect(after.questionnaire.version).toBe(q.version);
    expect(after.migratedFrom).toBe('1.1.0');
    expect(checkAssessment(after, q)).toEqual([]);
    expect(migration).not.toBeNull();
  });

  it.each(oldIds.filter((id) => index.has(id)))('an unchanged item keeps its answer: %s', (id) => {
    expect(after.answers[id]).toEqual(before.answers[id]);
    expect(after.toConfirm?.[id]).toBeUndefined();
  });

  it.each(Object.entries(step.split))('a split item gives its answer to each part, to confirm: %s → %j', (old, parts) => {
    for (const part of parts) {
      expect(after.answers[part]).toEqual(before.answers[old]);
      expect(after.toConfirm?.[part]).toBe(old);
    }
    expect(after.answers[old]).toBeUndefined();
    expect(migration!.split).toContainEqual({ from: old, to: parts });
  });

  it('new items start unanswered', () => {
    for (const id of step.added) expect(after.answers[id]).toBeUndefined();
    expect(migration!.added).toEqual(step.added.filter((id) => index.has(id)));
  });

  it('drops answers to items that no longer exist and lists them', () => {
    const stage: Answer = { kind: 'stage', stage: 2 };
    const withGone = { ...before, answers: { ...before.answers, 'compute.gone-item': stage } };
    const result = migrateAnswers(withGone, q);
    expect(result.assessment.answers['compute.gone-item']).toBeUndefined();
    expect(result.migration!.removed).toEqual(['compute.gone-item']);
  });

  it('leaves an assessment of the same major version alone', () => {
    expect(migrateAnswers(after, q)).toEqual({ assessment: after, migration: null });
  });

  it('says what changed: the versions, each split item with its new questions, and the rest', () => {
    const lines = migrationMessages(migration!, q, 'fr');
    expect(lines[0]).toEqual({ code: 'migration.summary', params: { from: '1.1.0', to: q.version } });
    expect(lines.filter((m) => m.code === 'migration.split')).toHaveLength(Object.keys(step.split).length);
    const first = Object.entries(step.split)[0]!;
    const split = lines.find((m) => m.code === 'migration.split' && m.params.old === first[0])!;
    expect(String(split.params.items)).toContain(index.get(first[1][0]!)!.item.type === 'indicator' ? (index.get(first[1][0]!)!.item as { statement: Record<string, string> }).statement.fr! : '');
  });

  it('a confirmed or re-answered part is no longer to confirm', () => {
    const [part] = Object.keys(after.toConfirm!);
    const confirmed = confirmAnswer(after, part!);
    expect(confirmed.toConfirm?.[part!]).toBeUndefined();
    expect(confirmed.answers[part!]).toEqual(after.answers[part!]);
    expect(confirmAnswer(confirmed, part!)).toBe(confirmed);
  });

  it('respondents’ answers follow the same map', () => {
    const old = Object.keys(step.split)[0]!;
    const carried = carryAnswers(q, { [old]: { kind: 'stage', stage: 4 } }, '1.0.0');
    expect(Object.keys(carried)).toEqual(step.split[old]);
    expect(carryAnswers(q, before.answers, q.version)).toBe(before.answers);
  });

  it('opens, analyses and reports: every figure computed on the carried-over answers', () => {
    const results = analyse({ questionnaire: q, library }, after);
    expect(results.summary.withData).toBeGreaterThan(0);
    expect(results.roadmap.phases.flatMap((p) => p.actions).length).toBeGreaterThan(0);
  });

  it('a 1.x baseline compares on the questions both versions share', () => {
    const current: Assessment = { ...after, toConfirm: undefined, migratedFrom: undefined, meta: { ...after.meta, assessmentDate: '2027-01-15' } };
    const comparison = compareWithBaseline(q, library, current, after);
    const common = comparison.warnings.find((w) => w.code === 'baseline.commonItems');
    expect(common?.params.count).toBe(Object.keys(after.answers).filter((id) => !(id in after.toConfirm!)).length);
    // The same answers on the common questions: no section moved.
    for (const s of comparison.sections) if (s.delta !== null) expect(s.delta).toBeCloseTo(0);
  });
});

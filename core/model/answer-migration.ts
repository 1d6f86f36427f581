import { message, type Message } from './message';
import { indexItems, itemTitle } from './questionnaire';
import { oneLine } from './schema/parse';
import type { Answers, Assessment } from './schema/assessment';
import type { ContentChange, Questionnaire } from './schema/questionnaire';

/*
 * Answers made with an earlier major version of a questionnaire, carried over
 * to the version installed. Items that did not change keep their answers;
 * an item split into several gives its answer to each part, marked "to
 * confirm" until the user looks at it; answers to removed items are dropped
 * and listed; new items start unanswered. The questionnaire's `changes` say
 * what happened to each id.
 */

/** What the carrying over did, for the notice the user reads and the CLI prints. */
export interface AnswerMigration {
  /** The version the answers were made with, and the one they now answer. */
  from: string;
  to: string;
  /** Answered items that were split: the old id and the new items that got its answer, to confirm. */
  split: { from: string; to: string[] }[];
  /** Answered items that no longer exist: their answers were dropped. */
  removed: string[];
  /** Items new since that version: not answered yet. */
  added: string[];
}

const major = (version: string): number => Number.parseInt(version, 10) || 0;

/** The change steps from the assessment's major version up to the questionnaire's, oldest first. */
export function changesSince(q: Questionnaire, version: string): ContentChange[] {
  const from = major(version);
  return q.changes.filter((c) => c.from >= from && c.from < major(q.version)).sort((a, b) => a.from - b.from);
}

/** Whether an assessment made with this version needs its answers carried over to the questionnaire's. */
export function needsMigration(q: Questionnaire, version: string): boolean {
  return major(version) < major(q.version);
}

/** Where each old id's answer goes after the steps: itself, its parts, or nowhere. */
function successors(steps: readonly ContentChange[], id: string): string[] {
  let ids = [id];
  for (const step of steps) ids = ids.flatMap((i) => step.split[i] ?? (step.removed.includes(i) ? [] : [i]));
  return ids;
}

/**
 * Carries an assessment made with an earlier major version over to this
 * questionnaire; returns it unchanged, with no migration, when the major
 * versions are the same. Ids neither kept nor recorded in `changes` are
 * dropped like removed ones, so the file always opens.
 */
export function migrateAnswers(assessment: Assessment, q: Questionnaire): { assessment: Assessment; migration: AnswerMigration | null } {
  if (assessment.questionnaire.id !== q.id || !needsMigration(q, assessment.questionnaire.version)) return { assessment, migration: null };
  const steps = changesSince(q, assessment.questionnaire.version);
  const index = indexItems(q);
  const place = (id: string) => successors(steps, id).filter((i) => index.has(i));
  const toConfirm: Record<string, string> = { ...assessment.toConfirm };
  const split: AnswerMigration['split'] = [];
  const removed: string[] = [];

  const carry = (answers: Answers, record: boolean): Answers => {
    const out: Answers = {};
    for (const [id, answer] of Object.entries(answers)) {
      const to = place(id);
      const wasSplit = to.length > 1 || (to.length === 1 && to[0] !== id);
      for (const target of to) out[target] = answer;
      if (!record) continue;
      if (to.length === 0) removed.push(id);
      else if (wasSplit) {
        split.push({ from: id, to });
        for (const target of to) toConfirm[target] = id;
      }
    }
    return out;
  };

  const answers = carry(assessment.answers, true);
  const responses = Object.fromEntries(Object.entries(assessment.responses).map(([who, a]) => [who, carry(a, false)]));
  const keepIfItem = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => index.has(id)));
  const indicatorTargets = Object.fromEntries(Object.entries(assessment.indicatorTargets).flatMap(([id, stage]) => place(id).map((target) => [target, stage] as const)));
  const added = steps.flatMap((s) => s.added).filter((id) => index.has(id));

  return {
    assessment: {
      ...assessment,
      questionnaire: { id: q.id, version: q.version },
      answers,
      responses,
      resolutions: keepIfItem(assessment.resolutions),
      indicatorTargets,
      migratedFrom: assessment.migratedFrom ?? assessment.questionnaire.version,
      ...(Object.keys(toConfirm).length > 0 ? { toConfirm } : {}),
    },
    migration: { from: assessment.questionnaire.version, to: q.version, split, removed, added },
  };
}

/** The assessment once the user has looked at a carried-over answer: the item is no longer "to confirm". */
export function confirmAnswer(assessment: Assessment, itemId: string): Assessment {
  if (!assessment.toConfirm || !(itemId in assessment.toConfirm)) return assessment;
  const { [itemId]: _confirmed, ...rest } = assessment.toConfirm;
  const { toConfirm: _all, ...without } = assessment;
  return Object.keys(rest).length > 0 ? { ...without, toConfirm: rest } : without;
}

/** Items named in a notice line before the rest are counted. */
const LISTED = 12;

/**
 * What changed, as messages for the user: one line for the versions, one per
 * split item (with the new questions' titles), one for removed and one for new
 * items. Titles are in the reader's language; old ids are shown as they were.
 */
export function migrationMessages(m: AnswerMigration, q: Questionnaire, language: string): Message[] {
  const index = indexItems(q);
  const title = (id: string) => {
    const item = index.get(id)?.item;
    return item ? `“${itemTitle(item, language)}”` : id;
  };
  const list = (ids: readonly string[]) => ids.slice(0, LISTED).map(title).join(' · ') + (ids.length > LISTED ? ` (+${ids.length - LISTED})` : '');
  const lines = [message('migration.summary', { from: oneLine(m.from, 40), to: m.to })];
  for (const s of m.split) lines.push(message('migration.split', { old: s.from, count: s.to.length, items: list(s.to) }));
  if (m.removed.length > 0) lines.push(message('migration.removed', { count: m.removed.length, items: m.removed.slice(0, LISTED).join(', ') }));
  if (m.added.length > 0) lines.push(message('migration.added', { count: m.added.length, items: list(m.added) }));
  return lines;
}

/** One respondent's answers made with an earlier major version, placed on this version's items (a split item's answer goes to each part). */
export function carryAnswers(q: Questionnaire, answers: Answers, version: string): Answers {
  if (!needsMigration(q, version)) return answers;
  const steps = changesSince(q, version);
  const out: Answers = {};
  for (const [id, answer] of Object.entries(answers)) for (const target of successors(steps, id)) out[target] = answer;
  return out;
}

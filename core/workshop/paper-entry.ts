import type { Answer, Answers, RiskRating } from '../model/schema/assessment';
import type { Item, Questionnaire } from '../model/schema/questionnaire';

/*
 * Paper answers typed in: one line per item as the facilitator reads it off
 * the blank questionnaire (core/report/blank-questionnaire), turned into the
 * answers of a response file. Each cell is short text so the screen needs no
 * mouse: a stage 1–5, "d" for don't know, "n" for not applicable; a
 * confidence l/m/h (or 1–3); a profile question's option numbers as printed.
 */

/** What was typed on one item's line; every cell may be empty. */
export interface PaperLine {
  /** Indicator: its stage; risk: its preparedness; profile: option number(s) or text. */
  answer: string;
  likelihood: string;
  impact: string;
  confidence: string;
  note: string;
}

export const EMPTY_LINE: PaperLine = { answer: '', likelihood: '', impact: '', confidence: '', note: '' };

export type PaperField = keyof PaperLine;

/** A cell that does not read as an answer, to show where it is. */
export interface PaperProblem {
  itemId: string;
  field: PaperField;
}

export interface PaperSummary {
  /** Items with a stage (or, for a risk, at least one rating). */
  answered: number;
  dontKnow: number;
  notApplicable: number;
  /** Items left blank: the response file says nothing about them. */
  blank: number;
  problems: PaperProblem[];
}

const STAGE = /^[1-5]$/;
const CONFIDENCE: Record<string, 'low' | 'medium' | 'high'> = { l: 'low', m: 'medium', h: 'high', '1': 'low', '2': 'medium', '3': 'high' };
const cell = (text: string) => text.trim().toLowerCase();

/** Whether a cell is acceptable as typed so far (the screen refuses other keys); empty is fine. */
export function cellAccepts(item: Item, field: PaperField, text: string): boolean {
  const value = cell(text);
  if (value === '' || field === 'note') return true;
  if (field === 'confidence') return value in CONFIDENCE;
  if (field === 'likelihood' || field === 'impact') return STAGE.test(value) || value === 'd';
  if (item.type === 'indicator' || item.type === 'risk') return STAGE.test(value) || value === 'd' || value === 'n';
  if (item.type === 'text') return true;
  return optionNumbers(item, value) !== null;
}

/** The fields a line of this item has, in the order Tab and Enter move through them. */
export function lineFields(item: Item): PaperField[] {
  if (item.type === 'risk') return ['likelihood', 'impact', 'answer', 'confidence', 'note'];
  if (item.type === 'indicator') return ['answer', 'confidence', 'note'];
  return ['answer'];
}

/** The answer one line stands for: null when the line is blank, 'problem' with the cell that does not read. */
export function lineAnswer(item: Item, line: PaperLine): Answer | null | { problem: PaperField } {
  for (const field of lineFields(item)) if (!cellAccepts(item, field, line[field])) return { problem: field };
  if (item.type === 'indicator' || item.type === 'risk') return scaleAnswer(item, line);
  const value = line.answer.trim();
  if (value === '') return null;
  if (item.type === 'text') return { kind: 'profile', value };
  const picked = optionNumbers(item, cell(value))!.map((n) => item.options![n - 1]!.value);
  return { kind: 'profile', value: item.type === 'multi' ? picked : picked[0]! };
}

function scaleAnswer(item: Item, line: PaperLine): Answer | null {
  const answer = cell(line.answer);
  const extras = {
    ...(cell(line.confidence) ? { confidence: CONFIDENCE[cell(line.confidence)]! } : {}),
    ...(line.note.trim() ? { notes: line.note.trim() } : {}),
  };
  if (answer === 'n') return { kind: 'not-applicable', ...extras };
  if (item.type === 'indicator') {
    if (answer === 'd') return { kind: 'dont-know', ...extras };
    return STAGE.test(answer) ? { kind: 'stage', stage: Number(answer), ...extras } : null;
  }
  const ratings: Record<RiskRating, string> = { likelihood: cell(line.likelihood), impact: cell(line.impact), preparedness: answer };
  const given = Object.values(ratings).filter((v) => v !== '');
  if (given.length === 0) return null;
  // Every rating "don't know": the risk as a whole is.
  if (given.length === 3 && given.every((v) => v === 'd')) return { kind: 'dont-know', ...extras };
  const unknown = (Object.keys(ratings) as RiskRating[]).filter((r) => ratings[r] === 'd');
  const rated = Object.fromEntries(
    Object.entries(ratings)
      .filter(([, v]) => STAGE.test(v))
      .map(([r, v]) => [r, Number(v)]),
  );
  return { kind: 'risk', ...rated, ...(unknown.length > 0 ? { unknown } : {}), ...extras };
}

/** "2", "1 3" or "1,3" as option numbers of a choice (one) or multi (several) question; null when they are not. */
function optionNumbers(item: Item, value: string): number[] | null {
  if (item.type !== 'choice' && item.type !== 'multi') return null;
  const parts = value.split(/[\s,;]+/).filter(Boolean);
  const numbers = parts.map(Number);
  const count = item.options?.length ?? 0;
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > count)) return null;
  if (item.type === 'choice' && numbers.length !== 1) return null;
  return [...new Set(numbers)];
}

/** The items of the chosen sections, in questionnaire order: the lines of the data-entry screen. */
export function paperItems(questionnaire: Questionnaire, sectionIds: readonly string[]): Item[] {
  return questionnaire.sections.filter((s) => sectionIds.includes(s.id)).flatMap((s) => s.items);
}

/** The answers the typed lines stand for, and what the lines add up to. */
export function paperAnswers(items: readonly Item[], lines: Readonly<Record<string, PaperLine>>): { answers: Answers; summary: PaperSummary } {
  const answers: Answers = {};
  const summary: PaperSummary = { answered: 0, dontKnow: 0, notApplicable: 0, blank: 0, problems: [] };
  for (const item of items) {
    const result = lineAnswer(item, lines[item.id] ?? EMPTY_LINE);
    if (result === null) summary.blank++;
    else if ('problem' in result) summary.problems.push({ itemId: item.id, field: result.problem });
    else {
      answers[item.id] = result;
      if (result.kind === 'dont-know') summary.dontKnow++;
      else if (result.kind === 'not-applicable') summary.notApplicable++;
      else summary.answered++;
    }
  }
  return { answers, summary };
}

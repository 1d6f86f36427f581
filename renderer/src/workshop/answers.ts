import type { TFunction } from 'i18next';
import { localize } from '../../../core/model/localize';
import type { MergeEntry } from '../../../core/workshop/merge';
import type { Answer } from '../../../core/model/schema/assessment';
import type { Item } from '../../../core/model/schema/questionnaire';

/** Respondents who gave the same answer (notes, evidence and confidence aside). */
export interface Position {
  key: string;
  /** The answer as a position: no notes, evidence or confidence. */
  answer: Answer;
  respondents: string[];
}

const RISK = ['likelihood', 'impact', 'preparedness'] as const;

/** The answer without its extras: what a position is. */
export function bareAnswer(answer: Answer): Answer {
  switch (answer.kind) {
    case 'stage':
      return { kind: 'stage', stage: answer.stage };
    case 'risk': {
      const risk: Extract<Answer, { kind: 'risk' }> = { kind: 'risk' };
      for (const d of RISK) if (answer[d] !== undefined) risk[d] = answer[d];
      return risk;
    }
    case 'profile':
      return { kind: 'profile', value: Array.isArray(answer.value) ? [...new Set(answer.value)].sort() : answer.value.trim() };
    default:
      return { kind: answer.kind };
  }
}

export function positionKey(answer: Answer): string {
  return JSON.stringify(bareAnswer(answer));
}

/** Sort order of positions: stages and risks by value, then "don't know", "not applicable", profile answers by text. */
function rank(answer: Answer): string {
  switch (answer.kind) {
    case 'stage':
      return `0${answer.stage}`;
    case 'risk':
      return `0${RISK.map((d) => answer[d] ?? 0).join('')}`;
    case 'profile':
      return `1${JSON.stringify(answer.value)}`;
    case 'dont-know':
      return '8';
    default:
      return '9';
  }
}

/** The positions respondents took on an item, and who left it blank. */
export function groupPositions(entries: readonly MergeEntry[]): { positions: Position[]; blank: string[] } {
  const groups = new Map<string, Position>();
  const blank: string[] = [];
  for (const e of entries) {
    if (!e.answer) {
      blank.push(e.respondent);
      continue;
    }
    const key = positionKey(e.answer);
    const held = groups.get(key);
    if (held) held.respondents.push(e.respondent);
    else groups.set(key, { key, answer: bareAnswer(e.answer), respondents: [e.respondent] });
  }
  const positions = [...groups.values()].sort((a, b) => (rank(a.answer) < rank(b.answer) ? -1 : rank(a.answer) > rank(b.answer) ? 1 : 0));
  return { positions, blank };
}

/** An answer in plain words: "Stage 2 · Emerging", "Likelihood 4 · impact 4 · preparedness 2", an option's label… */
export function describeAnswer(answer: Answer | null, item: Item | undefined, t: TFunction, language: string): string {
  if (!answer) return t('workshop.answer.none');
  switch (answer.kind) {
    case 'stage':
      return t('workshop.answer.stage', { stage: answer.stage, name: t(`stage.${answer.stage}`) });
    case 'risk': {
      const part = (d: (typeof RISK)[number]) => (answer[d] === undefined ? t('workshop.answer.notRated') : String(answer[d]));
      return t('workshop.answer.risk', { likelihood: part('likelihood'), impact: part('impact'), preparedness: part('preparedness') });
    }
    case 'dont-know':
      return t('item.dont-know');
    case 'not-applicable':
      return t('item.not-applicable');
    case 'profile': {
      const options = item && 'options' in item ? item.options : undefined;
      const label = (v: string) => {
        const o = options?.find((x) => x.value === v);
        return o ? localize(o.label, language) : v;
      };
      if (Array.isArray(answer.value)) return answer.value.length === 0 ? t('workshop.answer.emptyList') : answer.value.map(label).join(', ');
      return answer.value.trim() === '' ? t('workshop.answer.emptyText') : label(answer.value);
    }
  }
}

/** A short form for crowded places (chips, slides): "2", "L4 I4 P2", "?"… */
export function shortAnswer(answer: Answer | null, t: TFunction): string {
  if (!answer) return '—';
  switch (answer.kind) {
    case 'stage':
      return String(answer.stage);
    case 'risk':
      return t('workshop.answer.riskShort', { likelihood: answer.likelihood ?? '–', impact: answer.impact ?? '–', preparedness: answer.preparedness ?? '–' });
    case 'dont-know':
      return t('workshop.answer.dontKnowShort');
    case 'not-applicable':
      return t('workshop.answer.notApplicableShort');
    case 'profile':
      return Array.isArray(answer.value) ? answer.value.join(', ') : answer.value;
  }
}

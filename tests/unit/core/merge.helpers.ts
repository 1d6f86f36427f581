import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent, type Content } from '../../../core/model/content';
import { ASSESSMENT_FORMAT, type Answers, type Assessment } from '../../../core/model/schema/assessment';
import type { ResponseFile } from '../../../core/model/schema/response';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** The small test questionnaire (tests/fixtures/mini). */
export function miniContent(): Content {
  const parsed = parseContent(readFileSync(join(FIXTURES, 'mini', 'questionnaire.json'), 'utf8'), readFileSync(join(FIXTURES, 'mini', 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error('mini content');
  return parsed.value;
}

export const T0 = '2026-03-02T09:00:00.000Z';

/** A fresh workshop assessment of the mini questionnaire. */
export function emptyAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    id: 'workshop-0001',
    questionnaire: { id: 'mini', version: '1.0.0' },
    modules: [],
    meta: { institution: 'Ministry of Digital Economy', country: 'Asterra', assessmentDate: '2026-03-02', leadRespondent: '', language: 'en', confidentiality: '' },
    targets: {},
    indicatorTargets: {},
    respondents: [],
    answers: {},
    responses: {},
    resolutions: {},
    roadmap: { edits: {}, custom: [] },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A response file of the mini questionnaire. */
export function response(id: string, answers: Answers, exportedAt = '2026-03-02T11:00:00.000Z', extra: Partial<ResponseFile> = {}): ResponseFile {
  return {
    format: 1,
    kind: 'capamap.response',
    questionnaire: { id: 'mini', version: '1.0.0' },
    respondent: { id, name: id.replace(/-/g, ' ').toUpperCase(), agency: `Agency of ${id}`, role: '' },
    answers,
    exportedAt,
    ...extra,
  };
}

export const stage = (n: number) => ({ kind: 'stage' as const, stage: n });

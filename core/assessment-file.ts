import { ASSESSMENT_FORMAT, AssessmentSchema, MAX_ASSESSMENT_BYTES, type Assessment } from './schema/assessment';
import { migrate } from './schema/migrate';
import { parseJsonText, parseWith, type Parsed } from './schema/parse';

/** The file name ending CapaMap suggests for assessments. */
export const ASSESSMENT_EXTENSION = '.capamap.json';

export function serializeAssessment(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 1)}\n`;
}

/** Reads an assessment file: size and key limits, format migration, strict validation. */
export function parseAssessment(text: string): Parsed<Assessment> {
  const json = parseJsonText(text, MAX_ASSESSMENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, ASSESSMENT_FORMAT, [], 'assessment');
  if (!current.ok) return current;
  return parseWith(AssessmentSchema, current.value);
}

/** A file name from the institution and date, safe on every OS. */
export function suggestedFileName(assessment: Assessment, extension = ASSESSMENT_EXTENSION): string {
  const base = `${assessment.meta.institution} ${assessment.meta.assessmentDate}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'assessment'}${extension}`;
}

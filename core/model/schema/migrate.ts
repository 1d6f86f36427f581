import { fail, type Parsed } from './parse';

/** One step that lifts a file from one format version to the next. */
export interface Migration {
  from: number;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/** The kinds of file CapaMap reads, each with its own "this is not one" message. */
export type DocumentKind = 'assessment' | 'questionnaire' | 'actions' | 'response';

const NOT_A: Record<DocumentKind, string> = {
  assessment: 'format.notAssessment',
  questionnaire: 'format.notQuestionnaire',
  actions: 'format.notActions',
  response: 'format.notResponse',
};

/** The code saying a file is not a CapaMap file of this kind. */
export const notA = (kind: DocumentKind): string => NOT_A[kind];

/**
 * Brings a parsed file to the current format: refuses files from a newer
 * CapaMap, applies each migration in turn to older ones.
 */
export function migrate(doc: unknown, current: number, migrations: readonly Migration[], kind: DocumentKind): Parsed<unknown> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail('$', notA(kind));
  let record = doc as Record<string, unknown>;
  const version = record.format;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('$.format', 'format.noVersion');
  if (version > current) return fail('$.format', 'format.newer', { version });
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail('$.format', 'format.tooOld', { version: v });
    record = { ...step.up(record), format: v + 1 };
  }
  return { ok: true, value: record };
}

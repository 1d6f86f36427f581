import { fail, type Parsed } from './parse';

/** One step that lifts a file from one format version to the next. */
export interface Migration {
  from: number;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Brings a parsed file to the current format: refuses files from a newer
 * CapaMap, applies each migration in turn to older ones.
 */
export function migrate(doc: unknown, current: number, migrations: readonly Migration[], what: string): Parsed<unknown> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail('$', `this is not a CapaMap ${what} file`);
  let record = doc as Record<string, unknown>;
  const version = record.format;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('$.format', `this is not a CapaMap ${what} file (it has no format version)`);
  if (version > current) return fail('$.format', `this ${what} was made by a newer CapaMap (format ${version}); please update CapaMap to open it`);
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail('$.format', `format ${v} ${what} files can no longer be read`);
    record = { ...step.up(record), format: v + 1 };
  }
  return { ok: true, value: record };
}

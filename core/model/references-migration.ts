import type { Migration } from './schema/migrate';

/**
 * Format-1 questionnaires and format-3 action libraries cited sources inline as
 * { framework, item, year }. They now cite records by id: each distinct framework and
 * year becomes a record (title and publisher are the framework's name, no URL yet), the
 * item becomes the citation's locator. Both files derive the same id from the same
 * framework and year, so a converted pair still fits together.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

interface OldCitation {
  framework: string;
  item: string;
  year: number;
}
const isOldCitation = (c: unknown): c is OldCitation => isRecord(c) && typeof c.framework === 'string' && typeof c.item === 'string' && typeof c.year === 'number';

/** A stable record id from a framework's name and year ("OECD AI Principles", 2024 → "oecd-ai-principles-2024"). */
export function legacyRecordId(framework: string, year: number): string {
  const slug = framework
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'source'}-${year}`;
}

/** Converts the citations of one list in place of the old ones, noting each record it needs. */
function convertCitations(list: unknown, records: Map<string, Record<string, unknown>>): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((c) => {
    if (!isOldCitation(c)) return c;
    const id = legacyRecordId(c.framework, c.year);
    if (!records.has(id)) records.set(id, { id, title: c.framework, publisher: c.framework, year: c.year });
    return c.item.trim() ? { ref: id, locator: c.item } : { ref: id };
  });
}

/** Records a file already holds (a file converted by hand before its format number was raised). */
const existing = (doc: Record<string, unknown>): unknown[] => (Array.isArray(doc.references) ? doc.references : []);

const withCitations = (node: unknown, records: Map<string, Record<string, unknown>>): unknown => (isRecord(node) && 'references' in node ? { ...node, references: convertCitations(node.references, records) } : node);

/** Questionnaire format 1 → 2: a registry of the sources its items cite. */
export const QUESTIONNAIRE_FROM_1: Migration = {
  from: 1,
  up(doc) {
    if (!Array.isArray(doc.sections)) return doc;
    const records = new Map<string, Record<string, unknown>>();
    const sections = doc.sections.map((s: unknown) => (isRecord(s) && Array.isArray(s.items) ? { ...s, items: s.items.map((i: unknown) => withCitations(i, records)) } : s));
    return { ...doc, references: [...existing(doc), ...records.values()], sections };
  },
};

/** Action library format 3 → 4: citations by id; sources the questionnaire does not hold become the library's own records. */
export function libraryFrom3(questionnaireRecords: ReadonlySet<string>): Migration {
  return {
    from: 3,
    up(doc) {
      if (!Array.isArray(doc.actions)) return doc;
      const records = new Map<string, Record<string, unknown>>();
      const actions = doc.actions.map((a: unknown) => withCitations(a, records));
      return { ...doc, references: [...existing(doc), ...[...records.values()].filter((r) => !questionnaireRecords.has(r.id as string))], actions };
    },
  };
}

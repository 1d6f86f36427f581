import type { Problem } from './schema/parse';
import type { ActionLibrary } from './schema/actions';
import type { Questionnaire } from './schema/questionnaire';
import type { Citation, CitedText, LocalizedText, ReferenceRecord } from './schema/text';
import { bearsStatistic } from './statistics';

/** Something that cites: a section, an item or an action, with the texts whose figures a citation may back. */
interface Citer {
  at: string;
  references: readonly Citation[] | undefined;
  texts: Partial<Record<CitedText, LocalizedText | undefined>>;
}

function questionnaireCiters(q: Questionnaire): Citer[] {
  return q.sections.flatMap((section, s) => [
    { at: `$.sections[${s}]`, references: section.references, texts: { intro: section.intro } },
    ...section.items.map((item, i): Citer => {
      const at = `$.sections[${s}].items[${i}]`;
      if (item.type === 'indicator') return { at, references: item.references, texts: { guidance: item.guidance } };
      if (item.type === 'risk') return { at, references: item.references, texts: { guidance: item.guidance, description: item.description } };
      return { at, references: item.references, texts: { help: item.help } };
    }),
  ]);
}

const libraryCiters = (library: ActionLibrary): Citer[] => library.actions.map((a, i) => ({ at: `$.actions[${i}]`, references: a.references, texts: { description: a.description } }));

/** Record ids are unique, in the file and (for a library) against the questionnaire's. */
function duplicateRecords(records: readonly ReferenceRecord[], taken: ReadonlySet<string>): Problem[] {
  const seen = new Set(taken);
  const problems: Problem[] = [];
  records.forEach((r, i) => {
    if (seen.has(r.id)) problems.push({ path: `$.references[${i}].id`, code: 'content.duplicateReference', params: { id: r.id } });
    seen.add(r.id);
  });
  return problems;
}

/**
 * Citations name known records; every record of the file is cited by the file; a
 * statistic in an intro, guidance, description or help text is backed by a citation
 * that says it supports that text.
 */
function checkCiters(citers: readonly Citer[], records: readonly ReferenceRecord[], known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const cited = new Set<string>();
  for (const { at, references = [], texts } of citers) {
    references.forEach((c, i) => {
      cited.add(c.ref);
      if (!known.has(c.ref)) problems.push({ path: `${at}.references[${i}].ref`, code: 'content.unknownReference', params: { id: c.ref } });
      if (c.supports !== undefined && texts[c.supports] === undefined) problems.push({ path: `${at}.references[${i}].supports`, code: 'content.supportsNoText', params: { field: c.supports } });
    });
    for (const [field, text] of Object.entries(texts)) {
      if (text && bearsStatistic(text.en ?? '') && !references.some((c) => c.supports === field)) problems.push({ path: `${at}.${field}`, code: 'content.statisticUnsourced', params: { field } });
    }
  }
  records.forEach((r, i) => {
    if (!cited.has(r.id)) problems.push({ path: `$.references[${i}]`, code: 'content.unusedReference', params: { id: r.id } });
  });
  return problems;
}

/** Reference checks of a questionnaire: its registry holds what its sections and items cite, and nothing else. */
export function checkQuestionnaireReferences(q: Questionnaire): Problem[] {
  const known = new Set(q.references.map((r) => r.id));
  const description = bearsStatistic(q.description.en ?? '') ? [{ path: '$.description', code: 'content.statisticUnsourced', params: { field: 'description' } }] : [];
  return [...duplicateRecords(q.references, new Set()), ...checkCiters(questionnaireCiters(q), q.references, known), ...description];
}

/** Reference checks of an action library: actions cite the questionnaire's records or the library's own, which are all cited. */
export function checkLibraryReferences(library: ActionLibrary, q: Questionnaire): Problem[] {
  const shared = new Set(q.references.map((r) => r.id));
  const known = new Set([...shared, ...library.references.map((r) => r.id)]);
  return [...duplicateRecords(library.references, shared), ...checkCiters(libraryCiters(library), library.references, known)];
}

/** The records a list of citations names, in the order first cited, each once. */
export function citedRecords(citations: readonly Citation[], records: ReadonlyMap<string, ReferenceRecord>): ReferenceRecord[] {
  return [...new Set(citations.map((c) => c.ref))].map((id) => records.get(id)).filter((r): r is ReferenceRecord => r !== undefined);
}

/** Every record of a questionnaire and its library, by id. */
export const referenceIndex = (q: Questionnaire, library?: ActionLibrary): Map<string, ReferenceRecord> => new Map([...q.references, ...(library?.references ?? [])].map((r) => [r.id, r]));

/** A record as one line of plain text: title. Publisher, year. URL (doi:…). */
export function referenceLine(r: ReferenceRecord): string {
  return [`${r.title}. ${r.publisher}, ${r.year}.`, r.url, r.doi ? `doi:${r.doi}` : undefined].filter(Boolean).join(' ');
}

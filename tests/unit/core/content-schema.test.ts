import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../english';
import { actionLibraryMigrations, parseActionLibrary, parseContent, parseQuestionnaire } from '../../../core/model/content';
import { ACTION_LIBRARY_FORMAT } from '../../../core/model/schema/actions';
import { migrate } from '../../../core/model/schema/migrate';
import type { Problem } from '../../../core/model/schema/parse';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';

const MINI = join(__dirname, '..', '..', 'fixtures', 'mini');
const miniQuestionnaireText = readFileSync(join(MINI, 'questionnaire.json'), 'utf8');
const miniActionsText = readFileSync(join(MINI, 'actions.json'), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];

const miniQuestionnaire = (): JsonObject => JSON.parse(miniQuestionnaireText) as JsonObject;
const miniActions = (): JsonObject => JSON.parse(miniActionsText) as JsonObject;
/** The mini library (format 1 on disk) as the current format writes it: its citations name the mini questionnaire's records. */
const miniActionsCurrent = (): JsonObject => {
  const records = new Set((miniQuestionnaire().references as JsonObject[]).map((r) => r.id as string));
  const current = migrate(miniActions(), ACTION_LIBRARY_FORMAT, actionLibraryMigrations(records), 'actions');
  if (!current.ok) throw new Error('mini actions');
  return current.value as JsonObject;
};

function at(doc: Json, path: Path): Json {
  return path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key]!, doc);
}

function toJsonPath(path: Path): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${key}`), '$');
}

function questionnaireProblems(doc: JsonObject): Problem[] {
  const parsed = parseQuestionnaire(JSON.stringify(doc));
  return parsed.ok ? [] : parsed.problems;
}

let parsedMini: Questionnaire | null = null;
function miniParsed(): Questionnaire {
  if (!parsedMini) {
    const parsed = parseQuestionnaire(miniQuestionnaireText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    parsedMini = parsed.value;
  }
  return parsedMini;
}

function libraryProblems(doc: JsonObject): Problem[] {
  const parsed = parseActionLibrary(JSON.stringify(doc), miniParsed());
  return parsed.ok ? [] : parsed.problems;
}

/**
 * Every object the format defines, where the mini fixture has one, with the
 * keys that must be present and the keys that may be left out.
 */
const QUESTIONNAIRE_OBJECTS: { name: string; path: Path; required: string[]; optional: string[] }[] = [
  { name: 'questionnaire', path: [], required: ['format', 'id', 'version', 'languages', 'title', 'description', 'scales', 'references', 'sections'], optional: [] },
  { name: 'reference record', path: ['references', 0], required: ['id', 'title', 'publisher', 'year'], optional: ['url', 'doi', 'accessed'] },
  { name: 'profile section', path: ['sections', 0], required: ['id', 'kind', 'title', 'intro', 'items'], optional: [] },
  { name: 'module section', path: ['sections', 8], required: ['id', 'kind', 'title', 'intro', 'items'], optional: ['optional'] },
  // "options" is optional in the schema but a choice needs it: the semantic check reports it at the same path.
  { name: 'choice question', path: ['sections', 0, 'items', 0], required: ['type', 'id', 'label', 'options'], optional: ['required'] },
  { name: 'text question', path: ['sections', 0, 'items', 1], required: ['type', 'id', 'label'], optional: ['relevant'] },
  { name: 'choice option', path: ['sections', 0, 'items', 0, 'options', 0], required: ['value', 'label'], optional: [] },
  {
    name: 'indicator',
    path: ['sections', 1, 'items', 0],
    required: ['type', 'id', 'scope', 'statement', 'stages', 'guidance', 'evidence', 'references'],
    optional: ['weight'],
  },
  { name: 'citation', path: ['sections', 1, 'items', 0, 'references', 0], required: ['ref'], optional: ['locator', 'supports'] },
  {
    name: 'risk',
    path: ['sections', 5, 'items', 0],
    required: ['type', 'id', 'scope', 'statement', 'description', 'preparedness', 'guidance', 'evidence', 'references'],
    optional: [],
  },
];

const LIBRARY_OBJECTS: typeof QUESTIONNAIRE_OBJECTS = [
  { name: 'action library', path: [], required: ['format', 'id', 'version', 'questionnaire', 'languages', 'actions'], optional: ['references'] },
  {
    name: 'action',
    path: ['actions', 0],
    required: [
      'id',
      'area',
      'title',
      'description',
      'triggers',
      'phase',
      'step',
      'addresses',
      'months',
      'lead',
      'partners',
      'prerequisites',
      'costLow',
      'costHigh',
      'costBasis',
      'capitalShare',
      'funding',
      'kpi',
      'references',
    ],
    optional: [],
  },
  { name: 'trigger', path: ['actions', 0, 'triggers', 0], required: ['item', 'fromStage', 'toStage'], optional: [] },
  { name: 'KPI', path: ['actions', 0, 'kpi'], required: ['indicator', 'target', 'verification', 'frequency'], optional: ['measures'] },
];

describe('the mini fixtures', () => {
  it('pass the schema and every check', () => {
    const parsed = parseContent(miniQuestionnaireText, miniActionsText);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.value.questionnaire.id).toBe('mini');
    expect(parsed.ok && parsed.value.library.actions.length).toBe(11);
  });

  it('get the documented defaults', () => {
    const q = miniParsed();
    const pillar = q.sections.find((s) => s.id === 'compute')!;
    expect(pillar.optional).toBe(false);
    expect(q.sections.find((s) => s.id === 'health')!.optional).toBe(true);
    const text = q.sections[0]!.items[1]!;
    expect(text.type === 'text' && text.required).toBe(false);
    const doc = miniQuestionnaire();
    delete (at(doc, ['sections', 1, 'items', 0]) as JsonObject).weight;
    const parsed = parseQuestionnaire(JSON.stringify(doc));
    expect(parsed.ok && parsed.value.sections[1]!.items[0]!.type === 'indicator' && parsed.value.sections[1]!.items[0]!.weight).toBe(1);
    // The mini library is format 1: read through the migration, its pilot flag becomes the step.
    const library = parseActionLibrary(miniActionsText, q);
    expect(library.ok && library.value.actions.every((a) => a.step === 'build' && a.variants.length === 0 && a.formerIds.length === 0)).toBe(true);
    const pilot = miniActions();
    (at(pilot, ['actions', 0]) as JsonObject).pilot = true;
    const withPilot = parseActionLibrary(JSON.stringify(pilot), q);
    expect(withPilot.ok && withPilot.value.actions[0]!.step).toBe('pilot');
    const noPilot = miniActions();
    delete (at(noPilot, ['actions', 0]) as JsonObject).pilot;
    const withoutPilot = parseActionLibrary(JSON.stringify(noPilot), q);
    expect(withoutPilot.ok && withoutPilot.value.actions[0]!.step).toBe('build');
  });
});

describe.each([
  { what: 'questionnaire', objects: QUESTIONNAIRE_OBJECTS, make: miniQuestionnaire, problems: questionnaireProblems },
  { what: 'action library', objects: LIBRARY_OBJECTS, make: miniActionsCurrent, problems: libraryProblems },
])('$what: required fields', ({ objects, make, problems }) => {
  it.each(objects)('the fixture $name has exactly the listed keys', ({ path, required, optional }) => {
    const keys = Object.keys(at(make(), path) as JsonObject).sort();
    expect(keys.every((k) => required.includes(k) || optional.includes(k))).toBe(true);
    expect(required.every((k) => keys.includes(k))).toBe(true);
  });

  const cases = objects.flatMap(({ name, path, required }) => required.map((key) => ({ name, path, key })));
  it.each(cases)('$name without "$key" fails at its JSON path', ({ path, key }) => {
    const doc = make();
    delete (at(doc, path) as JsonObject)[key];
    const found = problems(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe(toJsonPath([...path, key]));
    expect(english(found[0]!).length).toBeGreaterThan(0);
  });

  const optionalCases = objects.flatMap(({ name, path, optional }) => optional.map((key) => ({ name, path, key })));
  it.each(optionalCases)('$name without "$key" is still valid', ({ path, key }) => {
    const doc = make();
    delete (at(doc, path) as JsonObject)[key];
    expect(problems(doc)).toEqual([]);
  });
});

describe('questionnaire schema details', () => {
  const cases: { name: string; path: Path; value: Json; problemPath: string; message: RegExp }[] = [
    { name: 'a text without English', path: ['title'], value: { fr: 'Titre' }, problemPath: '$.title', message: /no English \(“en”\) text/ },
    { name: 'a blank English text', path: ['title'], value: { en: '   ' }, problemPath: '$.title', message: /no English \(“en”\) text/ },
    { name: 'a malformed language code', path: ['title'], value: { en: 'Title', French: 'Titre' }, problemPath: '$.title.French', message: /not a language code/ },
    { name: 'a text over 4000 characters', path: ['title'], value: { en: 'x'.repeat(4001) }, problemPath: '$.title.en', message: /4000/ },
    { name: 'an undeclarable language', path: ['languages'], value: ['en', 'de'], problemPath: '$.languages[1]', message: /./ },
    { name: 'no language', path: ['languages'], value: [], problemPath: '$.languages', message: /./ },
    { name: 'a non-semantic version', path: ['version'], value: '1.0', problemPath: '$.version', message: /MAJOR\.MINOR\.PATCH/ },
    { name: 'an id with capitals', path: ['id'], value: 'Mini', problemPath: '$.id', message: /lower-case/ },
    { name: 'a questionnaire id with a dot', path: ['id'], value: 'mini.national', problemPath: '$.id', message: /contains a “\.”/ },
    { name: 'an id over 80 characters', path: ['id'], value: 'a'.repeat(81), problemPath: '$.id', message: /80/ },
    { name: 'an unknown section kind', path: ['sections', 1, 'kind'], value: 'chapter', problemPath: '$.sections[1].kind', message: /./ },
    { name: 'an unknown item type', path: ['sections', 1, 'items', 0, 'type'], value: 'slider', problemPath: '$.sections[1].items[0].type', message: /./ },
    { name: 'four stages', path: ['sections', 1, 'items', 0, 'stages'], value: [{ en: '1' }, { en: '2' }, { en: '3' }, { en: '4' }], problemPath: '$.sections[1].items[0].stages', message: /./ },
    { name: 'a zero weight', path: ['sections', 1, 'items', 0, 'weight'], value: 0, problemPath: '$.sections[1].items[0].weight', message: /./ },
    { name: 'a weight over 10', path: ['sections', 1, 'items', 0, 'weight'], value: 11, problemPath: '$.sections[1].items[0].weight', message: /./ },
    { name: 'no evidence', path: ['sections', 1, 'items', 0, 'evidence'], value: [], problemPath: '$.sections[1].items[0].evidence', message: /./ },
    { name: 'no reference', path: ['sections', 1, 'items', 0, 'references'], value: [], problemPath: '$.sections[1].items[0].references', message: /./ },
    { name: 'a reference year before 1900', path: ['references', 0, 'year'], value: 1899, problemPath: '$.references[0].year', message: /./ },
    { name: 'a DOI without its 10. prefix', path: ['references', 0, 'doi'], value: 'doi.org/x', problemPath: '$.references[0].doi', message: /DOI/ },
    { name: 'a web address that is not http(s)', path: ['references', 0, 'url'], value: 'ftp://example.org/x', problemPath: '$.references[0].url', message: /./ },
    { name: 'a single option', path: ['sections', 0, 'items', 0, 'options'], value: [{ value: 'only', label: { en: 'Only' } }], problemPath: '$.sections[0].items[0].options', message: /./ },
    { name: 'a section without items', path: ['sections', 1, 'items'], value: [], problemPath: '$.sections[1].items', message: /./ },
    { name: 'a rule with an unknown operator', path: ['sections', 0, 'items', 1, 'relevant'], value: { eval: 'x' }, problemPath: '$.sections[0].items[1].relevant', message: /./ },
  ];

  it.each(cases)('$name fails at $problemPath', ({ path, value, problemPath, message }) => {
    const doc = miniQuestionnaire();
    const parent = at(doc, path.slice(0, -1)) as Record<string | number, Json>;
    parent[path[path.length - 1]!] = value;
    const found = questionnaireProblems(doc);
    expect(found.map((p) => p.path)).toContain(problemPath);
    expect(english(found.find((p) => p.path === problemPath)!)).toMatch(message);
  });

  it('refuses keys the format does not define, naming them', () => {
    const doc = miniQuestionnaire();
    (at(doc, ['sections', 1, 'items', 0]) as JsonObject).score = 3;
    const found = questionnaireProblems(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('$.sections[1].items[0]');
    expect(english(found[0]!)).toMatch(/score/);
  });

  it('accepts texts in languages beyond the four declarable ones', () => {
    const doc = miniQuestionnaire();
    (at(doc, ['title']) as JsonObject)['pt-BR'] = 'Mini questionário';
    expect(questionnaireProblems(doc)).toEqual([]);
  });

  it('quotes odd keys in paths and keeps messages on one line', () => {
    const doc = miniQuestionnaire();
    (at(doc, ['sections', 1]) as JsonObject)['bad\nkey'] = 1;
    const found = questionnaireProblems(doc);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.path).not.toMatch(/\n/);
      expect(english(p)).not.toMatch(/\n/);
    }
  });
});

describe('action library schema details', () => {
  const cases: { name: string; path: Path; value: Json; problemPath: string; message: RegExp }[] = [
    {
      name: 'fromStage above toStage',
      path: ['actions', 0, 'triggers', 0],
      value: { item: 'compute.hpc-access', fromStage: 4, toStage: 2 },
      problemPath: '$.actions[0].triggers[0]',
      message: /fromStage above its toStage/,
    },
    { name: 'a stage of 6', path: ['actions', 0, 'triggers', 0, 'toStage'], value: 6, problemPath: '$.actions[0].triggers[0].toStage', message: /./ },
    { name: 'phase 4', path: ['actions', 0, 'phase'], value: 4, problemPath: '$.actions[0].phase', message: /./ },
    { name: 'an unknown area', path: ['actions', 0, 'area'], value: 'energy', problemPath: '$.actions[0].area', message: /./ },
    { name: 'an unknown lead actor', path: ['actions', 0, 'lead'], value: 'president', problemPath: '$.actions[0].lead', message: /./ },
    { name: 'an unknown partner', path: ['actions', 0, 'partners'], value: ['donor'], problemPath: '$.actions[0].partners[0]', message: /./ },
    { name: 'an unknown funding instrument', path: ['actions', 0, 'funding'], value: ['lottery'], problemPath: '$.actions[0].funding[0]', message: /./ },
    { name: 'no funding instrument', path: ['actions', 0, 'funding'], value: [], problemPath: '$.actions[0].funding', message: /./ },
    { name: 'five funding instruments', path: ['actions', 0, 'funding'], value: ['domestic-budget', 'world-bank', 'regional-bank', 'pooled-fund', 'bilateral'], problemPath: '$.actions[0].funding', message: /./ },
    { name: 'a funding instrument twice', path: ['actions', 0, 'funding'], value: ['bilateral', 'bilateral'], problemPath: '$.actions[0].funding', message: /same funding instrument twice/ },
    { name: 'a negative cost', path: ['actions', 0, 'costLow'], value: -1, problemPath: '$.actions[0].costLow', message: /./ },
    { name: 'a cost range upside down', path: ['actions', 0, 'costLow'], value: 5_000_000, problemPath: '$.actions[0].costHigh', message: /costLow above its costHigh/ },
    { name: 'a capital share above 1', path: ['actions', 0, 'capitalShare'], value: 1.5, problemPath: '$.actions[0].capitalShare', message: /./ },
    { name: 'an unknown KPI frequency', path: ['actions', 0, 'kpi', 'frequency'], value: 'daily', problemPath: '$.actions[0].kpi.frequency', message: /./ },
    { name: 'a KPI measuring no item', path: ['actions', 0, 'kpi', 'measures'], value: 'compute.nowhere', problemPath: '$.actions[0].kpi.measures', message: /./ },
    { name: 'a KPI target without English', path: ['actions', 0, 'kpi', 'target'], value: { fr: 'Cible' }, problemPath: '$.actions[0].kpi.target', message: /English/ },
    { name: 'no trigger', path: ['actions', 0, 'triggers'], value: [], problemPath: '$.actions[0].triggers', message: /./ },
    { name: 'a string phase', path: ['actions', 0, 'phase'], value: '1', problemPath: '$.actions[0].phase', message: /./ },
  ];

  it.each(cases)('$name fails at $problemPath', ({ path, value, problemPath, message }) => {
    const doc = miniActionsCurrent();
    const parent = at(doc, path.slice(0, -1)) as Record<string | number, Json>;
    parent[path[path.length - 1]!] = value;
    const found = libraryProblems(doc);
    expect(found.map((p) => p.path)).toContain(problemPath);
    expect(english(found.find((p) => p.path === problemPath)!)).toMatch(message);
  });

  it("marks library problems as the action library's in parseContent", () => {
    const doc = miniActionsCurrent();
    (at(doc, ['actions', 0]) as JsonObject).funding = ['free'];
    const parsed = parseContent(miniQuestionnaireText, JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ path: '$.actions[0].funding[0]', code: 'schema.notOneOf', document: 'actions' });
  });
});

import { ruleVariables } from './rules';
import { indexItems } from './questionnaire';
import type { Action, ActionLibrary } from './schema/actions';
import type { Answer, Assessment } from './schema/assessment';
import { jsonPath, oneLine, type Problem } from './schema/parse';
import { PILLARS, PRIORITIES, type Questionnaire, type Section } from './schema/questionnaire';
import type { LocalizedText } from './schema/text';

const ITEM_TYPES_BY_KIND: Record<Section['kind'], readonly string[]> = {
  profile: ['choice', 'multi', 'text'],
  pillar: ['indicator'],
  priority: ['risk'],
  module: ['indicator'],
};

/** Checks a schema-valid questionnaire for what a schema cannot express. */
export function checkQuestionnaire(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  q.sections.forEach((section, s) => {
    const at = `$.sections[${s}]`;
    if (seen.has(section.id)) problems.push({ path: `${at}.id`, message: `duplicate id "${section.id}"` });
    seen.add(section.id);
    if (section.kind === 'pillar' && !(PILLARS as readonly string[]).includes(section.id))
      problems.push({ path: `${at}.id`, message: `a pillar section must be one of ${PILLARS.join(', ')}` });
    if (section.kind === 'priority' && !(PRIORITIES as readonly string[]).includes(section.id))
      problems.push({ path: `${at}.id`, message: `a priority section must be one of ${PRIORITIES.join(', ')}` });
    section.items.forEach((item, i) => {
      const itemAt = `${at}.items[${i}]`;
      if (seen.has(item.id)) problems.push({ path: `${itemAt}.id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
      if (!item.id.startsWith(`${section.id}.`)) problems.push({ path: `${itemAt}.id`, message: `item ids start with their section id ("${section.id}.")` });
      if (!ITEM_TYPES_BY_KIND[section.kind].includes(item.type))
        problems.push({ path: `${itemAt}.type`, message: `a ${section.kind} section cannot hold "${item.type}" items` });
      problems.push(...checkOptions(item, itemAt));
    });
  });
  problems.push(...checkRules(q), ...checkLanguages(q, q.languages));
  return problems;
}

function checkOptions(item: Questionnaire['sections'][number]['items'][number], at: string): Problem[] {
  if (item.type !== 'choice' && item.type !== 'multi') {
    return 'options' in item && item.options ? [{ path: `${at}.options`, message: `"${item.type}" items take no options` }] : [];
  }
  if (!item.options) return [{ path: `${at}.options`, message: 'choice items need options' }];
  const values = item.options.map((o) => o.value);
  return values.length === new Set(values).size ? [] : [{ path: `${at}.options`, message: 'option values must be unique' }];
}

/** Skip logic may only read existing items, and items may not depend on each other in a circle. */
function checkRules(q: Questionnaire): Problem[] {
  const index = indexItems(q);
  const problems: Problem[] = [];
  const dependsOn = new Map<string, string[]>();
  const ruleAt = new Map<string, string>();
  q.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      if (item.relevant === undefined) return;
      const at = `$.sections[${s}].items[${i}].relevant`;
      const vars = ruleVariables(item.relevant);
      for (const v of vars) {
        if (!index.has(v)) problems.push({ path: at, message: `the rule reads ${JSON.stringify(oneLine(v, 100))}, which is not an item` });
      }
      dependsOn.set(item.id, vars);
      if (!ruleAt.has(item.id)) ruleAt.set(item.id, at);
    }),
  );
  const cycle = findCycle(dependsOn);
  if (cycle) problems.push({ path: ruleAt.get(cycle[0]!) ?? '$.sections', message: `skip-logic rules depend on each other in a circle: ${cycle.join(' → ')}` });
  return problems;
}

/** A cycle in a dependency graph, as the ids along it, or null. Iterative: long chains cannot overflow the stack. */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.node) ?? [];
      if (top.next < targets.length) {
        const next = targets[top.next++]!;
        const seen = state.get(next);
        if (seen === 'visiting') {
          const path = stack.map((f) => f.node);
          return [...path.slice(path.indexOf(next)), next];
        }
        if (seen === undefined) {
          state.set(next, 'visiting');
          stack.push({ node: next, next: 0 });
        }
      } else {
        state.set(top.node, 'done');
        stack.pop();
      }
    }
  }
  return null;
}

/** Checks an action library against the questionnaire it serves. */
export function checkActionLibrary(library: ActionLibrary, q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  if (library.questionnaire !== q.id)
    problems.push({ path: '$.questionnaire', message: `the library serves "${library.questionnaire}", not "${q.id}"` });
  const index = indexItems(q);
  const byId = new Map<string, Action>();
  library.actions.forEach((action, a) => {
    if (byId.has(action.id)) problems.push({ path: `$.actions[${a}].id`, message: `duplicate action id "${action.id}"` });
    else byId.set(action.id, action);
  });
  library.actions.forEach((action, a) => {
    const at = `$.actions[${a}]`;
    // "custom-" ids belong to actions users add in the app; a library action there would shadow one.
    if (action.id.startsWith('custom-')) problems.push({ path: `${at}.id`, message: 'library action ids may not start with "custom-" (reserved for actions users add)' });
    action.triggers.forEach((t, i) => {
      const target = index.get(t.item)?.item.type;
      if (target !== 'indicator' && target !== 'risk')
        problems.push({ path: `${at}.triggers[${i}].item`, message: `unknown indicator or risk "${t.item}"` });
    });
    action.prerequisites.forEach((p, i) => {
      const prerequisite = byId.get(p);
      if (!prerequisite) problems.push({ path: `${at}.prerequisites[${i}]`, message: `unknown action "${p}"` });
      else if (prerequisite.phase > action.phase)
        problems.push({ path: `${at}.prerequisites[${i}]`, message: `"${p}" starts in a later phase than the action that needs it` });
    });
  });
  const cycle = findCycle(new Map(library.actions.map((a) => [a.id, a.prerequisites])));
  if (cycle) {
    const first = library.actions.findIndex((a) => a.id === cycle[0]);
    problems.push({ path: `$.actions[${first}].prerequisites`, message: `prerequisites form a circle: ${cycle.join(' → ')}` });
  }
  problems.push(...checkLanguages(library, library.languages));
  return problems;
}

/** Every translatable text in a document, with its JSON path. */
export function collectTexts(value: unknown, path = '$', out: { path: string; text: LocalizedText }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => collectTexts(v, `${path}[${i}]`, out));
  else if (isLocalizedText(value)) out.push({ path, text: value });
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectTexts(v, `${path}.${k}`, out);
  return out;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>).en === 'string'
    && Object.values(value).every((v) => typeof v === 'string');
}

/** Share of texts translated into each language (0–1). */
export function languageCompleteness(doc: unknown, languages: readonly string[]): Record<string, number> {
  const texts = collectTexts(doc);
  const result: Record<string, number> = {};
  for (const language of languages) {
    const done = texts.filter(({ text }) => (text[language] ?? '').trim().length > 0).length;
    result[language] = texts.length === 0 ? 1 : done / texts.length;
  }
  return result;
}

/** Missing translations listed per language before the rest is summed up in one problem. */
const LISTED_MISSING_TEXTS = 10;

/** A declared language must be complete: each missing text is a problem (the first few are listed, then a count). */
function checkLanguages(doc: unknown, languages: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const texts = collectTexts(doc);
  for (const language of new Set(languages)) {
    const missing = texts.filter(({ text }) => !(text[language] ?? '').trim());
    for (const { path } of missing.slice(0, LISTED_MISSING_TEXTS)) problems.push({ path, message: `the "${language}" translation is missing` });
    if (missing.length > LISTED_MISSING_TEXTS)
      problems.push({ path: '$', message: `the "${language}" translation is missing from ${missing.length - LISTED_MISSING_TEXTS} more texts` });
  }
  return problems;
}

/** Checks that an assessment's answers fit the questionnaire it names. */
export function checkAssessment(assessment: Assessment, q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  if (assessment.questionnaire.id !== q.id)
    problems.push({ path: '$.questionnaire.id', message: `the assessment answers "${assessment.questionnaire.id}", not "${q.id}"` });
  const index = indexItems(q);
  const optional = new Set(q.sections.filter((s) => s.optional).map((s) => s.id));
  assessment.modules.forEach((m, i) => {
    if (!optional.has(m)) problems.push({ path: `$.modules[${i}]`, message: `"${m}" is not an optional module of this questionnaire` });
  });
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const item = index.get(id)?.item;
    const at = jsonPath(['answers', id]);
    if (!item) problems.push({ path: at, message: `${JSON.stringify(oneLine(id, 100))} is not an item of questionnaire ${q.id}` });
    else if (!ANSWER_KINDS[item.type].includes(answer.kind)) problems.push({ path: at, message: `a "${answer.kind}" answer does not fit a ${item.type} item` });
    else if (answer.kind === 'profile' && 'options' in item && item.options) {
      const allowed = new Set(item.options.map((o) => o.value));
      const values = Array.isArray(answer.value) ? answer.value : [answer.value];
      const wrong = values.find((v) => !allowed.has(v));
      if (wrong !== undefined) problems.push({ path: at, message: `${JSON.stringify(oneLine(wrong, 100))} is not one of the options` });
    }
  }
  return problems;
}

const ANSWER_KINDS: Record<Questionnaire['sections'][number]['items'][number]['type'], readonly Answer['kind'][]> = {
  indicator: ['stage', 'dont-know', 'not-applicable'],
  risk: ['risk', 'dont-know', 'not-applicable'],
  choice: ['profile'],
  multi: ['profile'],
  text: ['profile'],
};

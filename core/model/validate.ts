import { ruleVariables } from './rules';
import { checkLibraryReferences, checkQuestionnaireReferences } from './references';
import { indexItems } from './questionnaire';
import { isStageTrigger, type Action, type ActionLibrary } from './schema/actions';
import type { Answer, Assessment } from './schema/assessment';
import { jsonPath, oneLine, quote, type Problem } from './schema/parse';
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
    if (seen.has(section.id)) problems.push({ path: `${at}.id`, code: 'content.duplicateId', params: { id: section.id } });
    seen.add(section.id);
    if (section.kind === 'pillar' && !(PILLARS as readonly string[]).includes(section.id)) problems.push({ path: `${at}.id`, code: 'content.pillarId', params: { allowed: PILLARS.join(', ') } });
    if (section.kind === 'priority' && !(PRIORITIES as readonly string[]).includes(section.id)) problems.push({ path: `${at}.id`, code: 'content.priorityId', params: { allowed: PRIORITIES.join(', ') } });
    section.items.forEach((item, i) => {
      const itemAt = `${at}.items[${i}]`;
      if (seen.has(item.id)) problems.push({ path: `${itemAt}.id`, code: 'content.duplicateId', params: { id: item.id } });
      seen.add(item.id);
      if (!item.id.startsWith(`${section.id}.`)) problems.push({ path: `${itemAt}.id`, code: 'content.itemPrefix', params: { section: section.id } });
      if (!ITEM_TYPES_BY_KIND[section.kind].includes(item.type)) problems.push({ path: `${itemAt}.type`, code: 'content.itemType', params: { kind: section.kind, type: item.type } });
      problems.push(...checkOptions(item, itemAt));
    });
  });
  problems.push(...checkRules(q), ...checkQuestionnaireReferences(q), ...checkChanges(q), ...checkLanguages(q, q.languages));
  return problems;
}

/**
 * The record of changes must fit the questionnaire: ids split or removed no
 * longer exist (an answer to them could not be placed), split and added ids
 * are its indicators or risks, and each step comes from an earlier major version.
 */
function checkChanges(q: Questionnaire): Problem[] {
  const index = indexItems(q);
  const major = Number.parseInt(q.version, 10);
  const problems: Problem[] = [];
  const scored = (id: string) => ['indicator', 'risk'].includes(index.get(id)?.item.type ?? '');
  q.changes.forEach((change, c) => {
    const at = `$.changes[${c}]`;
    if (change.from >= major) problems.push({ path: `${at}.from`, code: 'content.changeFrom', params: { from: change.from, version: q.version } });
    for (const [old, parts] of Object.entries(change.split)) {
      if (index.has(old)) problems.push({ path: jsonPath(['changes', c, 'split', old]), code: 'content.changeStillItem', params: { id: quote(old) } });
      parts.forEach((id, i) => {
        if (!scored(id)) problems.push({ path: jsonPath(['changes', c, 'split', old, i]), code: 'content.changeNotItem', params: { id: quote(id) } });
      });
    }
    change.removed.forEach((id, i) => {
      if (index.has(id)) problems.push({ path: `${at}.removed[${i}]`, code: 'content.changeStillItem', params: { id: quote(id) } });
    });
    change.added.forEach((id, i) => {
      if (!scored(id)) problems.push({ path: `${at}.added[${i}]`, code: 'content.changeNotItem', params: { id: quote(id) } });
    });
  });
  return problems;
}

function checkOptions(item: Questionnaire['sections'][number]['items'][number], at: string): Problem[] {
  if (item.type !== 'choice' && item.type !== 'multi') {
    return 'options' in item && item.options ? [{ path: `${at}.options`, code: 'content.noOptions', params: { type: item.type } }] : [];
  }
  if (!item.options) return [{ path: `${at}.options`, code: 'content.needsOptions', params: {} }];
  const values = item.options.map((o) => o.value);
  return values.length === new Set(values).size ? [] : [{ path: `${at}.options`, code: 'content.optionsUnique', params: {} }];
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
        if (!index.has(v)) problems.push({ path: at, code: 'content.ruleUnknownItem', params: { id: quote(v) } });
      }
      dependsOn.set(item.id, vars);
      if (!ruleAt.has(item.id)) ruleAt.set(item.id, at);
    }),
  );
  const cycle = findCycle(dependsOn);
  if (cycle) problems.push({ path: ruleAt.get(cycle[0]!) ?? '$.sections', code: 'content.ruleCycle', params: { cycle: cycle.join(' → ') } });
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
  if (library.questionnaire !== q.id) problems.push({ path: '$.questionnaire', code: 'content.libraryServes', params: { library: library.questionnaire, questionnaire: q.id } });
  const index = indexItems(q);
  const byId = new Map<string, Action>();
  library.actions.forEach((action, a) => {
    if (byId.has(action.id)) problems.push({ path: `$.actions[${a}].id`, code: 'content.duplicateAction', params: { id: action.id } });
    else byId.set(action.id, action);
  });
  const sections = new Map(q.sections.map((s) => [s.id, s]));
  const formerIds = new Set<string>();
  library.actions.forEach((action, a) => {
    const at = `$.actions[${a}]`;
    // "custom-" ids belong to actions users add in the app; a library action there would shadow one.
    if (action.id.startsWith('custom-')) problems.push({ path: `${at}.id`, code: 'content.reservedActionId', params: {} });
    action.triggers.forEach((t, i) => problems.push(...checkTrigger(t, `${at}.triggers[${i}]`, action, index, sections)));
    action.prerequisites.forEach((p, i) => {
      const prerequisite = byId.get(p);
      if (!prerequisite) problems.push({ path: `${at}.prerequisites[${i}]`, code: 'content.unknownPrerequisite', params: { id: p } });
      else if (prerequisite.phase > action.phase) problems.push({ path: `${at}.prerequisites[${i}]`, code: 'content.laterPrerequisite', params: { id: p } });
    });
    // An item a trigger reads is checked there, and reported once.
    const triggerItems = new Set(action.triggers.filter(isStageTrigger).map((t) => t.item));
    action.addresses.forEach((id, i) => {
      const type = index.get(id)?.item.type;
      if (!triggerItems.has(id) && type !== 'indicator' && type !== 'risk') problems.push({ path: `${at}.addresses[${i}]`, code: 'content.unknownTrigger', params: { id } });
    });
    // A KPI measuring one of the action's trigger items is checked with the triggers: one problem, not two.
    const measured = action.kpi.measures === undefined ? undefined : index.get(action.kpi.measures)?.item.type;
    if (action.kpi.measures !== undefined && !triggerItems.has(action.kpi.measures) && measured !== 'indicator' && measured !== 'risk')
      problems.push({ path: `${at}.kpi.measures`, code: 'content.unknownTrigger', params: { id: action.kpi.measures } });
    if (action.addresses.length === 0 && action.step !== 'find-out') problems.push({ path: `${at}.addresses`, code: 'content.addressesNothing', params: {} });
    problems.push(...checkStep(action, at, byId), ...checkVariants(action, at, index));
    action.formerIds.forEach((id, i) => {
      if (byId.has(id) || formerIds.has(id)) problems.push({ path: `${at}.formerIds[${i}]`, code: 'content.formerIdTaken', params: { id } });
      formerIds.add(id);
    });
  });
  const cycle = findCycle(new Map(library.actions.map((a) => [a.id, a.prerequisites])));
  if (cycle) {
    const first = library.actions.findIndex((a) => a.id === cycle[0]);
    problems.push({ path: `$.actions[${first}].prerequisites`, code: 'content.prerequisiteCycle', params: { cycle: cycle.join(' → ') } });
  }
  problems.push(...checkLibraryReferences(library, q), ...checkLanguages(library, library.languages));
  return problems;
}

type ItemIndex = ReturnType<typeof indexItems>;

function checkTrigger(t: Action['triggers'][number], at: string, action: Action, index: ItemIndex, sections: ReadonlyMap<string, Section>): Problem[] {
  if (isStageTrigger(t)) {
    const target = index.get(t.item)?.item.type;
    return target === 'indicator' || target === 'risk' ? [] : [{ path: `${at}.item`, code: 'content.unknownTrigger', params: { id: t.item } }];
  }
  if ('unknown' in t) {
    const kind = sections.get(t.unknown)?.kind;
    if (kind === undefined || kind === 'profile') return [{ path: `${at}.unknown`, code: 'content.unknownSection', params: { id: t.unknown } }];
    return action.step === 'find-out' ? [] : [{ path: `${at}.unknown`, code: 'content.unknownOnlyFindOut', params: {} }];
  }
  const kind = sections.get(t.strong)?.kind;
  return kind === 'pillar' || kind === 'module' ? [] : [{ path: `${at}.strong`, code: 'content.strongSection', params: { id: t.strong } }];
}

/** A find-out step answers "don't know" in the first year; a scale-up names the pilot it waits for. */
function checkStep(action: Action, at: string, byId: ReadonlyMap<string, Action>): Problem[] {
  const problems: Problem[] = [];
  if (action.step === 'find-out') {
    if (action.phase !== 1) problems.push({ path: `${at}.phase`, code: 'content.findOutPhase', params: {} });
    if (!action.triggers.every((t) => 'unknown' in t)) problems.push({ path: `${at}.triggers`, code: 'content.findOutTriggers', params: {} });
  }
  if (action.step !== 'scale') {
    if (action.gate !== undefined) problems.push({ path: `${at}.gate`, code: 'content.gateOnlyScale', params: {} });
    return problems;
  }
  const pilot = action.gate === undefined ? undefined : byId.get(action.gate);
  if (action.gate === undefined) problems.push({ path: `${at}.gate`, code: 'content.scaleNeedsGate', params: {} });
  else if (pilot?.step !== 'pilot') problems.push({ path: `${at}.gate`, code: 'content.gateNotPilot', params: { id: action.gate } });
  else {
    if (!action.prerequisites.includes(pilot.id)) problems.push({ path: `${at}.prerequisites`, code: 'content.gateNotPrerequisite', params: { id: pilot.id } });
    if (pilot.phase >= action.phase) problems.push({ path: `${at}.phase`, code: 'content.gateLaterPhase', params: { id: pilot.id } });
  }
  return problems;
}

const PLACEHOLDERS = new Set(['{languages}', '{strategy}']);

/** Variants read profile questions and their options; placeholders appear only where the answer they need is given. */
function checkVariants(action: Action, at: string, index: ItemIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of collectTexts({ title: action.title, description: action.description }, at)) {
    if (Object.values(text).some((v) => /\{[a-z]+\}/.test(v))) problems.push({ path, code: 'content.placeholderInBase', params: {} });
  }
  action.variants.forEach((variant, v) => {
    const vAt = `${at}.variants[${v}]`;
    const item = index.get(variant.when.item)?.item;
    if (!item || (item.type !== 'choice' && item.type !== 'multi' && item.type !== 'text')) {
      problems.push({ path: `${vAt}.when.item`, code: 'content.variantNotProfile', params: { id: variant.when.item } });
      return;
    }
    const options = new Set((item.type === 'text' ? [] : (item.options ?? [])).map((o) => o.value));
    variant.when.anyOf?.forEach((value, i) => {
      if (!options.has(value)) problems.push({ path: `${vAt}.when.anyOf[${i}]`, code: 'content.variantNotOption', params: { value, item: item.id } });
    });
    for (const { path, text } of collectTexts({ title: variant.title, description: variant.description }, vAt)) {
      for (const placeholder of Object.values(text).flatMap((value) => value.match(/\{[a-z]+\}/g) ?? [])) {
        if (!PLACEHOLDERS.has(placeholder)) problems.push({ path, code: 'content.unknownPlaceholder', params: { placeholder } });
      }
    }
  });
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
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>).en === 'string' && Object.values(value).every((v) => typeof v === 'string');
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
    for (const { path } of missing.slice(0, LISTED_MISSING_TEXTS)) problems.push({ path, code: 'content.missingTranslation', params: { language } });
    if (missing.length > LISTED_MISSING_TEXTS) problems.push({ path: '$', code: 'content.missingTranslations', params: { language, count: missing.length - LISTED_MISSING_TEXTS } });
  }
  return problems;
}

/** Checks that an assessment's answers fit the questionnaire it names. */
export function checkAssessment(assessment: Assessment, q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  if (assessment.questionnaire.id !== q.id) problems.push({ path: '$.questionnaire.id', code: 'assessment.otherQuestionnaire', params: { questionnaire: assessment.questionnaire.id, expected: q.id } });
  const index = indexItems(q);
  const optional = new Set(q.sections.filter((s) => s.optional).map((s) => s.id));
  assessment.modules.forEach((m, i) => {
    if (!optional.has(m)) problems.push({ path: `$.modules[${i}]`, code: 'assessment.notModule', params: { module: m } });
  });
  for (const id of Object.keys(assessment.indicatorTargets)) {
    if (index.get(id)?.item.type !== 'indicator') problems.push({ path: jsonPath(['indicatorTargets', id]), code: 'assessment.notIndicator', params: { id: quote(id), questionnaire: q.id } });
  }
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const item = index.get(id)?.item;
    const at = jsonPath(['answers', id]);
    if (!item) problems.push({ path: at, code: 'assessment.unknownItem', params: { id: quote(id), questionnaire: q.id } });
    else if (!ANSWER_KINDS[item.type].includes(answer.kind)) problems.push({ path: at, code: 'answer.wrongKind', params: { item: oneLine(id, 160), kind: answer.kind, type: item.type } });
    else if (answer.kind === 'profile' && 'options' in item && item.options) {
      const allowed = new Set(item.options.map((o) => o.value));
      const values = Array.isArray(answer.value) ? answer.value : [answer.value];
      const wrong = values.find((v) => !allowed.has(v));
      if (wrong !== undefined) problems.push({ path: at, code: 'answer.notAnOption', params: { item: oneLine(id, 160), value: quote(wrong) } });
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

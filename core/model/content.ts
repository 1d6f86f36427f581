import { ActionLibrarySchema, ACTION_LIBRARY_FORMAT, COST_RANGE_OF_BAND, LEAD_BODY_OF_V1, MONTHS_OF_V1_COST, type ActionLibrary, type ChannelV2, type CostBand, type FundingInstrument } from './schema/actions';
import { migrate, type Migration } from './schema/migrate';
import type { Language } from './schema/text';
import { parseJsonText, parseWith, type Parsed, type Problem } from './schema/parse';
import { QuestionnaireSchema, QUESTIONNAIRE_FORMAT, type Questionnaire } from './schema/questionnaire';
import { checkActionLibrary, checkQuestionnaire } from './validate';
import { libraryFrom3, QUESTIONNAIRE_FROM_1 } from './references-migration';

/** A questionnaire with the action library that turns its answers into a roadmap. */
export interface Content {
  questionnaire: Questionnaire;
  library: ActionLibrary;
}

export const MAX_CONTENT_BYTES = 8 * 1024 * 1024;

/** Reads, migrates, validates and checks a questionnaire file. */
export function parseQuestionnaire(text: string): Parsed<Questionnaire> {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, QUESTIONNAIRE_FORMAT, [QUESTIONNAIRE_FROM_1], 'questionnaire');
  if (!current.ok) return current;
  const parsed = parseWith(QuestionnaireSchema, current.value);
  if (!parsed.ok) return parsed;
  return orProblems(parsed.value, checkQuestionnaire(parsed.value));
}

/**
 * Action library format 1 → 2. Lead actors become lead bodies ("ministry" →
 * ministry of ICT/digital, "regulator" → sector regulator, …); the pilot flag
 * becomes the step (pilot, or build); an action addresses the items its
 * triggers read; its duration follows its cost band (low 6 months, medium 12,
 * high 24, very high 36). A format-1 library knew no scale-up gates, find-out
 * steps or variants, so it gets none. Anything unexpected is left for the
 * schema to refuse with a located message.
 */
const LIBRARY_FROM_1: Migration = {
  from: 1,
  up(doc) {
    return Array.isArray(doc.actions) ? { ...doc, actions: doc.actions.map(actionFromV1) } : doc;
  },
};

/**
 * Action library format 2 → 3. The cost band becomes its USD range (low
 * 20,000–100,000, medium 100,000–1 million, high 1–10 million, very high
 * 10–30 million) with a basis saying so and an even capital/recurrent split;
 * the channels become funding instruments (a domestic budget line when none
 * maps); the success indicator becomes the KPI's indicator, checked twice a
 * year (once for an action of six months or less) through the lead body's
 * progress report, measured on the first item its triggers read. Texts are
 * written in the bundled languages; a library in another language gets the
 * English text there, to translate.
 */
const LIBRARY_FROM_2: Migration = {
  from: 2,
  up(doc) {
    const languages = Array.isArray(doc.languages) ? doc.languages.filter((l): l is string => typeof l === 'string') : [];
    return Array.isArray(doc.actions) ? { ...doc, actions: doc.actions.map((a: unknown) => actionFromV2(a, languages)) } : doc;
  },
};

/** Steps that lift an older action library to the current format; citations become ids of the questionnaire's records where it has them. */
export const actionLibraryMigrations = (questionnaireRecords: ReadonlySet<string> = new Set()): readonly Migration[] => [LIBRARY_FROM_1, LIBRARY_FROM_2, libraryFrom3(questionnaireRecords)];

/** Format 2 channels as the funding instrument each stands for (standards bodies fund nothing). */
const FUNDING_OF_CHANNEL: Record<ChannelV2, FundingInstrument | null> = {
  'regional-bodies': 'regional-bank',
  'un-agencies': 'pooled-fund',
  'open-source-communities': 'open-source',
  'pooled-funds': 'pooled-fund',
  'south-south': 'south-south',
  'bilateral-partners': 'bilateral',
  'development-banks': 'world-bank',
  'standards-bodies': null,
};

const MIGRATED_TEXTS = {
  costBasis: {
    en: 'Range of the former cost band; no cost basis given yet',
    fr: 'Fourchette de l’ancienne classe de coût ; base de coût encore à préciser',
    es: 'Intervalo de la antigua franja de costo; base de costo aún por precisar',
    zh: '沿用原成本档位的区间，尚未给出成本依据',
    pt: 'Intervalo da antiga classe de custo; base de custo ainda por precisar',
    ar: 'نطاق فئة التكلفة السابقة؛ لم يُحدَّد أساس التكلفة بعد',
  },
  target: {
    en: 'As the indicator states, by the end of the action',
    fr: 'Comme l’indique l’indicateur, d’ici la fin de l’action',
    es: 'Lo que indica el indicador, al término de la acción',
    zh: '行动结束时达到指标所述水平',
    pt: 'O que o indicador enuncia, até ao fim da ação',
    ar: 'ما ينص عليه المؤشر، بحلول نهاية الإجراء',
  },
  verification: {
    en: 'Progress report of the lead body, with its evidence',
    fr: 'Rapport d’avancement de l’organisme chef de file, pièces à l’appui',
    es: 'Informe de avance del organismo responsable, con su evidencia',
    zh: '牵头机构的进展报告及其证明材料',
    pt: 'Relatório de progresso do organismo responsável, com os respetivos comprovativos',
    ar: 'تقرير مرحلي من الجهة الرائدة، مع أدلته',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** A migrated text in every language the library declares (English where no wording exists). */
function migratedText(key: keyof typeof MIGRATED_TEXTS, languages: readonly string[]): Record<string, string> {
  const texts: Record<string, string> = MIGRATED_TEXTS[key];
  return Object.fromEntries([...new Set(['en', ...languages])].map((l) => [l, texts[l] ?? texts.en!]));
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const bandRange = (band: unknown) => (typeof band === 'string' && Object.hasOwn(COST_RANGE_OF_BAND, band) ? COST_RANGE_OF_BAND[band as CostBand] : undefined);

function fundingOf(channels: unknown): FundingInstrument[] | unknown {
  if (!Array.isArray(channels)) return channels;
  const mapped = channels.map((c) => (typeof c === 'string' && Object.hasOwn(FUNDING_OF_CHANNEL, c) ? FUNDING_OF_CHANNEL[c as ChannelV2] : null));
  const funding = [...new Set(mapped.filter((f): f is FundingInstrument => f !== null))].slice(0, 4);
  return funding.length > 0 ? funding : ['domestic-budget'];
}

function actionFromV2(action: unknown, languages: readonly string[]): unknown {
  if (!isRecord(action)) return action;
  const { cost, channels, successIndicator, variants, ...rest } = action;
  const range = bandRange(cost);
  const triggers = Array.isArray(rest.triggers) ? rest.triggers : [];
  const measures = triggers.map((t: unknown) => (isRecord(t) && typeof t.item === 'string' ? t.item : undefined)).find((i) => i !== undefined);
  return {
    ...rest,
    ...(range ? { costLow: range.low, costHigh: range.high } : { cost }),
    costBasis: migratedText('costBasis', languages),
    capitalShare: 0.5,
    funding: fundingOf(channels),
    kpi: {
      indicator: successIndicator,
      target: migratedText('target', languages),
      verification: migratedText('verification', languages),
      frequency: typeof rest.months === 'number' && rest.months <= 6 ? 'once' : 'twice-yearly',
      ...(measures !== undefined ? { measures } : {}),
    },
    ...(Array.isArray(variants) ? { variants: variants.map(variantFromV2) } : {}),
  };
}

function variantFromV2(variant: unknown): unknown {
  if (!isRecord(variant)) return variant;
  const { cost, channels, ...rest } = variant;
  return { ...rest, ...(cost !== undefined ? { cost: bandRange(cost) ?? cost } : {}), ...(channels !== undefined ? { funding: fundingOf(channels) } : {}) };
}

function actionFromV1(action: unknown): unknown {
  if (action === null || typeof action !== 'object' || Array.isArray(action)) return action;
  const { pilot, ...rest } = action as Record<string, unknown>;
  const body = (actor: unknown) => (typeof actor === 'string' && Object.hasOwn(LEAD_BODY_OF_V1, actor) ? LEAD_BODY_OF_V1[actor as keyof typeof LEAD_BODY_OF_V1] : actor);
  const items = Array.isArray(rest.triggers) ? rest.triggers.map((t: unknown) => (t !== null && typeof t === 'object' ? (t as { item?: unknown }).item : undefined)) : [];
  return {
    ...rest,
    lead: body(rest.lead),
    partners: Array.isArray(rest.partners) ? rest.partners.map(body) : rest.partners,
    step: pilot === true ? 'pilot' : 'build',
    addresses: [...new Set(items.filter((i): i is string => typeof i === 'string'))],
    months: typeof rest.cost === 'string' && Object.hasOwn(MONTHS_OF_V1_COST, rest.cost) ? MONTHS_OF_V1_COST[rest.cost as keyof typeof MONTHS_OF_V1_COST] : 12,
  };
}

/** Reads and validates an action library, then checks it against its questionnaire. */
export function parseActionLibrary(text: string, questionnaire: Questionnaire): Parsed<ActionLibrary> {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, ACTION_LIBRARY_FORMAT, actionLibraryMigrations(new Set(questionnaire.references.map((r) => r.id))), 'actions');
  if (!current.ok) return current;
  const parsed = parseWith(ActionLibrarySchema, current.value);
  if (!parsed.ok) return parsed;
  return orProblems(parsed.value, checkActionLibrary(parsed.value, questionnaire));
}

export function parseContent(questionnaireText: string, actionsText: string): Parsed<Content> {
  const questionnaire = parseQuestionnaire(questionnaireText);
  if (!questionnaire.ok) return questionnaire;
  const library = parseActionLibrary(actionsText, questionnaire.value);
  if (!library.ok) return { ok: false, problems: library.problems.map((p) => ({ ...p, document: 'actions' as const })) };
  return { ok: true, value: { questionnaire: questionnaire.value, library: library.value } };
}

function orProblems<T>(value: T, problems: Problem[]): Parsed<T> {
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** What a content file holds, judged by its shape rather than its name. */
export function contentKind(text: string): 'questionnaire' | 'actions' | null {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok || json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) return null;
  if ('sections' in json.value) return 'questionnaire';
  if ('actions' in json.value) return 'actions';
  return null;
}

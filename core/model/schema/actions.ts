import { z } from 'zod';
import { AREAS } from './questionnaire';
import { CitationSchema, IdSchema, LanguageSchema, LocalizedTextSchema, ReferenceRecordSchema } from './text';

/**
 * Format history: 1 = actions with a generic lead actor and a pilot flag;
 * 2 = a lead body from a taxonomy, the step an action is (find out, pilot,
 * scale, build), its duration, the items it raises or risks it reduces, the
 * pilot gating a scale-up, and profile variants; 3 = a costed, fundable,
 * monitored action: a USD cost range with its basis and capital share,
 * candidate funding instruments (they replace format 2's channels) and a KPI
 * (it replaces the success indicator). Formats 1 and 2 are migrated in
 * core/model/content.ts.
 */
export const ACTION_LIBRARY_FORMAT = 4;

export const PHASES = [1, 2, 3] as const;
export type Phase = (typeof PHASES)[number];

/** Format 1 lead actors; kept to read older libraries and custom actions. */
export const LEAD_ACTORS_V1 = ['ministry', 'regulator', 'statistics-office', 'university-research', 'private-sector', 'international-organisation', 'civil-society'] as const;
export type LeadActorV1 = (typeof LEAD_ACTORS_V1)[number];

/**
 * The bodies that lead or join actions: a donor reads "the ministry of finance
 * leads", never just "the ministry". Ministries by portfolio, then independent
 * authorities and agencies, then actors outside government.
 */
export const LEAD_BODIES = [
  'ministry-ict',
  'ministry-finance',
  'ministry-defence',
  'ministry-health',
  'ministry-foreign-affairs',
  'ministry-justice-interior',
  'ministry-education',
  'ministry-trade',
  'ministry-energy',
  'public-service',
  'data-protection-authority',
  'statistics-office',
  'cert',
  'sector-regulator',
  'research-council',
  'universities-research',
  'private-sector',
  'civil-society',
  'international-partners',
] as const;
export type LeadBody = (typeof LEAD_BODIES)[number];

/** How each format-1 lead actor reads in the taxonomy of lead bodies. */
export const LEAD_BODY_OF_V1: Record<LeadActorV1, LeadBody> = {
  ministry: 'ministry-ict',
  regulator: 'sector-regulator',
  'statistics-office': 'statistics-office',
  'university-research': 'universities-research',
  'private-sector': 'private-sector',
  'international-organisation': 'international-partners',
  'civil-society': 'civil-society',
};

/** Format 2's partnership channels; kept to read older libraries (migrated to funding instruments). */
export const CHANNELS_V2 = ['regional-bodies', 'un-agencies', 'open-source-communities', 'pooled-funds', 'south-south', 'bilateral-partners', 'development-banks', 'standards-bodies'] as const;
export type ChannelV2 = (typeof CHANNELS_V2)[number];

/**
 * Candidate funding instruments, named as a finance ministry or donor would:
 * a domestic budget line; a World Bank IDA/IBRD project or trust fund; a
 * regional development bank; a pooled or multi-donor fund; a bilateral
 * programme; South–South cooperation; a public–private partnership; an
 * open-source community (work given in kind).
 */
export const FUNDING_INSTRUMENTS = ['domestic-budget', 'world-bank', 'regional-bank', 'pooled-fund', 'bilateral', 'south-south', 'ppp', 'open-source'] as const;
export type FundingInstrument = (typeof FUNDING_INSTRUMENTS)[number];

/** How often a KPI is reported. */
export const KPI_FREQUENCIES = ['quarterly', 'twice-yearly', 'yearly', 'once'] as const;
export type KpiFrequency = (typeof KPI_FREQUENCIES)[number];

/**
 * Indicative cost bands in USD (docs/methodology.md §10). Format 3 gives a
 * range; the band is read from it (costBandOf) for the scheduling effort.
 */
export const COST_BANDS = ['low', 'medium', 'high', 'very-high'] as const;
export type CostBand = (typeof COST_BANDS)[number];

/**
 * What kind of step an action is: establishing facts the assessment could not
 * give, a narrow pilot, the scale-up of a pilot (gated by its evaluation), or
 * building capacity directly.
 */
export const STEPS = ['find-out', 'pilot', 'scale', 'build'] as const;
export type Step = (typeof STEPS)[number];

const StageNumber = z.number().int().min(1).max(5);

/** USD for the whole action at the lower-middle-income reference; scaled by income group in the method. */
const UsdSchema = z.number().int().min(0).max(1_000_000_000);
export const CostRangeSchema = z.strictObject({ low: UsdSchema, high: UsdSchema }).refine((c) => c.low <= c.high, { message: 'schema.costRange' });

const FundingSchema = z
  .array(z.enum(FUNDING_INSTRUMENTS))
  .min(1)
  .max(4)
  .refine((list) => new Set(list).size === list.length, { message: 'schema.fundingUnique' });

/**
 * When an action applies.
 * - Stage trigger: for an indicator, its stage lies in [fromStage, toStage]
 *   and is below its target; for a risk, its preparedness lies in the range.
 * - Unknown trigger: an item of the section is answered "don't know" (for a
 *   risk: the whole risk or one of its ratings).
 * - Strength trigger: the section (a pillar) has reached at least fromStage.
 */
const StageTriggerSchema = z.strictObject({ item: IdSchema, fromStage: StageNumber, toStage: StageNumber }).refine((t) => t.fromStage <= t.toStage, { message: 'schema.triggerRange' });
const UnknownTriggerSchema = z.strictObject({ unknown: IdSchema });
const StrengthTriggerSchema = z.strictObject({ strong: IdSchema, fromStage: StageNumber });
export const TriggerSchema = z.union([StageTriggerSchema, UnknownTriggerSchema, StrengthTriggerSchema]);
export type StageTrigger = z.infer<typeof StageTriggerSchema>;
export type Trigger = z.infer<typeof TriggerSchema>;
export const isStageTrigger = (t: Trigger): t is StageTrigger => 'item' in t;

/**
 * A change an action takes when a profile answer matches: the institution's
 * context changes the action, its lead, its cost or its wording. `anyOf`
 * matches a choice (or any choice of a multi question); without `anyOf` the
 * variant applies when the question is answered at all (text questions).
 * Texts may use {languages} (the working languages answered) and {strategy}
 * (the strategy's title answered).
 */
const VariantSchema = z.strictObject({
  when: z.strictObject({ item: IdSchema, anyOf: z.array(IdSchema).min(1).max(60).optional() }),
  title: LocalizedTextSchema.optional(),
  description: LocalizedTextSchema.optional(),
  lead: z.enum(LEAD_BODIES).optional(),
  /** A different cost range (both bounds, as in the action). */
  cost: CostRangeSchema.optional(),
  months: z.number().int().min(1).max(60).optional(),
  funding: FundingSchema.optional(),
});
export type Variant = z.infer<typeof VariantSchema>;

/** How progress on the action is measured: what, to what level, how checked, how often, from which answer's baseline. */
export const KpiSchema = z.strictObject({
  indicator: LocalizedTextSchema,
  target: LocalizedTextSchema,
  verification: LocalizedTextSchema,
  frequency: z.enum(KPI_FREQUENCIES),
  /** The item whose answer (its stage, or a risk's preparedness) is the baseline. */
  measures: IdSchema.optional(),
});
export type Kpi = z.infer<typeof KpiSchema>;

export const ActionSchema = z
  .strictObject({
    id: IdSchema,
    area: z.enum(AREAS),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    triggers: z.array(TriggerSchema).min(1).max(20),
    /** Earliest phase: 1 = 0–12 months, 2 = 1–3 years, 3 = 3–5 years. */
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    step: z.enum(STEPS),
    /** For a scale-up: the pilot whose evaluation must come first (also one of its prerequisites). */
    gate: IdSchema.optional(),
    /** Indicators it raises and risks it reduces (a find-out step: the items it settles, given by its triggers). */
    addresses: z.array(IdSchema).max(40),
    /** Indicative duration. */
    months: z.number().int().min(1).max(60),
    lead: z.enum(LEAD_BODIES),
    partners: z.array(z.enum(LEAD_BODIES)).max(8),
    prerequisites: z.array(IdSchema).max(10),
    /** Cost range in USD over the whole duration, for a lower-middle-income country. */
    costLow: UsdSchema,
    costHigh: UsdSchema,
    /** One line saying what the money buys ("2 advisers × 12 months + 3 workshops"). */
    costBasis: LocalizedTextSchema,
    /** Share (0–1) of the cost that is capital (hardware, buildings, licences bought once); the rest is recurrent. */
    capitalShare: z.number().min(0).max(1),
    /** Candidate funding instruments, likeliest first. */
    funding: FundingSchema,
    kpi: KpiSchema,
    references: z.array(CitationSchema).min(1).max(12),
    variants: z.array(VariantSchema).max(10).default([]),
    /** Ids of library actions this one replaced (duplicates merged into it): users' edits of those apply here. */
    formerIds: z.array(IdSchema).max(10).default([]),
  })
  .refine((a) => a.costLow <= a.costHigh, { message: 'schema.costRange', path: ['costHigh'] });

export const ActionLibrarySchema = z.strictObject({
  format: z.literal(ACTION_LIBRARY_FORMAT),
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'schema.version'),
  questionnaire: IdSchema,
  languages: z.array(LanguageSchema).min(1),
  /** Sources only actions cite (the others are in the questionnaire's registry). */
  references: z.array(ReferenceRecordSchema).max(500).default([]),
  actions: z.array(ActionSchema).min(1).max(1000),
});

export type Action = z.infer<typeof ActionSchema>;
export type ActionLibrary = z.infer<typeof ActionLibrarySchema>;

/** Lower and upper bound (USD) of each band, used to read a format-2 band as a range. */
export const COST_RANGE_OF_BAND: Record<CostBand, { low: number; high: number }> = {
  low: { low: 20_000, high: 100_000 },
  medium: { low: 100_000, high: 1_000_000 },
  high: { low: 1_000_000, high: 10_000_000 },
  'very-high': { low: 10_000_000, high: 30_000_000 },
};

/** Indicative duration of a format-1 action, which had none, by its cost band. */
export const MONTHS_OF_V1_COST: Record<CostBand, number> = { low: 6, medium: 12, high: 24, 'very-high': 36 };

import { z } from 'zod';
import { AREAS } from './questionnaire';
import { IdSchema, LanguageSchema, LocalizedTextSchema, ReferenceSchema } from './text';

export const ACTION_LIBRARY_FORMAT = 1;

export const PHASES = [1, 2, 3] as const;
export type Phase = (typeof PHASES)[number];

export const LEAD_ACTORS = [
  'ministry',
  'regulator',
  'statistics-office',
  'university-research',
  'private-sector',
  'international-organisation',
  'civil-society',
] as const;
export type LeadActor = (typeof LEAD_ACTORS)[number];

export const CHANNELS = [
  'regional-bodies',
  'un-agencies',
  'open-source-communities',
  'pooled-funds',
  'south-south',
  'bilateral-partners',
  'development-banks',
  'standards-bodies',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Indicative cost bands in USD; the bands are defined in docs/methodology.md. */
export const COST_BANDS = ['low', 'medium', 'high', 'very-high'] as const;
export type CostBand = (typeof COST_BANDS)[number];

/**
 * When an action applies. For an indicator: its current stage lies in
 * [fromStage, toStage] and is below the pillar target. For a risk: its
 * preparedness is at most toStage (fromStage is then usually 1).
 */
export const TriggerSchema = z
  .strictObject({
    item: IdSchema,
    fromStage: z.number().int().min(1).max(5),
    toStage: z.number().int().min(1).max(5),
  })
  .refine((t) => t.fromStage <= t.toStage, { message: 'fromStage must not exceed toStage' });
export type Trigger = z.infer<typeof TriggerSchema>;

export const ActionSchema = z.strictObject({
  id: IdSchema,
  area: z.enum(AREAS),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  triggers: z.array(TriggerSchema).min(1).max(20),
  /** Earliest phase: 1 = 0–12 months, 2 = 1–3 years, 3 = 3–5 years. */
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  lead: z.enum(LEAD_ACTORS),
  partners: z.array(z.enum(LEAD_ACTORS)).max(7),
  channels: z.array(z.enum(CHANNELS)).min(1).max(8),
  prerequisites: z.array(IdSchema).max(10),
  cost: z.enum(COST_BANDS),
  successIndicator: LocalizedTextSchema,
  references: z.array(ReferenceSchema).min(1).max(12),
  /** Marks the "small-cut pilot first, then widen" pattern. */
  pilot: z.boolean().default(false),
});

export const ActionLibrarySchema = z.strictObject({
  format: z.literal(ACTION_LIBRARY_FORMAT),
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are semantic: MAJOR.MINOR.PATCH'),
  questionnaire: IdSchema,
  languages: z.array(LanguageSchema).min(1),
  actions: z.array(ActionSchema).min(1).max(1000),
});

export type Action = z.infer<typeof ActionSchema>;
export type ActionLibrary = z.infer<typeof ActionLibrarySchema>;

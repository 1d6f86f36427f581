import { z } from 'zod';
import { CitationSchema, IdSchema, LanguageSchema, LocalizedTextSchema, ReferenceRecordSchema } from './text';
import { RuleSchema } from '../rules';

export const QUESTIONNAIRE_FORMAT = 2;

export const PILLARS = ['compute', 'data', 'models', 'talent', 'governance'] as const;
export type Pillar = (typeof PILLARS)[number];
export const PRIORITIES = ['military', 'cross-border-data', 'misuse'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const AREAS = [...PILLARS, ...PRIORITIES] as const;
export type Area = (typeof AREAS)[number];

/**
 * Questionnaire and section ids: an id without a dot (item ids are "section.item"),
 * short enough to name the folder an imported questionnaire is stored in.
 */
export const SlugSchema = IdSchema.max(80, 'schema.slugTooLong').regex(/^[^.]*$/, 'schema.slugDot');

const StagesSchema = z.tuple([LocalizedTextSchema, LocalizedTextSchema, LocalizedTextSchema, LocalizedTextSchema, LocalizedTextSchema]);

/** Whose capacity an item rates: the answering institution's own, or the country's as a whole. */
export const SCOPES = ['institution', 'country'] as const;
export type Scope = (typeof SCOPES)[number];

const common = {
  id: IdSchema,
  /** JSON-Logic rule over earlier answers; the item is asked only when it holds. */
  relevant: RuleSchema.optional(),
};

export const ChoiceOptionSchema = z.strictObject({ value: IdSchema, label: LocalizedTextSchema });

/** Institution profile question: tailors the roadmap, never scored. */
export const ProfileQuestionSchema = z.strictObject({
  ...common,
  type: z.enum(['choice', 'multi', 'text']),
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  /** Sources of figures in the help text. */
  references: z.array(CitationSchema).max(12).optional(),
  options: z.array(ChoiceOptionSchema).min(2).max(60).optional(),
  required: z.boolean().default(false),
});

/** Capacity indicator answered on the five-stage maturity scale. */
export const IndicatorSchema = z.strictObject({
  ...common,
  type: z.literal('indicator'),
  scope: z.enum(SCOPES),
  statement: LocalizedTextSchema,
  stages: StagesSchema,
  guidance: LocalizedTextSchema,
  evidence: z.array(LocalizedTextSchema).min(1).max(12),
  references: z.array(CitationSchema).min(1).max(12),
  weight: z.number().positive().max(10).default(1),
});

/** Security risk: likelihood and impact 1–5, preparedness on the stage scale. */
export const RiskSchema = z.strictObject({
  ...common,
  type: z.literal('risk'),
  scope: z.enum(SCOPES),
  statement: LocalizedTextSchema,
  description: LocalizedTextSchema,
  preparedness: StagesSchema,
  guidance: LocalizedTextSchema,
  evidence: z.array(LocalizedTextSchema).min(1).max(12),
  references: z.array(CitationSchema).min(1).max(12),
});

export const ItemSchema = z.discriminatedUnion('type', [
  ProfileQuestionSchema.extend({ type: z.literal('choice') }),
  ProfileQuestionSchema.extend({ type: z.literal('multi') }),
  ProfileQuestionSchema.extend({ type: z.literal('text') }),
  IndicatorSchema,
  RiskSchema,
]);

export const SectionSchema = z.strictObject({
  id: SlugSchema,
  kind: z.enum(['profile', 'pillar', 'priority', 'module']),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  /** Modules are optional add-ons (sector pilots); the user chooses to include them. */
  optional: z.boolean().default(false),
  /** Sources of figures in the intro. */
  references: z.array(CitationSchema).max(12).optional(),
  items: z.array(ItemSchema).min(1).max(200),
});

const ScaleLevelSchema = z.strictObject({ label: LocalizedTextSchema, meaning: LocalizedTextSchema });
const RatingScaleSchema = z.strictObject({
  title: LocalizedTextSchema,
  levels: z.tuple([ScaleLevelSchema, ScaleLevelSchema, ScaleLevelSchema, ScaleLevelSchema, ScaleLevelSchema]),
});

/**
 * The rating rules every view states the same way: the rule for reaching a
 * stage, and the likelihood and impact scales (1–5) of the risks. Defined once
 * here so the app, the report and the blank questionnaire cannot drift apart.
 */
export const ScalesSchema = z.strictObject({
  stageRule: LocalizedTextSchema,
  likelihood: RatingScaleSchema,
  impact: RatingScaleSchema,
});

/**
 * What changed since an earlier major version, so answers made with it can be
 * carried over (core/model/answer-migration.ts): items split into several,
 * items removed, items added. Ids unchanged between versions are not listed.
 */
export const ContentChangeSchema = z.strictObject({
  /** The major version the answers were made with (1 for 1.x). */
  from: z.number().int().min(1),
  /** Old item id → the new items it became; its answer is copied to each, "to confirm". */
  split: z.record(IdSchema, z.array(IdSchema).min(2).max(10)).default({}),
  /** Old items with no successor; their answers are dropped with a note. */
  removed: z.array(IdSchema).max(200).default([]),
  /** Items new in this version: unanswered after migration. */
  added: z.array(IdSchema).max(200).default([]),
});

export const QuestionnaireSchema = z.strictObject({
  format: z.literal(QUESTIONNAIRE_FORMAT),
  id: SlugSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'schema.version'),
  languages: z.array(LanguageSchema).min(1),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  scales: ScalesSchema,
  changes: z.array(ContentChangeSchema).max(20).default([]),
  /** Every source the questionnaire cites, once; the action library may add sources only its actions cite. */
  references: z.array(ReferenceRecordSchema).min(1).max(500),
  sections: z.array(SectionSchema).min(1).max(50),
});

export type ProfileQuestion = z.infer<typeof ProfileQuestionSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Risk = z.infer<typeof RiskSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type ContentChange = z.infer<typeof ContentChangeSchema>;
export type Scales = z.infer<typeof ScalesSchema>;
export type RatingScale = z.infer<typeof RatingScaleSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

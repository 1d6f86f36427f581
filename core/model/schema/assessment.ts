import { z } from 'zod';
import { IdSchema, LanguageSchema } from './text';
import { AREAS, PILLARS } from './questionnaire';
import { LEAD_BODIES } from './actions';

/**
 * Format history: 1 = one set of answers; 2 = adds per-respondent answers
 * (`responses`) and the facilitator's decisions (`resolutions`) for workshops;
 * 3 (method 2.0) = "don't know" on single risk ratings, targets per indicator,
 * a start date on roadmap edits, lead bodies on custom actions, and the phase
 * cap only where a user set one; later within format 3, the optional
 * `institutions` directory (absent or empty in earlier files, so nothing to
 * migrate), and `migratedFrom` / `toConfirm` after answers were carried over to
 * a new major version of the questionnaire (core/model/answer-migration.ts). Migrations: core/model/assessment-file.ts.
 */
export const ASSESSMENT_FORMAT = 3;
/** Largest assessment file we accept; real ones are well under 1 MB. */
export const MAX_ASSESSMENT_BYTES = 10 * 1024 * 1024;
/** Most respondents one assessment holds (a large workshop has a few dozen). */
export const MAX_RESPONDENTS = 200;

/** Stages, likelihood, impact and preparedness: a whole number from 1 to 5. */
const StageSchema = z.number().int('schema.stage').min(1, 'schema.stage').max(5, 'schema.stage');
const FreeText = z.string().max(10_000);

const answerExtras = {
  confidence: z.enum(['low', 'medium', 'high']).optional(),
  notes: FreeText.optional(),
  evidence: FreeText.optional(),
};

export const RISK_RATINGS = ['likelihood', 'impact', 'preparedness'] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

/** One answer to one item. Risks may be partly filled while the user works. */
export const AnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stage'), stage: StageSchema, ...answerExtras }),
  z
    .strictObject({
      kind: z.literal('risk'),
      likelihood: StageSchema.optional(),
      impact: StageSchema.optional(),
      preparedness: StageSchema.optional(),
      /** Ratings the respondents answered "don't know". */
      unknown: z.array(z.enum(RISK_RATINGS)).max(3).optional(),
      ...answerExtras,
    })
    .refine((a) => (a.unknown ?? []).every((r, i, all) => a[r] === undefined && all.indexOf(r) === i), {
      message: 'schema.ratingGivenOrUnknown',
      path: ['unknown'],
    }),
  z.strictObject({ kind: z.literal('dont-know'), ...answerExtras }),
  z.strictObject({ kind: z.literal('not-applicable'), ...answerExtras }),
  z.strictObject({ kind: z.literal('profile'), value: z.union([z.string().max(2000), z.array(z.string().max(200)).max(100)]) }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const AnswersSchema = z.record(IdSchema, AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;

export const RespondentSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).max(200),
  agency: z.string().max(300).default(''),
  role: z.string().max(200).default(''),
  /** When the respondent exported the answers held in `responses` (set on import). */
  exportedAt: z.iso.datetime().optional(),
});
export type Respondent = z.infer<typeof RespondentSchema>;

export const AssessmentMetaSchema = z.strictObject({
  institution: z.string().min(1).max(300),
  country: z.string().min(1).max(120),
  assessmentDate: z.iso.date(),
  leadRespondent: z.string().max(200).default(''),
  language: LanguageSchema.default('en'),
  confidentiality: z.string().max(120).default(''),
});
export type AssessmentMeta = z.infer<typeof AssessmentMetaSchema>;

/** A user's change to a generated roadmap action; survives regeneration. */
export const ActionEditSchema = z.strictObject({
  status: z.enum(['accepted', 'dropped']).optional(),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  owner: z.string().max(200).optional(),
  /** When the owner plans to start it (ISO date): the action starts no earlier than that quarter of the roadmap. */
  start: z.iso.date().optional(),
  due: z.iso.date().optional(),
  title: z.string().max(500).optional(),
  description: z.string().max(5000).optional(),
  /** The user marked the action as funded (a budget line or a donor's commitment). */
  funded: z.boolean().optional(),
});
export type ActionEdit = z.infer<typeof ActionEditSchema>;

/** An action the user added by hand. */
export const CustomActionSchema = z.strictObject({
  id: z.string().regex(/^custom-[a-z0-9-]{1,60}$/, 'schema.customActionId'),
  area: z.enum(AREAS),
  title: z.string().min(1).max(500),
  description: z.string().max(5000).default(''),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  lead: z.enum(LEAD_BODIES),
  owner: z.string().max(200).default(''),
  start: z.iso.date().optional(),
  due: z.iso.date().optional(),
  funded: z.boolean().optional(),
});
export type CustomAction = z.infer<typeof CustomActionSchema>;

/** Most custom actions one assessment holds. */
export const MAX_CUSTOM_ACTIONS = 200;

export const RoadmapEditsSchema = z.strictObject({
  edits: z.record(IdSchema, ActionEditSchema).default({}),
  custom: z
    .array(CustomActionSchema)
    .max(MAX_CUSTOM_ACTIONS)
    .default([])
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, { message: 'schema.customActionsUnique' }),
  /**
   * Most actions one phase may hold, when the team sets a limit; without it
   * the institution's capacity alone decides (docs/methodology.md §8).
   */
  phaseCap: z.number().int().min(1).max(50).optional(),
});
export type RoadmapEdits = z.infer<typeof RoadmapEditsSchema>;

/** Longest real name of an institution the directory keeps. */
export const MAX_INSTITUTION_NAME = 300;

/**
 * The institution directory: the real name the user gives a lead body once
 * ("ministry-ict" → "Ministère de l'Économie numérique"), printed wherever an
 * action names that body. Bodies without a name keep the taxonomy's wording.
 */
export const InstitutionsSchema = z.partialRecord(z.enum(LEAD_BODIES), z.string().min(1).max(MAX_INSTITUTION_NAME));
export type Institutions = z.infer<typeof InstitutionsSchema>;

/** The facilitator's decision on one item: the agreed answer lives in `answers`, the reason here. */
export const ResolutionSchema = z.strictObject({
  note: z.string().max(2000),
  decidedAt: z.iso.datetime(),
});
export type Resolution = z.infer<typeof ResolutionSchema>;

export const AssessmentSchema = z
  .strictObject({
    format: z.literal(ASSESSMENT_FORMAT),
    id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'schema.assessmentId'),
    questionnaire: z.strictObject({ id: IdSchema, version: z.string().max(40) }),
    /** Optional modules (sector pilots) the user chose to include. */
    modules: z.array(IdSchema).max(50).default([]),
    meta: AssessmentMetaSchema,
    /** Target stage per pillar: the ambition for the roadmap horizon. */
    targets: z.partialRecord(z.enum(PILLARS), StageSchema).default({}),
    /** Target stage per indicator, where the team set one; otherwise its section's target. */
    indicatorTargets: z.record(IdSchema, StageSchema).default({}),
    respondents: z.array(RespondentSchema).max(MAX_RESPONDENTS).default([]),
    /** The consensus answers: what scoring, priorities, the roadmap and the report use. */
    answers: AnswersSchema,
    /** Each respondent's own answers, by respondent id (workshops); empty for a single team. */
    responses: z.record(IdSchema, AnswersSchema).default({}),
    /** Items the facilitator decided, by item id; their consensus answer is not derived from responses. */
    resolutions: z.record(IdSchema, ResolutionSchema).default({}),
    roadmap: RoadmapEditsSchema.default({ edits: {}, custom: [] }),
    institutions: InstitutionsSchema.optional(),
    /** The questionnaire version the answers were first made with, when they were carried over from an earlier major version. */
    migratedFrom: z.string().max(40).optional(),
    /** Answers carried over from an item that was split, until the user confirms them: new item id → the old item id. */
    toConfirm: z.record(IdSchema, IdSchema).optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .superRefine((a, ctx) => {
    const ids = new Set<string>();
    a.respondents.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['respondents', i, 'id'], message: 'schema.duplicateRespondent', params: { id: r.id } });
      ids.add(r.id);
    });
    for (const id of Object.keys(a.responses)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['responses', id], message: 'schema.unknownRespondent', params: { id } });
    }
  });
export type Assessment = z.infer<typeof AssessmentSchema>;

import { z } from 'zod';
import { IdSchema, LanguageSchema } from './text';
import { AREAS, PILLARS } from './questionnaire';
import { LEAD_ACTORS } from './actions';

/**
 * Format history: 1 = one set of answers; 2 = adds per-respondent answers
 * (`responses`) and the facilitator's decisions (`resolutions`) for workshops.
 */
export const ASSESSMENT_FORMAT = 2;
/** Largest assessment file we accept; real ones are well under 1 MB. */
export const MAX_ASSESSMENT_BYTES = 10 * 1024 * 1024;
/** Most respondents one assessment holds (a large workshop has a few dozen). */
export const MAX_RESPONDENTS = 200;

const StageSchema = z.number().int().min(1).max(5);
const FreeText = z.string().max(10_000);

const answerExtras = {
  confidence: z.enum(['low', 'medium', 'high']).optional(),
  notes: FreeText.optional(),
  evidence: FreeText.optional(),
};

/** One answer to one item. Risks may be partly filled while the user works. */
export const AnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stage'), stage: StageSchema, ...answerExtras }),
  z.strictObject({
    kind: z.literal('risk'),
    likelihood: StageSchema.optional(),
    impact: StageSchema.optional(),
    preparedness: StageSchema.optional(),
    ...answerExtras,
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
  due: z.iso.date().optional(),
  title: z.string().max(500).optional(),
  description: z.string().max(5000).optional(),
});
export type ActionEdit = z.infer<typeof ActionEditSchema>;

/** An action the user added by hand. */
export const CustomActionSchema = z.strictObject({
  id: z.string().regex(/^custom-[a-z0-9-]{1,60}$/, 'custom action ids start with "custom-"'),
  area: z.enum(AREAS),
  title: z.string().min(1).max(500),
  description: z.string().max(5000).default(''),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  lead: z.enum(LEAD_ACTORS),
  owner: z.string().max(200).default(''),
  due: z.iso.date().optional(),
});
export type CustomAction = z.infer<typeof CustomActionSchema>;

/** Actions one phase holds by default before the rest moves later (a ministry's realistic load). */
export const DEFAULT_PHASE_CAP = 10;

export const RoadmapEditsSchema = z.strictObject({
  edits: z.record(IdSchema, ActionEditSchema).default({}),
  custom: z
    .array(CustomActionSchema)
    .max(200)
    .default([])
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, { message: 'custom action ids must be unique' }),
  /** Most actions scheduled into one phase before the rest is pushed later. */
  phaseCap: z.number().int().min(1).max(50).default(DEFAULT_PHASE_CAP),
});
export type RoadmapEdits = z.infer<typeof RoadmapEditsSchema>;

/** The facilitator's decision on one item: the agreed answer lives in `answers`, the reason here. */
export const ResolutionSchema = z.strictObject({
  note: z.string().max(2000),
  decidedAt: z.iso.datetime(),
});
export type Resolution = z.infer<typeof ResolutionSchema>;

export const AssessmentSchema = z
  .strictObject({
    format: z.literal(ASSESSMENT_FORMAT),
    id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'assessment ids are 8–64 letters, digits or "-"'),
    questionnaire: z.strictObject({ id: IdSchema, version: z.string().max(40) }),
    /** Optional modules (sector pilots) the user chose to include. */
    modules: z.array(IdSchema).max(50).default([]),
    meta: AssessmentMetaSchema,
    /** Target stage per pillar: the ambition for the roadmap horizon. */
    targets: z.partialRecord(z.enum(PILLARS), StageSchema).default({}),
    respondents: z.array(RespondentSchema).max(MAX_RESPONDENTS).default([]),
    /** The consensus answers: what scoring, priorities, the roadmap and the report use. */
    answers: AnswersSchema,
    /** Each respondent's own answers, by respondent id (workshops); empty for a single team. */
    responses: z.record(IdSchema, AnswersSchema).default({}),
    /** Items the facilitator decided, by item id; their consensus answer is not derived from responses. */
    resolutions: z.record(IdSchema, ResolutionSchema).default({}),
    roadmap: RoadmapEditsSchema.default({ edits: {}, custom: [], phaseCap: DEFAULT_PHASE_CAP }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .superRefine((a, ctx) => {
    const ids = new Set<string>();
    a.respondents.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['respondents', i, 'id'], message: `duplicate respondent id "${r.id}"` });
      ids.add(r.id);
    });
    for (const id of Object.keys(a.responses)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['responses', id], message: `"${id}" is not one of the respondents` });
    }
  });
export type Assessment = z.infer<typeof AssessmentSchema>;

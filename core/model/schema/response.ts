import { z } from 'zod';
import { AnswersSchema } from './assessment';
import { IdSchema } from './text';

/** Format of the file one respondent hands to the facilitator (a "response file"). */
export const RESPONSE_FORMAT = 1;
export const RESPONSE_KIND = 'capamap.response';
/** Largest response file we accept; a complete one with long notes is well under 1 MB. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
/** Most answers one response may carry (the bundled questionnaire has under 100 items). */
export const MAX_RESPONSE_ANSWERS = 1000;

export const ResponseRespondentSchema = z.strictObject({
  /** Stable within a workshop: re-importing the same id replaces that person's answers. */
  id: IdSchema,
  name: z.string().min(1).max(200),
  agency: z.string().max(300).default(''),
  role: z.string().max(200).default(''),
});
export type ResponseRespondent = z.infer<typeof ResponseRespondentSchema>;

/** What one respondent exports: their answers to one questionnaire, nothing else. */
export const ResponseFileSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  kind: z.literal(RESPONSE_KIND),
  questionnaire: z.strictObject({ id: IdSchema, version: z.string().max(40) }),
  /** The workshop assessment the respondent started from, when known. */
  assessmentId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, 'schema.assessmentId')
    .optional(),
  respondent: ResponseRespondentSchema,
  answers: AnswersSchema.refine((a) => Object.keys(a).length <= MAX_RESPONSE_ANSWERS, {
    message: 'schema.tooManyAnswers',
    params: { count: MAX_RESPONSE_ANSWERS },
  }),
  exportedAt: z.iso.datetime(),
});
export type ResponseFile = z.infer<typeof ResponseFileSchema>;

import { z } from 'zod';

/** Languages the bundled content and the UI are written in. */
export const LANGUAGES = ['en', 'fr', 'es', 'zh', 'pt', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LanguageSchema = z.enum(LANGUAGES);

/**
 * Translatable text: one string per language code. English is the fallback,
 * so it is the only language every text must have.
 */
export const LocalizedTextSchema = z
  .record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'schema.languageCode'), z.string().max(4000))
  .refine((t) => typeof t.en === 'string' && t.en.trim().length > 0, { message: 'schema.englishRequired' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The texts a citation can back: a statistic in one of them must name its source (see core/model/statistics.ts). */
export const CITED_TEXTS = ['intro', 'guidance', 'description', 'help'] as const;
export type CitedText = (typeof CITED_TEXTS)[number];

/**
 * One source, once: the questionnaire (and, for sources only actions cite, the action
 * library) keeps a registry of these, and items, sections and actions cite them by id.
 */
export const ReferenceRecordSchema = z.strictObject({
  id: z
    .string()
    .max(80, 'schema.slugTooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'schema.id'),
  title: z.string().trim().min(1).max(400),
  publisher: z.string().trim().min(1).max(300),
  year: z.number().int().min(1900).max(2100),
  /** Where the source can be read; content converted from format 1 may lack it. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'schema.doi')
    .max(200)
    .optional(),
  /** The day the URL was last read (YYYY-MM-DD). */
  accessed: z.iso.date().optional(),
});
export type ReferenceRecord = z.infer<typeof ReferenceRecordSchema>;

/** A citation of a record by id, with the part cited (article, pillar, section) and the text whose figures it backs. */
export const CitationSchema = z.strictObject({
  ref: ReferenceRecordSchema.shape.id,
  locator: z.string().trim().min(1).max(300).optional(),
  supports: z.enum(CITED_TEXTS).optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Ids are short, stable, lower-case slugs; dotted ids name an item inside a section. */
export const IdSchema = z
  .string()
  .max(160, 'schema.idTooLong')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/, 'schema.id');

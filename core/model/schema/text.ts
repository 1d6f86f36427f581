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

/** A citation of a public framework that an item or action stands on. */
export const ReferenceSchema = z.strictObject({
  framework: z.string().min(1).max(200),
  item: z.string().min(1).max(300),
  year: z.number().int().min(1990).max(2100),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** Ids are short, stable, lower-case slugs; dotted ids name an item inside a section. */
export const IdSchema = z
  .string()
  .max(160, 'schema.idTooLong')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/, 'schema.id');

import { z } from 'zod';

const Digest = z.string().regex(/^[0-9a-f]{64}$/);

/** One bundled folder as the build checked it (core/model/checked-content.ts). */
export const CheckedEntrySchema = z.strictObject({
  folder: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  /** The checked file, relative to the manifest; named by its own digest. */
  file: z.string().regex(/^assets\/checked-[a-z0-9-]{1,80}-[0-9a-f]{16}\.json$/),
  /** The digest of the questionnaire and action library texts together (sourcesDigest). */
  sources: Digest,
  /** The digest of the checked file's text. */
  checked: Digest,
});
export type CheckedEntry = z.infer<typeof CheckedEntrySchema>;

/** The build's manifest, as the desktop shell reads it from disk. */
export const CheckedManifestSchema = z.array(CheckedEntrySchema).max(100);

/** The name of the manifest, at the root of the built renderer. */
export const CHECKED_MANIFEST = 'checked-content.json';

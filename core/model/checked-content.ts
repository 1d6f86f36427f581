import type { CheckedEntry } from './checked-manifest';

/*
 * Bundled content is validated at build time (scripts/checked-content.ts):
 * the build runs parseContent on each bundled folder, refuses to finish when
 * one is invalid, and writes the value it produced as JSON (the "checked
 * file") with a manifest naming the digests of what it checked. At start, a
 * platform hands the page the checked file instead of the texts only when
 * what it holds is exactly what the build checked; anything else, and every
 * imported questionnaire, is validated as before. The digest function is
 * injected: Web Crypto in the page, node:crypto in the shell and the build.
 * The manifest's schema, for the shell that reads it from disk, is in
 * checked-manifest.ts.
 */

/** SHA-256 of a text's UTF-8 bytes (or of bytes as they are), in lowercase hex. */
export type Sha256 = (data: string | Uint8Array<ArrayBuffer>) => Promise<string>;

export interface ContentTexts {
  questionnaire: string;
  actions: string;
}

/** One digest for a questionnaire and its action library as a pair: no byte may move from one file to the other unnoticed. */
export async function sourcesDigest(texts: ContentTexts, sha256: Sha256): Promise<string> {
  const [questionnaire, actions] = await Promise.all([sha256(texts.questionnaire), sha256(texts.actions)]);
  return sha256(`${questionnaire} ${actions}`);
}

/**
 * Whether the checked file may be taken as it is: it is byte for byte the one
 * the build wrote, and the texts at hand (when there are any: the browser
 * edition ships the checked file instead of them) are byte for byte the ones
 * it was made from. When not, validate the texts as any file.
 */
export async function mayTrustChecked(texts: ContentTexts | null, checked: { entry: CheckedEntry; data: string | Uint8Array<ArrayBuffer> }, sha256: Sha256): Promise<boolean> {
  const [sameChecked, sameSources] = await Promise.all([sha256(checked.data).then((d) => d === checked.entry.checked), texts ? sourcesDigest(texts, sha256).then((d) => d === checked.entry.sources) : true]);
  return sameChecked && sameSources;
}

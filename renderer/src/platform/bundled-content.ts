import checkedManifest from 'virtual:checked-content';
import { mayTrustChecked, type Sha256 } from '../../../core/model/checked-content';
import type { QuestionnaireBundleFile } from '../../../core/platform';

// Bundled content ships as JSON files beside the page (not as JavaScript to compile), fetched on first use.
const bundledFiles = import.meta.glob<string>('../../../questionnaires/*/{questionnaire,actions}.json', { query: '?url', import: 'default', eager: true });

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.text();
}

/** Web Crypto's SHA-256, in hex (the digest the build wrote with node:crypto). */
export const webSha256: Sha256 = async (data) => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? new TextEncoder().encode(data) : data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * A folder's checked file (core/model/checked-content.ts) when it is byte for byte the one this
 * build wrote: fetched instead of the two texts, it spares the page validating them at start.
 * Its bytes are hashed as they came (encoding the text again would cost the page's thread more
 * than hashing).
 */
async function checkedFile(folder: string): Promise<QuestionnaireBundleFile | null> {
  const entry = checkedManifest.find((e) => e.folder === folder);
  const response = entry ? await fetch(entry.file).catch(() => null) : null;
  const data = response?.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  return entry && data && (await mayTrustChecked(null, { entry, data }, webSha256)) ? { origin: 'bundled', checked: new TextDecoder().decode(data) } : null;
}

/** A folder's questionnaire and action library as text, for the page to validate. */
async function texts(urls: { questionnaire?: string; actions?: string }): Promise<QuestionnaireBundleFile> {
  const [questionnaire, actions] = await Promise.all([fetchText(urls.questionnaire!), fetchText(urls.actions!)]);
  return { origin: 'bundled', questionnaire, actions };
}

/** The bundled questionnaires with their action libraries, in folder order: checked by the build where it can be trusted, else as text. */
export async function bundledQuestionnaires(): Promise<QuestionnaireBundleFile[]> {
  const folders = new Map<string, { questionnaire?: string; actions?: string }>();
  for (const [path, url] of Object.entries(bundledFiles)) {
    const [, folder, file] = /questionnaires\/([^/]+)\/(questionnaire|actions)\.json$/.exec(path) ?? [];
    if (folder && file) folders.set(folder, { ...folders.get(folder), [file]: url });
  }
  const complete = [...folders.entries()].filter(([, urls]) => urls.questionnaire && urls.actions).sort(([a], [b]) => a.localeCompare(b));
  // All at once: the folders are independent, and the first screen waits for them.
  return Promise.all(complete.map(async ([folder, urls]) => (await checkedFile(folder)) ?? texts(urls)));
}

/**
 * In the browser edition the fetch starts as this module is evaluated (main.tsx imports it
 * first), so the files download while the rest of the page's code is evaluated rather than
 * after it. The desktop edition reads them through its shell (window.api) and fetches nothing.
 */
let early: Promise<QuestionnaireBundleFile[]> | null = typeof window !== 'undefined' && !window.api ? bundledQuestionnaires() : null;
// A failure is seen, and the fetch tried again, by whoever takes this promise.
early?.catch(() => undefined);

/** The fetch started at load, once (null after that, or in the desktop edition). */
export function takeEarlyFetch(): Promise<QuestionnaireBundleFile[]> | null {
  const started = early;
  early = null;
  return started;
}

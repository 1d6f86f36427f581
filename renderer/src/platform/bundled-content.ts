import type { QuestionnaireBundleFile } from '../../../core/platform';

// Bundled content ships as JSON files beside the page (not as JavaScript to compile), fetched on first use.
const bundledFiles = import.meta.glob<string>('../../../questionnaires/*/{questionnaire,actions}.json', { query: '?url', import: 'default', eager: true });

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.text();
}

/** The bundled questionnaires with their action libraries, as text, in folder order. */
export async function bundledQuestionnaires(): Promise<QuestionnaireBundleFile[]> {
  const folders = new Map<string, { questionnaire?: string; actions?: string }>();
  const files = Object.entries(bundledFiles).flatMap(([path, url]) => {
    const [, folder, file] = /questionnaires\/([^/]+)\/(questionnaire|actions)\.json$/.exec(path) ?? [];
    return folder && file ? [{ folder, file, url }] : [];
  });
  // All at once: the files are independent, and the first screen waits for them.
  const texts = await Promise.all(files.map(({ url }) => fetchText(url)));
  files.forEach(({ folder, file }, i) => folders.set(folder, { ...folders.get(folder), [file]: texts[i] }));
  return [...folders.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, f]) => (f.questionnaire && f.actions ? [{ origin: 'bundled' as const, questionnaire: f.questionnaire, actions: f.actions }] : []));
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

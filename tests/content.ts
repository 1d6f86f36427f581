// Content fixtures shared by the test suites: the bundled questionnaire and the small test one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseContent, type Content } from '../core/model/content';

const ROOT = resolve(__dirname, '..');
const cache = new Map<string, Content>();

/** Parses a content folder (questionnaire.json + actions.json) relative to the project root; throws if it does not validate. */
export function loadContent(dir: string): Content {
  const cached = cache.get(dir);
  if (cached) return cached;
  const parsed = parseContent(readFileSync(resolve(ROOT, dir, 'questionnaire.json'), 'utf8'), readFileSync(resolve(ROOT, dir, 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${dir} does not validate: ${JSON.stringify(parsed.problems)}`);
  cache.set(dir, parsed.value);
  return parsed.value;
}

export const bundledContent = (): Content => loadContent('questionnaires/capamap-core');
export const miniContent = (): Content => loadContent('tests/fixtures/mini');

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { sourcesDigest } from '../core/model/checked-content';
import { CHECKED_MANIFEST, type CheckedEntry } from '../core/model/checked-manifest';
import { parseContent } from '../core/model/content';
import { explainProblems } from '../core/model/explain';
import { nodeSha256 } from '../electron/main/sha256';
import { createTranslator } from '../locales';

/** A bundled folder checked by the build: its manifest entry and the checked file's text. */
export interface CheckedFolder {
  entry: CheckedEntry;
  text: string;
}

/**
 * Runs the full parseContent on every bundled folder (questionnaire.json and
 * actions.json; a folder without both is not a questionnaire, as in the
 * shell) and returns what it produced. Invalid content is refused with the
 * plain line and the JSON paths the app and the CLI would give.
 */
export async function checkBundledContent(dir: string): Promise<CheckedFolder[]> {
  const checked: CheckedFolder[] = [];
  const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'questionnaire.json')) && existsSync(join(dir, e.name, 'actions.json')));
  for (const folder of folders.map((e) => e.name).sort()) {
    const texts = { questionnaire: readFileSync(join(dir, folder, 'questionnaire.json'), 'utf8'), actions: readFileSync(join(dir, folder, 'actions.json'), 'utf8') };
    const parsed = parseContent(texts.questionnaire, texts.actions);
    if (!parsed.ok) {
      const { t } = await createTranslator('en');
      const { summary, details } = explainProblems(t, parsed.problems, { file: relative(process.cwd(), join(dir, folder, 'questionnaire.json')), kind: 'questionnaire' });
      throw new Error(`The bundled questionnaire does not pass its checks, so the app is not built.\n${summary}\n${details.join('\n')}`);
    }
    const text = JSON.stringify(parsed.value);
    const digest = await nodeSha256(text);
    checked.push({ entry: { folder, file: `assets/checked-${folder}-${digest.slice(0, 16)}.json`, sources: await sourcesDigest(texts, nodeSha256), checked: digest }, text });
  }
  return checked;
}

const VIRTUAL_ID = 'virtual:checked-content';

/**
 * The renderer's build checks the bundled content (checkBundledContent) and
 * writes each checked file beside the page, with the manifest at the root for
 * the desktop shell; `virtual:checked-content` gives the page the same
 * manifest. Outside a build (dev server, tests) the manifest is empty, so
 * everything is validated at start.
 */
export function checkedContentPlugin(dir: string): Plugin {
  let building = false;
  let manifest: CheckedEntry[] = [];
  return {
    name: 'capamap-checked-content',
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      const checked = await checkBundledContent(dir);
      manifest = checked.map((c) => c.entry);
      for (const { entry, text } of checked) this.emitFile({ type: 'asset', fileName: entry.file, source: text });
      this.emitFile({ type: 'asset', fileName: CHECKED_MANIFEST, source: JSON.stringify(manifest) });
    },
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null),
    load: (id) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(manifest)};` : null),
  };
}

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mayTrustChecked, type ContentTexts } from '../../../core/model/checked-content';
import { CHECKED_MANIFEST, CheckedManifestSchema } from '../../../core/model/checked-manifest';
import { parseContent } from '../../../core/model/content';
import { nodeSha256 } from '../../../electron/main/sha256';
import { webSha256 } from '../../../renderer/src/platform/bundled-content';
import { checkBundledContent, checkedContentPlugin, type CheckedFolder } from '../../../scripts/checked-content';

// Bundled content is validated by the build and trusted at start only when it is byte for byte what the build checked.

const folder = resolve('questionnaires/capamap-core');
let texts: ContentTexts;
let checked: CheckedFolder;

beforeAll(async () => {
  texts = { questionnaire: await readFile(join(folder, 'questionnaire.json'), 'utf8'), actions: await readFile(join(folder, 'actions.json'), 'utf8') };
  const all = await checkBundledContent(resolve('questionnaires'));
  expect(all.map((c) => c.entry.folder)).toEqual(['capamap-core']);
  checked = all[0]!;
});

/** The checked file as the build wrote it. */
const asWritten = () => ({ entry: checked.entry, data: checked.text });

/** The text with the character at `at` replaced by another (a "changed byte"). */
const changeAt = (text: string, at: number) => `${text.slice(0, at)}${text[at] === 'a' ? 'b' : 'a'}${text.slice(at + 1)}`;
/** The middle of the first long enough string value: a change there leaves the JSON valid. */
const inAString = (text: string) => text.indexOf('"en": "') + '"en": "'.length + 2;

describe('checked content', () => {
  it('is, taken with JSON.parse alone, the value parseContent gives for the same texts', () => {
    const parsed = parseContent(texts.questionnaire, texts.actions);
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(checked.text)).toEqual(parsed.ok && parsed.value);
    expect(JSON.parse(JSON.stringify(parsed.ok && parsed.value))).toStrictEqual(JSON.parse(checked.text));
  });

  it('is trusted for exactly the texts it was made from, and for no text with one character changed', async () => {
    expect(await mayTrustChecked(texts, asWritten(), nodeSha256)).toBe(true);
    for (const at of [0, inAString(texts.questionnaire), texts.questionnaire.length - 1]) {
      expect(await mayTrustChecked({ ...texts, questionnaire: changeAt(texts.questionnaire, at) }, asWritten(), nodeSha256)).toBe(false);
    }
    expect(await mayTrustChecked({ ...texts, actions: changeAt(texts.actions, inAString(texts.actions)) }, asWritten(), nodeSha256)).toBe(false);
    // The same bytes split differently between the two files are not the same pair.
    const moved = { questionnaire: texts.questionnaire + texts.actions.slice(0, 1), actions: texts.actions.slice(1) };
    expect(await mayTrustChecked(moved, asWritten(), nodeSha256)).toBe(false);
  });

  it('is trusted only while the checked file itself is the one the build wrote', async () => {
    const changed = { entry: checked.entry, data: changeAt(checked.text, inAString(checked.text)) };
    expect(await mayTrustChecked(texts, changed, nodeSha256)).toBe(false);
    // The browser edition fetches the checked file instead of the texts: its own digest decides.
    expect(await mayTrustChecked(null, asWritten(), nodeSha256)).toBe(true);
    // As the page fetches it: bytes, hashed as they came.
    expect(await mayTrustChecked(null, { entry: checked.entry, data: new TextEncoder().encode(checked.text) }, webSha256)).toBe(true);
    expect(await mayTrustChecked(null, changed, nodeSha256)).toBe(false);
  });

  it('gets the same digest from the page (Web Crypto) as from the build and the shell (node:crypto)', async () => {
    for (const text of ['', 'CapaMap', 'Capacité · 能力 · القدرة', texts.questionnaire]) {
      expect(await webSha256(text)).toBe(await nodeSha256(text));
      expect(await webSha256(new TextEncoder().encode(text))).toBe(await nodeSha256(text));
    }
  });
});

describe('the build', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'capamap-checked-'));
    await cp(folder, join(dir, 'questionnaires', 'capamap-core'), { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A Vite build of a page that imports the manifest, with the plugin the renderer's build uses. */
  async function buildWith(questionnaires: string) {
    await writeFile(join(dir, 'entry.js'), "import manifest from 'virtual:checked-content';\nconsole.log(manifest);\n");
    const output = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [checkedContentPlugin(questionnaires)],
      build: { write: false, rolldownOptions: { input: join(dir, 'entry.js') } },
    });
    return (Array.isArray(output) ? output[0]! : output) as { output: { fileName: string; type: string; source?: string | Uint8Array; code?: string }[] };
  }

  it('writes each checked file, named by its digest, with the manifest for the shell and the page', async () => {
    const { output } = await buildWith(join(dir, 'questionnaires'));
    const manifestFile = output.find((o) => o.fileName === CHECKED_MANIFEST);
    const manifest = CheckedManifestSchema.parse(JSON.parse(String(manifestFile?.source)));
    expect(manifest).toEqual([checked.entry]);
    expect(String(output.find((o) => o.fileName === checked.entry.file)?.source)).toBe(checked.text);
    expect(output.find((o) => o.type === 'chunk')?.code).toContain(checked.entry.checked);
  });

  it('refuses invalid bundled content with the plain line and where the problem is', async () => {
    const broken = join(dir, 'questionnaires', 'capamap-core', 'questionnaire.json');
    const questionnaire = JSON.parse(texts.questionnaire) as { sections: { items: { id: string }[] }[] };
    questionnaire.sections[0]!.items[1]!.id = questionnaire.sections[0]!.items[0]!.id;
    await writeFile(broken, JSON.stringify(questionnaire, null, 1));
    await expect(checkBundledContent(join(dir, 'questionnaires'))).rejects.toThrow(/not built[\s\S]*questionnaire\.json[\s\S]*\$\.sections\[0\]\.items\[1\]/);
    await expect(buildWith(join(dir, 'questionnaires'))).rejects.toThrow(/does not pass its checks/);
    await writeFile(broken, texts.questionnaire.slice(0, -10));
    await expect(checkBundledContent(join(dir, 'questionnaires'))).rejects.toThrow(/not built/);
  });
});

import { contentKind, parseContent, type Content } from '../../../core/model/content';
import type { Parsed } from '../../../core/model/schema/parse';
import type { CheckedQuestionnaire, OpenedFile } from '../../../core/platform';
import { localize } from '../../../core/model/localize';
import i18next from '../i18n';
import { errorText, problemNotice } from '../lib/problems';
import type { ContentSlice, LoadedContent, Notice, Slice } from './types';

/**
 * Bundled content the build validated and its platform found byte for byte unchanged since
 * (core/model/checked-content.ts; never an import): JSON.parse alone.
 */
const checkedContent = (file: CheckedQuestionnaire): Parsed<Content> => ({ ok: true, value: JSON.parse(file.checked) as Content });

export const createContentSlice: Slice<ContentSlice> = (set, get) => {
  /** The load in progress (or done): a file is adopted only once the questionnaires it may answer are known. */
  let loading: Promise<void> = Promise.resolve();

  async function loadAll(): Promise<void> {
    let files;
    try {
      files = await get().platform.listQuestionnaires();
    } catch (error) {
      // Shown on the start screen; the app stays usable for opening files once this is fixed.
      set({ contentProblems: [{ tone: 'error', text: errorText(error) }], bundlesLoaded: true });
      return;
    }
    const bundles: LoadedContent[] = [];
    const problems: Notice[] = [];
    for (const file of files) {
      const parsed = 'checked' in file ? checkedContent(file) : parseContent(file.questionnaire, file.actions);
      if (parsed.ok) bundles.push({ key: `${file.origin}:${parsed.value.questionnaire.id}`, origin: file.origin, content: parsed.value });
      else problems.push(problemNotice(i18next.t(file.origin === 'bundled' ? 'notice.bundledQuestionnaire' : 'notice.importedQuestionnaire'), 'questionnaire', parsed.problems));
    }
    set({ bundles, contentProblems: problems, bundlesLoaded: true });
  }

  /** Adds a questionnaire and its action library, told apart by content so any file names work. */
  async function importPicked(files: OpenedFile[]): Promise<void> {
    const { platform, setNotice } = get();
    if (files.length === 0) return;
    const questionnaireFile = files.find((f) => contentKind(f.text) === 'questionnaire') ?? files[0]!;
    const actionsFile = files.find((f) => f !== questionnaireFile && contentKind(f.text) === 'actions') ?? files.find((f) => f !== questionnaireFile);
    if (!actionsFile) {
      setNotice({ tone: 'error', text: i18next.t('notice.needActions', { file: questionnaireFile.name }) });
      return;
    }
    const parsed = parseContent(questionnaireFile.text, actionsFile.text);
    if (!parsed.ok) {
      setNotice(problemNotice(questionnaireFile.name, 'questionnaire', parsed.problems));
      return;
    }
    const id = parsed.value.questionnaire.id;
    if (get().bundles.some((b) => b.origin === 'bundled' && b.content.questionnaire.id === id)) {
      setNotice({ tone: 'error', text: i18next.t('notice.bundledId', { file: questionnaireFile.name, id }) });
      return;
    }
    await platform.storeQuestionnaire({ id, questionnaire: questionnaireFile.text, actions: actionsFile.text });
    await get().loadBundles();
    setNotice({ tone: 'info', text: i18next.t('notice.imported', { title: localize(parsed.value.questionnaire.title, i18next.language) }) });
  }

  return {
    bundles: [],
    contentProblems: [],
    bundlesLoaded: false,

    whenBundlesLoaded: () => loading,

    loadBundles() {
      loading = loadAll();
      return loading;
    },

    async importQuestionnaire() {
      const { platform, setNotice } = get();
      try {
        await importPicked(await platform.pickFiles({ purpose: 'questionnaire', multiple: true }));
      } catch (error) {
        setNotice({ tone: 'error', text: errorText(error) });
      }
    },
  };
};

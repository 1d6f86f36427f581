import { contentKind, parseContent } from '../../../core/model/content';
import { localize } from '../../../core/model/localize';
import { describeProblems } from '../../../core/model/schema/parse';
import i18next from '../i18n';
import type { ContentSlice, LoadedContent, Slice } from './types';

export const createContentSlice: Slice<ContentSlice> = (set, get) => {
  /** The load in progress (or done): a file is adopted only once the questionnaires it may answer are known. */
  let loading: Promise<void> = Promise.resolve();

  async function loadAll(): Promise<void> {
    const files = await get().platform.listQuestionnaires();
    const bundles: LoadedContent[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const parsed = parseContent(file.questionnaire, file.actions);
      if (parsed.ok) bundles.push({ key: `${file.origin}:${parsed.value.questionnaire.id}`, origin: file.origin, content: parsed.value });
      else problems.push(describeProblems(`${file.origin} questionnaire`, parsed.problems));
    }
    set({ bundles, contentProblems: problems, bundlesLoaded: true });
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
      const files = await platform.pickFiles({ purpose: 'questionnaire', multiple: true });
      if (files.length === 0) return;
      // Told apart by content, so any file names work.
      const questionnaireFile = files.find((f) => contentKind(f.text) === 'questionnaire') ?? files[0]!;
      const actionsFile = files.find((f) => f !== questionnaireFile && contentKind(f.text) === 'actions') ?? files.find((f) => f !== questionnaireFile);
      if (!actionsFile) {
        setNotice({ tone: 'error', text: i18next.t('notice.needActions', { file: questionnaireFile.name }) });
        return;
      }
      const parsed = parseContent(questionnaireFile.text, actionsFile.text);
      if (!parsed.ok) {
        setNotice({ tone: 'error', text: describeProblems(questionnaireFile.name, parsed.problems) });
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
    },
  };
};

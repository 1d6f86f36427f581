import { parseContent } from '../../../core/content';
import { describeProblems } from '../../../core/schema/parse';
import type { ContentSlice, LoadedContent, Slice } from './types';

export const createContentSlice: Slice<ContentSlice> = (set, get) => ({
  bundles: [],
  contentProblems: [],

  async loadBundles() {
    const files = await get().platform.listQuestionnaires();
    const bundles: LoadedContent[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const parsed = parseContent(file.questionnaire, file.actions);
      if (parsed.ok) bundles.push({ key: `${file.origin}:${parsed.value.questionnaire.id}`, origin: file.origin, content: parsed.value });
      else problems.push(describeProblems(`${file.origin} questionnaire`, parsed.problems));
    }
    set({ bundles, contentProblems: problems });
  },

  async importQuestionnaire() {
    const { platform, setNotice } = get();
    const files = await platform.pickFiles({ purpose: 'questionnaire', multiple: true });
    if (files.length === 0) return;
    const questionnaireFile = files.find((f) => !/actions/i.test(f.name)) ?? files[0]!;
    const actionsFile = files.find((f) => f !== questionnaireFile);
    if (!actionsFile) {
      setNotice({ tone: 'error', text: `${questionnaireFile.name}: choose the questionnaire file and its action library file together.` });
      return;
    }
    const parsed = parseContent(questionnaireFile.text, actionsFile.text);
    if (!parsed.ok) {
      setNotice({ tone: 'error', text: describeProblems(questionnaireFile.name, parsed.problems) });
      return;
    }
    const id = parsed.value.questionnaire.id;
    if (get().bundles.some((b) => b.origin === 'bundled' && b.content.questionnaire.id === id)) {
      setNotice({ tone: 'error', text: `${questionnaireFile.name}: the id "${id}" belongs to a bundled questionnaire, which cannot be replaced; give the adaptation its own id.` });
      return;
    }
    await platform.storeQuestionnaire({ id, questionnaire: questionnaireFile.text, actions: actionsFile.text });
    await get().loadBundles();
    setNotice({ tone: 'info', text: `Imported "${parsed.value.questionnaire.title.en}".` });
  },
});

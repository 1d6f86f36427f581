import { describeMessage, detailOf, explainProblems, MAX_DETAILS, type ItemTitle, type Translate } from '../../../core/model/explain';
import { MessageError, type Message } from '../../../core/model/message';
import { indexItems, itemTitle } from '../../../core/model/questionnaire';
import type { DocumentKind } from '../../../core/model/schema/migrate';
import type { Problem } from '../../../core/model/schema/parse';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import i18next from '../i18n';
import type { Notice } from '../store/types';

/*
 * Core's messages in the interface language: the one place the renderer
 * turns codes into sentences, so every screen words a problem alike.
 */

const t: Translate = (key, params) => i18next.t(key, params);

/** Names items by their title in the interface language, looking through the questionnaires given. */
export function titlesFrom(questionnaires: readonly Questionnaire[]): ItemTitle {
  return (id) => {
    for (const q of questionnaires) {
      const item = indexItems(q).get(id)?.item;
      if (item) return itemTitle(item, i18next.language);
    }
    return undefined;
  };
}

/** A message from core as a sentence; a question it is about is named by its title. */
export function messageText(m: Message, titles?: ItemTitle): string {
  return describeMessage(t, m, titles);
}

/** The technical lines of problems (where in the file, and what), for a "Details" disclosure. */
export function problemDetails(problems: readonly Problem[]): string[] {
  return problems.slice(0, MAX_DETAILS).map((p) => detailOf(t, p));
}

/** A refused file as an error notice: the plain line, and the technical lines behind "Details". */
export function problemNotice(file: string, kind: DocumentKind, problems: readonly Problem[], titles?: ItemTitle): Notice {
  const { summary, details } = explainProblems(t, problems, { file, kind, itemTitle: titles });
  return { tone: 'error', text: summary, details };
}

/** What went wrong, for a person: core's refusals translated; anything else as its message says. */
export function errorText(error: unknown): string {
  if (error instanceof MessageError) return messageText(error.detail);
  return error instanceof Error ? error.message : String(error);
}

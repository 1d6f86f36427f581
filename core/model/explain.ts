import type { Message } from './message';
import type { DocumentKind } from './schema/migrate';
import type { Problem } from './schema/parse';

/*
 * Problems in plain words, for the screen and the CLI alike: what happened
 * and what to do in one line, the technical part (JSON paths) apart. Core
 * holds no sentence: the caller passes its translator over the one catalog.
 */

/** A translator over the catalog: i18next's `t`, or a stand-in in tests. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Names a questionnaire item in the reader's language; undefined when the item is unknown. */
export type ItemTitle = (id: string) => string | undefined;

export interface Explanation {
  /** One line: the file, what happened, what to do. */
  summary: string;
  /** One line per problem (at most MAX_DETAILS): where in the file, and what. */
  details: string[];
}

export interface ExplainOptions {
  /** The file as the reader knows it: a name in the app, the path given on the command line. */
  file: string;
  /** What was being read: decides the advice. */
  kind: DocumentKind;
  itemTitle?: ItemTitle;
}

export const MAX_DETAILS = 20;

/** Problems in the file's structure, as opposed to a file of another kind or version: the file is damaged. */
const DAMAGE = new Set(['file.notJson', 'file.tooDeep', 'file.forbiddenKey', 'crypto.damaged', 'crypto.incomplete', 'crypto.notText']);
const isDamage = (code: string) => code.startsWith('schema.') || DAMAGE.has(code);

const ADVICE: Record<DocumentKind, string> = {
  assessment: 'messages:explain.advice.assessment',
  response: 'messages:explain.advice.response',
  questionnaire: 'messages:explain.advice.content',
  actions: 'messages:explain.advice.content',
};

/**
 * A message in the reader's words. A predicate (`schema.*`) gets its subject
 * in front: the answer to a question (an `item` parameter, named by its
 * title), the field it names (`field`), or "an entry".
 */
export function describeMessage(t: Translate, m: Message, itemTitle?: ItemTitle): string {
  const { item, field, ...params } = m.params;
  const text = t(`messages:${m.code}`, params);
  if (item === undefined) {
    if (!m.code.startsWith('schema.')) return text;
    return field === undefined ? t('messages:explain.entry', { problem: text }) : t('messages:explain.field', { field, problem: text });
  }
  const title = shortTitle(itemTitle?.(String(item)) ?? String(item));
  return t(m.code.startsWith('schema.') ? 'messages:explain.answer' : 'messages:explain.aboutAnswer', { item: title, problem: text });
}

/** Longest question title in a one-line message; longer ones end at a word, with "…". */
const MAX_TITLE = 60;

function shortTitle(title: string): string {
  const chars = [...title.trim().replace(/[.。]$/, '')];
  if (chars.length <= MAX_TITLE) return chars.join('');
  const cut = chars.slice(0, MAX_TITLE).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}

/** The first problem in one line with the file and what to do, the others behind it. */
export function explainProblems(t: Translate, problems: readonly Problem[], options: ExplainOptions): Explanation {
  const first = problems[0];
  if (!first) return { summary: options.file, details: [] };
  let problem = describeMessage(t, first, options.itemTitle);
  if (first.document === 'actions') problem = t('messages:explain.inActions', { problem });
  const frame = isDamage(first.code) ? (options.kind === 'assessment' || options.kind === 'response' ? 'messages:explain.damaged' : 'messages:explain.invalid') : 'messages:explain.plain';
  if (problems.length > 1) problem = `${problem} ${t('messages:explain.more', { count: problems.length - 1 })}`;
  const summary = t(frame, { file: options.file, problem, advice: t(ADVICE[options.kind]) });
  return { summary, details: problems.slice(0, MAX_DETAILS).map((p) => detailOf(t, p)) };
}

/** The technical line of one problem: where (the JSON path, in which file of a pair) and what. */
export function detailOf(t: Translate, p: Problem): string {
  const { item: _item, field: _field, ...params } = p.params;
  const where = p.document === 'actions' ? t('messages:explain.actionsPath', { path: p.path }) : p.path;
  return `${where}: ${t(`messages:${p.code}`, params)}`;
}

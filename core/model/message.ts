/**
 * A message from the domain: a catalog key and its parameters, never a
 * sentence. The screen, the report and the CLI translate it with the one
 * catalog (locales/), so nothing re-derives meaning from English text.
 *
 * Problems, import notices, refusals and warnings use the catalog's
 * `messages` namespace (explain.ts words them); a parameter named `item`
 * holds the id of the questionnaire item a problem is about, which the edge
 * names by its title in the reader's language.
 */
export interface Message {
  code: string;
  params: Record<string, string | number>;
}

export const message = (code: string, params: Record<string, string | number> = {}): Message => ({ code, params });

/** An expected failure core throws (a refused operation, not a bug): it carries its message, untranslated. */
export class MessageError extends Error {
  constructor(readonly detail: Message) {
    super(detail.code);
    this.name = 'MessageError';
  }
}

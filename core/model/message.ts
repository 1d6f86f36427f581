/**
 * A message from the domain: a catalog key and its parameters, never a
 * sentence. The screen, the report and the CLI translate it with the one
 * catalog (locales/), so nothing re-derives meaning from English text.
 *
 * Codes are keys of the catalog's `messages` namespace. A parameter named
 * `item` holds a questionnaire item id: the edge shows the item's title
 * in the reader's language when it knows the questionnaire.
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

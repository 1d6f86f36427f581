/**
 * A message from the domain: a catalog key and its parameters, never a
 * sentence. The screen, the report and the CLI translate it with the one
 * catalog (locales/), so nothing re-derives meaning from English text.
 */
export interface Message {
  code: string;
  params: Record<string, string | number>;
}

export const message = (code: string, params: Record<string, string | number> = {}): Message => ({ code, params });

import i18next from 'i18next';
import type { Translate } from '../core/model/explain';
import { MessageError, type Message } from '../core/model/message';
import { I18N_OPTIONS } from '../locales';
import { RESOURCES } from '../locales/all';

/*
 * The catalog in English, ready at import (no await), for tests that check
 * what a person reads: core returns codes, these helpers say them.
 */
const instance = i18next.createInstance();
void instance.init({ ...I18N_OPTIONS, resources: RESOURCES, lng: 'en', initAsync: false });

export const t: Translate = (key, params) => instance.t(key, params);

/** A core message as its English sentence (without the subject the edge may add for an item); throws for a code the catalog lacks. */
export function english(m: Message): string {
  const { item: _item, ...params } = m.params;
  const key = `messages:${m.code}`;
  if (!instance.exists(key, params)) throw new Error(`the catalog has no message ${key}`);
  return t(key, params);
}

/** What a call refused, in English: the message of the MessageError it throws (fails when it does not throw one). */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MessageError) return english(error.detail);
    throw error;
  }
  throw new Error('expected a refusal, but the call succeeded');
}

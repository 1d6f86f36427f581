import { localize } from '../../../core/model/localize';
import type { Item } from '../../../core/model/schema/questionnaire';

/** The words that name an item: an indicator's or risk's statement, a profile question's label. */
export function itemTitle(item: Item, language: string): string {
  return localize('statement' in item ? item.statement : item.label, language);
}

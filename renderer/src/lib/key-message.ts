import type { TFunction } from 'i18next';
import type { Message } from '../../../core/model/message';
import type { Formatters } from './format';

/** What a key message's ids name in the interface language. */
export interface MessageNames {
  section(id: string): string;
  item(id: string): string;
}

/**
 * A summary key message (Results.summary.keyMessages) in the interface
 * language: its code is a catalog key; ids become names, bands words and
 * figures are formatted the way every other figure on screen is.
 */
export function keyMessageText(message: Message, t: TFunction, format: Formatters, names: MessageNames): string {
  const { pillar, risk, band, score, gap, ...rest } = message.params;
  return t(message.code, {
    ...rest,
    ...(pillar === undefined ? {} : { pillar: names.section(String(pillar)) }),
    ...(risk === undefined ? {} : { risk: names.item(String(risk)) }),
    ...(band === undefined ? {} : { band: t(`results.band.${band}`) }),
    ...(score === undefined ? {} : { score: format.decimal(Number(score)) }),
    ...(gap === undefined ? {} : { gap: format.decimal(Number(gap)) }),
  });
}

import type { ReportContext } from '../context';

/** A risk's statement in every language (its id when the questionnaire has no such risk). */
export function riskStatement(ctx: ReportContext, riskId: string) {
  const located = ctx.items.get(riskId);
  return located && located.item.type === 'risk' ? located.item.statement : { en: riskId };
}

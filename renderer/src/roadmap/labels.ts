import { useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ActionResult } from '../../../core/method/results';
import { localize } from '../../../core/model/localize';
import { indexItems, itemTitle } from '../../../core/model/questionnaire';
import { CustomActionSchema } from '../../../core/model/schema/assessment';
import { useApp } from '../store';
import { useResults } from '../store/results';

export type Lead = ActionResult['lead'];
export type Area = ActionResult['area'];

/** The bodies an action of the user's own may name as lead: the file format's own list. */
export const LEAD_OPTIONS: readonly Lead[] = CustomActionSchema.shape.lead.options;

/** Names the roadmap screen shows for areas, lead bodies and the items behind an action, in the interface language. */
export function useRoadmapNames() {
  const { t, i18n } = useTranslation();
  const content = useApp((s) => s.content);
  const named = useResults()?.roadmap.institutions;
  const language = i18n.language;
  const items = useMemo(() => (content ? indexItems(content.questionnaire) : null), [content]);
  return useMemo(() => {
    const sections = content?.questionnaire.sections ?? [];
    return {
      language,
      /** Areas that have a section in this questionnaire, in its order. */
      areas: sections.map((s) => s.id).filter((id): id is Area => (CustomActionSchema.shape.area.options as readonly string[]).includes(id)),
      area: (area: Area) => localize(sections.find((s) => s.id === area)?.title, language) || area,
      // The report's names for lead bodies: one catalog, the same words on screen and in print.
      lead: (lead: Lead) => t(`report:leadActors.${lead}`),
      /** A body of this roadmap by the name the institution directory gives it, else by its generic name. */
      body: (body: Lead) => named?.[body] ?? t(`report:leadActors.${body}`),
      /** The action's lead by its real name when the directory gives one. */
      leadOf: (action: Pick<ActionResult, 'lead' | 'leadName'>) => action.leadName ?? t(`report:leadActors.${action.lead}`),
      item: (id: string) => {
        const item = items?.get(id)?.item;
        return item ? itemTitle(item, language) : id;
      },
    };
  }, [content, items, language, named, t]);
}

export type RoadmapNames = ReturnType<typeof useRoadmapNames>;

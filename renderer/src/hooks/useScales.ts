import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import { scaleLevel, type RatingScaleName } from '../../../core/model/questionnaire';
import { useApp } from '../store';

export interface ScaleWords {
  /** The stage rule: a stage counts only when all its conditions hold. */
  stageRule: string;
  title(scale: RatingScaleName): string;
  level(scale: RatingScaleName, value: number): { label: string; meaning: string };
}

/** The questionnaire's one definition of the stage rule and the risk scales, in the interface language. */
export function useScales(): ScaleWords | null {
  const { i18n } = useTranslation();
  const questionnaire = useApp((s) => s.content?.questionnaire);
  if (!questionnaire) return null;
  const language = i18n.language;
  return {
    stageRule: localize(questionnaire.scales.stageRule, language),
    title: (scale) => localize(questionnaire.scales[scale].title, language),
    level: (scale, value) => scaleLevel(questionnaire, scale, value, language),
  };
}

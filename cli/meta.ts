import { unstatedMeta, type StatedField } from '../core/model/meta';
import type { AssessmentMeta } from '../core/model/schema/assessment';
import type { Translate } from '../core/model/explain';

/** The fields still unstated, named for a message ("institution and country"), and the options that state them. */
export function unstatedWords(meta: Pick<AssessmentMeta, StatedField>, t: Translate): { fields: string; options: string } | null {
  const missing = unstatedMeta(meta);
  if (missing.length === 0) return null;
  return {
    fields: missing.map((field) => t(`cli:meta.${field}`)).join(t('cli:meta.and')),
    options: missing.map((field) => `--${field} "…"`).join(' '),
  };
}

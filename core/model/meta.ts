import type { AssessmentMeta } from './schema/assessment';

/**
 * What a workshop made from response files alone records until someone
 * states it: the institution when the respondents name different agencies,
 * and the country. Neither is ever printed: the app asks for them before a
 * report, and the CLI refuses to print one without them.
 */
export const INSTITUTION_NOT_STATED = 'Workshop';
export const COUNTRY_NOT_STATED = 'Not stated';

export type StatedField = 'institution' | 'country';

/** The fields of `meta` that still hold a placeholder (or nothing), in the order a form asks for them. */
export function unstatedMeta(meta: Pick<AssessmentMeta, StatedField>): StatedField[] {
  const placeholder = { institution: INSTITUTION_NOT_STATED, country: COUNTRY_NOT_STATED };
  return (['institution', 'country'] as const).filter((field) => {
    const value = meta[field].trim();
    return value === '' || value === placeholder[field];
  });
}

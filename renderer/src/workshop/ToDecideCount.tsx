import { useTranslation } from '../i18n/use-translation';
import { useApp } from '../store';
import { conflictCount } from './useWorkshopMerge';

/**
 * The "N to decide" badge of a workshop tab. It follows the count itself, so a
 * decision that changes the count renders this badge and not the bar or the
 * workshop screen around it.
 */
export function ToDecideCount() {
  const { t } = useTranslation();
  const conflicts = useApp(conflictCount);
  return conflicts > 0 ? <span className="tab-count">{t('workshop.nav.toDecide', { count: conflicts })}</span> : null;
}

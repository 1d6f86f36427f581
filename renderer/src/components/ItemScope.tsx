import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scope } from '../../../core/model/schema/questionnaire';

/** Whose capacity the item rates, so two people rating it read it alike: the institution's own, or the country's. */
export const ItemScope = memo(function ItemScope({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  return (
    <span className={`item-scope scope-${scope}`} data-scope={scope}>
      {t(`item.scope.${scope}`)}
    </span>
  );
});

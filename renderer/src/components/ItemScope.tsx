import { memo } from 'react';
import { useLabel } from '../i18n/labels';
import type { Scope } from '../../../core/model/schema/questionnaire';

/** Whose capacity the item rates, so two people rating it read it alike: the institution's own, or the country's. */
export const ItemScope = memo(function ItemScope({ scope }: { scope: Scope }) {
  const { label } = useLabel();
  return (
    <span className={`item-scope scope-${scope}`} data-scope={scope}>
      {label(`item.scope.${scope}`)}
    </span>
  );
});

import { memo } from 'react';
import type { Item } from '../../../core/model/schema/questionnaire';
import { IndicatorItem } from './IndicatorItem';
import { ProfileItem } from './ProfileItem';
import { RiskItem } from './RiskItem';

/** One questionnaire item; memoised so an answer elsewhere does not re-render it. */
export const ItemView = memo(function ItemView({ item, number }: { item: Item; number: number }) {
  switch (item.type) {
    case 'indicator':
      return <IndicatorItem indicator={item} number={number} />;
    case 'risk':
      return <RiskItem risk={item} number={number} />;
    default:
      return <ProfileItem question={item} number={number} />;
  }
});

import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/model/localize';
import type { Indicator, Risk } from '../../../core/model/schema/questionnaire';

/** Guidance, evidence examples and references, folded away until asked for (H toggles it). */
export function ItemHelp({ item }: { item: Indicator | Risk }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="item-help">
      <summary>{t('item.help')}</summary>
      <div className="item-help-body">
        <p>{localize(item.guidance, i18n.language)}</p>
        <h3>{t('item.evidenceExamples')}</h3>
        <ul>
          {item.evidence.map((e, i) => (
            <li key={i}>{localize(e, i18n.language)}</li>
          ))}
        </ul>
        <h3>{t('item.references')}</h3>
        <ul>
          {item.references.map((r, i) => (
            <li key={i}>{`${r.framework} — ${r.item} (${r.year})`}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

import { memo, useState } from 'react';
import { useLabel } from '../i18n/labels';
import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import { referenceIndex } from '../../../core/model/references';
import type { Indicator, Risk } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';
import type { AppState } from '../store/types';

type Records = ReturnType<typeof referenceIndex>;
const indexes = new WeakMap<NonNullable<AppState['content']>, Records>();

/** The content's reference records by id, built once per content for every item that shows them. */
function recordsOf(content: AppState['content']): Records {
  if (!content) return new Map();
  let records = indexes.get(content);
  if (!records) indexes.set(content, (records = referenceIndex(content.questionnaire, content.library)));
  return records;
}

/**
 * Guidance, evidence examples and references, folded away until asked for (H toggles it). The
 * body is drawn the first time it is opened: a section shows a dozen items whose help is rarely
 * read, and their bodies were a fifth of the section's elements. Memoised: an answer does not change it.
 */
export const ItemHelp = memo(function ItemHelp({ item }: { item: Indicator | Risk }) {
  const { label } = useLabel();
  const [opened, setOpened] = useState(false);
  return (
    <details className="item-help" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{label('item.help')}</summary>
      {opened && <HelpBody item={item} />}
    </details>
  );
});

function HelpBody({ item }: { item: Indicator | Risk }) {
  const { t, i18n } = useTranslation();
  const records = recordsOf(useApp((s) => s.content));
  return (
    <div className="item-help-body">
      <p>{localize(item.guidance, i18n.language)}</p>
      <h3>{t('item.evidenceExamples')}</h3>
      <ul>
        {item.evidence.map((e, i) => (
          <li key={i}>{localize(e, i18n.language)}</li>
        ))}
      </ul>
      <h3>{t('item.references')}</h3>
      <ul className="item-references">
        {item.references.map((c, i) => {
          const r = records.get(c.ref);
          // The URL is shown as text: the app is offline, and a reader copies it to a browser.
          return (
            <li key={i}>
              {r ? <cite>{r.title}</cite> : c.ref}
              {r && `. ${r.publisher}, ${r.year}.`}
              {r?.url && <span className="reference-url"> {r.url}</span>}
              {r?.doi && <span className="reference-url"> doi:{r.doi}</span>}
              {c.locator && <span className="reference-locator"> — {c.locator}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

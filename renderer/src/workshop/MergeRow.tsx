import { memo, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { MergeItem } from '../../../core/workshop/merge';
import type { Answer, Respondent } from '../../../core/model/schema/assessment';
import type { Item } from '../../../core/model/schema/questionnaire';
import { DataTable } from '../components/DataTable';
import { useApp } from '../store';
import { isRightToLeft } from '../../../locales';
import { describeAnswer, groupPositions, positionKey } from './answers';

/** Names shown inline before "and N more" (every name is in the per-respondent table). */
const NAMES_SHOWN = 6;
/** Positions listed one by one; beyond this (free-text profile answers, risks) the table below has them all. */
const POSITIONS_SHOWN = 8;
/** A risk with more distinct rating combinations than this is shown as a distribution per dimension. */
const RISK_POSITIONS_LISTED = 4;
const DIMENSIONS = [
  ['likelihood', 'results.heatLikelihood'],
  ['impact', 'results.heatImpact'],
  ['preparedness', 'risk.preparedness'],
] as const;

interface RowProps {
  item: MergeItem;
  definition: Item;
  number: number;
  title: string;
  respondents: ReadonlyMap<string, Respondent>;
  onDecide: (itemId: string) => void;
}

function Names({ ids, respondents }: { ids: readonly string[]; respondents: ReadonlyMap<string, Respondent> }) {
  const { t, i18n } = useTranslation();
  const names = ids.slice(0, NAMES_SHOWN).map((id) => respondents.get(id)?.name ?? id);
  const more = ids.length - names.length;
  // In a right-to-left interface each (often Latin) name is isolated, so the list itself reads from the right.
  const list = isRightToLeft(i18n.language) ? names.map((n) => `\u2068${n}\u2069`).join('، ') : names.join(', ');
  return <span className="position-names">{more > 0 ? t('workshop.merge.namesMore', { names: list, count: more }) : list}</span>;
}

function spreadText(item: MergeItem, t: ReturnType<typeof useTranslation>['t']): string {
  if (item.riskSpread) {
    const part = (v: number | null) => (v === null ? '—' : String(v));
    return t('workshop.merge.riskSpread', { likelihood: part(item.riskSpread.likelihood), impact: part(item.riskSpread.impact), preparedness: part(item.riskSpread.preparedness) });
  }
  return item.spread === null ? t('workshop.merge.noSpread') : t('workshop.merge.spread', { count: item.spread });
}

/** How many respondents gave each value of each risk dimension: readable with 50 respondents, where the combinations are not. */
function RiskDistribution({ item, headingId }: { item: MergeItem; headingId: string }) {
  const { t } = useTranslation();
  const counts = DIMENSIONS.map(([d]) => {
    const row = [0, 0, 0, 0, 0];
    for (const e of item.entries) if (e.answer?.kind === 'risk' && e.answer[d] !== undefined) row[e.answer[d]! - 1]! += 1;
    return row;
  });
  const most = Math.max(1, ...counts.flat());
  return (
    <table className="data-table risk-distribution" aria-labelledby={`${headingId}-dist ${headingId}`}>
      <caption id={`${headingId}-dist`} className="visually-hidden">
        {t('workshop.merge.distribution')}
      </caption>
      <thead>
        <tr>
          <td />
          {[1, 2, 3, 4, 5].map((v) => (
            <th scope="col" key={v}>
              {v}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map(([d, label], i) => (
          <tr key={d} data-dimension={d}>
            <th scope="row">{t(label)}</th>
            {counts[i]!.map((n, v) => (
              <td key={v} className={n > 0 ? 'has-count' : undefined} style={n > 0 ? { ['--share' as string]: String(n / most) } : undefined}>
                {n > 0 ? n : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every respondent's own answer, with notes; rendered only while open (50 respondents × every row would be a lot). */
function EachAnswer({ item, definition, respondents, note, headingId }: { item: MergeItem; definition: Item; respondents: ReadonlyMap<string, Respondent>; note: string; headingId: string }) {
  const { t, i18n } = useTranslation();
  const resolveItem = useApp((s) => s.resolveItem);
  const announce = useApp((s) => s.announce);
  const confidence = (a: Answer | null) => {
    const level = a && a.kind !== 'profile' ? a.confidence : undefined;
    return level ? t(`item.confidence${level[0]!.toUpperCase()}${level.slice(1)}`) : '—';
  };
  const extra = (a: Answer | null, field: 'notes' | 'evidence') => (a && a.kind !== 'profile' ? a[field] : undefined) ?? '';
  const decideButton = (e: MergeItem['entries'][number]) => {
    const a = e.answer;
    if (!a) return null;
    const name = respondents.get(e.respondent)?.name ?? e.respondent;
    return (
      <button
        type="button"
        data-use={e.respondent}
        onClick={() => {
          resolveItem(item.itemId, a, note);
          announce(t('workshop.merge.decidedAnnounce', { answer: describeAnswer(a, definition, t, i18n.language) }));
        }}
      >
        {t('workshop.merge.use')}
        <span className="visually-hidden">{` ${t('workshop.merge.useWhose', { name })}`}</span>
      </button>
    );
  };
  return (
    <DataTable
      rows={item.entries}
      rowId={(e) => e.respondent}
      idAttribute="respondent"
      rowHeader={{
        header: t('workshop.merge.respondent'),
        cell: (e) => {
          const r = respondents.get(e.respondent);
          return (
            <>
              {r?.name ?? e.respondent}
              {r?.agency ? <span className="muted small block normal">{r.agency}</span> : null}
            </>
          );
        },
      }}
      columns={[
        { header: t('workshop.merge.answer'), cell: (e) => describeAnswer(e.answer, definition, t, i18n.language) },
        { header: t('item.confidence'), cell: (e) => confidence(e.answer) },
        { header: t('item.notes'), className: 'pre-wrap', cell: (e) => extra(e.answer, 'notes') },
        { header: t('workshop.merge.evidence'), className: 'pre-wrap', cell: (e) => extra(e.answer, 'evidence') },
        { header: <span className="visually-hidden">{t('workshop.respondents.actions')}</span>, cell: decideButton },
      ]}
      labelledBy={headingId}
      className="each-answer"
    />
  );
}

/** One question on the merge screen: positions side by side, spread, consensus, and the facilitator's decision. */
export const MergeRow = memo(function MergeRow({ item, definition, number, title, respondents, onDecide }: RowProps) {
  const { t, i18n } = useTranslation();
  const resolveItem = useApp((s) => s.resolveItem);
  const clearItemResolution = useApp((s) => s.clearItemResolution);
  const announce = useApp((s) => s.announce);
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const { positions, blank } = useMemo(() => groupPositions(item.entries), [item.entries]);
  const lang = i18n.language;
  const headingId = `merge-${item.itemId}`;
  const noteId = `note-${item.itemId}`;
  const resolved = item.status === 'resolved';
  const note = draft ?? item.resolution?.note ?? '';
  const chosenKey = resolved && item.consensus ? positionKey(item.consensus) : null;
  const decidable = item.status === 'conflict' || resolved;
  const describe = (a: Answer | null) => describeAnswer(a, definition, t, lang);
  const isRisk = definition.type === 'risk';
  // A risk's rating combinations are listed only while few; otherwise the distribution tells it better.
  const limit = isRisk ? (positions.length > RISK_POSITIONS_LISTED ? 0 : RISK_POSITIONS_LISTED) : POSITIONS_SHOWN;
  const listed = positions.slice(0, limit);
  const hidden = positions.length - listed.length;

  const choose = (answer: Answer) => {
    resolveItem(item.itemId, answer, note);
    setDraft(null);
    announce(t('workshop.merge.decidedAnnounce', { answer: describe(answer) }));
  };

  let consensusLine: string;
  if (resolved) consensusLine = item.consensus ? t('workshop.merge.decided', { answer: describe(item.consensus) }) : t('workshop.merge.decidedNone');
  else if (item.status === 'agreed') consensusLine = t('workshop.merge.agreed', { answer: describe(item.consensus) });
  else if (item.status === 'conflict')
    consensusLine = item.suggestion
      ? t(definition.type === 'indicator' || definition.type === 'risk' ? 'workshop.merge.suggestMedian' : 'workshop.merge.suggestCommon', { answer: describe(item.suggestion) })
      : t('workshop.merge.noConsensus');
  else consensusLine = t('workshop.merge.nobody');

  return (
    <article className={`merge-item status-${item.status}`} data-merge-item={item.itemId} data-status={item.status} aria-labelledby={headingId}>
      <div className="merge-head">
        <h4 id={headingId} className="merge-title">
          <span className="item-number">{number}.</span> {title}
        </h4>
        <span className={`merge-status status-${item.status}`}>{t(`workshop.merge.status.${item.status}`)}</span>
      </div>
      <p className="muted small merge-meta">
        {t('workshop.merge.answeredBy', { count: item.answered, total: item.entries.length })} · {spreadText(item, t)}
      </p>
      {isRisk && <RiskDistribution item={item} headingId={headingId} />}
      {listed.length > 0 && (
        <ul className="positions" aria-label={t('workshop.merge.positions')}>
          {listed.map((p) => {
            const chosen = chosenKey === p.key;
            return (
              <li key={p.key} className={`position${chosen ? ' chosen' : ''}`} data-position={p.key}>
                <span className="position-answer">{describe(p.answer)}</span>
                <span className="position-count">
                  <span className="meter" aria-hidden="true">
                    <span style={{ width: `${(100 * p.respondents.length) / item.entries.length}%` }} />
                  </span>
                  {t('workshop.merge.people', { count: p.respondents.length })}
                </span>
                <Names ids={p.respondents} respondents={respondents} />
                {decidable && (
                  <button type="button" className="position-choose" aria-pressed={chosen} onClick={() => choose(p.answer)}>
                    {t('workshop.merge.choose')}
                    <span className="visually-hidden">{` ${describe(p.answer)}`}</span>
                  </button>
                )}
              </li>
            );
          })}
          {blank.length > 0 && (
            <li className="position blank">
              <span className="position-answer">{t('workshop.answer.none')}</span>
              <span className="position-count">
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${(100 * blank.length) / item.entries.length}%` }} />
                </span>
                {t('workshop.merge.people', { count: blank.length })}
              </span>
              <Names ids={blank} respondents={respondents} />
            </li>
          )}
        </ul>
      )}
      {hidden > 0 && <p className="muted small">{t(listed.length === 0 ? 'workshop.merge.combinations' : 'workshop.merge.morePositions', { count: hidden })}</p>}
      {decidable && item.suggestion && hidden > 0 && (
        <div className="row">
          <button type="button" className="position-choose" data-action="choose-suggestion" aria-pressed={chosenKey !== null && chosenKey === positionKey(item.suggestion)} onClick={() => choose(item.suggestion!)}>
            {t('workshop.merge.chooseSuggestion')}
            <span className="visually-hidden">{` ${describe(item.suggestion)}`}</span>
          </button>
        </div>
      )}
      <p className={`consensus-line${resolved ? ' is-decided' : ''}`} data-testid="consensus">
        {consensusLine}
        {resolved && item.resolution?.note ? <span className="decision-note">{` ${t('workshop.merge.because', { note: item.resolution.note })}`}</span> : null}
      </p>
      <div className="decide-tools">
        {decidable && (
          <div className="field inline note-field">
            <label htmlFor={noteId}>{t('workshop.merge.note')}</label>
            <input id={noteId} value={note} maxLength={2000} onChange={(e) => setDraft(e.target.value)} />
            {resolved && draft !== null && draft !== (item.resolution?.note ?? '') && (
              <button
                type="button"
                onClick={() => {
                  resolveItem(item.itemId, item.consensus, draft);
                  setDraft(null);
                  announce(t('workshop.merge.noteSaved'));
                }}
              >
                {t('workshop.merge.saveNote')}
              </button>
            )}
          </div>
        )}
        <div className="row">
          <button type="button" data-action="decide" onClick={() => onDecide(item.itemId)}>
            {item.status === 'agreed' ? t('workshop.merge.override') : t('workshop.merge.other')}
            <span className="visually-hidden">{` (${number}. ${title})`}</span>
          </button>
          {resolved && (
            <button
              type="button"
              data-action="withdraw"
              onClick={() => {
                clearItemResolution(item.itemId);
                setDraft(null);
                announce(t('workshop.merge.withdrawn'));
              }}
            >
              {t('workshop.merge.withdraw')}
              <span className="visually-hidden">{` (${number}. ${title})`}</span>
            </button>
          )}
        </div>
      </div>
      {item.answered > 0 && (
        <details className="each" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('workshop.merge.each', { count: item.entries.length })}</summary>
          {open && <EachAnswer item={item} definition={definition} respondents={respondents} note={note} headingId={headingId} />}
        </details>
      )}
    </article>
  );
});

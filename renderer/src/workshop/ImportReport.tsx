import { useTranslation } from '../i18n/use-translation';
import type { Identity, IdentityConflict } from '../../../core/workshop/merge';
import type { Message } from '../../../core/model/message';
import { itemTitle } from '../../../core/model/questionnaire';
import { ProblemDetails } from '../components/ProblemDetails';
import { useFormat } from '../hooks/useFormat';
import { messageText, problemDetails, titlesFrom } from '../lib/problems';
import { useApp } from '../store';
import { itemIndex } from './useWorkshopMerge';
import type { WorkshopImport } from './workshop-state';

/** The respondent's name as the files or the assessment give it, with the id when that is all there is. */
function nameOf(result: WorkshopImport, respondents: readonly { id: string; name: string }[], id: string | null): string {
  if (id === null) return '';
  return result.read.find((r) => r.respondent.id === id)?.respondent.name ?? respondents.find((r) => r.id === id)?.name ?? id;
}

/** The last import, in plain words: who now counts, what was refused or left out, and why. */
export function ImportReportView() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const result = useApp((s) => s.lastImport);
  const respondents = useApp((s) => s.assessment?.respondents);
  const q = useApp((s) => s.content?.questionnaire);
  const dismiss = useApp((s) => s.dismissImport);
  const decide = useApp((s) => s.decideIdentity);
  const assessmentId = useApp((s) => s.assessment?.id);
  // The report belongs to the assessment the files went into, not to one opened since.
  if (!result || !q || result.assessmentId !== assessmentId) return null;
  const { report } = result;
  const who = (id: string | null) => nameOf(result, respondents ?? [], id);
  const fileOf = (i: number) => result.read[i]?.file ?? '';

  // Times in the reader's format; everything else as core worded it.
  const say = (m: Message) => messageText(typeof m.params.exportedAt === 'string' ? { ...m, params: { ...m.params, exportedAt: format.dateTime(m.params.exportedAt) } } : m);
  const titles = titlesFrom([q]);
  const person = (i: Identity) => `${i.name} (${i.agency || '—'})`;
  const conflictText = (c: IdentityConflict) =>
    c.held
      ? t('workshop.import.conflictHeld', { id: c.respondent, claimed: person(c.claimed), held: person(c.held) })
      : t('workshop.import.conflictBatch', { id: c.respondent, claimed: person(c.claimed), files: c.otherFiles.map(fileOf).join(', ') });
  const index = itemIndex(q);
  const droppedBy = new Map<string, { itemId: string; reason: Message }[]>();
  for (const d of report.dropped) droppedBy.set(d.respondent, [...(droppedBy.get(d.respondent) ?? []), { itemId: d.itemId, reason: d.reason }]);
  const itemName = (id: string) => {
    const item = index.get(id)?.item;
    return item ? itemTitle(item, i18n.language) : id;
  };
  const replaced = new Set(report.replaced);
  const fresh = report.imported.filter((id) => !replaced.has(id));
  const refusedCount = report.refused.length + result.unreadable.length;
  const waiting = report.conflicts.filter((c) => result.waiting[c.file]);

  return (
    <div className="import-report" data-testid="import-report">
      <div className="import-report-head">
        <h4 id="import-report-title" tabIndex={-1}>
          {t('workshop.import.reportTitle')}
        </h4>
        <button type="button" className="link-button" onClick={dismiss}>
          {t('app.dismiss')}
        </button>
      </div>
      <p className="strong" data-testid="import-summary">
        {t('workshop.import.summaryFiles', { count: result.files.length })} {t('workshop.import.summaryAdded', { count: fresh.length })} {t('workshop.import.summaryReplaced', { count: report.replaced.length })}{' '}
        {t('workshop.import.summaryUnchanged', { count: report.unchanged.length })} {t('workshop.import.summaryRefused', { count: refusedCount })}
      </p>
      {!result.changed && report.unchanged.length > 0 && refusedCount === 0 && <p>{t('workshop.import.nothingChanged')}</p>}
      <ul className="import-list">
        {report.imported.map((id) => {
          const read = result.read.find((r) => r.respondent.id === id);
          return (
            <li key={`in-${id}`} data-imported={id}>
              {t(replaced.has(id) ? 'workshop.import.lineReplaced' : 'workshop.import.lineAdded', {
                name: who(id),
                agency: read?.respondent.agency || '—',
                file: read?.file ?? '',
                time: read ? format.dateTime(read.exportedAt) : '',
              })}
            </li>
          );
        })}
        {report.unchanged.map((id) => (
          <li key={`same-${id}`} data-unchanged={id}>
            {t('workshop.import.lineUnchanged', { name: who(id) })}
          </li>
        ))}
        {report.keptExistingAs && <li data-kept={report.keptExistingAs}>{t('workshop.import.lineKept', { name: who(report.keptExistingAs) })}</li>}
      </ul>
      {refusedCount > 0 && (
        <>
          <h5>{t('workshop.import.refusedTitle')}</h5>
          <ul className="import-list refused">
            {report.refused.map((r) => (
              <li key={`ref-${r.file}`} data-refused={fileOf(r.file)}>
                <span className="strong">{fileOf(r.file)}</span>
                {r.respondent ? ` (${who(r.respondent)})` : ''}: {say(r.reason)}
              </li>
            ))}
            {result.unreadable.map((u) => (
              <li key={`bad-${u.file}`} data-refused={u.file}>
                <span className="strong">{u.file}</span>: {t('workshop.import.unreadable')} {u.problems[0] && <span className="muted">({messageText(u.problems[0], titles)})</span>}
                <ProblemDetails lines={problemDetails(u.problems)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {waiting.length > 0 && (
        <>
          <h5>{t('workshop.import.conflictsTitle')}</h5>
          <ul className="import-list conflicts">
            {waiting.map((c) => (
              <li key={`who-${c.file}`} data-conflict={fileOf(c.file)}>
                <span className="strong">{fileOf(c.file)}</span>: {conflictText(c)}
                <div className="row">
                  <button type="button" onClick={() => decide(c.file, 'same')}>
                    {t('workshop.import.decideSame')}
                  </button>
                  <button type="button" onClick={() => decide(c.file, 'separate')}>
                    {t('workshop.import.decideSeparate')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {droppedBy.size > 0 && (
        <>
          <h5>{t('workshop.import.droppedTitle')}</h5>
          <ul className="import-list">
            {[...droppedBy.entries()].map(([id, list]) => (
              <li key={`drop-${id}`} data-dropped={id}>
                {t('workshop.import.droppedLine', { name: who(id), count: list.length })}
                <ul>
                  {list.map((d) => (
                    <li key={d.itemId}>
                      {itemName(d.itemId)}: {say(d.reason)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.notices.length > 0 && (
        <>
          <h5>{t('workshop.import.noticesTitle')}</h5>
          <ul className="import-list">
            {report.notices.map((n, i) => (
              <li key={`n-${i}`} data-notice={n.kind}>
                <span className="strong">{fileOf(n.file)}</span>: {say(n.message)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

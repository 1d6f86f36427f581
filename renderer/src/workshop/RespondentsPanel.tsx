import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Respondent } from '../../../core/model/schema/assessment';
import { DataTable } from '../components/DataTable';
import { Dialog } from '../components/Dialog';
import { useFormat } from '../hooks/useFormat';
import { useApp } from '../store';
import { ImportReportView } from './ImportReport';
import { freeRespondentId } from './workshop';
import type { FileOutcome, RespondentInput } from './workshop-state';

/** Name, agency, role and id; the id follows the name and agency until typed by hand. */
function RespondentFields({ value, onChange, idFixed, idAuto }: { value: RespondentInput; onChange: (v: RespondentInput, idTyped?: boolean) => void; idFixed: boolean; idAuto: boolean }) {
  const { t } = useTranslation();
  const base = useId();
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor={`${base}-name`}>
          {t('workshop.respondents.name')}
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <input id={`${base}-name`} required maxLength={200} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${base}-agency`}>{t('workshop.respondents.agency')}</label>
        <input id={`${base}-agency`} maxLength={300} value={value.agency} onChange={(e) => onChange({ ...value, agency: e.target.value })} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${base}-role`}>{t('workshop.respondents.role')}</label>
        <input id={`${base}-role`} maxLength={200} value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value })} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${base}-id`}>{t('workshop.respondents.id')}</label>
        <input
          id={`${base}-id`}
          className="mono"
          maxLength={80}
          value={value.id}
          readOnly={idFixed}
          aria-describedby={`${base}-id-help`}
          onChange={(e) => onChange({ ...value, id: e.target.value.toLowerCase() }, true)}
          spellCheck={false}
          autoComplete="off"
        />
        <p id={`${base}-id-help`} className="muted small">
          {idFixed ? t('workshop.respondents.idFixedHelp') : idAuto ? t('workshop.respondents.idAutoHelp') : t('workshop.respondents.idHelp')}
        </p>
      </div>
    </div>
  );
}

const EMPTY: RespondentInput = { id: '', name: '', agency: '', role: '' };
const NO_RESPONDENTS: Respondent[] = [];

function AddRespondent() {
  const { t } = useTranslation();
  const respondents = useApp((s) => s.assessment?.respondents ?? NO_RESPONDENTS);
  const addRespondent = useApp((s) => s.addRespondent);
  const announce = useApp((s) => s.announce);
  const [value, setValue] = useState<RespondentInput>(EMPTY);
  const [idTyped, setIdTyped] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (v: RespondentInput, typed = false) => {
    const auto = !typed && !idTyped;
    setIdTyped(idTyped || typed);
    setValue(auto ? { ...v, id: v.name.trim() ? freeRespondentId(v.name, v.agency, respondents) : '' } : v);
    setProblem(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = addRespondent(value);
    setProblem(found);
    if (!found) {
      announce(t('workshop.respondents.added', { name: value.name.trim() }));
      setValue(EMPTY);
      setIdTyped(false);
    }
  };
  return (
    <form className="card workshop-card" onSubmit={submit} aria-labelledby="add-respondent-title" data-testid="add-respondent">
      <h3 id="add-respondent-title">{t('workshop.respondents.addTitle')}</h3>
      <RespondentFields value={value} onChange={change} idFixed={false} idAuto={!idTyped} />
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {t('workshop.respondents.add')}
      </button>
    </form>
  );
}

function EditRespondent({ respondent, onClose }: { respondent: Respondent; onClose: () => void }) {
  const { t } = useTranslation();
  const held = useApp((s) => respondent.id in (s.assessment?.responses ?? {}));
  const updateRespondent = useApp((s) => s.updateRespondent);
  const [value, setValue] = useState<RespondentInput>({ id: respondent.id, name: respondent.name, agency: respondent.agency, role: respondent.role });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = updateRespondent(respondent.id, value);
    setProblem(found);
    if (!found) onClose();
  };
  return (
    <Dialog title={t('workshop.respondents.editTitle', { name: respondent.name })} onClose={onClose}>
      <form onSubmit={submit}>
        <RespondentFields
          value={value}
          onChange={(v) => {
            setValue(v);
            setProblem(null);
          }}
          idFixed={held}
          idAuto={false}
        />
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            {t('workshop.respondents.saveChanges')}
          </button>
          <button type="button" onClick={onClose}>
            {t('workshop.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RemoveRespondent({ respondent, onClose }: { respondent: Respondent; onClose: () => void }) {
  const { t } = useTranslation();
  const count = useApp((s) => Object.keys(s.assessment?.responses[respondent.id] ?? {}).length);
  const deleteRespondent = useApp((s) => s.deleteRespondent);
  const announce = useApp((s) => s.announce);
  return (
    <Dialog title={t('workshop.respondents.removeTitle', { name: respondent.name })} onClose={onClose}>
      <p>{count > 0 ? t('workshop.respondents.removeWithAnswers', { name: respondent.name, count }) : t('workshop.respondents.removeNoAnswers', { name: respondent.name })}</p>
      <p className="muted">{t('workshop.respondents.removeUndo')}</p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            deleteRespondent(respondent.id);
            announce(t('workshop.respondents.removed', { name: respondent.name }));
            onClose();
          }}
        >
          {t('workshop.respondents.removeConfirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('workshop.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

export function outcomeText(outcome: FileOutcome, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (outcome.kind === 'saved') return t('workshop.saved', { name: outcome.name });
  if (outcome.kind === 'cancelled') return t('workshop.notSaved');
  return t('workshop.saveFailed', { reason: outcome.reason });
}

function RespondentTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const respondents = useApp((s) => s.assessment?.respondents);
  const responses = useApp((s) => s.assessment?.responses);
  const exportResponse = useApp((s) => s.exportResponse);
  const [editing, setEditing] = useState<Respondent | null>(null);
  const [removing, setRemoving] = useState<Respondent | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  if (!respondents || !responses) return null;
  const workshop = Object.keys(responses).length > 0;

  const doExport = async (r: Respondent) => {
    setStatus(null);
    const outcome = await exportResponse(r.id);
    setStatus({ text: outcomeText(outcome, t), error: outcome.kind === 'failed' });
  };
  // doExport() shows every outcome, failures included, in the status line: clicks do not wait for it (void).

  const answersCell = (r: Respondent) => {
    const held = responses[r.id];
    const count = held ? Object.keys(held).length : 0;
    if (held) return r.exportedAt ? t('workshop.respondents.heldExported', { count, time: format.dateTime(r.exportedAt) }) : t('workshop.respondents.held', { count });
    return workshop ? t('workshop.respondents.noneHeld') : t('workshop.respondents.thisComputer');
  };
  const actionsCell = (r: Respondent) => {
    const held = Boolean(responses[r.id]);
    return (
      <div className="row">
        {(held || !workshop) && (
          <button type="button" data-action="export" onClick={() => void doExport(r)}>
            {held ? t('workshop.respondents.exportHeld') : t('workshop.respondents.exportMine')}
            <span className="visually-hidden">{` (${r.name})`}</span>
          </button>
        )}
        <button type="button" data-action="edit" onClick={() => setEditing(r)}>
          {t('workshop.respondents.edit')}
          <span className="visually-hidden">{` (${r.name})`}</span>
        </button>
        <button type="button" data-action="remove" onClick={() => setRemoving(r)}>
          {t('workshop.respondents.remove')}
          <span className="visually-hidden">{` (${r.name})`}</span>
        </button>
      </div>
    );
  };

  return (
    <>
      {respondents.length === 0 ? (
        <p className="muted" data-testid="no-respondents">
          {t('workshop.respondents.none')}
        </p>
      ) : (
        <DataTable
          rows={respondents}
          rowId={(r) => r.id}
          idAttribute="respondent"
          rowHeader={{
            header: t('workshop.respondents.nameRole'),
            cell: (r) => (
              <>
                {r.name}
                {r.role ? <span className="block muted small normal">{r.role}</span> : null}
              </>
            ),
          }}
          columns={[
            { header: t('workshop.respondents.agency'), cell: (r) => r.agency },
            { header: t('workshop.respondents.id'), className: 'mono', cell: (r) => r.id },
            { col: 'answers', header: t('workshop.respondents.answers'), cell: answersCell },
            { header: t('workshop.respondents.actions'), className: 'actions-cell', cell: actionsCell },
          ]}
          labelledBy="respondents-title"
          testId="respondents-table"
          className="respondents-table"
        />
      )}
      <p role="status" className={status?.error ? 'error-text' : 'muted'} data-testid="respondent-status">
        {status?.text ?? ''}
      </p>
      {editing && <EditRespondent respondent={editing} onClose={() => setEditing(null)} />}
      {removing && <RemoveRespondent respondent={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const importResponseFiles = useApp((s) => s.importResponseFiles);
  const setTab = useApp((s) => s.setWorkshopTab);
  const hasResponses = useApp((s) => Object.keys(s.assessment?.responses ?? {}).length > 0);
  const [busy, setBusy] = useState(false);
  const importFiles = async () => {
    setBusy(true);
    try {
      const result = await importResponseFiles();
      if (result) requestAnimationFrame(() => document.getElementById('import-report-title')?.focus());
    } finally {
      setBusy(false);
    }
  };
  // importResponseFiles() reports unreadable files in its result and a failed pick as a notice: the click does not wait (void).
  return (
    <section className="card workshop-card" aria-labelledby="import-title">
      <h3 id="import-title">{t('workshop.import.title')}</h3>
      <p>{t('workshop.import.explain')}</p>
      <div className="row">
        <button type="button" className="primary" aria-busy={busy} disabled={busy} data-testid="import-responses" onClick={() => void importFiles()}>
          {t('workshop.import.button')}
        </button>
        {hasResponses && (
          <button type="button" onClick={() => setTab('merge')}>
            {t('workshop.import.toMerge')}
          </button>
        )}
      </div>
      <ImportReportView />
    </section>
  );
}

export function RespondentsPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="respondents-title" className="workshop-panel">
      <h2 id="respondents-title">{t('workshop.respondents.title')}</h2>
      <div className="workshop-howto">
        <p>
          <strong>{t('workshop.respondents.respondentHowTitle')}</strong> {t('workshop.respondents.respondentHow')}
        </p>
        <p>
          <strong>{t('workshop.respondents.facilitatorHowTitle')}</strong> {t('workshop.respondents.facilitatorHow')}
        </p>
      </div>
      <div className="workshop-grid">
        <ImportCard />
        <AddRespondent />
      </div>
      <h3 id="respondent-list-title">{t('workshop.respondents.listTitle')}</h3>
      <RespondentTable />
    </section>
  );
}

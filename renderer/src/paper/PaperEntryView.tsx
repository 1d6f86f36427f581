import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import { activeSections, itemTitle } from '../../../core/model/questionnaire';
import type { Item } from '../../../core/model/schema/questionnaire';
import { EMPTY_LINE, cellAccepts, lineFields, paperAnswers, paperItems, type PaperField, type PaperLine } from '../../../core/workshop/paper-entry';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { useApp } from '../store';
import { outcomeText } from '../workshop/RespondentsPanel';
import { freeRespondentId } from '../workshop/workshop';
import type { FileOutcome, PaperDraft } from '../workshop/workshop-state';

/*
 * Paper answers typed in, keyboard only: the respondent and the parts they
 * answered first, then one line per item (Tab moves cell to cell, Enter to
 * the next line), a running summary, and the response file the workshop
 * imports like any other.
 */

const NEW = '';

/** Who answered on paper, and which parts: a respondent already listed, or a new one. */
function RespondentStep({ draft, onDone }: { draft: PaperDraft | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const assessment = useApp((s) => s.assessment);
  const questionnaire = useApp((s) => s.content?.questionnaire);
  const setDraft = useApp((s) => s.setPaperDraft);
  const respondents = useMemo(() => assessment?.respondents ?? [], [assessment]);
  const sections = useMemo(() => (questionnaire && assessment ? activeSections(questionnaire, assessment.modules) : []), [questionnaire, assessment]);
  const [listed, setListed] = useState(draft && respondents.some((r) => r.id === draft.respondent.id) ? draft.respondent.id : NEW);
  const [name, setName] = useState(draft?.respondent.name ?? '');
  const [agency, setAgency] = useState(draft?.respondent.agency ?? '');
  const [role, setRole] = useState(draft?.respondent.role ?? '');
  const [chosen, setChosen] = useState<string[]>(draft?.sections ?? []);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (id: string) => {
    setListed(id);
    const r = respondents.find((x) => x.id === id);
    setName(r?.name ?? '');
    setAgency(r?.agency ?? '');
    setRole(r?.role ?? '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setProblem(t('paper.entry.problemName'));
    if (chosen.length === 0) return setProblem(t('paper.entry.problemSections'));
    const id = listed !== NEW ? listed : draft && draft.respondent.name === name.trim() && draft.respondent.agency === agency.trim() ? draft.respondent.id : freeRespondentId(name, agency, respondents);
    const order = sections.map((s) => s.id).filter((s) => chosen.includes(s));
    setDraft({ respondent: { id, name: name.trim(), agency: agency.trim(), role: role.trim() }, sections: order, lines: draft?.lines ?? {} });
    onDone();
  };

  return (
    <form className="card paper-respondent" onSubmit={submit} aria-labelledby={`${base}-title`} data-testid="paper-respondent">
      <h2 id={`${base}-title`}>{t('paper.entry.respondentTitle')}</h2>
      {respondents.length > 0 && (
        <div className="field">
          <label htmlFor={`${base}-listed`}>{t('paper.entry.listed')}</label>
          <select id={`${base}-listed`} value={listed} onChange={(e) => pick(e.target.value)}>
            <option value={NEW}>{t('paper.entry.someoneNew')}</option>
            {respondents.map((r) => (
              <option key={r.id} value={r.id}>
                {r.agency ? `${r.name} (${r.agency})` : r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${base}-name`}>{t('workshop.respondents.name')}</label>
          <input id={`${base}-name`} autoFocus required maxLength={200} value={name} readOnly={listed !== NEW} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${base}-agency`}>{t('workshop.respondents.agency')}</label>
          <input id={`${base}-agency`} maxLength={300} value={agency} readOnly={listed !== NEW} onChange={(e) => setAgency(e.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${base}-role`}>{t('workshop.respondents.role')}</label>
          <input id={`${base}-role`} maxLength={200} value={role} readOnly={listed !== NEW} onChange={(e) => setRole(e.target.value)} autoComplete="off" />
        </div>
      </div>
      <fieldset className="paper-sections">
        <legend>{t('paper.entry.sections')}</legend>
        {sections.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, s.id] : chosen.filter((x) => x !== s.id))} data-section={s.id} />
            {localize(s.title, i18n.language)}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" data-testid="paper-start">
        {t('paper.entry.start')}
      </button>
    </form>
  );
}

/** The hint a line's cell shows: what it takes. */
function cellHint(item: Item, field: PaperField): string {
  if (field === 'note') return '';
  if (field === 'confidence') return 'l m h';
  if (field === 'likelihood' || field === 'impact') return '1–5 d';
  if (item.type === 'indicator' || item.type === 'risk') return '1–5 d n';
  if (item.type === 'text') return '';
  return item.type === 'multi' ? `1–${item.options?.length ?? 0} …` : `1–${item.options?.length ?? 0}`;
}

const CELL_SIZE: Record<PaperField, number | undefined> = { answer: 3, likelihood: 1, impact: 1, confidence: 1, note: undefined };

function Line({ item, line, onChange }: { item: Item; line: PaperLine; onChange: (field: PaperField, value: string) => void }) {
  const { t, i18n } = useTranslation();
  const fields = lineFields(item);
  const title = itemTitle(item, i18n.language);
  const cell = (field: PaperField, span = 1) => {
    if (!fields.includes(field)) return <td key={field} />;
    const value = line[field];
    const wide = field === 'note' || (field === 'answer' && item.type !== 'indicator' && item.type !== 'risk');
    return (
      <td key={field} colSpan={span}>
        <input
          className={wide ? 'paper-cell paper-wide' : 'paper-cell'}
          data-item={item.id}
          data-field={field}
          value={value}
          size={CELL_SIZE[field]}
          maxLength={wide ? 2000 : 1}
          placeholder={cellHint(item, field)}
          aria-label={`${item.id}: ${t(`paper.entry.field.${field === 'answer' && item.type === 'risk' ? 'preparedness' : field}`)}`}
          aria-invalid={!cellAccepts(item, field, value) || undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(field, e.target.value)}
        />
      </td>
    );
  };
  const profile = item.type !== 'indicator' && item.type !== 'risk';
  return (
    <tr data-line={item.id}>
      <th scope="row" className="paper-question" title={title}>
        <span className="paper-code">{item.id}</span> {title}
      </th>
      {profile ? (
        <>
          <td />
          <td />
          {cell('answer', 3)}
        </>
      ) : (
        <>
          {cell('likelihood')}
          {cell('impact')}
          {cell('answer')}
          {cell('confidence')}
          {cell('note')}
        </>
      )}
    </tr>
  );
}

/** Enter moves to the first cell of the next line (Shift+Enter: the line before); Tab moves cell by cell as usual. */
function moveByLine(e: KeyboardEvent<HTMLTableElement>) {
  if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
  e.preventDefault();
  const rows = [...e.currentTarget.querySelectorAll<HTMLTableRowElement>('tr[data-line]')];
  const at = rows.findIndex((r) => r.contains(e.target as Node));
  const next = rows[at + (e.shiftKey ? -1 : 1)];
  if (next) next.querySelector<HTMLInputElement>('input')?.focus();
  else if (!e.shiftKey) document.querySelector<HTMLButtonElement>('[data-testid="paper-save"]')?.focus();
}

function LinesStep({ draft, onEditRespondent }: { draft: PaperDraft; onEditRespondent: () => void }) {
  const { t, i18n } = useTranslation();
  const questionnaire = useApp((s) => s.content!.questionnaire);
  const setDraft = useApp((s) => s.setPaperDraft);
  const saveResponse = useApp((s) => s.savePaperResponse);
  const go = useApp((s) => s.go);
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  const first = useRef<HTMLTableSectionElement>(null);
  const sections = questionnaire.sections.filter((s) => draft.sections.includes(s.id));
  const items = useMemo(() => paperItems(questionnaire, draft.sections), [questionnaire, draft.sections]);
  const { summary } = useMemo(() => paperAnswers(items, draft.lines), [items, draft.lines]);

  useEffect(() => first.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  const change = (itemId: string, field: PaperField, value: string) => {
    setOutcome(null);
    const line = { ...(draft.lines[itemId] ?? EMPTY_LINE), [field]: value };
    setDraft({ ...draft, lines: { ...draft.lines, [itemId]: line } });
  };
  const save = async () => setOutcome(await saveResponse());
  const who = draft.respondent.agency ? `${draft.respondent.name} (${draft.respondent.agency})` : draft.respondent.name;

  return (
    <>
      <div className="paper-who row">
        <p className="strong" data-testid="paper-who">
          {t('paper.entry.typingFor', { who })}
        </p>
        <button type="button" onClick={onEditRespondent}>
          {t('paper.entry.change')}
        </button>
      </div>
      <p className="muted" id="paper-keys">
        {t('paper.entry.keys')}
      </p>
      <div className="paper-table-wrap">
        <table className="paper-table" aria-describedby="paper-keys" onKeyDown={moveByLine}>
          <thead>
            <tr>
              <th scope="col">{t('paper.entry.column.question')}</th>
              <th scope="col" className="col-rating">
                {t('paper.entry.column.likelihood')}
              </th>
              <th scope="col" className="col-rating">
                {t('paper.entry.column.impact')}
              </th>
              <th scope="col" className="col-rating">
                {t('paper.entry.column.stage')}
              </th>
              <th scope="col" className="col-confidence">
                {t('paper.entry.column.confidence')}
              </th>
              <th scope="col" className="col-note">
                {t('paper.entry.column.note')}
              </th>
            </tr>
          </thead>
          {sections.map((section, i) => (
            <tbody key={section.id} ref={i === 0 ? first : undefined}>
              <tr className="paper-section">
                <th scope="rowgroup" colSpan={6}>
                  {localize(section.title, i18n.language)}
                </th>
              </tr>
              {section.items.map((item) => (
                <Line key={item.id} item={item} line={draft.lines[item.id] ?? EMPTY_LINE} onChange={(field, value) => change(item.id, field, value)} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <section className="card paper-summary" aria-labelledby="paper-summary-title">
        <h2 id="paper-summary-title">{t('paper.entry.summaryTitle')}</h2>
        <p data-testid="paper-summary" aria-live="polite">
          {t('paper.entry.summary', { answered: summary.answered, dontKnow: summary.dontKnow, notApplicable: summary.notApplicable, blank: summary.blank })}
        </p>
        {summary.problems.length > 0 && (
          <ul className="error-text" data-testid="paper-problems">
            {summary.problems.map((p) => (
              <li key={p.itemId}>{t('paper.entry.problemCell', { code: p.itemId })}</li>
            ))}
          </ul>
        )}
        <div className="row">
          {/* save() shows every outcome in the status line: the click does not wait for it. */}
          <button type="button" className="primary" data-testid="paper-save" onClick={() => void save()}>
            {t('paper.entry.save')}
          </button>
          <button type="button" onClick={() => setDraft(null)}>
            {t('paper.entry.another')}
          </button>
          <button type="button" onClick={() => go('workshop')}>
            {t('paper.entry.back')}
          </button>
        </div>
        <p role="status" className={outcome?.kind === 'failed' ? 'error-text' : 'muted'} data-testid="paper-status">
          {outcome ? (outcome.kind === 'saved' ? t('paper.entry.saved', { name: outcome.name }) : outcomeText(outcome, t)) : ''}
        </p>
      </section>
    </>
  );
}

/** The data-entry screen for paper answers. */
export function PaperEntryView() {
  const { t } = useTranslation();
  const draft = useApp((s) => s.paperDraft);
  const [editing, setEditing] = useState(draft === null);
  const heading = useScreenHeading();
  return (
    <div className="paper-entry">
      <h1 ref={heading} tabIndex={-1}>
        {t('paper.entry.title')}
      </h1>
      <p className="lead">{t('paper.entry.intro')}</p>
      {draft === null || editing ? <RespondentStep draft={draft} onDone={() => setEditing(false)} /> : <LinesStep draft={draft} onEditRespondent={() => setEditing(true)} />}
    </div>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { suggestedFileName } from '../../../core/model/assessment-file';
import { unstatedMeta, type StatedField } from '../../../core/model/meta';
import { REPORT_LANGUAGES, REPORT_SECTIONS, type ReportLanguage, type ReportSectionId } from '../../../core/report';
import { useFormat } from '../hooks/useFormat';
import { useApp } from '../store';
import { baselineFor, useResults } from '../store/results';
import { ReportCancelled, generateReport } from './generate';
import { PrintOptions, type Paper } from './PrintOptions';
import { REPORT_NAMESPACE } from './i18n';
import type { ReportFormat, ReportStage } from './protocol';

type Status = { kind: 'idle' } | { kind: 'busy'; stage: 'starting' | ReportStage | 'saving'; format: ReportFormat; fraction?: number } | { kind: 'done' | 'error'; text: string };

/** Resolves once the next frame has been painted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** "Generate report" (PDF) and "Save as Word document": options, progress while the worker renders, then save through the platform. */
export function ReportPanel() {
  const { t, i18n } = useTranslation(REPORT_NAMESPACE);
  const numbers = useFormat();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const platform = useApp((s) => s.platform);
  const updateAssessment = useApp((s) => s.updateAssessment);
  // A baseline loaded on the workshop page for this assessment adds the "progress since" section.
  const baseline = useApp(baselineFor);
  const results = useResults();
  // The report is in the assessment's language unless the user picks another here.
  const preferred = (assessment?.meta.language ?? i18n.language) as ReportLanguage;
  const [language, setLanguage] = useState<ReportLanguage>(REPORT_LANGUAGES.includes(preferred) ? preferred : 'en');
  const [paper, setPaper] = useState<Paper>('a4');
  const [sections, setSections] = useState<ReportSectionId[]>([...REPORT_SECTIONS]);
  const [confidentiality, setConfidentiality] = useState(assessment?.meta.confidentiality ?? '');
  // A workshop merged from response files alone may not name its institution or country yet: asked here, never printed as a placeholder.
  const [who, setWho] = useState<Record<StatedField, string>>({ institution: '', country: '' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const generateButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const running = useRef<AbortController | null>(null);
  if (!content || !assessment || !results) return null;
  const asked = unstatedMeta(assessment.meta);

  const generate = async (format: ReportFormat) => {
    if (sections.length === 0) return setStatus({ kind: 'error', text: t('noSections') });
    const empty = asked.find((field) => who[field].trim() === '');
    if (empty) {
      document.getElementById(`report-${empty}`)?.focus();
      return setStatus({ kind: 'error', text: t('whoMissing') });
    }
    // Progress shows at once: the request is copied to the worker only after this frame is painted.
    setStatus({ kind: 'busy', stage: 'starting', format });
    // The buttons are disabled while the report is made: the focus waits on the status line, which ends with the outcome.
    statusLine.current?.focus();
    const controller = (running.current = new AbortController());
    await afterPaint();
    // The mark is remembered with the assessment, so the next report (and a merged workshop) carries it.
    const mark = confidentiality.trim();
    const stated = Object.fromEntries(asked.map((field) => [field, who[field].trim()]));
    const meta = { ...assessment.meta, ...stated, confidentiality: mark };
    if (asked.length > 0 || mark !== assessment.meta.confidentiality) updateAssessment((a) => ({ ...a, meta: { ...a.meta, ...stated, confidentiality: mark } }));
    try {
      const options = { language, paper, sections, confidentiality: mark, generatedAt: new Date().toISOString() };
      const onProgress = (stage: ReportStage, fraction?: number) => setStatus({ kind: 'busy', stage, format, fraction });
      const file = await generateReport({ content, assessment: { ...assessment, meta }, results, baseline, options, format }, onProgress, controller.signal);
      setStatus({ kind: 'busy', stage: 'saving', format });
      const saved = await platform.saveFile({ kind: format, data: file, suggestedName: suggestedFileName({ ...assessment, meta }, `-${language}.${format}`) });
      setStatus(saved ? { kind: 'done', text: t('saved', { name: saved.name }) } : { kind: 'done', text: t('cancelled') });
    } catch (error) {
      if (error instanceof ReportCancelled) {
        setStatus({ kind: 'done', text: t('stopped') });
        // The Cancel button goes away: keep the keyboard focus in the panel.
        requestAnimationFrame(() => generateButton.current?.focus());
        return;
      }
      setStatus({ kind: 'error', text: t('failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  };
  const busy = status.kind === 'busy';
  // pdfmake tells how much of the drawing is done; the other steps have no measure, so the bar runs without a value.
  const drawn = status.kind === 'busy' && status.stage === 'render' && status.format === 'pdf' ? (status.fraction ?? 0) : undefined;

  return (
    <section className="card report-panel" aria-labelledby="report-title">
      <h2 id="report-title">{t('title')}</h2>
      <p className="muted">{t('explain')}</p>
      {asked.length > 0 && (
        <fieldset className="field report-who" data-testid="report-who">
          <legend>{t('who')}</legend>
          <p className="muted small">{t('whoExplain')}</p>
          {asked.map((field) => (
            <label key={field} className="field">
              <span>{t(field)}</span>
              <input id={`report-${field}`} required aria-required="true" maxLength={field === 'institution' ? 300 : 120} value={who[field]} onChange={(e) => setWho({ ...who, [field]: e.target.value })} />
            </label>
          ))}
        </fieldset>
      )}
      <div className="report-options">
        <PrintOptions labels={{ language: t('language'), paper: t('paper') }} language={language} paper={paper} onLanguage={setLanguage} onPaper={setPaper} />
        <label className="field">
          <span>{t('confidentiality')}</span>
          <input value={confidentiality} onChange={(e) => setConfidentiality(e.target.value)} aria-describedby="confidentiality-hint" />
          <small id="confidentiality-hint" className="muted">
            {t('confidentialityHint')}
          </small>
        </label>
      </div>
      <fieldset className="field report-sections">
        <legend>{t('sections')}</legend>
        {REPORT_SECTIONS.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" checked={sections.includes(id)} onChange={(e) => setSections(e.target.checked ? [...sections, id] : sections.filter((s) => s !== id))} />
            {t(`section.${id}`)}
          </label>
        ))}
      </fieldset>
      <div className="report-actions">
        {/* generate() reports every outcome in the status line, so the click does not wait for it. */}
        <button ref={generateButton} type="button" className="primary" onClick={() => void generate('pdf')} disabled={busy} aria-busy={busy}>
          {t('generate')}
        </button>
        <button type="button" onClick={() => void generate('docx')} disabled={busy} aria-busy={busy}>
          {t('saveDocx')}
        </button>
        {busy && status.stage !== 'saving' && (
          <button type="button" onClick={() => running.current?.abort()}>
            {t('cancel')}
          </button>
        )}
        {busy && <progress className="report-progress" max={1} value={drawn} aria-labelledby="report-status" />}
      </div>
      <p role="status" id="report-status" ref={statusLine} tabIndex={-1} className={status.kind === 'error' ? 'error-text' : 'muted'} data-testid="report-status">
        {status.kind === 'busy' ? t(`stage.${stageKey(status.stage, status.format)}`, { percent: numbers.percent(drawn ?? 0) }) : status.kind === 'idle' ? '' : status.text}
      </p>
    </section>
  );
}

/** The Word copy words its writing and saving steps as its own. */
function stageKey(stage: 'starting' | ReportStage | 'saving', format: ReportFormat): string {
  return format === 'docx' && (stage === 'render' || stage === 'saving') ? `${stage}Docx` : stage;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedFileName } from '../../../core/model/assessment-file';
import { REPORT_LANGUAGES, REPORT_SECTIONS, type ReportLanguage, type ReportSectionId } from '../../../core/report';
import { UI_LANGUAGES } from '../i18n';
import { useApp } from '../store';
import { baselineFor, useResults } from '../store/results';
import { generateReportPdf } from './generate';
import { REPORT_NAMESPACE } from './i18n';
import type { ReportStage } from './protocol';

type Status = { kind: 'idle' } | { kind: 'busy'; stage: ReportStage | 'saving' } | { kind: 'done' | 'error'; text: string };

/** "Generate report": options, progress while the worker renders, then save through the platform. */
export function ReportPanel() {
  const { t, i18n } = useTranslation(REPORT_NAMESPACE);
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
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [sections, setSections] = useState<ReportSectionId[]>([...REPORT_SECTIONS]);
  const [confidentiality, setConfidentiality] = useState(assessment?.meta.confidentiality ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!content || !assessment || !results) return null;

  const generate = async () => {
    if (sections.length === 0) return setStatus({ kind: 'error', text: t('noSections') });
    // The mark is remembered with the assessment, so the next report (and a merged workshop) carries it.
    const mark = confidentiality.trim();
    if (mark !== assessment.meta.confidentiality) updateAssessment((a) => ({ ...a, meta: { ...a.meta, confidentiality: mark } }));
    try {
      const options = { language, paper, sections, confidentiality: mark, generatedAt: new Date().toISOString() };
      const pdf = await generateReportPdf({ content, assessment, results, baseline, options }, (stage) => setStatus({ kind: 'busy', stage }));
      setStatus({ kind: 'busy', stage: 'saving' });
      const saved = await platform.saveFile({ kind: 'pdf', data: pdf, suggestedName: suggestedFileName(assessment, `-${language}.pdf`) });
      setStatus(saved ? { kind: 'done', text: t('saved', { name: saved.name }) } : { kind: 'done', text: t('cancelled') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const busy = status.kind === 'busy';

  return (
    <section className="card report-panel" aria-labelledby="report-title">
      <h2 id="report-title">{t('title')}</h2>
      <p className="muted">{t('explain')}</p>
      <div className="report-options">
        <label className="field">
          <span>{t('language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as ReportLanguage)}>
            {UI_LANGUAGES.filter((l) => REPORT_LANGUAGES.includes(l.code)).map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('paper')}</span>
          <select value={paper} onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')}>
            <option value="a4">{t('a4')}</option>
            <option value="letter">{t('letter')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('confidentiality')}</span>
          <input value={confidentiality} onChange={(e) => setConfidentiality(e.target.value)} aria-describedby="confidentiality-hint" />
          <small id="confidentiality-hint" className="muted">{t('confidentialityHint')}</small>
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
      <button type="button" className="primary" onClick={() => void generate()} disabled={busy} aria-busy={busy}>
        {t('generate')}
      </button>
      <p role="status" className={status.kind === 'error' ? 'error-text' : 'muted'} data-testid="report-status">
        {status.kind === 'busy' ? t(`stage.${status.stage}`) : status.kind === 'idle' ? '' : status.text}
      </p>
    </section>
  );
}

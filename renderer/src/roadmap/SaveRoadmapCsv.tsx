import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { suggestedFileName } from '../../../core/model/assessment-file';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../core/report/language';
import { roadmapCsv } from '../../../core/report/roadmap-csv';
import { reportTranslator } from '../../../locales';
import { useApp } from '../store';
import { useResults } from '../store/results';

/** "Save roadmap as spreadsheet (CSV)": every action with its costs, funding and KPI, in the interface language. */
export function SaveRoadmapCsv() {
  const { t, i18n } = useTranslation();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const platform = useApp((s) => s.platform);
  const results = useResults();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  if (!content || !assessment || !results) return null;

  const save = async () => {
    const language: ReportLanguage = REPORT_LANGUAGES.includes(i18n.language as ReportLanguage) ? (i18n.language as ReportLanguage) : 'en';
    try {
      const data = roadmapCsv(content, results, language, await reportTranslator(language));
      const saved = await platform.saveFile({ kind: 'roadmap', data, suggestedName: suggestedFileName(assessment, `-roadmap-${language}.csv`) });
      setStatus({ error: false, text: saved ? t('roadmap.csv.saved', { name: saved.name }) : t('roadmap.csv.notSaved') });
    } catch (error) {
      setStatus({ error: true, text: t('roadmap.csv.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div className="row">
      <button type="button" onClick={() => void save()}>
        {t('roadmap.csv.save')}
      </button>
      <p role="status" className={status?.error ? 'error-text' : 'muted'} data-testid="roadmap-csv-status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useApp } from '../store';
import { outcomeText } from './RespondentsPanel';

/** Answers as CSV for spreadsheets, and the assessment file itself as JSON. */
export function ExportPanel() {
  const { t } = useTranslation();
  const exportCsv = useApp((s) => s.exportCsv);
  const exportJson = useApp((s) => s.exportJson);
  const isProtected = useApp((s) => s.cipher !== null);
  const respondents = useApp((s) => Object.keys(s.assessment?.responses ?? {}).length);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const run = async (action: typeof exportCsv) => {
    setStatus(null);
    const outcome = await action();
    setStatus({ text: outcomeText(outcome, t), error: outcome.kind === 'failed' });
  };
  // run() shows every outcome, failures included, in the status line: clicks do not wait for it (void).
  return (
    <section aria-labelledby="export-title" className="workshop-panel">
      <h2 id="export-title">{t('workshop.export.title')}</h2>
      {isProtected && (
        <p className="notice notice-info" data-testid="export-unprotected">
          {t('workshop.export.unprotected')}
        </p>
      )}
      <div className="workshop-grid">
        <section className="card workshop-card" aria-labelledby="export-csv-title">
          <h3 id="export-csv-title">{t('workshop.export.csvTitle')}</h3>
          <p>{respondents > 0 ? t('workshop.export.csvExplainWorkshop', { count: respondents }) : t('workshop.export.csvExplain')}</p>
          <button type="button" className="primary" data-testid="export-csv" onClick={() => void run(exportCsv)}>
            {t('workshop.export.csvButton')}
          </button>
        </section>
        <section className="card workshop-card" aria-labelledby="export-json-title">
          <h3 id="export-json-title">{t('workshop.export.jsonTitle')}</h3>
          <p>{t('workshop.export.jsonExplain')}</p>
          <button type="button" data-testid="export-json" onClick={() => void run(exportJson)}>
            {t('workshop.export.jsonButton')}
          </button>
        </section>
      </div>
      <p role="status" className={status?.error ? 'error-text' : 'muted'} data-testid="export-status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../core/report';
import { errorText } from '../lib/problems';
import { generateBlankQuestionnaire } from '../report/generate';
import { PrintOptions, type Paper } from '../report/PrintOptions';
import { useApp } from '../store';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; error: boolean };

/** The workshop's paper mode: print the blank questionnaire, and type the answers that come back. */
export function PaperPanel() {
  const { t, i18n } = useTranslation();
  const questionnaire = useApp((s) => s.content?.questionnaire);
  const platform = useApp((s) => s.platform);
  const go = useApp((s) => s.go);
  const preferred = useApp((s) => s.assessment?.meta.language ?? i18n.language) as ReportLanguage;
  const [language, setLanguage] = useState<ReportLanguage>(REPORT_LANGUAGES.includes(preferred) ? preferred : 'en');
  const [paper, setPaper] = useState<Paper>('a4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const print = async () => {
    if (!questionnaire) return;
    setStatus({ kind: 'busy' });
    try {
      const data = await generateBlankQuestionnaire(questionnaire, { language, paper, generatedAt: new Date().toISOString() });
      const saved = await platform.saveFile({ kind: 'pdf', data, suggestedName: `${questionnaire.id}-blank-questionnaire-${language}.pdf` });
      setStatus(saved ? { kind: 'done', text: t('paper.blank.saved', { name: saved.name }), error: false } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'done', text: t('paper.blank.failed', { reason: errorText(error) }), error: true });
    }
  };

  return (
    <section aria-labelledby="paper-title" className="workshop-panel">
      <h2 id="paper-title">{t('paper.title')}</h2>
      <p>{t('paper.intro')}</p>
      <div className="workshop-grid">
        <section className="card workshop-card" aria-labelledby="paper-blank-title">
          <h3 id="paper-blank-title">{t('paper.blank.title')}</h3>
          <p>{t('paper.blank.explain')}</p>
          <div className="report-options">
            <PrintOptions labels={{ language: t('paper.blank.language'), paper: t('paper.blank.paper') }} language={language} paper={paper} onLanguage={setLanguage} onPaper={setPaper} />
          </div>
          {/* print() shows every outcome in the status line: the click does not wait for it. */}
          <button type="button" className="primary" data-testid="print-blank" disabled={status.kind === 'busy'} onClick={() => void print()}>
            {t('paper.blank.button')}
          </button>
          <p role="status" className={status.kind === 'done' && status.error ? 'error-text' : 'muted'} data-testid="print-blank-status">
            {status.kind === 'busy' ? t('paper.blank.busy') : status.kind === 'done' ? status.text : ''}
          </p>
        </section>
        <section className="card workshop-card" aria-labelledby="paper-entry-title">
          <h3 id="paper-entry-title">{t('paper.entry.cardTitle')}</h3>
          <p>{t('paper.entry.cardExplain')}</p>
          <button type="button" className="primary" data-testid="open-paper-entry" onClick={() => go('paper-entry')}>
            {t('paper.entry.open')}
          </button>
        </section>
      </div>
    </section>
  );
}

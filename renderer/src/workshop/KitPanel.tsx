import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../core/report';
import type { KitDays } from '../../../core/report/kit';
import { useApp } from '../store';
import { generateKit } from '../report/generate';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'error'; text: string };

/** "Print the facilitator's kit": the agenda, roles, sign-in sheet and consent note as one PDF, in the interface's language. */
export function KitPanel() {
  const { t, i18n } = useTranslation();
  const platform = useApp((s) => s.platform);
  const institution = useApp((s) => s.assessment?.meta.institution ?? '');
  const [days, setDays] = useState<KitDays>('1');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const language: ReportLanguage = (REPORT_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as ReportLanguage) : 'en';

  const print = async () => {
    setStatus({ kind: 'busy' });
    try {
      const file = await generateKit({ language, paper: 'a4', days, institution, generatedAt: new Date().toISOString() });
      const saved = await platform.saveFile({ kind: 'pdf', data: file, suggestedName: t('workshop.kit.fileName', { days, language }) });
      setStatus({ kind: 'done', text: saved ? t('workshop.saved', { name: saved.name }) : t('workshop.notSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('workshop.saveFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const busy = status.kind === 'busy';

  return (
    <section className="card workshop-kit" aria-labelledby="kit-title">
      <h2 id="kit-title">{t('workshop.kit.title')}</h2>
      <p className="muted">{t('workshop.kit.explain')}</p>
      <div className="report-actions">
        <label className="field">
          <span>{t('workshop.kit.days')}</span>
          <select value={days} onChange={(e) => setDays(e.target.value as KitDays)} data-testid="kit-days">
            <option value="1">{t('workshop.kit.oneDay')}</option>
            <option value="2">{t('workshop.kit.twoDays')}</option>
          </select>
        </label>
        {/* print() reports every outcome in the status line, so the click does not wait for it. */}
        <button type="button" onClick={() => void print()} disabled={busy} aria-busy={busy} data-testid="kit-print">
          {t('workshop.kit.print')}
        </button>
      </div>
      <p role="status" className={status.kind === 'error' ? 'error-text' : 'muted'} data-testid="kit-status">
        {status.kind === 'busy' ? t('workshop.kit.busy') : status.kind === 'idle' ? '' : status.text}
      </p>
    </section>
  );
}

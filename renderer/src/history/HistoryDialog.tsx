import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../components/Dialog';
import { useFormat } from '../hooks/useFormat';
import { useApp } from '../store';

/** The version history of the automatic copy, newest first, each state restorable. */
export function HistoryDialog() {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useApp((s) => s.history);
  const listHistory = useApp((s) => s.listHistory);
  const restore = useApp((s) => s.restoreHistory);
  const closeDialog = useApp((s) => s.closeDialog);
  useEffect(() => {
    void listHistory();
  }, [listHistory]);

  return (
    <Dialog title={t('history.title')} onClose={() => closeDialog('history')} className="history-dialog">
      <p className="muted">{t('history.intro')}</p>
      {history === null ? null : history.length === 0 ? (
        <p data-testid="history-empty">{t('history.empty')}</p>
      ) : (
        <ol className="history-list" data-testid="history-list">
          {history.map((entry) => (
            <li key={entry.id} data-history={entry.id} className="row">
              <span className="strong">{format.dateTime(entry.savedAt)}</span>
              <span>
                {entry.summary
                  ? t('history.summary', { institution: entry.summary.institution || '—', country: entry.summary.country || '—', count: entry.summary.answers })
                  : t(entry.encrypted ? 'history.protected' : 'history.unknown')}
              </span>
              <button type="button" onClick={() => void restore(entry.id)} aria-label={t('history.restoreLabel', { time: format.dateTime(entry.savedAt) })}>
                {t('history.restore')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}

import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../components/Dialog';
import { useApp } from '../store';

/**
 * Asked before anything replaces work that is not in a file: save it first,
 * discard it (it stays in the version history), or cancel.
 */
export function ConsentDialog() {
  const { t } = useTranslation();
  const consent = useApp((s) => s.consent);
  const answer = useApp((s) => s.answerConsent);
  if (!consent) return null;
  const recovery = consent.reason === 'discard-recovery';
  return (
    <Dialog title={t('consent.title')} onClose={() => void answer('cancel')} className="consent-dialog">
      <p className="strong" data-testid="consent-text">
        {t(recovery ? 'consent.unsavedRecovery' : 'consent.unsaved')}
      </p>
      <p>{t(`consent.reason.${consent.reason}`)}</p>
      <p className="muted">{t('consent.history')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void answer('save')}>
          {t('consent.save')}
        </button>
        <button type="button" onClick={() => void answer('discard')}>
          {t('consent.discard')}
        </button>
        <button type="button" onClick={() => void answer('cancel')}>
          {t('consent.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/model/crypto';
import { Dialog } from '../components/Dialog';
import { useApp } from '../store';
import { PROTECTION_NAMESPACE } from './i18n';

/** Sets, changes or removes the passphrase of the open assessment. */
export function ProtectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(PROTECTION_NAMESPACE);
  const protectedNow = useApp((s) => s.cipher !== null);
  const protect = useApp((s) => s.protect);
  const unprotect = useApp((s) => s.unprotect);
  const setNotice = useApp((s) => s.setNotice);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== repeat) return setProblem(t('mismatch'));
    setBusy(true);
    const result = await protect(passphrase);
    setBusy(false);
    if (result) return setProblem(result);
    setNotice({ tone: 'info', text: t('applied') });
    onClose();
  };
  const remove = async () => {
    await unprotect();
    setNotice({ tone: 'info', text: t('removed') });
    onClose();
  };

  // The store reports protection failures as a problem or as the autosave's error: the form does not wait (void).
  return (
    <Dialog title={protectedNow ? t('manageTitle') : t('protectTitle')} onClose={onClose}>
      <p>{protectedNow ? t('manageExplain') : t('protectExplain')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="protect-passphrase">{t('passphrase')}</label>
          <input id="protect-passphrase" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} required aria-describedby="passphrase-hint" />
          {/* The rule is said before the first try, not only once a short passphrase is refused. */}
          <small id="passphrase-hint" className="muted">
            {t('passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
          </small>
        </div>
        <label className="field">
          <span>{t('repeat')}</span>
          <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
        </label>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('working') : protectedNow ? t('change') : t('apply')}
          </button>
          {protectedNow && (
            <button type="button" onClick={() => void remove()}>
              {t('remove')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { useApp } from '../store';
import { PROTECTION_NAMESPACE } from './i18n';

/** Asks for the passphrase of an encrypted file or autosave; the open work stays as it is until it succeeds. */
export function UnlockDialog() {
  const { t } = useTranslation(PROTECTION_NAMESPACE);
  const locked = useApp((s) => s.locked);
  const unlock = useApp((s) => s.unlock);
  const cancelUnlock = useApp((s) => s.cancelUnlock);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!locked) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await unlock(passphrase);
    setBusy(false);
    setProblem(result);
    if (!result) setPassphrase('');
  };

  // unlock() answers with a problem sentence instead of throwing: the form does not wait (void).
  return (
    <Dialog title={t('unlockTitle')} onClose={cancelUnlock}>
      <form onSubmit={(e) => void submit(e)}>
        <p>{t('unlockExplain', { name: locked.name })}</p>
        <label className="field">
          <span>{t('passphrase')}</span>
          <input type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} required autoFocus />
        </label>
        {problem && <p className="error-text" role="alert">{problem}</p>}
        <button type="submit" className="primary" disabled={busy}>{busy ? t('working') : t('unlock')}</button>
      </form>
    </Dialog>
  );
}

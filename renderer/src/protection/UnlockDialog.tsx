import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../components/Dialog';
import { PassphrasePrompt } from '../components/PassphrasePrompt';
import { useApp } from '../store';
import { PROTECTION_NAMESPACE } from './i18n';

/** Asks for the passphrase of an encrypted file or autosave; the open work stays as it is until it succeeds. */
export function UnlockDialog() {
  const { t } = useTranslation(PROTECTION_NAMESPACE);
  const locked = useApp((s) => s.locked);
  const unlock = useApp((s) => s.unlock);
  const cancelUnlock = useApp((s) => s.cancelUnlock);
  if (!locked) return null;
  return (
    <Dialog title={t('unlockTitle')} onClose={cancelUnlock}>
      <PassphrasePrompt unlock={unlock} inputId="unlock-passphrase" label={t('passphrase')} submitLabel={t('unlock')} busyLabel={t('working')} autoComplete="current-password" autoFocus>
        <p>{t('unlockExplain', { name: locked.name })}</p>
      </PassphrasePrompt>
    </Dialog>
  );
}

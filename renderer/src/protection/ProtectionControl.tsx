import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useApp } from '../store';
import { PROTECTION_NAMESPACE } from './i18n';
import { ProtectDialog } from './ProtectDialog';
import { UnlockDialog } from './UnlockDialog';

/** Header control for passphrase protection, and the passphrase prompt for encrypted files. */
export function ProtectionControl() {
  const { t } = useTranslation(PROTECTION_NAMESPACE);
  const hasAssessment = useApp((s) => s.assessment !== null);
  const isProtected = useApp((s) => s.cipher !== null);
  const [open, setOpen] = useState(false);
  // WebCrypto exists only in secure contexts (the desktop app, localhost); elsewhere protection is not offered.
  const available = Boolean(globalThis.crypto?.subtle);
  return (
    <>
      {hasAssessment && available && (
        <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} title={isProtected ? t('protectedHint') : undefined} data-testid="protection">
          {isProtected ? t('protected') : t('protect')}
        </button>
      )}
      {open && <ProtectDialog onClose={() => setOpen(false)} />}
      <UnlockDialog />
    </>
  );
}

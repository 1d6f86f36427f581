import { useTranslation } from 'react-i18next';
import { useApp } from '../store';

/** Says plainly where the work is: saved to a file, kept by autosave, or not yet safe. */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const saveStatus = useApp((s) => s.saveStatus);
  const file = useApp((s) => s.file);
  const autosavedAt = useApp((s) => s.autosavedAt);
  const autosaveError = useApp((s) => s.autosaveError);
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));

  let text: string;
  if (autosaveError) text = t('save.autosaveFailed', { reason: autosaveError });
  else if (saveStatus === 'saving') text = t('save.saving');
  else if (saveStatus === 'saved' && file) text = t('save.savedTo', { name: file.name });
  else if (saveStatus === 'error') text = t('save.failed');
  else if (autosavedAt) text = t('save.autosaved', { time: time(autosavedAt) });
  else text = t('save.notYet');

  return (
    <span className={`save-status save-${autosaveError || saveStatus === 'error' ? 'error' : saveStatus}`} role="status" data-testid="save-status">
      {text}
    </span>
  );
}

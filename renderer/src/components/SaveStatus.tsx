import { useTranslation } from '../i18n/use-translation';
import { useFormat } from '../hooks/useFormat';
import { useApp } from '../store';

/** Says plainly where the work is: saved to a file, kept by autosave, or not yet safe. */
export function SaveStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const saveStatus = useApp((s) => s.saveStatus);
  const file = useApp((s) => s.file);
  const autosavedAt = useApp((s) => s.autosavedAt);
  const autosaveError = useApp((s) => s.autosaveError);
  const pending = useApp((s) => s.autosavePending);

  let text: string;
  let tone: string;
  if (autosaveError) [text, tone] = [t('save.autosaveFailed', { reason: autosaveError }), 'error'];
  else if (saveStatus === 'saving') [text, tone] = [t('save.saving'), 'saving'];
  else if (saveStatus === 'saved' && file) [text, tone] = [t('save.savedTo', { name: file.name }), 'saved'];
  else if (saveStatus === 'error') [text, tone] = [t('save.failed'), 'error'];
  else if (pending) [text, tone] = [t('save.keeping'), 'unsaved'];
  else if (autosavedAt) [text, tone] = [t('save.autosaved', { time: format.time(autosavedAt) }), 'saved'];
  else [text, tone] = [t('save.notYet'), 'unsaved'];

  return (
    // Not a live region: routine autosaves would be read out after every answer. Failures are alerts.
    <span className={`save-status save-${tone}`} role={tone === 'error' ? 'alert' : undefined} data-testid="save-status" data-pending={pending || undefined}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

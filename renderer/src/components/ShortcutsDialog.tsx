import { useTranslation } from '../i18n/use-translation';
import { useApp } from '../store';
import { Dialog } from './Dialog';

const ROWS: { keys: string[]; text: string }[] = [
  { keys: ['1', '2', '3', '4', '5'], text: 'shortcuts.choose' },
  { keys: ['D'], text: 'shortcuts.dontKnow' },
  { keys: ['N'], text: 'shortcuts.notApplicable' },
  { keys: ['J'], text: 'shortcuts.next' },
  { keys: ['K'], text: 'shortcuts.previous' },
  { keys: ['H'], text: 'shortcuts.help' },
  { keys: ['Esc'], text: 'shortcuts.leave' },
  { keys: ['Ctrl+Z'], text: 'shortcuts.undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], text: 'shortcuts.redo' },
  { keys: ['?'], text: 'shortcuts.open' },
  { keys: ['F1'], text: 'help:guide.shortcut' },
  { keys: ['Esc'], text: 'shortcuts.close' },
];

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const closeDialog = useApp((s) => s.closeDialog);
  return (
    <Dialog title={t('shortcuts.title')} onClose={() => closeDialog('shortcuts')} className="shortcuts-dialog">
      <p>{t('shortcuts.intro')}</p>
      <table className="data-table shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.text}>
              <td className="keys">
                {row.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(row.text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('shortcuts.profile')}</p>
    </Dialog>
  );
}

import type { StoreApi } from 'zustand';
import { LanguageSchema } from '../../../core/model/schema/text';
import type { MenuCommand } from '../../../core/platform-methods';
import i18next from '../i18n';
import type { AppState } from '../store/types';
import type { ShellMenu } from '.';

/**
 * Keeps the desktop shell in step with the page: it learns the interface
 * language (for its dialogs and menu), and its menu's commands act here as
 * the page's own buttons do.
 */
export function connectShell(store: StoreApi<AppState>, menu: ShellMenu | null): void {
  const tell = (language: string) => {
    const parsed = LanguageSchema.safeParse(language);
    if (parsed.success)
      void store
        .getState()
        .platform.setInterfaceLanguage(parsed.data)
        .catch(() => undefined);
  };
  tell(i18next.language);
  i18next.on('languageChanged', tell);
  menu?.onMenuCommand((command: MenuCommand) => {
    const state = store.getState();
    if (command === 'open') void state.open();
    else if (command === 'save') void state.save();
    else if (command === 'saveAs') void state.save(true);
    else if (command === 'guide') state.openGuide();
    else state.openDialog('shortcuts');
  });
}

import type { MenuCommand } from '../../core/platform-methods';

/** The Electron roles the menu uses: the shell does the work (zoom, clipboard, quit…). */
type Role = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen' | 'reload' | 'toggleDevTools' | 'quit' | 'about' | 'hide' | 'hideOthers' | 'unhide';

/** A menu item as Electron's Menu.buildFromTemplate takes it, declared here so this file needs no Electron. */
export interface MenuItemTemplate {
  label?: string;
  role?: Role;
  type?: 'separator';
  accelerator?: string;
  /** False: the shortcut is shown but left to the page (its own undo of answers). */
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuOptions {
  /** Translates a catalog key in the interface language. */
  t: (key: string) => string;
  /** Packaged builds get no Reload and no developer tools. */
  isPackaged: boolean;
  /** process.platform: macOS keeps Quit and About in the application menu. */
  platform: string;
  /** Sends a command to the page, which acts as its own buttons do. */
  send: (command: MenuCommand) => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

/**
 * CapaMap's own application menu, translated: File (Open, Save, Save as,
 * Quit), Edit with the standard roles, View (zoom, full screen; Reload and
 * the developer tools only in development), Help (shortcuts, About).
 */
export function buildMenuTemplate({ t, isPackaged, platform, send }: MenuOptions): MenuItemTemplate[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemTemplate = {
    label: 'CapaMap',
    submenu: [
      { role: 'about', label: t('menu:help.about') },
      separator,
      { role: 'hide', label: t('menu:app.hide') },
      { role: 'hideOthers', label: t('menu:app.hideOthers') },
      { role: 'unhide', label: t('menu:app.unhide') },
      separator,
      { role: 'quit', label: t('menu:file.quit') },
    ],
  };
  const file: MenuItemTemplate = {
    label: t('menu:file.title'),
    submenu: [
      { label: t('menu:file.open'), accelerator: 'CmdOrCtrl+O', click: () => send('open') },
      { label: t('menu:file.save'), accelerator: 'CmdOrCtrl+S', click: () => send('save') },
      { label: t('menu:file.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => send('saveAs') },
      ...(mac ? [] : [separator, { role: 'quit' as const, label: t('menu:file.quit') }]),
    ],
  };
  const edit: MenuItemTemplate = {
    label: t('menu:edit.title'),
    submenu: [
      // The page undoes answers on these keys itself (and lets a text field undo its typing).
      { role: 'undo', label: t('menu:edit.undo'), registerAccelerator: false },
      { role: 'redo', label: t('menu:edit.redo'), registerAccelerator: false },
      separator,
      { role: 'cut', label: t('menu:edit.cut') },
      { role: 'copy', label: t('menu:edit.copy') },
      { role: 'paste', label: t('menu:edit.paste') },
      { role: 'selectAll', label: t('menu:edit.selectAll') },
    ],
  };
  const development: MenuItemTemplate[] = isPackaged ? [] : [separator, { role: 'reload', label: t('menu:view.reload') }, { role: 'toggleDevTools', label: t('menu:view.devTools') }];
  const view: MenuItemTemplate = {
    label: t('menu:view.title'),
    submenu: [
      { role: 'zoomIn', label: t('menu:view.zoomIn') },
      { role: 'zoomOut', label: t('menu:view.zoomOut') },
      { role: 'resetZoom', label: t('menu:view.resetZoom') },
      separator,
      { role: 'togglefullscreen', label: t('menu:view.fullScreen') },
      ...development,
    ],
  };
  const help: MenuItemTemplate = {
    label: t('menu:help.title'),
    submenu: [
      { label: t('menu:help.guide'), accelerator: 'F1', click: () => send('guide') },
      { label: t('menu:help.shortcuts'), click: () => send('shortcuts') },
      ...(mac ? [] : [{ role: 'about' as const, label: t('menu:help.about') }]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, help];
}

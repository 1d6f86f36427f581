import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../core/platform-methods';
import { buildMenuTemplate, type MenuItemTemplate } from '../../../electron/main/menu';
import { createTranslator } from '../../../locales';

async function menu(options: { language?: string; isPackaged?: boolean; platform?: string } = {}) {
  const i18n = await createTranslator(options.language ?? 'en');
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ t: (key) => i18n.t(key), isPackaged: options.isPackaged ?? true, platform: options.platform ?? 'linux', send: (c) => sent.push(c) });
  return { template, sent };
}

const flat = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
const roles = (items: MenuItemTemplate[]) => flat(items).flatMap((i) => (i.role ? [i.role] : []));
const submenu = (items: MenuItemTemplate[], label: string) => items.find((i) => i.label === label)!.submenu!;

describe('the application menu', () => {
  it('has File, Edit, View and Help, with File: Open, Save, Save as, Quit', async () => {
    const { template } = await menu();
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = submenu(template, 'File');
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator ?? i.role])).toEqual([
      ['Open…', 'CmdOrCtrl+O'],
      ['Save', 'CmdOrCtrl+S'],
      ['Save as…', 'CmdOrCtrl+Shift+S'],
      ['Quit CapaMap', 'quit'],
    ]);
  });

  it('sends Open, Save, Save as, the user guide and the shortcuts to the page', async () => {
    const { template, sent } = await menu();
    for (const item of flat(template)) item.click?.();
    expect(sent).toEqual(['open', 'save', 'saveAs', 'guide', 'shortcuts']);
  });

  it('opens the user guide from Help, with F1', async () => {
    const { template } = await menu();
    expect(submenu(template, 'Help')[0]).toMatchObject({ label: 'User guide', accelerator: 'F1' });
  });

  it('gives Edit the standard roles, leaving undo and redo keys to the page', async () => {
    const { template } = await menu();
    const edit = submenu(template, 'Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.filter((i) => i.registerAccelerator === false).map((i) => i.role)).toEqual(['undo', 'redo']);
  });

  it('zooms and goes full screen from View; a packaged build has no Reload and no developer tools', async () => {
    const packaged = await menu({ isPackaged: true });
    expect(roles(submenu(packaged.template, 'View'))).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(roles(packaged.template)).not.toContain('reload');
    expect(roles(packaged.template)).not.toContain('toggleDevTools');
    const development = await menu({ isPackaged: false });
    expect(roles(submenu(development.template, 'View'))).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'reload', 'toggleDevTools']);
  });

  it.each([
    ['fr', ['Fichier', 'Édition', 'Affichage', 'Aide'], 'Enregistrer sous…'],
    ['es', ['Archivo', 'Edición', 'Ver', 'Ayuda'], 'Guardar como…'],
    ['zh', ['文件', '编辑', '视图', '帮助'], '另存为…'],
  ])('speaks %s, every item labelled from the catalog', async (language, titles, saveAs) => {
    const { template } = await menu({ language });
    expect(template.map((m) => m.label)).toEqual(titles);
    expect(submenu(template, titles[0]!).map((i) => i.label)).toContain(saveAs);
    const english = flat((await menu()).template).map((i) => i.label);
    flat(template).forEach((item, i) => {
      if (item.type === 'separator') return;
      expect(item.label, `item ${i}`).toBeTruthy();
      expect(item.label, `item ${i} is translated`).not.toBe(english[i]);
    });
  });

  it('keeps Quit and About in the application menu on macOS', async () => {
    const { template } = await menu({ platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['CapaMap', 'File', 'Edit', 'View', 'Help']);
    expect(roles(template[0]!.submenu!)).toEqual(['about', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(submenu(template, 'File'))).toEqual([]);
    expect(roles(submenu(template, 'Help'))).toEqual([]);
  });
});

import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { LanguageSchema } from '../../core/model/schema/text';
import { PLATFORM_METHOD_NAMES, MENU_CHANNEL, channelOf } from '../../core/platform-methods';
import { CHECKED_MANIFEST } from '../../core/model/checked-manifest';
import { serveAppRequest } from './app-protocol';
import { createHandlers } from './handlers';
import { createDispatcher } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY, APP_SCHEME, decidePermission, isAllowedExternalUrl, isAllowedNavigation, isTrustedSenderUrl, secureWebPreferences } from './security';

// The only file besides the preload that touches Electron: it wires the plain-Node parts together.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererRoot = join(__dirname, '../renderer');
const bundledQuestionnaires = app.isPackaged ? join(process.resourcesPath, 'questionnaires') : join(__dirname, '../../questionnaires');

function registerIpc(window: BrowserWindow): void {
  const handlers = createHandlers({
    dialogs: {
      showOpenDialog: (options) => dialog.showOpenDialog(window, options),
      showSaveDialog: (options) => dialog.showSaveDialog(window, options),
    },
    bundledDir: bundledQuestionnaires,
    checkedManifest: join(rendererRoot, CHECKED_MANIFEST),
    userDataDir: app.getPath('userData'),
    documentsDir: app.getPath('documents'),
    // Our own menu, in the interface language: rebuilt whenever the page switches it.
    onLanguage: (t) => {
      const send = (command: string) => window.webContents.send(MENU_CHANNEL, command);
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ t, isPackaged: app.isPackaged, platform: process.platform, send })));
    },
  });
  // Until the page says otherwise, the system's language (when CapaMap speaks it).
  const system = LanguageSchema.safeParse(app.getLocale().slice(0, 2));
  void handlers.setInterfaceLanguage(system.success ? system.data : 'en');
  const dispatch = createDispatcher(handlers);
  for (const method of PLATFORM_METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      const sender = event.senderFrame?.url ?? '';
      if (!isTrustedSenderUrl(sender)) throw new Error('Request refused: it did not come from the CapaMap window.');
      return dispatch(method, args);
    });
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'CapaMap',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'), !app.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Handing the link to the system browser needs no answer; the window stays as it is either way.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // A page that fails to load shows in the window itself; nothing here can do better.
  void window.loadURL(APP_ENTRY);
  return window;
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

// One CapaMap at a time: two instances would overwrite each other's autosave.
const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) app.quit();

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
});

// Electron's entry point is a script: it starts the app once ready and has nothing to await it.
void app.whenReady().then(() => {
  if (!primaryInstance) return;
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request.url));
  registerIpc(createWindow());
});

app.on('window-all-closed', () => app.quit());

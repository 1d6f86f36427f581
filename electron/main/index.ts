import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { PLATFORM_METHOD_NAMES, channelOf } from '../../core/platform-methods';
import { serveAppRequest } from './app-protocol';
import { createHandlers } from './handlers';
import { createDispatcher } from './ipc';
import {
  APP_ENTRY,
  APP_SCHEME,
  decidePermission,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSenderUrl,
  secureWebPreferences,
} from './security';

// The only file besides the preload that touches Electron: it wires the plain-Node parts together.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererRoot = join(__dirname, '../renderer');
const bundledQuestionnaires = app.isPackaged
  ? join(process.resourcesPath, 'questionnaires')
  : join(__dirname, '../../questionnaires');

function registerIpc(window: BrowserWindow): void {
  const dispatch = createDispatcher(
    createHandlers({
      dialogs: {
        showOpenDialog: (options) => dialog.showOpenDialog(window, options),
        showSaveDialog: (options) => dialog.showSaveDialog(window, options),
      },
      bundledDir: bundledQuestionnaires,
      userDataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
    }),
  );
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
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
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

void app.whenReady().then(() => {
  if (!primaryInstance) return;
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request.url));
  registerIpc(createWindow());
});

app.on('window-all-closed', () => app.quit());

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildPlatformBridge, MENU_CHANNEL } from '../../core/platform-methods';

// Exposes exactly the platform contract and the menu's commands, nothing of ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  buildPlatformBridge(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (listener) => {
      const relay = (_event: IpcRendererEvent, command: unknown) => listener(command);
      ipcRenderer.on(MENU_CHANNEL, relay);
      return () => void ipcRenderer.removeListener(MENU_CHANNEL, relay);
    },
  ),
);

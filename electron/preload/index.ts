import { contextBridge, ipcRenderer } from 'electron';
import { buildPlatformBridge } from '../../core/platform-methods';

// Exposes exactly the platform contract, nothing of ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  buildPlatformBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);

// Bundled into an init script: builds window.api exactly as the preload does,
// with the page binding standing in for ipcRenderer.invoke, and
// window.__capamapMenu standing in for the main process sending a menu command.
import { buildPlatformBridge } from '../../core/platform-methods';

type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
const invoke = (globalThis as unknown as { __capamapInvoke: Invoke }).__capamapInvoke;
const listeners = new Set<(command: unknown) => void>();
Object.defineProperty(globalThis, '__capamapMenu', { value: (command: unknown) => listeners.forEach((listener) => listener(command)) });
Object.defineProperty(globalThis, 'api', {
  value: buildPlatformBridge(
    (channel, ...args) => invoke(channel, ...args),
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  ),
  enumerable: true,
});

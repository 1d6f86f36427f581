// Bundled into an init script: builds window.api exactly as the preload does,
// with the page binding standing in for ipcRenderer.invoke.
import { buildPlatformBridge } from '../../core/platform-methods';

type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
const invoke = (globalThis as unknown as { __capamapInvoke: Invoke }).__capamapInvoke;
Object.defineProperty(globalThis, 'api', { value: buildPlatformBridge((channel, ...args) => invoke(channel, ...args)), enumerable: true });

/**
 * Contract method names without any dependency, so the sandboxed preload
 * (and the e2e bridge that imitates it) stays tiny. `core/platform.ts` proves
 * this list matches the validated contract.
 */
export const PLATFORM_METHOD_NAMES = [
  'listQuestionnaires',
  'pickFiles',
  'storeQuestionnaire',
  'openAssessment',
  'saveFile',
  'autosave',
  'loadAutosave',
  'clearAutosave',
  'listHistory',
  'loadHistory',
  'resealHistory',
  'setInterfaceLanguage',
] as const;

export type PlatformMethodName = (typeof PLATFORM_METHOD_NAMES)[number];

/** IPC channel name of a method: one namespace, so the sender check is uniform. */
export const channelOf = (method: string): string => `capamap:${method}`;

/**
 * Commands the desktop application menu sends the page: the one message that
 * goes from main to the renderer. Anything else on the channel is ignored.
 */
export const MENU_COMMANDS = ['open', 'save', 'saveAs', 'shortcuts', 'guide'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'capamap:menu';

export const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);

/** Subscribes to the menu channel; returns how to unsubscribe. */
export type MenuSubscribe = (listener: (command: unknown) => void) => () => void;

export type PlatformBridge = Record<PlatformMethodName, (...args: unknown[]) => Promise<unknown>> & {
  /** Calls the listener with each menu command; returns how to stop. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** Builds the renderer-side API object from one invoke and one subscribe function (preload and e2e bridge share it). */
export function buildPlatformBridge(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>, subscribe: MenuSubscribe): PlatformBridge {
  const api = {} as PlatformBridge;
  for (const method of PLATFORM_METHOD_NAMES) api[method] = (...args) => invoke(channelOf(method), ...args);
  api.onMenuCommand = (listener) =>
    subscribe((command) => {
      if (isMenuCommand(command)) listener(command);
    });
  return Object.freeze(api);
}

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
  'saveAssessment',
  'autosave',
  'loadAutosave',
  'clearAutosave',
  'savePdf',
] as const;

export type PlatformMethodName = (typeof PLATFORM_METHOD_NAMES)[number];

/** IPC channel name of a method: one namespace, so the sender check is uniform. */
export const channelOf = (method: string): string => `capamap:${method}`;

/** Builds the renderer-side API object from one invoke function (preload and e2e bridge share it). */
export function buildPlatformBridge(
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>,
): Record<PlatformMethodName, (...args: unknown[]) => Promise<unknown>> {
  const api = {} as Record<PlatformMethodName, (...args: unknown[]) => Promise<unknown>>;
  for (const method of PLATFORM_METHOD_NAMES) api[method] = (...args) => invoke(channelOf(method), ...args);
  return Object.freeze(api);
}

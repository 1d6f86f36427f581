import { PLATFORM_ARGS, type PlatformApi, type PlatformMethod } from '../../core/platform';

const MAX_DETAIL = 200;

export type Dispatch = (method: string, args: unknown[]) => Promise<unknown>;

/**
 * The one typed entry to main-process handlers: checks the method exists,
 * validates its arguments with the contract's schema, then calls it. Used by
 * the IPC glue and by the e2e bridge alike.
 */
export function createDispatcher(handlers: PlatformApi): Dispatch {
  return async (method, args) => {
    if (typeof method !== 'string' || !Object.hasOwn(PLATFORM_ARGS, method)) {
      throw new Error(`Unknown operation "${String(method).replace(/\s+/g, ' ').slice(0, 80)}".`);
    }
    const key = method as PlatformMethod;
    const parsed = PLATFORM_ARGS[key].safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = `${issue?.path.join('.') || 'arguments'} ${issue?.message ?? ''}`.replace(/\s+/g, ' ').trim();
      // One short line, even when the offending key or value carries newlines or megabytes.
      throw new Error(`Invalid request to ${method}: ${detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail}`);
    }
    const handler = handlers[key] as (...a: unknown[]) => Promise<unknown>;
    return handler(...(parsed.data as unknown[]));
  };
}

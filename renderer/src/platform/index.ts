import type { PlatformApi } from '../../../core/platform';
import { createBrowserPlatform } from './browser';

declare global {
  interface Window {
    /** Set by the desktop preload (or the e2e bridge that imitates it). */
    api?: PlatformApi;
  }
}

export type Edition = 'desktop' | 'browser';

/** The desktop edition when the preload exposed the contract, otherwise the browser edition. */
export function detectPlatform(): { edition: Edition; api: PlatformApi } {
  return window.api ? { edition: 'desktop', api: window.api } : { edition: 'browser', api: createBrowserPlatform() };
}

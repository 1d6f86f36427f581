import type { PlatformApi } from '../../../core/platform';
import type { MenuCommand } from '../../../core/platform-methods';
import { createBrowserPlatform } from './browser';
import type { Edition } from './edition';

/** The desktop shell's application menu, as the page hears it. */
export interface ShellMenu {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Set by the desktop preload (or the e2e bridge that imitates it). */
    api?: PlatformApi & ShellMenu;
  }
}

/** The desktop edition (with its menu) when the preload exposed the contract, otherwise the browser edition. */
export function detectPlatform(): { edition: Edition; api: PlatformApi; menu: ShellMenu | null } {
  return window.api ? { edition: 'desktop', api: window.api, menu: window.api } : { edition: 'browser', api: createBrowserPlatform(), menu: null };
}

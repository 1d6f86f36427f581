/**
 * Electron security checklist as plain data and pure functions, so each item
 * is unit-tested without an Electron binary. Only index.ts applies them.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'capamap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** No remote anything: scripts, styles, fonts, workers and fetches come from the app itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * Sent with every response of the app, errors included. No other page may
 * frame it (clickjacking: the browser edition is served over HTTP):
 * frame-ancestors works only in a header, never in the page's meta CSP, and
 * X-Frame-Options covers browsers that predate it.
 */
export const RESPONSE_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
} as const;

/** `devTools`: only in development (`!app.isPackaged`); a packaged build cannot open them. */
export function secureWebPreferences(preloadPath: string, devTools = false) {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** Sites we would open in the user's browser. Deliberately empty: the app works offline. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

export function isAllowedExternalUrl(url: string): boolean {
  const origin = safeOrigin(url);
  return origin !== null && EXTERNAL_ALLOW_LIST.includes(origin);
}

/** Only our own page may talk to the main process. */
export function isTrustedSenderUrl(url: string): boolean {
  return safeOrigin(url) === APP_ORIGIN;
}

/** The single-page app never navigates; a reload of its own entry is the only navigation allowed. */
export function isAllowedNavigation(url: string): boolean {
  return url === APP_ENTRY;
}

/** Camera, microphone, geolocation, notifications…: CapaMap needs none of them. */
export function decidePermission(_permission: string): boolean {
  return false;
}

function safeOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` ? `${APP_SCHEME}://${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  EXTERNAL_ALLOW_LIST,
  decidePermission,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSenderUrl,
  secureWebPreferences,
} from '../../../electron/main/security';

/** Parses "a b; c d" into { a: ['b'], c: ['d'] }. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `directive ${name} appears twice`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

describe('app origin', () => {
  it('serves the app from app://capamap/index.html', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('capamap');
    expect(APP_ORIGIN).toBe('app://capamap');
    expect(APP_ENTRY).toBe('app://capamap/index.html');
  });
});

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/some/where/preload.cjs');

  it('passes the preload path through', () => {
    expect(prefs.preload).toBe('/some/where/preload.cjs');
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['devTools', false],
  ] as const)('sets %s to %s explicitly', (key, value) => {
    expect(prefs).toHaveProperty(key);
    expect(prefs[key]).toBe(value);
  });

  it('opens the developer tools only when asked (development builds)', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
  });

  it('enables nothing dangerous beyond the checklist', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it("starts from default-src 'self'", () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('allows scripts, styles, fonts, workers and fetches from the app only', () => {
    for (const directive of ['script-src', 'style-src', 'font-src', 'connect-src', 'worker-src']) {
      expect(csp.get(directive), directive).toEqual(["'self'"]);
    }
  });

  it('blocks plugins, base rewriting, form posts and frames', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });

  it('allows images only from the app, data: and blob: (charts and previews)', () => {
    expect(csp.get('img-src')?.sort()).toEqual(["'self'", 'blob:', 'data:'].sort());
  });

  it('names no remote host, wildcard or insecure scheme', () => {
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect(source, `${directive} ${source}`).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('never allows inline or evaluated code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });
});

describe('isAllowedNavigation', () => {
  it('allows only a reload of the app entry', () => {
    expect(isAllowedNavigation(APP_ENTRY)).toBe(true);
  });

  it.each([
    'https://example.com',
    'http://capamap/index.html',
    'file:///etc/passwd',
    'app://capamap/other.html',
    'app://capamap/index.html?x=1',
    'app://capamap/index.html#/elsewhere',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '',
  ])('blocks %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('external links', () => {
  it('has an empty allow-list: the app works offline', () => {
    expect(EXTERNAL_ALLOW_LIST).toEqual([]);
  });

  it.each(['https://example.com', 'https://www.capamap.org/help', 'http://localhost:5173', 'mailto:someone@example.com', 'file:///etc/passwd', APP_ENTRY, 'not a url', ''])('refuses to open %s externally', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'storage-access',
    'unknown',
    'window-management',
  ])('denies %s', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  it.each([APP_ENTRY, 'app://capamap/', 'app://capamap/index.html#/dashboard', 'app://capamap/index.html?lang=fr'])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com',
    'http://capamap/index.html',
    'https://capamap/index.html',
    'app://capamap.evil.com/index.html',
    'app://evil/index.html',
    'app://capamap:8080/index.html',
    'file:///work/main/out/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,hi',
    'capamap',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });
});

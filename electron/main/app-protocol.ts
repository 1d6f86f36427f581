import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, RESPONSE_HEADERS } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
};

/**
 * Maps an app:// URL to a file under root, or null when the URL has another
 * scheme or host, or tries to climb out of root (encoded dots, slashes and
 * backslashes, NUL, drive letters and empty segments included).
 */
export function resolveAppFile(root: string, url: string): string | null {
  // The URL parser would quietly fold dot segments ("/a/../b" becomes "/b"): refuse them before it can.
  if (/(?:^|[/\\])(?:\.|%2e){1,2}(?:[/\\?#]|$)/i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null;
  // Our build emits plain relative names: an encoded separator or an empty segment has no legitimate use.
  if (/%(2f|5c)/i.test(parsed.pathname)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.includes(':') || path.includes('//')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${path === '/' ? '/index.html' : path}`);
  return target.startsWith(base + sep) ? target : null;
}

/** Serves one app:// request: the file with its type and the CSP, or 404. */
export async function serveAppRequest(root: string, url: string): Promise<Response> {
  const file = resolveAppFile(root, url);
  if (!file) return new Response('Not found', { status: 404, headers: RESPONSE_HEADERS });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', ...RESPONSE_HEADERS } });
  } catch {
    return new Response('Not found', { status: 404, headers: RESPONSE_HEADERS });
  }
}

// The renderer is served from berkas://app/, not file:// (which would give the page the whole
// disk's origin). Only files inside the built renderer folder are served, with the app's CSP.
import { extname, join, normalize, sep } from 'node:path';
import { CSP } from '../../shared/security/csp';

export const APP_SCHEME = 'berkas';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export const SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The file a berkas:// URL names inside `rendererDir`, or null for anything else. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null;
  const relative = normalize(decodeURIComponent(parsed.pathname)).replace(/^([/\\])+/, '') || 'index.html';
  const full = join(rendererDir, relative);
  return relative.startsWith('..') || !full.startsWith(rendererDir + sep) ? null : full;
}

export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Only our own page, in the top frame, may call the core. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'app';
  } catch {
    return false;
  }
}

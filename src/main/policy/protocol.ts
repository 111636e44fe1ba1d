// The renderer is served from berkas://app/, not file:// (which would give the page the whole
// disk's origin). Only files inside the built renderer folder are served, with the app's CSP.
import { join, normalize, sep } from 'node:path';
import { CSP } from '../../shared/security/csp';
import { contentTypeOf } from '../../shared/security/content-types';

export const APP_SCHEME = 'berkas';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export const SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } as const;

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
    'Content-Type': contentTypeOf(file),
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

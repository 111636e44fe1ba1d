// Files on their way into an attachment: the paths a person typed (one a line), sizes in words,
// and how far an attach has come.
import type { Lang } from '../../../../shared/i18n/error-messages';

/** One path a line; blank lines dropped, surrounding quotes (as a file manager copies them) removed, each once. */
export function parsePaths(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const path = raw.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
    if (path !== '' && !out.includes(path)) out.push(path);
  }
  return out;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1,5 KB" (id) or "1.5 KB" (en); powers of 1024, as file managers on the station show them. */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const n = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return `${n} ${UNITS[unit]}`;
}

/** Whole percent done, 0 to 100; 0 while the total is not known. */
export function percentDone(done: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((done * 100) / total)));
}

/** A SHA-256 (or other digest) in groups of eight, for reading it aloud against a printed one. */
export function groupedDigest(hex: string): string {
  return hex.replace(/(.{8})(?=.)/g, '$1 ');
}

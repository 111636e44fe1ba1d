// How strong a new passphrase looks, from its length and the variety of its characters. Only a
// guide for the person typing: the rule that counts is the core's (at least 12 characters, not the
// login), which this mirrors for "short" so the meter never calls a refused passphrase good.
import { PASSPHRASE_MIN_LENGTH } from '../api/core-rules';

export type StrengthLevel = 'empty' | 'short' | 'weak' | 'fair' | 'good' | 'strong';
export type StrengthTip = 'tipLonger' | 'tipVariety';
export type Strength = { level: StrengthLevel; score: 0 | 1 | 2 | 3 | 4; length: number; min: number; tip: StrengthTip | null };

/** Code points after NFC, as the core counts them (store/passphrase.ts). */
export function passphraseLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

function variety(text: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u];
  return classes.filter((c) => c.test(text)).length;
}

export function passphraseStrength(text: string, min = PASSPHRASE_MIN_LENGTH): Strength {
  const length = passphraseLength(text);
  if (length === 0) return { level: 'empty', score: 0, length, min, tip: null };
  if (length < min) return { level: 'short', score: 0, length, min, tip: null };
  const kinds = variety(text);
  const distinct = new Set(text.normalize('NFC')).size;
  let points = 0;
  if (length >= 15) points += 1;
  if (length >= 20) points += 1;
  if (kinds >= 2) points += 1;
  if (kinds >= 3) points += 1;
  // "aaaaaaaaaaaa" or "abababababab" is long but guessable.
  if (distinct < 6 || distinct < length / 4) points -= 2;
  const score = Math.max(1, Math.min(4, points)) as 1 | 2 | 3 | 4;
  const level = (['weak', 'fair', 'good', 'strong'] as const)[score - 1] ?? 'weak';
  const tip: StrengthTip | null = score >= 4 ? null : length < 20 ? 'tipLonger' : kinds < 3 ? 'tipVariety' : null;
  return { level, score, length, min, tip };
}

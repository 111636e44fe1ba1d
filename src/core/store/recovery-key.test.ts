import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeRecoveryKey, parseRecoveryKey } from './recovery-key';

describe('recovery key text', () => {
  it('round-trips 32 bytes through 13 groups of four base32 characters', () => {
    for (let i = 0; i < 200; i++) {
      const key = randomBytes(32);
      const text = encodeRecoveryKey(key);
      expect(text).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
      expect(parseRecoveryKey(text)?.equals(key)).toBe(true);
    }
  });

  it('accepts what a person types: lower case, spaces, no hyphens', () => {
    const key = randomBytes(32);
    const typed = encodeRecoveryKey(key).toLowerCase().replace(/-/g, ' ');
    expect(parseRecoveryKey(typed)?.equals(key)).toBe(true);
  });

  it('refuses text that is not a key instead of guessing', () => {
    const text = encodeRecoveryKey(randomBytes(32));
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(text.replace(/[A-Z]/, '1'))).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
    // The last character carries 4 unused bits that must be zero.
    const last = text.at(-1) === 'B' ? 'C' : 'B';
    const bent = text.slice(0, -1) + last;
    expect(parseRecoveryKey(bent)?.equals(parseRecoveryKey(text) ?? Buffer.alloc(0)) ?? false).toBe(false);
  });
});

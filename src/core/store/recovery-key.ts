// The recovery key: 32 random bytes shown once as RFC 4648 base32 (A-Z, 2-7) in groups of four,
// e.g. "ABCD-EFGH-…" (52 characters, 13 groups). Typing it back ignores case, spaces and hyphens.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function encodeRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The 32 key bytes, or null when the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '');
  if (clean.length !== 52 || /[^A-Z2-7]/.test(clean)) return null;
  const out = Buffer.alloc(32);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const ch of clean) {
    value = ((value << 5) | ALPHABET.indexOf(ch)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      if (index < 32) out[index] = (value >>> (bits - 8)) & 0xff;
      index += 1;
      bits -= 8;
    }
  }
  // 52 characters carry 260 bits: the last 4 must be zero in a key we printed.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

// The core's rules that forms check before sending, copied rather than imported: the shared
// module that defines them also builds zod schemas, which would add some 400 kB to the page for
// three values. core-rules.test.ts holds the copies equal to the originals.
export const LOGIN_PATTERN = /^[a-z][a-z0-9._-]{1,31}$/;

export const PASSPHRASE_MIN_LENGTH = 12;

export function normalizeLogin(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

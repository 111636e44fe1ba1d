// Rules for a new passphrase, checked on the bytes (UTF-8, NFC) so that no extra string copy of it
// is made here.
import { AppError } from '../../shared/errors';
import { LOGIN_PATTERN, normalizeLogin, PASSPHRASE_MIN_LENGTH } from '../../shared/domain/user';

/** Unicode code points in UTF-8 bytes: every byte that is not a continuation byte starts one. */
function codePoints(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if ((b & 0xc0) !== 0x80) n += 1;
  return n;
}

export function checkNewPassphrase(login: string, passphrase: Uint8Array): void {
  const length = codePoints(passphrase);
  if (length < PASSPHRASE_MIN_LENGTH) {
    throw new AppError('PASSPHRASE_TOO_SHORT', { min: PASSPHRASE_MIN_LENGTH, length });
  }
  const loginBytes = Buffer.from(normalizeLogin(login), 'utf8');
  if (Buffer.from(passphrase).toString('utf8').trim().toLowerCase() === loginBytes.toString('utf8')) {
    throw new AppError('PASSPHRASE_IS_LOGIN');
  }
}

export function checkLogin(raw: string): string {
  const login = normalizeLogin(raw);
  if (!LOGIN_PATTERN.test(login)) throw new AppError('LOGIN_INVALID', { login: raw });
  return login;
}

// Error codes shared by the core, the CLI and (later) the renderer. The core throws `AppError` with a
// code and a few plain values; each front end turns it into a sentence in the user's language
// (see i18n/error-messages.ts). No stack trace, path of a temp file or SQL ever reaches a person.

export const ERROR_CODES = [
  'NOT_A_CASE_FILE',
  'CASE_FILE_EXISTS',
  'KEYS_MISSING',
  'KEYS_DAMAGED',
  'KEYS_NEWER_VERSION',
  'DB_DAMAGED',
  'DB_NEWER_VERSION',
  'DB_NEEDS_UPGRADE',
  'WRONG_CREDENTIALS',
  'WRONG_RECOVERY_KEY',
  'USER_REMOVED',
  'UNKNOWN_USER',
  'LOCKED',
  'LOCKED_UNKNOWN_HOLDER',
  'FORBIDDEN',
  'INVALID_INPUT',
  'INVALID_FIELD',
  'LP_TAKEN',
  'NOT_FOUND',
  'IN_USE',
  'BLOB_TAMPERED',
  'BLOB_MISSING',
  'UNPRINTABLE_CHARACTER',
  'PASSPHRASE_TOO_SHORT',
  'PASSPHRASE_IS_LOGIN',
  'LOGIN_INVALID',
  'LOGIN_TAKEN',
  'NO_PASSPHRASE',
  'NO_USER',
  'UNKNOWN_SETTING',
  'CANCELLED',
  'NOT_UNLOCKED',
  'NOT_A_BACKUP',
  'BACKUP_DAMAGED',
  'BACKUP_NEWER_VERSION',
  'DISK_FULL',
  'READ_ONLY_FS',
  'IO_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Plain values a message may name: a field, a path, a number. Never a secret. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

// Unlocking a case file: check the folder, refuse early when another process holds it, derive the
// key, find the slot it opens, open the database and find the user that slot belongs to. Nothing is
// written until every check has passed, so a refused unlock leaves every file as it was.
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { UserId } from '../../shared/domain/ids';
import type { Role } from '../../shared/domain/user';
import { normalizeLogin } from '../../shared/domain/user';
import { zero } from './crypto';
import {
  applyPragmas,
  asReadable,
  asWritable,
  dbError,
  get,
  isLockedByAnotherProcess,
  openConnection,
  sql,
  type Connection,
  type ReadableDb,
} from './db';
import { kdfParams, readKeysFile, unwrapAnySlot, type KeysFile } from './keys';
import { deriveKek } from './kdf';
import { readLockFile, removeLockFile, writeLockFile } from './lock';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { CASE_DB, resolveCaseDir } from './paths';
import { pruneSlots, recoveryKek } from './slots';
import type { Credentials, ReadSession, Session, SessionUser, WriteSession } from './session';

export type OpenOptions = { clock?: () => Date };

export function lockedError(dir: string): AppError {
  const info = readLockFile(dir);
  if (!info) return new AppError('LOCKED_UNKNOWN_HOLDER');
  const since = info.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return new AppError('LOCKED', { host: info.host, account: info.account, since });
}

async function deriveFor(credentials: Credentials, keys: KeysFile): Promise<Buffer> {
  const { params, salt } = kdfParams(keys);
  if (credentials.kind === 'recovery') return recoveryKek(credentials.recoveryKey, salt);
  return deriveKek(credentials.login, credentials.passphrase, salt, params);
}

type UserRow = { id: string; login: string; display_name: string; role: Role; removed_at: string | null };

// Schema 1's users table. Later migrations keep these columns readable, because the user is found
// before migrating: a refused unlock must not have upgraded the file.
function findSlotOwner(db: ReadableDb, credentials: Credentials, slotId: string): SessionUser | null {
  if (credentials.kind === 'recovery') {
    const row = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = 'recovery_slot_id'`);
    if (row?.value !== slotId) throw new AppError('WRONG_RECOVERY_KEY');
    return null;
  }
  const login = normalizeLogin(credentials.login);
  const row = get<UserRow>(
    db,
    sql`SELECT id, login, display_name, role, removed_at FROM users WHERE slot_id = ${slotId}`,
  );
  if (!row || row.login !== login) {
    // A slot the database no longer names: a passphrase that was changed, or a removed user's.
    const byLogin = get<UserRow>(db, sql`SELECT id, login, display_name, role, removed_at FROM users WHERE login = ${login}`);
    if (byLogin?.removed_at) throw new AppError('USER_REMOVED', { login });
    throw new AppError('WRONG_CREDENTIALS');
  }
  if (row.removed_at) throw new AppError('USER_REMOVED', { login });
  return { id: UserId.parse(row.id), login: row.login, displayName: row.display_name, role: row.role };
}

export async function openCaseFile(input: string, credentials: Credentials, mode: 'read', options?: OpenOptions): Promise<ReadSession>;
export async function openCaseFile(input: string, credentials: Credentials, mode: 'write', options?: OpenOptions): Promise<WriteSession>;
export async function openCaseFile(
  input: string,
  credentials: Credentials,
  mode: 'read' | 'write',
  options: OpenOptions = {},
): Promise<Session> {
  const clock = options.clock ?? (() => new Date());
  const dir = resolveCaseDir(input);
  const dbPath = join(dir, CASE_DB);
  const keys = readKeysFile(dir);
  if (isLockedByAnotherProcess(dbPath)) throw lockedError(dir);

  const kek = await deriveFor(credentials, keys);
  const content = unwrapAnySlot(keys, kek);
  zero(kek);
  if (!content) throw new AppError(credentials.kind === 'recovery' ? 'WRONG_RECOVERY_KEY' : 'WRONG_CREDENTIALS');

  let conn: Connection | null = null;
  let wroteLock = false;
  try {
    try {
      conn = openConnection(dbPath, content.dek);
    } catch (e) {
      // The slot opened, so the key is right: a database that will not decrypt is damaged.
      const err = dbError(e);
      throw err instanceof AppError && err.code === 'LOCKED' ? lockedError(dir) : err;
    }
    const version = schemaVersion(conn);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError('DB_NEWER_VERSION', { found: version, supported: LATEST_SCHEMA_VERSION });
    }
    if (version === 0) throw new AppError('DB_DAMAGED', { detail: 'empty schema' });
    if (mode === 'read' && version < LATEST_SCHEMA_VERSION) {
      throw new AppError('DB_NEEDS_UPGRADE', { found: version, supported: LATEST_SCHEMA_VERSION });
    }
    const user = findSlotOwner(asReadable(conn), credentials, content.slotId);
    applyPragmas(conn);
    const base = { dir, user, dek: content.dek, signingSeed: content.signingSeed, slotId: content.slotId, keys, clock };
    if (mode === 'read') return { ...base, mode, db: asReadable(conn) };

    writeLockFile(dir, clock());
    wroteLock = true;
    const db = asWritable(conn);
    migrate(db);
    const session: WriteSession = { ...base, mode, db };
    pruneSlots(session);
    return session;
  } catch (e) {
    if (wroteLock) removeLockFile(dir);
    conn?.close();
    zero(content.dek, content.signingSeed);
    throw dbError(e);
  }
}

/** Closes the database (checkpointing the WAL), removes the lock file and zeroes the keys. */
export function closeCaseFile(session: Session): void {
  // The lock file goes first: removed after the close, it could delete the next holder's.
  if (session.mode === 'write') removeLockFile(session.dir);
  try {
    session.db.close();
  } finally {
    zero(session.dek, session.signingSeed);
  }
}

/** Runs `fn` on a session being opened, and always closes it: `using(openCaseFile(...), fn)`. */
export async function using<S extends Session, T>(opening: Promise<S>, fn: (session: S) => T | Promise<T>): Promise<T> {
  const session = await opening;
  try {
    return await fn(session);
  } finally {
    closeCaseFile(session);
  }
}

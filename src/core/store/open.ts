// Unlocking a case file: check the folder, refuse early when another process holds it, derive the
// key, find the slot it opens, open the database and find the user that slot belongs to. Nothing is
// written until every check has passed, so a refused unlock leaves every file as it was.
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { UserId } from '../../shared/domain/ids';
import type { Role } from '../../shared/domain/user';
import { normalizeLogin } from '../../shared/domain/user';
import { publicKeyOfSeed, zero } from './crypto';
import {
  all,
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
import { forgetSlotContent, kdfParams, readKeysFile, unwrapSlots, type KeysFile, type SlotContent } from './keys';
import { deriveKek } from './kdf';
import { readLockFile, removeLockFile, writeLockFile } from './lock';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { CASE_DB, resolveCaseDir } from './paths';
import { pruneSlots, recoveryKek, replaceKeysFile } from './slots';
import type { Credentials, ReadSession, Session, SessionUser, WriteSession } from './session';
import { removeOrphans } from '../blobs/orphans';

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

// Reads schema 1's users and meta tables. Later migrations keep these columns readable, because
// the user is found before migrating: a refused unlock must not have upgraded the file.
function findSlotOwner(
  db: ReadableDb,
  credentials: Credentials,
  candidates: SlotContent[],
): { user: SessionUser | null; slot: SlotContent } {
  if (credentials.kind === 'recovery') {
    const row = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = 'recovery_slot_id'`);
    const slot = candidates.find((c) => c.slotId === row?.value);
    if (!slot) throw new AppError('WRONG_RECOVERY_KEY');
    return { user: null, slot };
  }
  const login = normalizeLogin(credentials.login);
  for (const slot of candidates) {
    const row = get<UserRow>(db, sql`SELECT id, login, display_name, role, removed_at FROM users WHERE slot_id = ${slot.slotId}`);
    if (row && row.login === login && !row.removed_at) {
      return { user: { id: UserId.parse(row.id), login: row.login, displayName: row.display_name, role: row.role }, slot };
    }
  }
  // Only slots the database no longer names: a passphrase that was changed, or a removed user's.
  const byLogin = get<UserRow>(db, sql`SELECT id, login, display_name, role, removed_at FROM users WHERE login = ${login}`);
  if (byLogin?.removed_at) throw new AppError('USER_REMOVED', { login });
  throw new AppError('WRONG_CREDENTIALS');
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
  const candidates = unwrapSlots(keys, kek);
  zero(kek);
  if (candidates.length === 0) throw new AppError(credentials.kind === 'recovery' ? 'WRONG_RECOVERY_KEY' : 'WRONG_CREDENTIALS');

  let conn: Connection | null = null;
  let wroteLock = false;
  try {
    const opened = openWithAnyKey(dir, dbPath, candidates);
    conn = opened.conn;
    const version = schemaVersion(conn);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError('DB_NEWER_VERSION', { found: version, supported: LATEST_SCHEMA_VERSION });
    }
    if (version === 0) throw new AppError('DB_DAMAGED', { detail: 'empty schema' });
    if (mode === 'read' && version < LATEST_SCHEMA_VERSION) {
      throw new AppError('DB_NEEDS_UPGRADE', { found: version, supported: LATEST_SCHEMA_VERSION });
    }
    const owner = findSlotOwner(asReadable(conn), credentials, candidates);
    const chosen = owner.slot;
    const keyId = signingKeyId(asReadable(conn), chosen.signingSeed, owner.user?.id ?? null);
    applyPragmas(conn, mode);
    const base = {
      dir,
      user: owner.user,
      dek: Buffer.from(opened.dek.key),
      signingSeed: Buffer.from(chosen.signingSeed),
      keyId,
      slotId: chosen.slotId,
      keys,
      clock,
    };
    if (mode === 'read') return { ...base, mode, db: asReadable(conn) };

    writeLockFile(dir, clock());
    wroteLock = true;
    const db = asWritable(conn);
    migrate(db);
    const session: WriteSession = { ...base, mode, db };
    finishInterruptedRekey(session, opened.dek.index);
    pruneSlots(session);
    removeUnreferencedBlobs(session);
    return session;
  } catch (e) {
    if (wroteLock) removeLockFile(dir);
    conn?.close();
    throw dbError(e);
  } finally {
    candidates.forEach(forgetSlotContent);
  }
}

/**
 * An import interrupted after its blob was written but before its row committed leaves a blob no
 * row names (or a .partial): clear them, now that no import of ours can be in flight.
 */
function removeUnreferencedBlobs(session: WriteSession): void {
  const rows = all<{ blob_id: string; thumb_blob_id: string | null }>(session.db, sql`SELECT blob_id, thumb_blob_id FROM attachment`);
  removeOrphans(session.dir, new Set(rows.flatMap((r) => (r.thumb_blob_id ? [r.blob_id, r.thumb_blob_id] : [r.blob_id]))));
}

/** The seed in the slot must be the current key of the user the slot belongs to (NULL: the recovery key). */
function signingKeyId(db: ReadableDb, seed: Uint8Array, userId: string | null): number {
  const current = get<{ id: number; public_key: Buffer }>(
    db,
    sql`SELECT id, public_key FROM user_keys WHERE user_id IS ${userId} ORDER BY id DESC LIMIT 1`,
  );
  if (!current || !current.public_key.equals(publicKeyOfSeed(seed))) {
    throw new AppError('DB_DAMAGED', { detail: 'signing key not on record' });
  }
  return current.id;
}

/**
 * The opened slots all reach the same data key, or two in the middle of a rekey: try each on the
 * database. A key that opened a slot but not the database means the database is damaged, or
 * belongs to another keys.json.
 */
function openWithAnyKey(dir: string, dbPath: string, candidates: SlotContent[]): { conn: Connection; dek: SlotContent['deks'][number] } {
  let lastError: unknown = new AppError('DB_DAMAGED', { detail: 'no data key in the slot' });
  for (const dek of candidates.flatMap((c) => c.deks)) {
    try {
      return { conn: openConnection(dbPath, dek.key), dek };
    } catch (e) {
      const err = dbError(e);
      if (err instanceof AppError && err.code === 'LOCKED') throw lockedError(dir);
      lastError = err;
    }
  }
  throw lastError;
}

/**
 * A rekey that was interrupted left two data keys in every slot, old first. Whichever opened the
 * database is the one that counts: keep it, drop the other.
 */
function finishInterruptedRekey(session: WriteSession, workingIndex: number): void {
  if (!session.keys.slots.some((s) => s.dataKeys.length > 1)) return;
  const slots = session.keys.slots.map((s) =>
    s.dataKeys.length > 1 ? { ...s, dataKeys: s.dataKeys.filter((_, i) => i === workingIndex) } : s,
  );
  replaceKeysFile(session, { ...session.keys, slots });
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

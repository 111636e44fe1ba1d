// The SQLCipher connection and typed access to it. Readers and writers are different types (as in
// Signal Desktop): a function that only reads takes a `ReadableDb` and cannot be handed work that
// writes by mistake. SQL is built with the `sql` tag only, so no value is ever pasted into a query.
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';

export type Connection = Database.Database;
declare const readable: unique symbol;
declare const writable: unique symbol;
export type ReadableDb = Connection & { readonly [readable]: true };
export type WritableDb = ReadableDb & { readonly [writable]: true };

export type SqlValue = string | number | bigint | Buffer | null;
export type Query = { readonly text: string; readonly params: readonly SqlValue[] };

/** `sql\`SELECT * FROM users WHERE id = ${id}\`` → text with `?` and the values as parameters. */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Query {
  return { text: strings.join('?'), params: values };
}

const statements = new WeakMap<Connection, Map<string, Database.Statement>>();

function prepared(db: Connection, text: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = db.prepare(text)));
  return stmt;
}

export function all<Row>(db: ReadableDb, q: Query): Row[] {
  return prepared(db, q.text).all(...q.params) as Row[];
}

export function get<Row>(db: ReadableDb, q: Query): Row | undefined {
  return prepared(db, q.text).get(...q.params) as Row | undefined;
}

export function run(db: WritableDb, q: Query): Database.RunResult {
  return prepared(db, q.text).run(...q.params);
}

/**
 * Runs `fn` in one IMMEDIATE transaction: all of it commits, or none of it. A failure of SQLite
 * (a full disk, say) comes out as an AppError a person can read.
 */
export function transaction<T>(db: WritableDb, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (e) {
    throw dbError(e);
  }
}

// SQLCipher's raw-key form is the text x'<64 hex digits>'. It is built byte by byte in a Buffer so
// that the key never exists as a JS string, which could not be zeroed.
function rawKeyPragmaBytes(key: Uint8Array): Buffer {
  const hexDigits = Buffer.from('0123456789abcdef', 'ascii');
  const out = Buffer.alloc(3 + key.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  key.forEach((byte, i) => {
    out[2 + i * 2] = hexDigits[byte >> 4] ?? 0;
    out[3 + i * 2] = hexDigits[byte & 15] ?? 0;
  });
  out[out.length - 1] = 0x27;
  return out;
}

function configureCipher(db: Connection): void {
  // Order matters and must come before any read (docs/case-file-format.md): SQLCipher 4 defaults.
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
}

/**
 * Opens `path` keyed with the data key and takes SQLite's exclusive lock (held until close; the OS
 * releases it if the process dies). Reads one value to prove the key: SQLCipher does not check the
 * key until the first read.
 */
export function openConnection(path: string, dek: Uint8Array): Connection {
  const db = new Database(path, { fileMustExist: true, timeout: 100 });
  try {
    configureCipher(db);
    const keyBytes = rawKeyPragmaBytes(dek);
    db.key(keyBytes);
    keyBytes.fill(0);
    // Before the first access, so that WAL keeps its index in process memory and never creates the
    // -shm file, and so that the first read takes the lock.
    db.pragma('locking_mode=EXCLUSIVE');
    db.pragma('user_version');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Re-encrypts every page under a new data key, in one transaction. SQLite3 Multiple Ciphers refuses
 * to rekey in WAL mode ("Rekeying is not supported in WAL journal mode"), so the connection
 * checkpoints into a rollback journal for the rekey and returns to WAL after it: a crash in the
 * middle rolls back to the old key, which keys.json still holds.
 */
export function rekeyConnection(db: Connection, newDek: Uint8Array): void {
  const keyBytes = rawKeyPragmaBytes(newDek);
  try {
    db.pragma('journal_mode=DELETE');
    db.rekey(keyBytes);
  } finally {
    keyBytes.fill(0);
    db.pragma('journal_mode=WAL');
  }
}

/**
 * Asks whether another process holds the case file, without any key: an unkeyed read answers
 * SQLITE_BUSY when the file is locked and SQLITE_NOTADB (it cannot decrypt) when it is free.
 * Lets us refuse before spending half a second on the key derivation. The connection is read-only:
 * a hot journal left by a crash must be rolled back by a keyed connection, never by this one,
 * which cannot decrypt it (SQLITE_READONLY_ROLLBACK then means "not locked").
 */
export function isLockedByAnotherProcess(path: string): boolean {
  const db = new Database(path, { fileMustExist: true, readonly: true, timeout: 50 });
  try {
    configureCipher(db);
    db.pragma('locking_mode=EXCLUSIVE');
    db.pragma('user_version');
    return false;
  } catch (e) {
    return sqliteCode(e) === 'SQLITE_BUSY';
  } finally {
    db.close();
  }
}

/**
 * Settings for a connection that has proved its key. The journal mode is stored in the file, so it
 * is set only when writing: a reader must not change a byte.
 */
export function applyPragmas(db: Connection, mode: 'read' | 'write'): void {
  if (mode === 'write') db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  db.pragma('secure_delete=ON');
  db.pragma('temp_store=MEMORY');
  db.pragma('cache_size=-65536');
}

export function asReadable(db: Connection): ReadableDb {
  return db as ReadableDb;
}

export function asWritable(db: Connection): WritableDb {
  return db as WritableDb;
}

export function sqliteCode(e: unknown): string {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : '';
}

/** Turns a SQLite error into an AppError a person can read, keeping SQL text out of it. */
export function dbError(e: unknown, holder = ''): Error {
  if (e instanceof AppError) return e;
  const code = sqliteCode(e);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('LOCKED', { holder });
  if (code === 'SQLITE_FULL') return new AppError('DISK_FULL');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('DB_DAMAGED', { detail: code.replace('SQLITE_', '').toLowerCase() });
  }
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('READ_ONLY_FS', { path: 'case.db' });
  }
  if (code.startsWith('SQLITE_IOERR')) return new AppError('IO_ERROR', { path: 'case.db', detail: code });
  return e instanceof Error ? e : new Error(String(e));
}

// Making a new case file. Everything is built in a hidden temporary folder beside the target and
// renamed into place at the end, so a failure (a full disk, a crash) leaves no half-made case file.
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import { DisplayName } from '../../shared/domain/user';
import { Settings } from '../../shared/domain/settings';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import Database from 'better-sqlite3-multiple-ciphers';
import { randomKey, zero } from './crypto';
import { appendAudit } from '../audit/append';
import { applyPragmas, asWritable, dbError, openConnection, run, sql, transaction } from './db';
import { insertKey, insertUser } from './user-rows';
import { fsError, fsyncDir } from './fsio';
import { makeSlot, newKeysFile, writeKeysFile } from './keys';
import { ARGON2_PARAMS, deriveKek } from './kdf';
import { migrate } from './migrations';
import { checkLogin, checkNewPassphrase } from './passphrase';
import { CASE_DB, checkNewCaseDir, newCaseDirPath } from './paths';
import { encodeRecoveryKey } from './recovery-key';
import { recoveryKek } from './slots';

export type CreateInput = {
  dir: string;
  title: string;
  login: string;
  displayName?: string;
  passphrase: Uint8Array;
  clock?: () => Date;
};

export type Created = { dir: string; recoveryKey: string; appVersion: string };

export function appVersion(): string {
  return typeof __BERKAS_VERSION__ === 'string' ? __BERKAS_VERSION__ : 'dev';
}

export async function createCaseFile(input: CreateInput): Promise<Created> {
  const now = (input.clock ?? (() => new Date()))().toISOString();
  const login = checkLogin(input.login);
  const displayName = DisplayName.safeParse(input.displayName ?? login);
  if (!displayName.success) throw new AppError('INVALID_INPUT', { detail: 'display name' });
  const title = Settings.shape.title.safeParse(input.title);
  if (!title.success) throw new AppError('INVALID_INPUT', { detail: 'title (1 to 200 characters)' });
  checkNewPassphrase(login, input.passphrase);

  const dir = newCaseDirPath(input.dir);
  checkNewCaseDir(dir);
  const tmp = join(dirname(dir), `.${basename(dir)}.creating-${randomBytes(6).toString('hex')}`);

  const dek = randomKey();
  const salt = randomBytes(16);
  const signingSeed = randomKey();
  const recovery = randomKey();
  // The recovery key signs the audit rows of the passphrase resets it makes.
  const recoverySeed = randomKey();
  const kek = await deriveKek(login, input.passphrase, salt, ARGON2_PARAMS);
  const rkek = recoveryKek(recovery, salt);
  try {
    const userSlot = makeSlot(kek, dek, signingSeed);
    const recoverySlot = makeSlot(rkek, dek, recoverySeed);
    try {
      mkdirSync(tmp, { mode: 0o700 });
    } catch (e) {
      throw fsError(e, tmp);
    }
    // Create the empty file, then key it like any other open.
    new Database(join(tmp, CASE_DB)).close();
    chmodSync(join(tmp, CASE_DB), 0o600);
    const conn = openConnection(join(tmp, CASE_DB), dek);
    try {
      applyPragmas(conn, 'write');
      const db = asWritable(conn);
      migrate(db);
      const caseFileId = randomUUID();
      transaction(db, () => {
        for (const [key, value] of [
          ['case_file_id', caseFileId],
          ['created_at', now],
          ['created_with', appVersion()],
          ['recovery_slot_id', recoverySlot.id],
        ]) {
          run(db, sql`INSERT INTO meta (key, value) VALUES (${key ?? ''}, ${value ?? ''})`);
        }
        const s = { ...DEFAULT_SETTINGS, title: title.data };
        run(db, sql`INSERT INTO settings (id, title, unit_name, unit_code, satker, polda, letterhead, time_zone)
                    VALUES (1, ${s.title}, ${s.unitName}, ${s.unitCode}, ${s.satker}, ${s.polda},
                            ${JSON.stringify(s.letterhead)}, ${s.timeZone})`);
        const creator = insertUser(db, { login, displayName: displayName.data, role: 'atasan', slotId: userSlot.id, signingSeed, now });
        const recoveryKeyId = insertKey(db, null, recoverySeed, 'recovery-key', now);
        const signer = { userId: creator.userId, keyId: creator.keyId, seed: signingSeed };
        const at = new Date(now);
        appendAudit(db, signer, { action: 'case_file.create', entityId: caseFileId }, at);
        appendAudit(db, signer, { action: 'settings.create', entityId: '1' }, at);
        appendAudit(db, signer, { action: 'user.add', entityId: creator.userId }, at);
        appendAudit(db, signer, { action: 'user_key.add', entityId: String(creator.keyId) }, at);
        appendAudit(db, signer, { action: 'user_key.add', entityId: String(recoveryKeyId) }, at);
      });
    } finally {
      conn.close();
    }
    writeKeysFile(tmp, newKeysFile(salt, [userSlot, recoverySlot]));
    fsyncDir(tmp);
    if (existsSync(dir)) rmdirSync(dir); // empty, checked above
    renameSync(tmp, dir);
    fsyncDir(dirname(dir));
    return { dir, recoveryKey: encodeRecoveryKey(recovery), appVersion: appVersion() };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e instanceof AppError ? e : fsError(dbError(e), dir);
  } finally {
    zero(dek, signingSeed, recovery, recoverySeed, kek, rkek);
  }
}

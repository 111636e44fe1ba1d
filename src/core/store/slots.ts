// Keeping keys.json and the database in step. The database decides which slots are valid (the
// users' slot_id and the recovery slot in meta); keys.json may briefly hold more. A change adds its
// new slot to keys.json first, commits the database, then prunes: a crash at any point leaves a
// state in which exactly the committed passphrases open the case file, and the next open for
// writing prunes what is left over.
import { AppError } from '../../shared/errors';
import { all, get, sql, type ReadableDb } from './db';
import { kdfParams, writeKeysFile, type KeysFile, type Slot } from './keys';
import { deriveKek } from './kdf';
import { hkdf } from './crypto';
import type { WriteSession } from './session';

export const RECOVERY_KEK_INFO = 'berkas-recovery-kek-v1';

export function referencedSlotIds(db: ReadableDb): Set<string> {
  const ids = new Set(
    all<{ slot_id: string }>(db, sql`SELECT slot_id FROM users WHERE slot_id IS NOT NULL`).map((r) => r.slot_id),
  );
  const recovery = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = 'recovery_slot_id'`);
  if (recovery) ids.add(recovery.value);
  return ids;
}

export function replaceKeysFile(session: WriteSession, keys: KeysFile): void {
  writeKeysFile(session.dir, keys);
  session.keys = keys;
}

/** Step one of a slot change: keys.json gains the new slot before the database names it. */
export function addSlot(session: WriteSession, slot: Slot): void {
  replaceKeysFile(session, { ...session.keys, slots: [...session.keys.slots, slot] });
}

/** The last step: keys.json loses every slot the database no longer names. */
export function pruneSlots(session: WriteSession): void {
  const keep = referencedSlotIds(session.db);
  const slots = session.keys.slots.filter((s) => keep.has(s.id));
  if (slots.length === session.keys.slots.length) return;
  if (slots.length === 0) throw new AppError('INTERNAL', { detail: 'no slot left' });
  replaceKeysFile(session, { ...session.keys, slots });
}

/** The key that opens a user's slot, from this case file's KDF parameters. */
export function userKek(session: Pick<WriteSession, 'keys'>, login: string, passphrase: Uint8Array): Promise<Buffer> {
  const { params, salt } = kdfParams(session.keys);
  return deriveKek(login, passphrase, salt, params);
}

export function recoveryKek(recoveryKey: Uint8Array, salt: Uint8Array): Buffer {
  // The recovery key is 256 random bits: it needs no slow derivation, only domain separation.
  return hkdf(recoveryKey, salt, RECOVERY_KEK_INFO);
}

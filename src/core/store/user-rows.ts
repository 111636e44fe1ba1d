// Inserting users and their signing keys: shared by case-file creation, adding a user and recovery.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/domain/user';
import { publicKeyOfSeed } from './crypto';
import { run, sql, type WritableDb } from './db';

export type KeyReason = 'created' | 'recovery' | 'recovery-key';

/** Records the public key of `seed`; `userId` null is the recovery key's own signing key. */
export function insertKey(db: WritableDb, userId: string | null, seed: Uint8Array, reason: KeyReason, now: string): number {
  const result = run(db, sql`INSERT INTO user_keys (user_id, public_key, valid_from, reason)
                             VALUES (${userId}, ${publicKeyOfSeed(seed)}, ${now}, ${reason})`);
  return Number(result.lastInsertRowid);
}

export function insertUser(
  db: WritableDb,
  user: { login: string; displayName: string; role: Role; slotId: string; signingSeed: Uint8Array; now: string },
): { userId: string; keyId: number } {
  const userId = randomUUID();
  run(db, sql`INSERT INTO users (id, login, display_name, role, slot_id, created_at)
              VALUES (${userId}, ${user.login}, ${user.displayName}, ${user.role}, ${user.slotId}, ${user.now})`);
  return { userId, keyId: insertKey(db, userId, user.signingSeed, 'created', user.now) };
}

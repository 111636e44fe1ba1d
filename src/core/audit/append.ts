// Appending to the audit chain, inside the transaction of the change it records.
import { sign } from 'node:crypto';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/domain/audit';
import { AppError } from '../../shared/errors';
import { signingKeyFromSeed } from '../store/crypto';
import { get, run, sql, type WritableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { canonicalJson, GENESIS_PREV_HASH, rowHash, sha256Hex } from './canonical';
import { ENTITY_READERS } from './entities';

/** Who signs: a user (or the recovery key, userId null) and the key they sign with. */
export type Signer = { userId: string | null; keyId: number; seed: Uint8Array };

export type Change = { action: AuditAction; entityId: string; perkaraId?: string | null };

export function sessionSigner(session: WriteSession): Signer {
  return { userId: session.user?.id ?? null, keyId: session.keyId, seed: session.signingSeed };
}

/** Appends one signed row recording `change`, reading the entity's new state from the database. */
export function appendAudit(db: WritableDb, signer: Signer, change: Change, now: Date): string {
  // Outside a transaction the row could commit without its change, or the change without its row.
  if (!db.inTransaction) throw new AppError('INTERNAL', { detail: 'audit outside a transaction' });
  const entity = AUDIT_ACTIONS[change.action].entity;
  const last = get<{ seq: number; hash: string }>(db, sql`SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1`);
  const stateObject = ENTITY_READERS[entity].one(db, change.entityId);
  const state = stateObject ? canonicalJson(stateObject) : null;
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    userId: signer.userId,
    perkaraId: change.perkaraId ?? null,
    action: change.action,
    entity,
    entityId: change.entityId,
    stateHash: state === null ? null : sha256Hex(state),
    keyId: signer.keyId,
  };
  const prevHash = last?.hash ?? GENESIS_PREV_HASH;
  const hash = rowHash(prevHash, fields);
  const signature = sign(null, hash, signingKeyFromSeed(signer.seed)).toString('base64');
  run(db, sql`INSERT INTO audit (seq, at, user_id, perkara_id, action, entity, entity_id, state, state_hash, key_id, prev_hash, hash, signature)
              VALUES (${fields.seq}, ${fields.at}, ${fields.userId}, ${fields.perkaraId}, ${fields.action}, ${fields.entity},
                      ${fields.entityId}, ${state}, ${fields.stateHash}, ${fields.keyId}, ${prevHash}, ${hash.toString('hex')}, ${signature})`);
  return hash.toString('hex');
}

/** The usual case: the session's user signs. */
export function audit(session: WriteSession, change: Change): string {
  return appendAudit(session.db, sessionSigner(session), change, session.clock());
}

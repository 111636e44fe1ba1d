// `audit verify`: recompute the chain, check every signature against the key that was valid for
// its signer at that row, replay the roles, and check that every current record is the state its
// last audit row recorded. Stops at the first bad row: everything after it depends on it.
import { createPublicKey, verify } from 'node:crypto';
import { AUDIT_ACTIONS, ENTITIES, isAuditAction, type AuditFinding, type AuditReport } from '../../shared/domain/audit';
import { Role, roleAllows } from '../../shared/domain/user';
import { all, sql, type ReadableDb } from '../store/db';
import { canonicalJson, GENESIS_PREV_HASH, rowHash, sha256Hex } from './canonical';
import { ENTITY_READERS } from './entities';

type AuditRow = {
  seq: number;
  at: string;
  user_id: string | null;
  perkara_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  state: string | null;
  state_hash: string | null;
  key_id: number;
  prev_hash: string;
  hash: string;
  signature: string;
};

// SPKI DER prefix of a raw 32-byte Ed25519 public key (RFC 8410).
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

type KeyWindow = { owner: string | null; from: number; until: number | null };

/** Replays who held which role and which key, row by row. */
type Replay = {
  roles: Map<string, Role | 'removed'>;
  keys: Map<number, KeyWindow>;
  currentKeyOf: Map<string | null, number>;
};

function checkRow(row: AuditRow, prevHash: string, replay: Replay, publicKeys: Map<number, Buffer>): AuditFinding | null {
  const { seq } = row;
  if (row.prev_hash !== prevHash) return { kind: 'chain_broken', seq };
  if (!isAuditAction(row.action)) return { kind: 'unknown_action', seq, action: row.action };
  const spec = AUDIT_ACTIONS[row.action];
  const stateHash = row.state === null ? null : sha256Hex(row.state);
  const fields = {
    seq,
    at: row.at,
    userId: row.user_id,
    perkaraId: row.perkara_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    stateHash: row.state_hash,
    keyId: row.key_id,
  };
  const hash = rowHash(prevHash, fields);
  if (hash.toString('hex') !== row.hash || stateHash !== row.state_hash || spec.entity !== row.entity) {
    return { kind: 'row_changed', seq };
  }

  if (seq === 1) {
    // Genesis: the creator is atasan, and the key that signs the first row is theirs from row 1.
    if (row.action !== 'case_file.create' || row.user_id === null) return { kind: 'bad_genesis', seq };
    replay.roles.set(row.user_id, 'atasan');
    replay.keys.set(row.key_id, { owner: row.user_id, from: 1, until: null });
    replay.currentKeyOf.set(row.user_id, row.key_id);
  }

  const window = replay.keys.get(row.key_id);
  if (!window || window.owner !== row.user_id || seq < window.from || (window.until !== null && seq >= window.until)) {
    return { kind: 'key_not_valid', seq, keyId: row.key_id };
  }
  const publicKey = publicKeys.get(row.key_id);
  const keyObject = publicKey && createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  if (!keyObject || !verify(null, hash, keyObject, Buffer.from(row.signature, 'base64'))) return { kind: 'bad_signature', seq };

  const role = row.user_id === null ? 'recovery-key' : (replay.roles.get(row.user_id) ?? 'unknown');
  const allowed =
    spec.needs === 'recovery'
      ? row.user_id === null
      : row.user_id !== null &&
        (role === 'atasan' || role === 'penyidik' || role === 'pembaca') &&
        (spec.needs === 'self' ? row.entity_id === row.user_id : roleAllows(role, spec.needs));
  if (!allowed) return { kind: 'role_not_allowed', seq, role, action: row.action };

  applyEffects(row, replay);
  return null;
}

/** What a row changes in the replayed roles and keys, read from the state it recorded. */
function applyEffects(row: AuditRow, replay: Replay): void {
  if (row.state === null) return;
  const state: Record<string, unknown> = JSON.parse(row.state);
  if (row.entity === 'user') {
    const role = Role.safeParse(state.role);
    replay.roles.set(String(state.id), state.removedAt || !role.success ? 'removed' : role.data);
  }
  if (row.entity === 'user_key') {
    const id = Number(state.id);
    const owner = typeof state.userId === 'string' ? state.userId : null;
    if (replay.keys.has(id)) return; // the creator's key, known from row 1
    const previous = replay.currentKeyOf.get(owner);
    const previousWindow = previous === undefined ? undefined : replay.keys.get(previous);
    if (previousWindow) previousWindow.until = row.seq + 1;
    replay.keys.set(id, { owner, from: row.seq + 1, until: null });
    replay.currentKeyOf.set(owner, id);
  }
}

export function verifyAudit(db: ReadableDb, options: { anchor?: string } = {}): AuditReport {
  const publicKeys = new Map(
    all<{ id: number; public_key: Buffer }>(db, sql`SELECT id, public_key FROM user_keys`).map((k) => [k.id, k.public_key]),
  );
  const replay: Replay = { roles: new Map(), keys: new Map(), currentKeyOf: new Map() };
  const lastState = new Map<string, { seq: number; stateHash: string | null }>();
  let prevHash = GENESIS_PREV_HASH;
  let rows = 0;
  let anchorSeen = false;
  const report = (findings: AuditFinding[]): AuditReport => ({
    ok: findings.length === 0,
    rows,
    head: rows ? prevHash : null,
    findings,
  });

  for (const row of db.prepare('SELECT * FROM audit ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (row.seq !== rows + 1) return report([{ kind: 'chain_broken', seq: rows + 1 }]);
    const finding = checkRow(row, prevHash, replay, publicKeys);
    if (finding) return report([finding]);
    rows += 1;
    prevHash = row.hash;
    if (options.anchor && row.hash === options.anchor.toLowerCase()) anchorSeen = true;
    lastState.set(`${row.entity}:${row.entity_id}`, { seq: row.seq, stateHash: row.state_hash });
  }
  if (rows === 0) return report([{ kind: 'bad_genesis', seq: 1 }]);

  const findings: AuditFinding[] = [];
  for (const entity of ENTITIES) {
    const present = new Set<string>();
    for (const { id, state } of ENTITY_READERS[entity].all(db)) {
      present.add(id);
      const last = lastState.get(`${entity}:${id}`);
      if (!last) findings.push({ kind: 'record_unaudited', entity, entityId: id });
      else if (last.stateHash !== sha256Hex(canonicalJson(state))) findings.push({ kind: 'record_changed', entity, entityId: id, seq: last.seq });
    }
    for (const [key, last] of lastState) {
      const [kind, id = ''] = key.split(/:(.*)/s);
      if (kind === entity && last.stateHash !== null && !present.has(id)) findings.push({ kind: 'record_deleted', entity, entityId: id, seq: last.seq });
    }
  }
  if (options.anchor && !anchorSeen) findings.push({ kind: 'anchor_missing', anchor: options.anchor });
  return report(findings);
}

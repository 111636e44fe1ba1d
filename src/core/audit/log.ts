// Reading the chain for people: newest rows, optionally of one case, with the signer's login.
import type { AuditEntry } from '../../shared/domain/audit';
import { all, sql, type ReadableDb } from '../store/db';

type Row = {
  seq: number;
  at: string;
  user_id: string | null;
  login: string | null;
  perkara_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  hash: string;
};

/** The last `limit` rows (of one perkara when given), oldest first. */
export function auditLog(db: ReadableDb, options: { perkaraId?: string; limit?: number } = {}): AuditEntry[] {
  const limit = options.limit ?? 50;
  const rows = options.perkaraId
    ? all<Row>(db, sql`SELECT a.*, u.login FROM audit a LEFT JOIN users u ON u.id = a.user_id
                       WHERE a.perkara_id = ${options.perkaraId} ORDER BY a.seq DESC LIMIT ${limit}`)
    : all<Row>(db, sql`SELECT a.*, u.login FROM audit a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.seq DESC LIMIT ${limit}`);
  return rows.reverse().map((r) => ({
    seq: r.seq,
    at: r.at,
    userId: r.user_id,
    userLogin: r.login,
    perkaraId: r.perkara_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    hash: r.hash,
  }));
}

/** The hash of the last row: the anchor to print outside the file. */
export function auditHead(db: ReadableDb): string | null {
  return all<{ hash: string }>(db, sql`SELECT hash FROM audit ORDER BY seq DESC LIMIT 1`)[0]?.hash ?? null;
}

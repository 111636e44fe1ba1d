// The minimal perkara record: enough for the case list and the audit chain. The case-records work
// extends it with the fields of DESIGN.md §4.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { PerkaraId } from '../../shared/domain/ids';
import { Stage, type PerkaraSummary } from '../../shared/domain/case';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';

export const NewPerkara = z.strictObject({
  lpNumber: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  lpDate: z.iso.date().nullable().default(null),
});
export type NewPerkara = z.input<typeof NewPerkara>;

type PerkaraRow = { id: string; lp_number: string; lp_date: string | null; title: string; stage: string; created_at: string; updated_at: string };

function toSummary(r: PerkaraRow): PerkaraSummary {
  return {
    id: PerkaraId.parse(r.id),
    lpNumber: r.lp_number,
    lpDate: r.lp_date,
    title: r.title,
    stage: Stage.parse(r.stage),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function createPerkara(session: WriteSession, input: NewPerkara): PerkaraSummary {
  requireRole(session, 'editCases');
  const parsed = NewPerkara.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', { detail: `${issue?.path.join('.') || 'perkara'}: ${issue?.message ?? ''}` });
  }
  const p = parsed.data;
  if (get(session.db, sql`SELECT 1 FROM perkara WHERE lp_number = ${p.lpNumber}`)) {
    throw new AppError('INVALID_INPUT', { detail: `LP ${p.lpNumber} is already recorded` });
  }
  const id = randomUUID();
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`INSERT INTO perkara (id, lp_number, lp_date, title, created_at, updated_at)
                        VALUES (${id}, ${p.lpNumber}, ${p.lpDate}, ${p.title}, ${now}, ${now})`);
    audit(session, { action: 'perkara.create', entityId: id, perkaraId: id });
  });
  return getPerkara(session.db, id);
}

export function getPerkara(db: ReadableDb, id: string): PerkaraSummary {
  const row = get<PerkaraRow>(db, sql`SELECT * FROM perkara WHERE id = ${id}`);
  if (!row) throw new AppError('INVALID_INPUT', { detail: `no perkara ${id}` });
  return toSummary(row);
}

/** A perkara by its id or its LP number, as a person types either. */
export function findPerkara(db: ReadableDb, idOrLp: string): PerkaraSummary | null {
  const row = get<PerkaraRow>(db, sql`SELECT * FROM perkara WHERE id = ${idOrLp} OR lp_number = ${idOrLp.trim()}`);
  return row ? toSummary(row) : null;
}

export function listPerkara(db: ReadableDb): PerkaraSummary[] {
  return all<PerkaraRow>(db, sql`SELECT * FROM perkara ORDER BY created_at DESC, lp_number`).map(toSummary);
}

export type PerkaraPage = { total: number; rows: PerkaraSummary[] };

// Sort keys map to fixed SQL; nothing a caller sends is pasted into the query.
const ORDER_BY = {
  lpNumber: 'lp_number',
  lpDate: 'lp_date',
  title: 'title',
  stage: 'stage',
  updatedAt: 'updated_at',
} as const;

/** One page of the case list, sorted and filtered (LP number or title containing the text). */
export function listPerkaraPage(
  db: ReadableDb,
  q: { offset: number; limit: number; sort: keyof typeof ORDER_BY; direction: 'asc' | 'desc'; filter: string },
): PerkaraPage {
  const like = `%${q.filter.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const order = `${ORDER_BY[q.sort]} ${q.direction === 'asc' ? 'ASC' : 'DESC'}, id ASC`;
  const where = `WHERE lp_number LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\'`;
  const total = get<{ n: number }>(db, { text: `SELECT count(*) AS n FROM perkara ${where}`, params: [like, like] })?.n ?? 0;
  const rows = all<PerkaraRow>(db, {
    text: `SELECT * FROM perkara ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params: [like, like, q.limit, q.offset],
  }).map(toSummary);
  return { total, rows };
}

// The case list: one page at a time, sorted and filtered in SQL, so it stays fast with thousands of
// cases.
import { STAGES, type PerkaraSummary } from '../../shared/domain/case';
import { toSummary } from './cases';
import { all, get, type ReadableDb } from '../store/db';

export type PerkaraPage = { total: number; rows: PerkaraSummary[] };

// Sort keys map to fixed SQL; nothing a caller sends is pasted into the query. LP numbers sort by
// year, month and number (lp_sort), stages in procedural order.
const STAGE_ORDER = `CASE stage ${STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const ORDER_BY = {
  lpNumber: 'lp_sort',
  lpDate: 'lp_date',
  title: 'title',
  stage: STAGE_ORDER,
  updatedAt: 'updated_at',
} as const;

type Row = { id: string; lp_number: string; lp_date: string | null; title: string; stage: string; created_at: string; updated_at: string };

/** One page of the case list, sorted and filtered (LP number or title containing the text). */
export function listPerkaraPage(
  db: ReadableDb,
  q: { offset: number; limit: number; sort: keyof typeof ORDER_BY; direction: 'asc' | 'desc'; filter: string },
): PerkaraPage {
  const like = `%${q.filter.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const order = `${ORDER_BY[q.sort]} ${q.direction === 'asc' ? 'ASC' : 'DESC'}, id ASC`;
  const where = `WHERE lp_number LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\'`;
  const total = get<{ n: number }>(db, { text: `SELECT count(*) AS n FROM perkara ${where}`, params: [like, like] })?.n ?? 0;
  const rows = all<Row>(db, {
    text: `SELECT id, lp_number, lp_date, title, stage, created_at, updated_at FROM perkara ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params: [like, like, q.limit, q.offset],
  }).map(toSummary);
  return { total, rows };
}

// `berkas info`: what a case file is and holds, without a single secret and without writing a byte.
import { AppError } from '../../shared/errors';
import type { Settings } from '../../shared/domain/settings';
import type { User } from '../../shared/domain/user';
import { all, get, sql, type ReadableDb } from '../store/db';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../store/migrations';
import type { Session } from '../store/session';
import { getSettings } from './settings';
import { listUsers } from './users';

export type CaseFileInfo = {
  path: string;
  caseFileId: string;
  createdAt: string;
  createdWith: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  settings: Settings;
  users: User[];
  counts: { users: number; perkara: number };
  /** "ok": a case file that fails SQLite's quick_check is refused as damaged. */
  integrity: 'ok';
};

function meta(db: ReadableDb, key: string): string {
  return get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = ${key}`)?.value ?? '';
}

export function caseFileInfo(session: Session): CaseFileInfo {
  const db = session.db;
  // quick_check reads every page of every table and index (SQLCipher checks each page's MAC on
  // the way), so a damaged page is reported here rather than in the middle of later work.
  const check = all<{ quick_check: string }>(db, sql`PRAGMA quick_check(5)`).map((r) => r.quick_check);
  if (check.join() !== 'ok') {
    const pages = check.join(' ').match(/page \d+/g) ?? [];
    throw new AppError('DB_DAMAGED', { detail: `integrity check: ${[...new Set(pages)].slice(0, 3).join(', ') || check[0]}` });
  }
  const users = listUsers(db);
  return {
    path: session.dir,
    caseFileId: meta(db, 'case_file_id'),
    createdAt: meta(db, 'created_at'),
    createdWith: meta(db, 'created_with'),
    schemaVersion: schemaVersion(db),
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    settings: getSettings(db),
    users,
    counts: {
      users: users.filter((u) => !u.removedAt).length,
      perkara: get<{ n: number }>(db, sql`SELECT count(*) AS n FROM perkara`)?.n ?? 0,
    },
    integrity: 'ok',
  };
}

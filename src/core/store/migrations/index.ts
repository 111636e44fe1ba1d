// The ordered list of schema migrations. `PRAGMA user_version` holds the number of the last one
// applied. Append only: a migration that has shipped is never edited, and each has its own test.
import type { WritableDb } from '../db';
import { migration001Initial } from './001-initial';
import { migration002IdleLock } from './002-idle-lock';
import { migration003CaseRecords } from './003-case-records';
import { migration004Evidence } from './004-evidence';
import { migration005Search } from './005-search';
import { migration006DossierExports } from './006-dossier-exports';

export type Migration = { version: number; name: string; up: (db: WritableDb) => void };

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: migration001Initial },
  { version: 2, name: 'idle-lock', up: migration002IdleLock },
  { version: 3, name: 'case-records', up: migration003CaseRecords },
  { version: 4, name: 'evidence', up: migration004Evidence },
  { version: 5, name: 'search', up: migration005Search },
  { version: 6, name: 'dossier-exports', up: migration006DossierExports },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Applies every migration above the current version, each in its own transaction. */
export function migrate(db: WritableDb, target = LATEST_SCHEMA_VERSION): number {
  let current = schemaVersion(db);
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      // PRAGMA takes no bound parameters; the value is a number from this list, not input.
      db.pragma(`user_version = ${m.version}`);
    })();
    current = m.version;
  }
  return current;
}

export function schemaVersion(db: { pragma: WritableDb['pragma'] }): number {
  const v = db.pragma('user_version', { simple: true });
  return typeof v === 'number' ? v : 0;
}

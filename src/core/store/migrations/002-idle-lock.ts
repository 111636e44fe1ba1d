// Schema 2: how long an unlocked case file may sit idle before Berkas locks it (minutes).
import type { WritableDb } from '../db';

export const IDLE_LOCK_DEFAULT_MINUTES = 10;

export function migration002IdleLock(db: WritableDb): void {
  db.exec(`
    ALTER TABLE settings ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT ${IDLE_LOCK_DEFAULT_MINUTES}
      CHECK (idle_lock_minutes BETWEEN 1 AND 240);
  `);
}

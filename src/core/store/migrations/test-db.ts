// For the migration tests only: an empty database keyed as a case file's is, in a temp folder that
// goes when the test ends. Each test builds the old shape it upgrades from on top of it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { onTestFinished } from 'vitest';
import { applyPragmas, asWritable, openConnection, type WritableDb } from '../db';

export function tempEncryptedDb(): { db: WritableDb; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'berkas-mig-'));
  const path = join(dir, 'case.db');
  new Database(path).close();
  const conn = openConnection(path, randomBytes(32));
  applyPragmas(conn, 'write');
  const db = asWritable(conn);
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, dir };
}

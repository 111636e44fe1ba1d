import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPragmas, asWritable, get, openConnection, run, sql, type WritableDb } from '../db';
import { migrate, schemaVersion } from './index';

let dir = '';
let db: WritableDb | null = null;

afterEach(() => {
  db?.close();
  db = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 002: idle lock minutes', () => {
  it('adds the setting to a schema-1 database, keeping its row, with the default of 10 minutes', () => {
    dir = mkdtempSync(join(tmpdir(), 'berkas-mig-'));
    const path = join(dir, 'case.db');
    new Database(path).close();
    const conn = openConnection(path, randomBytes(32));
    applyPragmas(conn, 'write');
    db = asWritable(conn);
    // The old shape, with a row in it.
    migrate(db, 1);
    run(db, sql`INSERT INTO settings (id, title, unit_name, time_zone) VALUES (1, 'Kasus lama', 'Satreskrim', 'WIB')`);
    expect(schemaVersion(db)).toBe(1);

    expect(migrate(db, 2)).toBe(2);
    expect(get(db, sql`SELECT title, unit_name, time_zone, idle_lock_minutes FROM settings WHERE id = 1`)).toEqual({
      title: 'Kasus lama',
      unit_name: 'Satreskrim',
      time_zone: 'WIB',
      idle_lock_minutes: 10,
    });
    const w = db;
    expect(() => run(w, sql`UPDATE settings SET idle_lock_minutes = 0`)).toThrow(/CHECK/);
    expect(() => run(w, sql`UPDATE settings SET idle_lock_minutes = 241`)).toThrow(/CHECK/);
    run(w, sql`UPDATE settings SET idle_lock_minutes = 5`);
  });
});

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, run, sql } from '../db';
import { tempEncryptedDb } from './test-db';
import { migrate, schemaVersion } from './index';


describe('migration 001: initial schema', () => {
  it('builds the tables from an empty encrypted database and records schema 1', () => {
    const { db, dir } = tempEncryptedDb();
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, 1)).toBe(1);
    expect(schemaVersion(db)).toBe(1);
    const tables = all<{ name: string }>(db, sql`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).map((r) => r.name);
    expect(tables).toEqual(['audit', 'meta', 'perkara', 'settings', 'user_keys', 'users']);
    // Running again changes nothing.
    expect(migrate(db, 1)).toBe(1);
    expect(readFileSync(join(dir, 'case.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('holds the rules in the schema itself: one settings row, known roles, time zones and stages', () => {
    const { db } = tempEncryptedDb();
    migrate(db, 1);
    const w = db;
    run(w, sql`INSERT INTO settings (id, title) VALUES (1, 'Kasus')`);
    expect(() => run(w, sql`INSERT INTO settings (id, title) VALUES (2, 'Lain')`)).toThrow(/CHECK/);
    expect(() => run(w, sql`UPDATE settings SET time_zone = 'UTC'`)).toThrow(/CHECK/);
    expect(() => run(w, sql`UPDATE settings SET letterhead = '"satu baris"'`)).toThrow(/CHECK/);
    run(w, sql`INSERT INTO users (id, login, display_name, role, slot_id, created_at) VALUES ('u1', 'budi', 'Budi', 'atasan', 's1', 'now')`);
    expect(() =>
      run(w, sql`INSERT INTO users (id, login, display_name, role, created_at) VALUES ('u2', 'budi', 'Budi 2', 'penyidik', 'now')`),
    ).toThrow(/UNIQUE/);
    expect(() =>
      run(w, sql`INSERT INTO users (id, login, display_name, role, created_at) VALUES ('u3', 'ani', 'Ani', 'admin', 'now')`),
    ).toThrow(/CHECK/);
    expect(() =>
      run(w, sql`INSERT INTO user_keys (user_id, public_key, valid_from, reason) VALUES ('nobody', ${randomBytes(32)}, 'now', 'created')`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      run(w, sql`INSERT INTO perkara (id, lp_number, title, stage, created_at, updated_at) VALUES ('p1', 'LP/B/1/XI/2026', 'T', 'selesai', 'now', 'now')`),
    ).toThrow(/CHECK/);
  });

  it('makes the audit table append-only: the database itself refuses UPDATE and DELETE', () => {
    const { db } = tempEncryptedDb();
    migrate(db, 1);
    const w = db;
    run(w, sql`INSERT INTO audit (seq, at, user_id, action, entity, entity_id, key_id, prev_hash, hash, signature)
               VALUES (1, 'now', 'u1', 'case_file.create', 'case_file', 'c1', 1, 'p', 'h', 's')`);
    expect(() => run(w, sql`UPDATE audit SET action = 'x' WHERE seq = 1`)).toThrow(/append-only/);
    expect(() => run(w, sql`DELETE FROM audit WHERE seq = 1`)).toThrow(/append-only/);
    expect(() => run(w, sql`INSERT INTO audit (seq, at, user_id, action, entity, entity_id, state, key_id, prev_hash, hash, signature)
               VALUES (2, 'now', 'u1', 'a', 'e', 'i', '{}', 1, 'p', 'h2', 's')`)).toThrow(/CHECK/); // state without its hash
  });
});

import { describe, expect, it } from 'vitest';
import { get, run, sql } from '../db';
import { tempEncryptedDb } from './test-db';
import { migrate, schemaVersion } from './index';


describe('migration 002: idle lock minutes', () => {
  it('adds the setting to a schema-1 database, keeping its row, with the default of 10 minutes', () => {
    const { db } = tempEncryptedDb();
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

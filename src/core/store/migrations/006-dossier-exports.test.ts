import { describe, expect, it } from 'vitest';
import { all, run, sql } from '../db';
import { tempEncryptedDb } from './test-db';
import { migrate, schemaVersion } from './index';

const T = '2026-11-20T02:00:00.000Z';
const HEX = 'a'.repeat(64);

describe('migration 006: dossier exports', () => {
  it('adds an append-only table of exports to a schema-5 file with cases in it', () => {
    const { db: w } = tempEncryptedDb();
    migrate(w, 5);
    run(w, sql`INSERT INTO perkara (id, lp_number, lp_date, title, created_at, updated_at)
               VALUES ('p-1', 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', '2026-10-18', 'PMI ilegal', ${T}, ${T})`);
    expect(migrate(w, 6)).toBe(6);
    expect(schemaVersion(w)).toBe(6);

    run(w, sql`INSERT INTO dossier_export (id, perkara_id, number, profile, exported_at, content_digest, sha256, bytes, pages, created_at)
               VALUES ('x-1', 'p-1', 1, 'full', ${T}, ${HEX}, ${HEX}, 1000, 12, ${T})`);
    expect(all(w, sql`SELECT id, number, pages FROM dossier_export`)).toEqual([{ id: 'x-1', number: 1, pages: 12 }]);

    // What was issued stays on record: no edit, no removal, no export of a case that is not there.
    expect(() => run(w, sql`UPDATE dossier_export SET sha256 = ${'b'.repeat(64)}`)).toThrow(/append-only/);
    expect(() => run(w, sql`DELETE FROM dossier_export`)).toThrow(/append-only/);
    expect(() =>
      run(w, sql`INSERT INTO dossier_export (id, perkara_id, number, profile, exported_at, content_digest, sha256, bytes, pages, created_at)
                 VALUES ('x-2', 'p-9', 1, 'full', ${T}, ${HEX}, ${HEX}, 1000, 12, ${T})`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      run(w, sql`INSERT INTO dossier_export (id, perkara_id, number, profile, exported_at, content_digest, sha256, bytes, pages, created_at)
                 VALUES ('x-3', 'p-1', 2, 'public', ${T}, ${HEX}, ${HEX}, 1000, 12, ${T})`),
    ).toThrow(/CHECK/);
  });
});

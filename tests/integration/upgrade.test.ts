// A case file made by an older Berkas: a reader refuses it by name and changes nothing; the first
// open for writing upgrades it, and its audit chain still verifies (records last changed before the
// upgrade still match their rows).
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/core/audit/append';
import { applyPragmas, asWritable, openConnection, type Connection } from '../../src/core/store/db';
import { LATEST_SCHEMA_VERSION, migrate } from '../../src/core/store/migrations';
import { openCaseFile, using } from '../../src/core/store/open';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const credentials = () => ({ kind: 'passphrase' as const, login: 'budi', passphrase: Buffer.from(PASS) });

const SCHEMA_3_TABLES = ['document_party', 'document', 'arrest', 'detention', 'party', 'person', 'perkara_stage', 'charge', 'rule_set'];
const PERKARA_ADDED_IN_3 = [
  'model', 'satker', 'place', 'offence_start', 'offence_end', 'modus', 'exploitation', 'recruitment_channel',
  'charges', 'team', 'resume', 'adult_rules', 'child_rules', 'warnings', 'lp_sort',
];

const names = (db: Connection, type: 'table' | 'index' | 'trigger'): string[] =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all(type) as { name: string }[]).map((r) => r.name);
const columns = (db: Connection, table: string): string[] =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((r) => r.name);

/**
 * Takes out whatever a migration after 3 added (if one exists by now), by comparing with a database
 * migrated to 3: it must go first, since it may name the schema-3 tables. Newest objects first.
 */
function undoAfterSchema3(db: Connection): void {
  const reference = new Database(':memory:');
  try {
    migrate(asWritable(reference), 3);
    for (const type of ['trigger', 'index'] as const) {
      const keep = new Set(names(reference, type));
      for (const name of names(db, type).reverse()) if (!keep.has(name)) db.exec(`DROP ${type.toUpperCase()} ${name}`);
    }
    const keep = new Set(names(reference, 'table'));
    // An FTS5 table takes its shadow tables with it; they cannot be dropped on their own.
    const virtual = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[];
    for (const { name } of virtual) if (!keep.has(name)) db.exec(`DROP TABLE ${name}`);
    for (const table of names(db, 'table').reverse()) if (!keep.has(table)) db.exec(`DROP TABLE ${table}`);
    for (const table of keep) {
      const known = new Set(columns(reference, table));
      for (const column of columns(db, table).reverse()) if (!known.has(column)) db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
  } finally {
    reference.close();
  }
}

/** Turns the database back into the shape schema 2 had: what migration 3 added, taken out again. */
function undoSchema3(db: Connection): void {
  undoAfterSchema3(db);
  for (const table of SCHEMA_3_TABLES) db.exec(`DROP TABLE ${table}`);
  db.exec('DROP INDEX perkara_by_lp_sort');
  for (const column of PERKARA_ADDED_IN_3) db.exec(`ALTER TABLE perkara DROP COLUMN ${column}`);
  db.pragma('user_version = 2');
}

/** The session's key material, copied out before the session closes (and zeroes it). */
async function keyMaterial(dir: string) {
  return using(openCaseFile(dir, credentials(), 'read'), (s) => ({
    dek: Buffer.from(s.dek),
    seed: Buffer.from(s.signingSeed),
    keyId: s.keyId,
    userId: s.user?.id ?? null,
  }));
}

describe('upgrading a schema-1 case file', () => {
  it('read-only commands refuse it untouched; the first write upgrades it and the chain verifies', async () => {
    const { dir } = initCaseFile(tempDir(), 'lama');
    expect(berkas(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN'], budi).code).toBe(0);
    // Turn it back into the shape schema 1 had, with the real data key.
    const { dek } = await keyMaterial(dir);
    const db = openConnection(join(dir, 'case.db'), dek);
    undoSchema3(db);
    db.exec('ALTER TABLE settings DROP COLUMN idle_lock_minutes');
    db.pragma('user_version = 1');
    db.close();

    const before = snapshot(dir);
    const info = berkas(['info', dir], budi);
    expect(info.code).toBe(2);
    expect(info.stderr.trim()).toBe(`berkas: This case file uses an older schema (1); open it once to make a change and it will be upgraded to schema ${LATEST_SCHEMA_VERSION}.`);
    expect(snapshot(dir)).toEqual(before);

    expect(berkas(['settings', dir, '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi).code).toBe(0);
    const json = JSON.parse(berkas(['info', dir, '--json'], budi).stdout);
    expect(json).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, settings: { idleLockMinutes: 10, satker: 'POLRESTA BALIKPAPAN', polda: 'POLDA KALIMANTAN TIMUR' } });
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
    expect(berkas(['settings', dir, '--set', 'idle-lock-minutes=3'], budi).code).toBe(0);
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  });
});

describe('upgrading a schema-2 case file', () => {
  it('keeps the perkara it holds verifiable after they gain the schema-3 columns, and sorts them by LP number', async () => {
    const { dir } = initCaseFile(tempDir(), 'dua');
    const { dek, seed, keyId, userId } = await keyMaterial(dir);
    const conn = openConnection(join(dir, 'case.db'), dek);
    try {
      applyPragmas(conn, 'write');
      undoSchema3(conn);
      // Two perkara as schema-2 Berkas wrote them, each with its audit row; the larger number first,
      // so that neither creation order nor text order puts LP/B/999 first.
      const db = asWritable(conn);
      const insert = conn.prepare(
        'INSERT INTO perkara (id, lp_number, lp_date, title, stage, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const old = [
        { id: 'a0d6c1e2-5b1f-4c53-9f4e-1c2d3e4f5a60', lp: 'LP/B/1000/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', title: 'TPPO PMI ilegal' },
        { id: 'b1e7d2f3-6c2a-4d64-8a5f-2d3e4f5a6b71', lp: 'LP/B/999/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', title: 'TPPO eksploitasi anak' },
      ];
      for (const p of old) {
        const now = new Date();
        db.transaction(() => {
          insert.run(p.id, p.lp, '2025-11-20', p.title, 'penyidikan', now.toISOString(), now.toISOString());
          appendAudit(db, { userId, keyId, seed }, { action: 'perkara.create', entityId: p.id, perkaraId: p.id }, now);
        })();
      }
    } finally {
      conn.close();
    }

    const before = snapshot(dir);
    const info = berkas(['info', dir], budi);
    expect(info.code).toBe(2);
    expect(info.stderr.trim()).toBe(`berkas: This case file uses an older schema (2); open it once to make a change and it will be upgraded to schema ${LATEST_SCHEMA_VERSION}.`);
    expect(snapshot(dir)).toEqual(before);

    expect(berkas(['settings', dir, '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi).code).toBe(0);
    expect(JSON.parse(berkas(['info', dir, '--json'], budi).stdout)).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
    // The old perkara now hold the schema-3 defaults, which their state leaves out: still their rows.
    const verify = berkas(['audit', 'verify', dir], budi);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);

    const cases = berkas(['cases', dir, '--json'], budi);
    expect(cases.code).toBe(0);
    expect((JSON.parse(cases.stdout) as Array<{ lpNumber: string }>).map((c) => c.lpNumber.split('/')[2])).toEqual(['999', '1000']);
  });
});

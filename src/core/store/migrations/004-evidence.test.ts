import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { all, get, run, sql, type WritableDb } from '../db';
import { tempEncryptedDb } from './test-db';
import { migrate, schemaVersion } from './index';


const LP = 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const T = '2026-10-20T02:00:00.000Z';
const HEX32 = 'a'.repeat(32);
const SHA = 'b'.repeat(64);

/** A schema-3 case file with one perkara and one document in it, written the old way. */
function schema3(): WritableDb {
  const { db: w } = tempEncryptedDb();
  migrate(w, 3);
  run(w, sql`INSERT INTO perkara (id, lp_number, lp_date, title, stage, created_at, updated_at)
             VALUES ('p-1', ${LP}, '2026-10-18', 'Pengiriman PMI ilegal', 'penyidikan', ${T}, ${T})`);
  run(w, sql`INSERT INTO document (id, perkara_id, type, number, created_at, updated_at)
             VALUES ('d-1', 'p-1', 'ba_penyitaan', 'BA/12/X/2026', ${T}, ${T})`);
  expect(schemaVersion(w)).toBe(3);
  return w;
}

function evidence(w: WritableDb, id: string, number: number, category: string, amount: number | null, description = 'HP Samsung A12'): void {
  run(w, sql`INSERT INTO evidence (id, perkara_id, number, description, category, amount, created_at, updated_at)
             VALUES (${id}, 'p-1', ${number}, ${description}, ${category}, ${amount}, ${T}, ${T})`);
}

type AttachmentRow = { id: string; evidence: string | null; document: string | null; blob: string; key?: Buffer; sha256?: string };

function attachment(w: WritableDb, a: AttachmentRow): void {
  run(w, sql`INSERT INTO attachment (id, perkara_id, evidence_id, document_id, blob_id, file_key, name, media_type, size, sha256, protected, created_at)
             VALUES (${a.id}, 'p-1', ${a.evidence}, ${a.document}, ${a.blob}, ${a.key ?? randomBytes(32)}, 'foto.jpg', 'image/jpeg', 10,
                     ${a.sha256 ?? SHA}, 0, ${T})`);
}

function custody(w: WritableDb, id: string, seq: number, purpose = 'penyitaan', corrects: string | null = null): void {
  run(w, sql`INSERT INTO custody_event (id, evidence_id, seq, released_by, received_by, at, purpose, corrects, created_at)
             VALUES (${id}, 'e-1', ${seq}, 'Bripka Andi', 'Aiptu Sari', ${T}, ${purpose}, ${corrects}, ${T})`);
}

describe('migration 004: evidence', () => {
  it('adds the three tables to a schema-3 file and keeps its rows', () => {
    const w = schema3();
    expect(migrate(w, 4)).toBe(4);
    expect(schemaVersion(w)).toBe(4);
    const tables = all<{ name: string }>(w, sql`SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => r.name);
    for (const table of ['evidence', 'custody_event', 'attachment']) expect(tables).toContain(table);
    const triggers = all<{ name: string }>(w, sql`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'custody_event'`).map((r) => r.name);
    expect(triggers.sort()).toEqual(['custody_event_append_only_delete', 'custody_event_append_only_update']);
    expect(get(w, sql`SELECT lp_number, title FROM perkara WHERE id = 'p-1'`)).toEqual({ lp_number: LP, title: 'Pengiriman PMI ilegal' });
    expect(get(w, sql`SELECT count(*) AS n FROM evidence`)).toEqual({ n: 0 });
  });

  it('refuses a bad evidence row: category, amount only for money, number, description, one number per case', () => {
    const w = schema3();
    migrate(w, 4);
    expect(() => evidence(w, 'e-x', 1, 'senjata', null)).toThrow(/CHECK/);
    expect(() => evidence(w, 'e-x', 1, 'fisik', 5000)).toThrow(/CHECK/);
    expect(() => evidence(w, 'e-x', 1, 'uang', -1)).toThrow(/CHECK/);
    expect(() => evidence(w, 'e-x', 0, 'fisik', null)).toThrow(/CHECK/);
    expect(() => evidence(w, 'e-x', 1, 'fisik', null, '')).toThrow(/CHECK/);
    evidence(w, 'e-1', 1, 'digital', null);
    evidence(w, 'e-2', 2, 'uang', 15_000_000);
    expect(() => evidence(w, 'e-3', 2, 'fisik', null)).toThrow(/UNIQUE/);
    expect(() => run(w, sql`UPDATE evidence SET disposition = 'dijual' WHERE id = 'e-1'`)).toThrow(/CHECK/);
    run(w, sql`UPDATE evidence SET disposition = 'dirampas_negara' WHERE id = 'e-2'`);
  });

  it('refuses a bad attachment row: exactly one target, 32-hex-digit blob id, 32-byte key, 64-digit SHA-256', () => {
    const w = schema3();
    migrate(w, 4);
    evidence(w, 'e-1', 1, 'digital', null);
    expect(() => attachment(w, { id: 'a-x', evidence: null, document: null, blob: HEX32 })).toThrow(/CHECK/);
    expect(() => attachment(w, { id: 'a-x', evidence: 'e-1', document: 'd-1', blob: HEX32 })).toThrow(/CHECK/);
    expect(() => attachment(w, { id: 'a-x', evidence: 'e-1', document: null, blob: 'a'.repeat(31) })).toThrow(/CHECK/);
    expect(() => attachment(w, { id: 'a-x', evidence: 'e-1', document: null, blob: 'a'.repeat(33) })).toThrow(/CHECK/);
    expect(() => attachment(w, { id: 'a-x', evidence: 'e-1', document: null, blob: HEX32, key: randomBytes(16) })).toThrow(/CHECK/);
    expect(() => attachment(w, { id: 'a-x', evidence: 'e-1', document: null, blob: HEX32, sha256: 'abc' })).toThrow(/CHECK/);
    attachment(w, { id: 'a-1', evidence: 'e-1', document: null, blob: HEX32 });
    attachment(w, { id: 'a-2', evidence: null, document: 'd-1', blob: 'c'.repeat(32) });
    // One blob file is named by one row only.
    expect(() => attachment(w, { id: 'a-3', evidence: 'e-1', document: null, blob: HEX32 })).toThrow(/UNIQUE/);
    // A thumbnail comes with its key and its hash, or not at all.
    expect(() => run(w, sql`UPDATE attachment SET thumb_blob_id = ${'d'.repeat(32)} WHERE id = 'a-1'`)).toThrow(/CHECK/);
    run(w, sql`UPDATE attachment SET thumb_blob_id = ${'d'.repeat(32)}, thumb_key = ${randomBytes(32)}, thumb_sha256 = ${SHA} WHERE id = 'a-1'`);
  });

  it('keeps custody events append-only: UPDATE and DELETE abort, a correction is a new row', () => {
    const w = schema3();
    migrate(w, 4);
    evidence(w, 'e-1', 1, 'digital', null);
    expect(() => custody(w, 'c-x', 1, 'dijual')).toThrow(/CHECK/);
    expect(() => custody(w, 'c-x', 0)).toThrow(/CHECK/);
    custody(w, 'c-1', 1);
    custody(w, 'c-2', 2, 'pemeriksaan_lab');
    expect(() => custody(w, 'c-x', 2)).toThrow(/UNIQUE/);
    expect(() => run(w, sql`UPDATE custody_event SET received_by = 'Orang lain' WHERE id = 'c-1'`)).toThrow('custody events are append-only');
    expect(() => run(w, sql`UPDATE custody_event SET note = 'x'`)).toThrow('custody events are append-only');
    expect(() => run(w, sql`DELETE FROM custody_event WHERE id = 'c-2'`)).toThrow('custody events are append-only');
    expect(() => run(w, sql`DELETE FROM custody_event`)).toThrow('custody events are append-only');
    custody(w, 'c-3', 3, 'pemeriksaan', 'c-2');
    expect(all(w, sql`SELECT id, seq, purpose, received_by, corrects FROM custody_event ORDER BY seq`)).toEqual([
      { id: 'c-1', seq: 1, purpose: 'penyitaan', received_by: 'Aiptu Sari', corrects: null },
      { id: 'c-2', seq: 2, purpose: 'pemeriksaan_lab', received_by: 'Aiptu Sari', corrects: null },
      { id: 'c-3', seq: 3, purpose: 'pemeriksaan', received_by: 'Aiptu Sari', corrects: 'c-2' },
    ]);
  });
});

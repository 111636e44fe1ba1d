import { describe, expect, it } from 'vitest';
import { all, get, run, sql, type WritableDb } from '../db';
import { rebuildSearchIndex, SEARCH_TABLES } from './005-search';
import { tempEncryptedDb } from './test-db';
import { migrate, schemaVersion } from './index';


const LP = 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const T = '2026-10-20T02:00:00.000Z';

function person(w: WritableDb, id: string, name: string, extra: { nik?: string; phone?: string; address?: string } = {}): void {
  run(w, sql`INSERT INTO person (id, full_name, nik, phone, address, created_at, updated_at)
             VALUES (${id}, ${name}, ${extra.nik ?? null}, ${extra.phone ?? ''}, ${extra.address ?? ''}, ${T}, ${T})`);
}

/** A schema-4 case file with one of each kind of record in it, written before the index existed. */
function schema4(): WritableDb {
  const { db: w } = tempEncryptedDb();
  migrate(w, 4);
  const resume = JSON.stringify({ dasar: '', uraian: 'Korban direkrut lewat MiChat', fakta: '', analisis: '', kesimpulan: '' });
  run(w, sql`INSERT INTO perkara (id, lp_number, lp_date, title, place, resume, created_at, updated_at)
             VALUES ('p-1', ${LP}, '2026-10-18', 'Pengiriman PMI ilegal', 'Kel. Manggar', ${resume}, ${T}, ${T})`);
  person(w, 'o-1', 'Sari Wulandari', { nik: '6471015212850005', phone: '0812-3456 7890' });
  person(w, 'o-2', 'Sītī Aminah'.normalize('NFD'), { address: 'Jl. Cempaka' });
  run(w, sql`INSERT INTO document (id, perkara_id, type, number, summary, created_at, updated_at)
             VALUES ('d-1', 'p-1', 'ba_penyitaan', 'BA/12/X/2026', 'Penyitaan ponsel', ${T}, ${T})`);
  run(w, sql`INSERT INTO evidence (id, perkara_id, number, description, category, seal_number, created_at, updated_at)
             VALUES ('e-1', 'p-1', 3, 'Ponsel Samsung A14', 'digital', 'SEGEL/7', ${T}, ${T})`);
  expect(schemaVersion(w)).toBe(4);
  return w;
}

/** Source ids of `table` whose index rows match: substring (trigram) or word prefix. */
function found(w: WritableDb, table: 'person' | 'perkara' | 'document' | 'evidence', index: 'trigram' | 'prefix', match: string): string[] {
  // Table names come from the fixed SEARCH_TABLES and the union above.
  const fts = SEARCH_TABLES[table][index];
  const rowids = all<{ k: number }>(w, { text: `SELECT rowid AS k FROM ${fts} WHERE ${fts} MATCH ?`, params: [match] }).map((r) => r.k);
  return rowids.map((r) => get<{ id: string }>(w, { text: `SELECT id FROM ${table} WHERE rowid = ?`, params: [r] })?.id ?? `missing ${r}`).sort();
}

describe('migration 005: search', () => {
  it('indexes the rows a schema-4 file already holds, of every kind', () => {
    const w = schema4();
    expect(migrate(w, 5)).toBe(5);
    expect(found(w, 'person', 'trigram', '"wulan"')).toEqual(['o-1']);
    expect(found(w, 'person', 'trigram', '"siti"')).toEqual(['o-2']); // NFD and macrons folded
    expect(found(w, 'person', 'prefix', '"s" *')).toEqual(['o-1', 'o-2']);
    expect(found(w, 'person', 'trigram', '"12850005"')).toEqual(['o-1']); // NIK digits
    expect(found(w, 'person', 'trigram', '"34567890"')).toEqual(['o-1']); // phone without its separators
    expect(found(w, 'perkara', 'trigram', '"517"')).toEqual(['p-1']);
    expect(found(w, 'perkara', 'trigram', '"michat"')).toEqual(['p-1']); // a resume text, not its keys
    expect(found(w, 'perkara', 'trigram', '"uraian"')).toEqual([]);
    expect(found(w, 'document', 'prefix', '"penyitaan"')).toEqual(['d-1']); // 'ba_penyitaan' as words
    expect(found(w, 'evidence', 'prefix', '"bb" + "3"')).toEqual(['e-1']);
    expect(found(w, 'evidence', 'trigram', '"samsung"')).toEqual(['e-1']);
  });

  it('keeps no copy of the text: the tables are contentless', () => {
    const w = schema4();
    migrate(w, 5);
    const tables = all<{ name: string }>(w, sql`SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'search%' ORDER BY name`).map((r) => r.name);
    expect(tables).toContain('search_person_trigram');
    expect(tables.filter((t) => t.endsWith('_content'))).toEqual([]);
    expect(get(w, sql`SELECT head, digits FROM search_person_trigram LIMIT 1`)).toEqual({ head: null, digits: null });
  });

  it('follows inserts, updates and deletes made with plain SQL, in the same transaction', () => {
    const w = schema4();
    migrate(w, 5);
    person(w, 'o-3', 'Hendra Kurniawan', { phone: '0813 1111 2222' });
    expect(found(w, 'person', 'trigram', '"kurnia"')).toEqual(['o-3']);
    run(w, sql`UPDATE person SET full_name = 'Hendra Saputra' WHERE id = 'o-3'`);
    expect(found(w, 'person', 'trigram', '"kurnia"')).toEqual([]);
    expect(found(w, 'person', 'trigram', '"saputra"')).toEqual(['o-3']);
    expect(found(w, 'person', 'trigram', '"11112222"')).toEqual(['o-3']);
    run(w, sql`UPDATE perkara SET title = 'Eksploitasi ABK' WHERE id = 'p-1'`);
    expect(found(w, 'perkara', 'trigram', '"abk"')).toEqual(['p-1']);
    expect(found(w, 'perkara', 'trigram', '"ilegal"')).toEqual([]);
    run(w, sql`UPDATE evidence SET description = 'Buku catatan tamu' WHERE id = 'e-1'`);
    expect(found(w, 'evidence', 'trigram', '"catatan"')).toEqual(['e-1']);
    run(w, sql`DELETE FROM evidence WHERE id = 'e-1'`);
    run(w, sql`DELETE FROM document WHERE id = 'd-1'`);
    run(w, sql`DELETE FROM person WHERE id = 'o-3'`);
    expect(found(w, 'evidence', 'trigram', '"catatan"')).toEqual([]);
    expect(found(w, 'document', 'prefix', '"penyitaan"')).toEqual([]);
    expect(found(w, 'person', 'trigram', '"saputra"')).toEqual([]);
    // A rolled-back write leaves the index as it was.
    expect(() => w.transaction(() => {
      person(w, 'o-4', 'Rina Handayani');
      throw new Error('cancelled');
    })()).toThrow('cancelled');
    expect(found(w, 'person', 'trigram', '"handayani"')).toEqual([]);
  });

  it('rebuilds to the same index from the source rows', () => {
    const w = schema4();
    migrate(w, 5);
    const before = [found(w, 'person', 'prefix', '"s" *'), found(w, 'perkara', 'trigram', '"michat"'), found(w, 'evidence', 'trigram', '"ponsel"')];
    rebuildSearchIndex(w);
    rebuildSearchIndex(w);
    expect([found(w, 'person', 'prefix', '"s" *'), found(w, 'perkara', 'trigram', '"michat"'), found(w, 'evidence', 'trigram', '"ponsel"')]).toEqual(before);
    expect(get(w, sql`SELECT count(*) AS n FROM search_person_prefix`)).toEqual({ n: 2 });
  });
});

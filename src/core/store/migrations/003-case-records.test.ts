import { describe, expect, it } from 'vitest';
import { all, get, run, sql, type WritableDb } from '../db';
import { tempEncryptedDb } from './test-db';
import { migrate, schemaVersion } from './index';


const LP_1000 = 'LP/B/1000/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const LP_999 = 'LP/B/999/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const T = '2025-11-20T02:00:00.000Z';

/** A schema-2 case file with two perkara written the old way (1000 first, so row order is not LP order). */
function schema2(): WritableDb {
  const { db: w } = tempEncryptedDb();
  migrate(w, 2);
  run(w, sql`INSERT INTO perkara (id, lp_number, lp_date, title, stage, created_at, updated_at)
             VALUES ('p-1000', ${LP_1000}, '2025-11-03', 'Eksploitasi anak via MiChat', 'penyidikan', ${T}, '2025-11-21T03:00:00.000Z')`);
  run(w, sql`INSERT INTO perkara (id, lp_number, lp_date, title, stage, created_at, updated_at)
             VALUES ('p-999', ${LP_999}, NULL, 'Pengiriman PMI ilegal', 'penyelidikan', ${T}, ${T})`);
  expect(schemaVersion(w)).toBe(2);
  return w;
}

describe('migration 003: case records', () => {
  it('keeps the old perkara columns and gives the new ones their defaults', () => {
    const w = schema2();
    expect(migrate(w, 3)).toBe(3);
    expect(schemaVersion(w)).toBe(3);
    const row = get<Record<string, unknown>>(w, sql`SELECT * FROM perkara WHERE id = 'p-1000'`);
    expect(row).toMatchObject({
      id: 'p-1000',
      lp_number: LP_1000,
      lp_date: '2025-11-03',
      title: 'Eksploitasi anak via MiChat',
      stage: 'penyidikan',
      created_at: T,
      updated_at: '2025-11-21T03:00:00.000Z',
      model: null,
      satker: '',
      place: '',
      offence_start: null,
      offence_end: null,
      modus: '',
      exploitation: '',
      recruitment_channel: '',
      charges: '[]',
      team: '[]',
      adult_rules: null,
      child_rules: null,
      warnings: '[]',
    });
    expect(JSON.parse(String(row?.resume))).toEqual({ dasar: '', uraian: '', fakta: '', analisis: '', kesimpulan: '' });
    expect(get(w, sql`SELECT lp_number, lp_date, title, stage FROM perkara WHERE id = 'p-999'`)).toEqual({
      lp_number: LP_999,
      lp_date: null,
      title: 'Pengiriman PMI ilegal',
      stage: 'penyelidikan',
    });
  });

  it('fills lp_sort so that LP/B/999 sorts before LP/B/1000', () => {
    const w = schema2();
    // As text, 1000 sorts first.
    expect(all<{ id: string }>(w, sql`SELECT id FROM perkara ORDER BY lp_number`).map((r) => r.id)).toEqual(['p-1000', 'p-999']);
    migrate(w, 3);
    const rows = all<{ id: string; lp_sort: string }>(w, sql`SELECT id, lp_sort FROM perkara ORDER BY lp_sort`);
    expect(rows.map((r) => r.id)).toEqual(['p-999', 'p-1000']);
    for (const r of rows) expect(r.lp_sort).not.toBe('');
  });

  it('creates the new tables, whose CHECK constraints refuse bad rows', () => {
    const w = schema2();
    migrate(w, 3);
    const tables = all<{ name: string }>(w, sql`SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => r.name);
    for (const t of ['perkara_stage', 'person', 'party', 'arrest', 'detention', 'document', 'document_party', 'charge', 'rule_set']) {
      expect(tables).toContain(t);
    }

    // perkara: model is A or B, the JSON columns hold the right kind of JSON.
    expect(() => run(w, sql`UPDATE perkara SET model = 'C' WHERE id = 'p-999'`)).toThrow(/CHECK/);
    expect(() => run(w, sql`UPDATE perkara SET charges = '{}' WHERE id = 'p-999'`)).toThrow(/CHECK/);
    expect(() => run(w, sql`UPDATE perkara SET resume = 'bukan json' WHERE id = 'p-999'`)).toThrow(/CHECK/);
    run(w, sql`UPDATE perkara SET model = 'B', charges = '["uu21-2007-p2"]' WHERE id = 'p-999'`);

    expect(() =>
      run(w, sql`INSERT INTO perkara_stage (id, perkara_id, stage, date, created_at) VALUES ('s-x', 'p-999', 'selesai', '2025-11-03', ${T})`),
    ).toThrow(/CHECK/);
    run(w, sql`INSERT INTO perkara_stage (id, perkara_id, stage, date, created_at) VALUES ('s-1', 'p-999', 'penyelidikan', '2025-11-03', ${T})`);

    // person.nik: 16 digits or NULL.
    const person = (id: string, nik: string | null) =>
      run(w, sql`INSERT INTO person (id, full_name, nik, created_at, updated_at) VALUES (${id}, 'Siti Aminah', ${nik}, ${T}, ${T})`);
    expect(() => person('o-short', '647101')).toThrow(/CHECK/);
    expect(() => person('o-letter', '647101010190000A')).toThrow(/CHECK/);
    expect(() => person('o-long', '64710101019000011')).toThrow(/CHECK/);
    expect(() => run(w, sql`INSERT INTO person (id, full_name, created_at, updated_at) VALUES ('o-noname', '', ${T}, ${T})`)).toThrow(/CHECK/);
    expect(() => run(w, sql`INSERT INTO person (id, full_name, sex, created_at, updated_at) VALUES ('o-sex', 'Budi', 'X', ${T}, ${T})`)).toThrow(/CHECK/);
    person('o-1', '6471010101900001');
    person('o-2', null);

    // party: network_role only for a tersangka, and one of the known roles.
    const party = (id: string, personId: string, role: string, networkRole: string | null) =>
      run(w, sql`INSERT INTO party (id, perkara_id, person_id, role, confidential, network_role, created_at, updated_at)
                 VALUES (${id}, 'p-999', ${personId}, ${role}, 0, ${networkRole}, ${T}, ${T})`);
    expect(() => party('a-korban', 'o-2', 'korban', 'perekrut')).toThrow(/CHECK/);
    expect(() => party('a-unknown', 'o-1', 'tersangka', 'bos')).toThrow(/CHECK/);
    expect(() => party('a-role', 'o-1', 'terdakwa', null)).toThrow(/CHECK/);
    party('a-1', 'o-1', 'tersangka', 'perekrut');
    party('a-2', 'o-2', 'korban', null);

    // detention: days > 0, a known kind.
    const detention = (id: string, kind: string, days: number) =>
      run(w, sql`INSERT INTO detention (id, party_id, kind, rules, start_date, days, end_date, created_at, updated_at)
                 VALUES (${id}, 'a-1', ${kind}, 'kuhap-1981@1', '2025-11-05', ${days}, '2025-11-24', ${T}, ${T})`);
    expect(() => detention('d-zero', 'penyidik', 0)).toThrow(/CHECK/);
    expect(() => detention('d-neg', 'penyidik', -20)).toThrow(/CHECK/);
    expect(() => detention('d-kind', 'perpanjangan_hakim', 20)).toThrow(/CHECK/);
    detention('d-1', 'penyidik', 20);

    expect(() => run(w, sql`INSERT INTO charge (id, law, article, title, max_years, created_at, updated_at)
                            VALUES ('c-x', 'UU 21/2007', 'Pasal 2', 'Perdagangan orang', 101, ${T}, ${T})`)).toThrow(/CHECK/);
    expect(() => run(w, sql`INSERT INTO rule_set (id, version, definition, created_at) VALUES ('kuhap-1981', 0, '{}', ${T})`)).toThrow(/CHECK/);
    expect(() => run(w, sql`INSERT INTO rule_set (id, version, definition, created_at) VALUES ('kuhap-1981', 2, 'x', ${T})`)).toThrow(/CHECK/);
  });
});

// Search on a real encrypted case file: the fictional Balikpapan example imported through the real
// command, plus a second case and a few people added through the services. Prefix, substring,
// accents and case, NIK and phone fragments; results grouped by kind; the index follows renames and
// deletions; typed FTS5 syntax never throws; `berkas search` writes nothing; the audit chain holds.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPerkara } from '../../src/core/services/cases';
import { deletePerkara } from '../../src/core/services/case-delete';
import { addEvidence } from '../../src/core/services/evidence';
import { addParty, findPersonByNik, updatePerson } from '../../src/core/services/parties';
import { search } from '../../src/core/services/search';
import { get, sql } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import type { WriteSession } from '../../src/core/store/session';
import type { SearchResults } from '../../src/shared/domain/search';
import { PASS, ROOT, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const EXAMPLE = join(ROOT, 'docs', 'examples', 'kasus-tppo-balikpapan.json');
const LP_517 = 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const LP_520 = 'LP/B/520/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const SITI_NIK = '6471015212850005';
const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const creds = () => ({ kind: 'passphrase' as const, login: 'budi', passphrase: Buffer.from(PASS) });
const NOW = new Date('2026-11-28T02:00:00Z');

let dir = '';
let second = '';

function write<T>(fn: (s: WriteSession) => T): Promise<T> {
  return using(openCaseFile(dir, creds(), 'write', { clock: () => NOW }), fn);
}

/** Runs every query in one read session (an unlock costs half a second). */
function searchAll(queries: string[], limit?: number): Promise<SearchResults[]> {
  return using(openCaseFile(dir, creds(), 'read'), (s) => queries.map((q) => search(s.db, q, { limit })));
}

const names = (r: SearchResults): string[] => r.persons.map((p) => p.name);

function verifies(): void {
  const r = berkas(['audit', 'verify', dir], budi);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

beforeAll(async () => {
  ({ dir } = initCaseFile(tempDir('berkas-search-'), 'cari'));
  expect(berkas(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN', '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi).code).toBe(0);
  const imported = berkas(['import', dir, EXAMPLE], budi);
  expect(imported.stderr).toBe('');
  await write((s) => {
    const p = createPerkara(s, { lpNumber: LP_520, lpDate: '2026-10-20', title: 'Penampungan calon PMI di Manggar', place: 'Kelurahan Manggar' });
    second = p.id;
    const siti = findPersonByNik(s.db, SITI_NIK);
    if (!siti) throw new Error('Siti Rekaan not imported');
    addParty(s, p.id, { role: 'saksi' }, { personId: siti.id });
    addParty(s, p.id, { role: 'korban' }, { fullName: 'Sari Wulandari', phone: '0813.5555-7777', birthPlace: 'Samarinda' });
    // Decomposed (NFD) on purpose: what some keyboards and pasted text produce.
    addParty(s, p.id, { role: 'saksi', confidential: false }, { fullName: 'Sītī Nurhalizā'.normalize('NFD'), address: 'Jl. Cempaka No. 4' });
    const first = get<{ id: string }>(s.db, sql`SELECT id FROM perkara WHERE lp_number = ${LP_517}`);
    addEvidence(s, first?.id ?? '', { description: 'Ponsel Android warna hitam', category: 'digital', sealNumber: 'SEGEL/7/X/2026' });
  });
}, 60_000);

describe('search', () => {
  it('finds by prefix, by a part in the middle of a name, and ignores case and accents', async () => {
    const [sit, s, hen, wulan, ndar, upper, nfd, plain, twoWords, initial] = await searchAll([
      'sit', 's', 'He', 'wulan', 'NDAR', 'SĪTĪ', 'Sītī'.normalize('NFD'), 'siti nurhaliza', 'sari wul', 'ndari s',
    ]);
    expect(names(sit!)).toEqual(expect.arrayContaining(['Siti Rekaan', 'Sītī Nurhalizā'.normalize('NFD')]));
    expect(names(s!)).toEqual(expect.arrayContaining(['Siti Rekaan', 'Sari Wulandari']));
    expect(names(hen!)).toContain('Hendra Rekaan');
    expect(names(wulan!)).toEqual(['Sari Wulandari']);
    expect(names(ndar!)).toEqual(['Sari Wulandari']);
    for (const r of [upper!, nfd!]) expect(names(r)).toEqual(expect.arrayContaining(['Siti Rekaan', 'Sītī Nurhalizā'.normalize('NFD')]));
    expect(names(plain!)).toEqual(['Sītī Nurhalizā'.normalize('NFD')]);
    expect(names(twoWords!)).toEqual(['Sari Wulandari']);
    expect(names(initial!)).toEqual(['Sari Wulandari']); // a part of a name and an initial together
  });

  it('finds a NIK or a phone number by any part of 4 digits or more, whatever separates the digits', async () => {
    const [nik, spaced, dotted, phone, other, three] = await searchAll(['6471 0152', '1285-0005', '5212.8500', '0812 0000 1006', '5555 7777', '647']);
    for (const r of [nik!, spaced!, dotted!, phone!]) expect(names(r)).toEqual(['Siti Rekaan']);
    expect(names(other!)).toEqual(['Sari Wulandari']);
    // Three digits are too few for numbers: "647" begins every NIK here, and finds none of them.
    expect(names(three!)).toEqual([]);
  });

  it('groups results by kind, with the fields each screen needs', async () => {
    const [rekaan, ponsel, sita, lp] = await searchAll(['rekaan', 'ponsel', 'penyitaan', 'LP/B/520']);
    expect(names(rekaan!)).toEqual(expect.arrayContaining(['Siti Rekaan', 'Melati Rekaan', 'Hendra Rekaan', 'Agus Rekaan']));
    expect(rekaan!.cases.map((c) => c.lpNumber)).toContain(LP_517); // the resume names them
    // The example brings its own barang bukti; this one came after them.
    expect(ponsel!.evidence).toEqual([
      { evidenceId: expect.any(String), perkaraId: expect.any(String), lpNumber: LP_517, number: expect.any(Number), description: 'Ponsel Android warna hitam' },
    ]);
    expect(ponsel!.persons).toEqual([]);
    expect(sita!.documents.map((d) => d.type)).toEqual(expect.arrayContaining(['ba_penyitaan']));
    expect(sita!.documents[0]).toMatchObject({ perkaraId: expect.any(String), lpNumber: LP_517, number: expect.any(String) });
    expect(lp!.cases).toEqual([{ perkaraId: second, lpNumber: LP_520, title: 'Penampungan calon PMI di Manggar', stage: 'penyelidikan' }]);
  });

  it('lists every role of a person in two cases, with the confidentiality flag', async () => {
    const [r] = await searchAll(['siti rekaan']);
    expect(r!.persons).toHaveLength(1);
    const roles = r!.persons[0]?.roles ?? [];
    expect(roles.map((x) => [x.lpNumber, x.role])).toEqual(expect.arrayContaining([[LP_517, 'pelapor'], [LP_520, 'saksi']]));
    expect(roles.find((x) => x.role === 'pelapor')?.confidential).toBe(true);
    // A child korban is confidential whatever the stored flag says.
    const [melati] = await searchAll(['melati']);
    expect(melati!.persons[0]?.roles).toEqual([{ perkaraId: expect.any(String), lpNumber: LP_517, role: 'korban', confidential: true }]);
  });

  it('caps each group at the limit', async () => {
    const [one] = await searchAll(['r'], 1);
    const [all] = await searchAll(['r']);
    expect(one!.persons).toHaveLength(1);
    expect(one!.documents).toHaveLength(1);
    expect(all!.persons.length).toBeGreaterThan(1);
    expect(all!.documents.length).toBeGreaterThan(1);
  });

  it('never throws on FTS5 syntax in the input, and reads it as plain words', async () => {
    const inputs = ['"', '*', 'OR', 'AND', 'NOT', 'NEAR(', 'NEAR(siti rekaan, 2)', '-', ':', '-siti', 'head:siti', '{head body}: siti',
      '"siti', 'siti*', 'siti OR hendra', '^siti', '(', ')', '+', '\u0000', '   ', '', "'; DROP TABLE person; --", 'x'.repeat(5000)];
    const results = await searchAll(inputs);
    results.forEach((r) => expect(Object.keys(r)).toEqual(['persons', 'cases', 'documents', 'evidence']));
    const at = (q: string) => results[inputs.indexOf(q)]!;
    for (const q of ['"', '*', '-', ':', '(', '', '   ']) expect(at(q)).toEqual({ persons: [], cases: [], documents: [], evidence: [] });
    for (const q of ['-siti', 'siti*', '"siti', '^siti']) expect(names(at(q))).toContain('Siti Rekaan');
    // "OR" is a word to look for, not an operator: both words must match, and no person has both.
    expect(names(at('siti OR hendra'))).toEqual([]);
  });

  it('follows a rename and a deleted case, and the audit chain still holds', async () => {
    verifies();
    await write((s) => {
      const dewi = findPersonByNik(s.db, '6471016507040006');
      if (!dewi) throw new Error('Dewi Fiktif not imported');
      updatePerson(s, dewi.id, { fullName: 'Dewi Kusumawardani' }, null);
    });
    const [kusuma, fiktif] = await searchAll(['kusuma', 'fiktif']);
    expect(names(kusuma!)).toEqual(['Dewi Kusumawardani']);
    expect(names(fiktif!)).not.toContain('Dewi Fiktif');
    expect(names(fiktif!)).toContain('Yuliana Fiktif');

    await write((s) => deletePerkara(s, second));
    const [wulan, siti, manggar] = await searchAll(['wulan', 'siti rekaan', 'manggar']);
    expect(wulan!.persons).toEqual([]); // in no other case, so deleted with it
    expect(siti!.persons[0]?.roles.map((r) => r.lpNumber)).toEqual([LP_517, LP_517]);
    expect(manggar!.cases.map((c) => c.lpNumber)).toEqual([LP_517]); // its place is in Manggar too
    verifies();
  });
});

describe('berkas search', () => {
  it('prints the groups in Bahasa Indonesia by default and in English with --lang en, and writes nothing', () => {
    const before = snapshot(dir);
    const id = berkas(['search', dir, 'rekaan'], { ...budi, BERKAS_LANG: 'id' });
    expect(id.stderr).toBe('');
    expect(id.code).toBe(0);
    const headings = (out: string) => out.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.replace(/ \(\d+\)$/, ''));
    expect(headings(id.stdout)).toEqual(['Orang', 'Perkara', 'Dokumen', 'Barang bukti']);
    expect(id.stdout).toContain('  Hendra Rekaan alias Koko\n');
    expect(id.stdout).toContain(`  Melati Rekaan\n      korban  ${LP_517}  [dirahasiakan]\n`);

    const en = berkas(['search', dir, 'ponsel', '--lang', 'en'], budi);
    expect(en.code).toBe(0);
    const bb = /^ {2}BB-(\d+) {2}Ponsel/m.exec(en.stdout)?.[1] ?? '?';
    expect(en.stdout).toBe(
      ['People (0)', '  -', 'Cases (0)', '  -', 'Documents (0)', '  -', 'Evidence (1)', `  BB-${bb}  Ponsel Android warna hitam  ${LP_517}`, ''].join('\n'),
    );

    const json = berkas(['search', dir, 'siti', 'rekaan', '--json'], budi);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as SearchResults).persons.map((p) => p.name)).toEqual(['Siti Rekaan']);
    expect(berkas(['search', dir, '"NEAR(', '--limit', '3'], budi).code).toBe(0);
    expect(berkas(['search', dir, 'x', '--limit', '0'], budi).code).toBe(2);
    expect(berkas(['search', dir], budi).code).toBe(2);
    // Read-only: not a byte changed, so no audit row either.
    expect(snapshot(dir)).toEqual(before);
  });
});

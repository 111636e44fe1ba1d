// `npm run bench`, search part: 100,000 people in 10,000 cases, in a keyed database built through the
// real migrations (so the real triggers fill the real index), searched with the real service.
// Prints the warm p50/p95 against the 50 ms the issue asks for, the first query after opening
// against warm, and the same queries on plain SQLite with the identical schema. Asserts nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { search } from '../src/core/services/search';
import { applyPragmas, asReadable, asWritable, openConnection, type Connection } from '../src/core/store/db';
import { migrate } from '../src/core/store/migrations';
import { lpSortKey } from '../src/shared/rules/lp';

const PEOPLE = 100_000;
const CASES = 10_000;
const WARM_RUNS = 15;
const P95_TARGET_MS = 50;
const COLD_TARGET = 3;

// Given names and family names as they appear in Indonesian police records; a few with diacritics
// (as typed on some keyboards or copied from documents), and many people with one name only.
const GIVEN = ['Siti', 'Nur', 'Ayu', 'Dewi', 'Rina', 'Budi', 'Agus', 'Andi', 'Rudi', 'Sari', 'Putri', 'Wahyu', 'Yusuf', 'Fitri', 'Indah',
  'Ratna', 'Hendra', 'Joko', 'Mega', 'Slamet', 'Sri', 'Eko', 'Dian', 'Rizky', 'Muhammad', 'Ahmad', 'Nurul', 'Wulan', 'Bayu', 'Dimas',
  'Fajar', 'Gilang', 'Hana', 'Intan', 'Kartika', 'Lia', 'Maya', 'Novi', 'Oki', 'Puspita', 'Rahmat', 'Taufik', 'Umi', 'Vina', 'Yanti',
  'Zainal', 'Désy', 'Rénata', 'Sītī', 'Andrè', 'Nurhalizā', 'Yohanes', 'Maria', 'Fransiska', 'Imanuel', 'Kadek', 'Ketut', 'Made', 'Wayan', 'Daeng'];
const FAMILY = ['Aminah', 'Santoso', 'Wijaya', 'Rahmawati', 'Hidayat', 'Saputra', 'Lestari', 'Kurniawan', 'Purnamasari', 'Setiawan', 'Nugroho',
  'Handayani', 'Pratama', 'Susanti', 'Gunawan', 'Wulandari', 'Siregar', 'Nasution', 'Simanjuntak', 'Harahap', 'Sitompul', 'Lubis', 'Manurung',
  'Pangaribuan', 'Tanjung', 'Rangkuti', 'Sinaga', 'Hutapea', 'Sembiring', 'Ginting', 'Tarigan', 'Mokoginta', 'Pakpahan', 'Latuconsina',
  'Wenas', 'Rumbiak', 'Baharuddin', 'Syahrir', 'Mappaseng', 'Daéng Matara', 'Prasetyo', 'Suharti', 'Sutrisno', 'Sumarni', 'Mulyani'];
const SINGLE = ['Sutrisno', 'Suharti', 'Sumarni', 'Mulyadi', 'Paijo', 'Tukiyem', 'Sukarti', 'Poniman', 'Waginah', 'Karsinah'];
const CITY = ['Balikpapan', 'Samarinda', 'Bontang', 'Penajam', 'Tenggarong', 'Tarakan', 'Makassar', 'Surabaya', 'Kupang', 'Mataram', 'Nunukan', 'Pontianak'];
const STREET = ['Jl. Ahmad Yani', 'Jl. Sudirman', 'Jl. MT Haryono', 'Jl. Soekarno-Hatta', 'Jl. Pupuk Raya', 'Gg. Mawar', 'Jl. Cempaka', 'Jl. Manggar Baru'];
const MODUS = ['pmi_prt', 'psk', 'abk', 'eksploitasi_anak', 'online_scam', 'lainnya'];
const CHANNEL = ['MiChat', 'WhatsApp', 'Facebook', 'Instagram', 'TikTok', 'langsung'];
const ROLES = ['korban', 'korban', 'saksi', 'saksi', 'tersangka', 'pelapor'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A small deterministic generator, so both databases get the same rows. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const next = rng(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const T = '2026-10-20T02:00:00.000Z';

type Person = { id: string; name: string; nik: string; phone: string; birthPlace: string; address: string };
type Case = { id: string; lp: string; title: string; place: string; modus: string; channel: string; resume: string };

function makeName(): string {
  if (next() < 0.15) return pick(SINGLE);
  return next() < 0.4 ? `${pick(GIVEN)} ${pick(GIVEN)} ${pick(FAMILY)}` : `${pick(GIVEN)} ${pick(FAMILY)}`;
}

function makeData(): { people: Person[]; cases: Case[] } {
  const cases = Array.from({ length: CASES }, (_, i): Case => {
    const city = pick(CITY);
    const channel = pick(CHANNEL);
    return {
      id: randomUUID(), lp: `LP/B/${i + 1}/${pick(ROMAN)}/2026/SPKT/POLRESTA ${city.toUpperCase()}/POLDA KALIMANTAN TIMUR`,
      title: `TPPO ${pick(['pengiriman PMI ilegal', 'eksploitasi seksual anak', 'ABK kapal ikan', 'penipuan kerja daring'])} di ${city}`,
      place: `${pick(STREET)}, ${city}`, modus: pick(MODUS), channel,
      resume: JSON.stringify({ dasar: `Laporan Polisi nomor ${i + 1}`, uraian: `Korban direkrut melalui ${channel} dengan janji bekerja di ${pick(CITY)}.`, fakta: '', analisis: '', kesimpulan: '' }),
    };
  });
  const people = Array.from({ length: PEOPLE }, (_, i): Person => {
    // Unique by construction: district from i / 10,000, serial from i % 10,000.
    const nik = `6471${pad(1 + Math.floor(i / 10_000), 2)}${pad(1 + Math.floor(next() * 28), 2)}${pad(1 + Math.floor(next() * 12), 2)}${pad(60 + Math.floor(next() * 40), 2)}${pad(i % 10_000, 4)}`;
    const sep = pick(['-', ' ', '.', '']);
    return {
      id: randomUUID(), name: makeName(), nik, phone: `08${digits(2)}${sep}${digits(4)}${sep}${digits(4)}`,
      birthPlace: pick(CITY), address: `${pick(STREET)} No. ${1 + Math.floor(next() * 200)}, RT ${pad(1 + Math.floor(next() * 30), 3)}, ${pick(CITY)}`,
    };
  });
  return { people, cases };
}

function populate(db: Connection, data: { people: Person[]; cases: Case[] }): void {
  const perkara = db.prepare(`INSERT INTO perkara (id, lp_number, lp_date, title, stage, created_at, updated_at, place, modus, recruitment_channel, resume, lp_sort)
                              VALUES (?, ?, '2026-10-01', ?, 'penyidikan', ?, ?, ?, ?, ?, ?, ?)`);
  const person = db.prepare(`INSERT INTO person (id, full_name, nik, phone, birth_place, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const party = db.prepare(`INSERT INTO party (id, perkara_id, person_id, role, confidential, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const document = db.prepare(`INSERT INTO document (id, perkara_id, type, number, signatory, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const evidence = db.prepare(`INSERT INTO evidence (id, perkara_id, number, description, category, seal_number, created_at, updated_at) VALUES (?, ?, 1, ?, 'digital', ?, ?, ?)`);
  db.transaction(() => {
    data.cases.forEach((c, i) => {
      perkara.run(c.id, c.lp, c.title, T, T, c.place, c.modus, c.channel, c.resume, lpSortKey(c.lp));
      document.run(randomUUID(), c.id, 'bap_korban', `BAP/${i + 1}/X/2026`, 'AKP Hendra Wijaya', 'Pemeriksaan korban', T, T);
      evidence.run(randomUUID(), c.id, 'Ponsel Android berisi percakapan perekrutan', `SEGEL/${i + 1}/X/2026`, T, T);
    });
    data.people.forEach((p, i) => {
      person.run(p.id, p.name, p.nik, p.phone, p.birthPlace, p.address, T, T);
      const role = ROLES[i % ROLES.length] ?? 'saksi';
      const c = data.cases[i % CASES];
      party.run(randomUUID(), c?.id, p.id, role, role === 'korban' || role === 'pelapor' ? 1 : 0, T, T);
      // One in twenty is in a second case too (a recruiter in several reports, a repeat victim).
      const other = data.cases[(i * 7 + 13) % CASES];
      if (i % 20 === 0 && other && other !== c) party.run(randomUUID(), other.id, p.id, 'saksi', 0, T, T);
    });
  })();
}

type Query = { kind: string; q: string };

function queryMix(people: Person[]): Query[] {
  const sample = (i: number): Person => people[(i * 7919) % people.length] as Person;
  const mix: Query[] = [];
  for (let i = 0; i < 8; i++) mix.push({ kind: 'full name', q: sample(i).name });
  // A name and an initial, as people type them: "Siti A".
  for (let i = 0; i < 4; i++) mix.push({ kind: 'name + initial', q: `${sample(50 + i).name.split(' ')[0]} ${pick(['a', 'h', 's', 'w'])}` });
  for (const q of ['s', 'a', 'd', 'm', 'r', 'w']) mix.push({ kind: '1-letter prefix', q });
  for (const q of ['nu', 'wa', 'su', 'ra', 'de', 'si']) mix.push({ kind: '2-letter prefix', q });
  for (const q of ['wulan', 'hma', 'ndar', 'yant', 'ati', 'iska', 'mbiri', 'tomp']) mix.push({ kind: 'substring 3-5', q });
  for (let i = 0; i < 6; i++) {
    const nik = sample(100 + i).nik;
    const at = 2 + i;
    mix.push({ kind: 'NIK fragment', q: i % 2 ? nik.slice(at, at + 8) : `${nik.slice(at, at + 4)} ${nik.slice(at + 4, at + 8)}` });
  }
  return mix;
}

function ms(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function openPlain(path: string): Connection {
  const db = new Database(path);
  db.pragma('locking_mode=EXCLUSIVE');
  return db;
}

function openKeyed(path: string, key: Buffer): Connection {
  return openConnection(path, key);
}

/** Every query of the mix WARM_RUNS times, after one pass that warms the cache: query → times. */
function warm(db: Connection, mix: Query[]): Map<string, number[]> {
  const times = new Map<string, number[]>(mix.map((m) => [m.q, []]));
  for (const m of mix) search(asReadable(db), m.q);
  for (let run = 0; run < WARM_RUNS; run++) for (const m of mix) times.get(m.q)?.push(ms(() => search(asReadable(db), m.q)));
  return times;
}

type Measured = { p50: number; p95: number; byKind: Map<string, number[]>; cold: number[]; coldRatio: number[] };

function measure(open: () => Connection, mix: Query[]): Measured {
  const db = open();
  applyPragmas(db, 'read');
  const times = warm(db, mix);
  db.close();
  const flat = [...times.values()].flat();
  const byKind = new Map<string, number[]>();
  for (const m of mix) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), ...(times.get(m.q) ?? [])]);
  // Cold: a fresh connection (schema, statements and the 64 MB page cache all empty; the file itself
  // is in the OS cache, as it is for a case file opened a second time), then its first query.
  const cold: number[] = [];
  const coldRatio: number[] = [];
  for (const m of mix) {
    const fresh = open();
    applyPragmas(fresh, 'read');
    const t = ms(() => search(asReadable(fresh), m.q));
    fresh.close();
    cold.push(t);
    coldRatio.push(t / percentile(times.get(m.q) ?? [], 50));
  }
  return { p50: percentile(flat, 50), p95: percentile(flat, 95), byKind, cold, coldRatio };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'berkas-bench-search-'));
  const key = randomBytes(32);
  try {
    const data = makeData();
    const mix = queryMix(data.people);
    const encPath = join(dir, 'enc.db');
    const plainPath = join(dir, 'plain.db');
    const build: Record<string, number> = {};
    for (const [label, path] of [['encrypted', encPath], ['plain', plainPath]] as const) {
      new Database(path).close();
      const db = label === 'encrypted' ? openKeyed(path, key) : openPlain(path);
      applyPragmas(db, 'write');
      migrate(asWritable(db));
      build[label] = ms(() => populate(db, data));
      db.close();
    }
    const enc = measure(() => openKeyed(encPath, key), mix);
    const plain = measure(() => openPlain(plainPath), mix);
    const med = (v: number[]): number => percentile(v, 50);

    console.log(`\nBerkas bench: search (${PEOPLE.toLocaleString('en')} people in ${CASES.toLocaleString('en')} cases; same machine, same run)\n`);
    console.log(`building the case file through the triggers: ${((build.encrypted ?? 0) / 1000).toFixed(1)} s encrypted, ${((build.plain ?? 0) / 1000).toFixed(1)} s plain (for information)`);
    console.log(`${mix.length} queries x ${WARM_RUNS} warm runs, each search() over all four kinds, 20 per group:`);
    for (const [kind, times] of enc.byKind) console.log(`  ${kind.padEnd(16)} p50 ${med(times).toFixed(1).padStart(5)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(5)} ms`);
    const p95ok = enc.p95 <= P95_TARGET_MS ? 'ok' : 'OVER';
    console.log(`\nwarm p50 ${enc.p50.toFixed(1)} ms, p95 ${enc.p95.toFixed(1)} ms   target p95 ≤ ${P95_TARGET_MS} ms (absolute, from the issue)  ${p95ok}`);
    const ratio = med(enc.coldRatio);
    console.log(`first query after opening: median ${med(enc.cold).toFixed(1)} ms, worst ${Math.max(...enc.cold).toFixed(1)} ms; ` +
      `cold/warm of the same query ${ratio.toFixed(2)}x (median over the ${mix.length} queries, worst ${Math.max(...enc.coldRatio).toFixed(2)}x)   target ≤ ${COLD_TARGET}x  ${ratio <= COLD_TARGET ? 'ok' : 'OVER'}`);
    console.log(`baseline, plain SQLite with the identical schema: warm p50 ${plain.p50.toFixed(1)} ms, p95 ${plain.p95.toFixed(1)} ms, cold median ${med(plain.cold).toFixed(1)} ms`);
    console.log(`  encrypted/plain: p50 ${(enc.p50 / plain.p50).toFixed(2)}x, p95 ${(enc.p95 / plain.p95).toFixed(2)}x, cold ${(med(enc.cold) / med(plain.cold)).toFixed(2)}x (for information)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

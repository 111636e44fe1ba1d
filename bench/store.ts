// `npm run bench`, store part: the cost of encryption, measured against plain SQLite on the same
// machine in the same run, and the cost of unlocking against the bare Argon2id derivation it
// contains. Prints ratios; asserts nothing (tests never assert timings).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyPragmas, openConnection, type Connection } from '../src/core/store/db';
import { closeCaseFile, openCaseFile } from '../src/core/store/open';
import { createCaseFile } from '../src/core/store/create';
import { deriveKek, ARGON2_PARAMS } from '../src/core/store/kdf';

const ROWS = 100_000;
const LOOKUPS = 20_000;
const SEARCHES = 300;

const FIRST = ['Siti', 'Nur', 'Ayu', 'Dewi', 'Rina', 'Budi', 'Agus', 'Andi', 'Rudi', 'Sari', 'Putri', 'Wahyu', 'Yusuf', 'Fitri', 'Indah', 'Ratna', 'Hendra', 'Joko', 'Lestari', 'Mega'];
const LAST = ['Aminah', 'Santoso', 'Wijaya', 'Rahmawati', 'Hidayat', 'Saputra', 'Lestari', 'Kurniawan', 'Purnamasari', 'Setiawan', 'Nugroho', 'Handayani', 'Pratama', 'Susanti', 'Gunawan'];
const CITY = ['Balikpapan', 'Samarinda', 'Bontang', 'Penajam', 'Tenggarong', 'Tarakan', 'Makassar', 'Surabaya'];

/** A small deterministic generator, so both databases get the same rows. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function schema(db: Connection): void {
  db.exec(`
    CREATE TABLE people (id INTEGER PRIMARY KEY, nik TEXT NOT NULL, name TEXT NOT NULL, city TEXT NOT NULL, note TEXT NOT NULL) STRICT;
    CREATE INDEX people_nik ON people(nik);
    CREATE VIRTUAL TABLE people_fts USING fts5(name, note, content='people', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2', prefix='2 3');
  `);
}

function insertAll(db: Connection): void {
  const next = rng(42);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const person = db.prepare('INSERT INTO people (id, nik, name, city, note) VALUES (?, ?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO people_fts (rowid, name, note) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let id = 1; id <= ROWS; id++) {
      const nik = `6471${String(Math.floor(next() * 1e12)).padStart(12, '0')}`;
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      const note = `Saksi di ${pick(CITY)}, dihubungi lewat ${next() < 0.5 ? 'MiChat' : 'WhatsApp'} pada kejadian nomor ${id}`;
      person.run(id, nik, name, pick(CITY), note);
      fts.run(id, name, note);
    }
  })();
}

function lookups(db: Connection): number {
  const next = rng(7);
  const byId = db.prepare('SELECT * FROM people WHERE id = ?');
  const byNik = db.prepare('SELECT id FROM people WHERE nik = ?');
  let found = 0;
  for (let i = 0; i < LOOKUPS; i++) {
    const row = byId.get(1 + Math.floor(next() * ROWS)) as { nik: string } | undefined;
    if (row && byNik.get(row.nik)) found += 1;
  }
  return found;
}

function searches(db: Connection): number {
  const terms = ['siti amin*', 'nur* santoso', 'dewi rahma*', 'kejadian 123*', 'hendra wij*', 'putri purnam*', 'joko saputra michat', 'indah sus*'];
  const q = db.prepare('SELECT rowid FROM people_fts WHERE people_fts MATCH ? ORDER BY rank LIMIT 50');
  let hits = 0;
  for (let i = 0; i < SEARCHES; i++) hits += q.all(terms[i % terms.length]).length;
  return hits;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function openPlain(path: string): Connection {
  const db = new Database(path);
  db.pragma('locking_mode=EXCLUSIVE');
  applyPragmas(db, 'write');
  return db;
}

function openEncrypted(path: string, key: Buffer): Connection {
  if (!existsSync(path)) new Database(path).close();
  const db = openConnection(path, key);
  applyPragmas(db, 'write');
  return db;
}

type Row = { what: string; plain: number; encrypted: number; target: number };

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'berkas-bench-'));
  const key = randomBytes(32);
  const results: Row[] = [];
  try {
    const plainPath = join(dir, 'plain.db');
    const encPath = join(dir, 'enc.db');
    const insert = { plain: [] as number[], encrypted: [] as number[] };
    // Insert twice each, alternating, into fresh files; keep the median of the two.
    for (let round = 0; round < 2; round++) {
      for (const kind of ['plain', 'encrypted'] as const) {
        const path = kind === 'plain' ? plainPath : encPath;
        for (const f of [path, `${path}-wal`]) rmSync(f, { force: true });
        const db = kind === 'plain' ? openPlain(path) : openEncrypted(path, key);
        schema(db);
        insert[kind].push(time(() => insertAll(db)));
        db.close();
      }
    }
    results.push({ what: `insert ${ROWS.toLocaleString('en')} rows + FTS, one transaction`, plain: median(insert.plain), encrypted: median(insert.encrypted), target: 1.8 });

    // Cold: the first pass after opening decrypts every page it touches. Warm: the app keeps its
    // connection open, so later passes read decrypted pages from SQLite's 64 MB cache.
    const cold = { plain: [] as number[], encrypted: [] as number[] };
    const sizes = { plain: 0, encrypted: 0 };
    const lookup = { plain: [] as number[], encrypted: [] as number[] };
    const search = { plain: [] as number[], encrypted: [] as number[] };
    for (let round = 0; round < 5; round++) {
      for (const kind of ['plain', 'encrypted'] as const) {
        const db = kind === 'plain' ? openPlain(plainPath) : openEncrypted(encPath, key);
        if (round === 0) sizes[kind] = Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
        cold[kind].push(time(() => lookups(db)));
        for (let pass = 0; pass < 3; pass++) lookup[kind].push(time(() => lookups(db)));
        searches(db); // warm the full-text index's pages, as a session that has searched once has
        for (let pass = 0; pass < 2; pass++) search[kind].push(time(() => searches(db)));
        db.close();
      }
    }
    // Warm passes take the fastest of 15 (5 rounds of 3): on a shared 2-core machine the slow ones
    // measure the neighbours, not SQLite.
    results.push({ what: `${LOOKUPS.toLocaleString('en')} point lookups (id, then NIK), warm cache`, plain: Math.min(...lookup.plain), encrypted: Math.min(...lookup.encrypted), target: 1.15 });
    console.log(`database sizes: plain ${(sizes.plain / 2 ** 20).toFixed(1)} MiB, encrypted ${(sizes.encrypted / 2 ** 20).toFixed(1)} MiB (cache 64 MiB)`);
    results.push({ what: `the same, first pass after opening (cold cache)`, plain: median(cold.plain), encrypted: median(cold.encrypted), target: Infinity });
    results.push({ what: `${SEARCHES} full-text prefix queries, top 50 by rank, warm`, plain: Math.min(...search.plain), encrypted: Math.min(...search.encrypted), target: 1.15 });

    // Unlock: the whole open (key file, lock probe, Argon2id, slots, database, user) against the
    // Argon2id derivation alone, with the same parameters.
    const passphrase = Buffer.from('frasa-sandi-untuk-bench');
    const created = await createCaseFile({ dir: join(dir, 'bench'), title: 'Bench', login: 'budi', passphrase });
    const bare: number[] = [];
    const unlock: number[] = [];
    for (let i = 0; i < 5; i++) {
      bare.push(await timeAsync(() => deriveKek('budi', passphrase, randomBytes(16), ARGON2_PARAMS)));
      unlock.push(await timeAsync(async () => closeCaseFile(await openCaseFile(created.dir, { kind: 'passphrase', login: 'budi', passphrase }, 'read'))));
    }
    results.push({ what: 'unlock a case file vs bare Argon2id (64 MiB, t=3)', plain: median(bare), encrypted: median(unlock), target: 1.2 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('\nBerkas bench: store (same machine, same run; medians, and the fastest pass for warm work)\n');
  console.log(`${'workload'.padEnd(56)} ${'baseline ms'.padStart(12)} ${'berkas ms'.padStart(10)} ${'ratio'.padStart(7)} ${'target'.padStart(7)}`);
  for (const r of results) {
    const ratio = r.encrypted / r.plain;
    const mark = r.target === Infinity ? '(for information)' : ratio <= r.target ? 'ok' : 'OVER';
    const target = r.target === Infinity ? '-' : `≤${r.target}x`;
    console.log(`${r.what.padEnd(56)} ${r.plain.toFixed(1).padStart(12)} ${r.encrypted.toFixed(1).padStart(10)} ${ratio.toFixed(2).padStart(6)}x ${target.padStart(7)} ${mark}`);
  }
  console.log('\nbaseline: plain SQLite with the same pragmas (rows 1-3); the Argon2id derivation alone (row 4).');
}

await main();

// Backup and restore through the real `berkas` command: the backup file leaks nothing and is written
// without touching the case folder; a restored copy is the same case file; and a backup that is
// damaged in any byte, cut short, opened with the wrong passphrase or aimed at a folder in use
// restores nothing, not even a hidden half-restored folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCaseFile, using } from '../../src/core/store/open';
import { transaction } from '../../src/core/store/db';
import { createPerkara } from '../../src/core/services/cases';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const as = (login: string, passphrase = PASS) => ({ BERKAS_USER: login, BERKAS_PASSPHRASE: passphrase });
const creds = (login: string, passphrase = PASS) => ({ kind: 'passphrase' as const, login, passphrase: Buffer.from(passphrase) });
const budi = as('budi');

const canary = 'kanariq7x';
const needles = [canary, `${canary}TITLE`, `${canary}NAME`, `${canary}login`].map((s) => Buffer.from(s));

const parent = tempDir();
const { dir, recoveryKey } = initCaseFile(parent, 'sumber', ['--title', `Judul ${canary}TITLE`]);
/** Backups only: proves that `backup` leaves nothing else beside its file. */
const backups = join(parent, 'cadangan');
/** Restore targets only: any hidden `.NAME.restoring-*` folder left behind shows up here. */
const restores = join(parent, 'pulih');
/** Damaged copies of the backup. */
const damaged = join(parent, 'rusak');
const backupFile = join(backups, 'sumber.bkp');

/** Every line the CLI prints on failure is one sentence, with no stack trace or SQL. */
function expectOneLineRefusal(r: { code: number; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]?.replace(/^berkas: /, '')).toMatch(message);
  expect(r.stderr).not.toMatch(/\bat \S+:\d+|SQLITE_|Error:/);
}

function auditHeadOf(caseDir: string): string {
  const r = berkas(['audit', 'verify', caseDir], budi);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const head = /Head: ([0-9a-f]{64})/.exec(r.stdout)?.[1];
  if (!head) throw new Error(`no head in: ${r.stdout}`);
  return head;
}

function infoWithoutPath(caseDir: string): Record<string, unknown> {
  const r = berkas(['info', caseDir, '--json'], budi);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const { path, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(path).toBe(caseDir);
  return rest;
}

const hiddenLeftovers = (): string[] => readdirSync(restores).filter((name) => name.startsWith('.'));

beforeAll(async () => {
  mkdirSync(backups);
  mkdirSync(restores);
  mkdirSync(damaged);
  const add = berkas(['user', 'add', dir, `${canary}login`, '--role', 'penyidik', '--name', `Nama ${canary}NAME`], {
    ...budi,
    BERKAS_NEW_PASSPHRASE: 'frasa-sandi-penyidik-1',
  });
  expect(add.code).toBe(0);
  // Enough rows for a database of several backup chunks (64 KiB each), so that damage in the middle
  // of the body is found only after the restore has begun writing.
  await using(openCaseFile(dir, creds('budi'), 'write'), (s) =>
    transaction(s.db, () => {
      for (let i = 0; i < 1500; i++) createPerkara(s, { lpNumber: `LP/B/${i}/XI/2026`, lpDate: '2026-11-02', title: `Perkara ${canary} nomor ${i} di Samarinda` });
    }),
  );
});

describe('berkas backup', () => {
  it('writes one file and nothing in the case folder, leaves no temp file beside it, and refuses to overwrite a file', () => {
    const before = snapshot(dir);
    const r = berkas(['backup', dir, backupFile], budi);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Backup written: .*sumber\.bkp \(\d+ bytes\)$/m);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(backups)).toEqual(['sumber.bkp']);
    if (process.platform !== 'win32') expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('BERKASBK');
    expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);

    const again = berkas(['backup', dir, backupFile], budi);
    expectOneLineRefusal(again, /sumber\.bkp already exists; choose a new file name/);
    expect(readFileSync(backupFile).equals(bytes)).toBe(true);
    expect(readdirSync(backups)).toEqual(['sumber.bkp']);
    expect(snapshot(dir)).toEqual(before);
  });

  // A backup kept inside the folder it backs up would be lost with it, and would write into it.
  it('refuses a backup file inside the case folder itself', () => {
    const before = snapshot(dir);
    try {
      const r = berkas(['backup', dir, join(dir, 'cadangan.bkp')], budi);
      expect(snapshot(dir)).toEqual(before);
      expect(r.code).toBe(2);
    } finally {
      rmSync(join(dir, 'cadangan.bkp'), { force: true });
    }
  });

  it('a canary in the title, a display name, a login and the case titles appears nowhere in the backup file', () => {
    const bytes = readFileSync(backupFile);
    expect(needles.filter((n) => bytes.includes(n)).map(String)).toEqual([]);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    // The canaries are really in the case file: the restore below shows the title again.
    expect(berkas(['info', dir], budi).stdout).toContain(`${canary}TITLE`);
  });
});

describe('berkas restore', () => {
  it('with a passphrase gives the same case file: same info, same audit head, and the chain verifies', () => {
    const target = join(restores, 'dengan-sandi');
    const r = berkas(['restore', backupFile, target], budi);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Case file restored: ${target}.berkas`);
    const restored = `${target}.berkas`;
    expect(readdirSync(restored).sort()).toEqual(['case.db', 'keys.json']);
    expect(JSON.parse(readFileSync(join(restored, 'keys.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')));

    const original = infoWithoutPath(dir);
    expect(original).toMatchObject({ counts: { users: 2, perkara: 1500 }, integrity: 'ok' });
    expect(infoWithoutPath(restored)).toEqual(original);
    expect(auditHeadOf(restored)).toBe(auditHeadOf(dir));
    expect(hiddenLeftovers()).toEqual([]);
  });

  it('with the recovery key works too', () => {
    const keyFile = join(parent, 'kunci-pemulihan.txt');
    writeFileSync(keyFile, recoveryKey + '\n');
    const target = join(restores, 'dengan-kunci');
    const r = berkas(['restore', backupFile, target, '--recovery-key-file', keyFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const restored = `${target}.berkas`;
    expect(infoWithoutPath(restored)).toEqual(infoWithoutPath(dir));
    expect(auditHeadOf(restored)).toBe(auditHeadOf(dir));

    const viaEnv = berkas(['restore', backupFile, join(restores, 'dengan-kunci-env')], { BERKAS_RECOVERY_KEY: recoveryKey.toLowerCase() });
    expect(viaEnv.stderr).toBe('');
    expect(viaEnv.code).toBe(0);
    expect(existsSync(join(restores, 'dengan-kunci-env.berkas', 'case.db'))).toBe(true);
    expect(hiddenLeftovers()).toEqual([]);
  });
});

describe('a damaged backup, a wrong passphrase or a folder in use restore nothing', () => {
  const MAGIC_BYTES = 8;
  /** Offset of the first chunk, and the offsets where each chunk (u32be length, sealed bytes) starts. */
  function layout(bytes: Buffer): { headerStart: number; bodyStart: number; chunkStarts: number[] } {
    const headerLength = bytes.readUInt32BE(MAGIC_BYTES + 1);
    const headerStart = MAGIC_BYTES + 5;
    const bodyStart = headerStart + headerLength;
    const chunkStarts: number[] = [];
    for (let at = bodyStart; at < bytes.length; at += 4 + bytes.readUInt32BE(at)) chunkStarts.push(at);
    return { headerStart, bodyStart, chunkStarts };
  }
  const flipAt = (at: (bytes: Buffer) => number) => (bytes: Buffer) => {
    const out = Buffer.from(bytes);
    const i = at(out);
    out[i] = (out[i] ?? 0) ^ 0x40;
    return out;
  };

  type Case = { name: string; damage?: (bytes: Buffer) => Buffer; target?: () => string; env?: Record<string, string>; message: RegExp };
  const DAMAGED = /^The backup file .*\.bkp is damaged or incomplete \(.+\); nothing was restored\.$/;
  const cases: Case[] = [
    { name: 'a flipped byte in the magic', damage: flipAt(() => 3), message: /^.*\.bkp is not a Berkas backup file\.$/ },
    { name: 'a flipped byte at the start of the header JSON', damage: flipAt((b) => layout(b).headerStart), message: DAMAGED },
    { name: 'a flipped byte in the middle of the header JSON (the key slots)', damage: flipAt((b) => (layout(b).headerStart + layout(b).bodyStart) >> 1), message: DAMAGED },
    {
      // Still valid JSON and a valid header: only the chunks' AAD, which hashes the whole prefix, notices.
      name: 'a flipped digit in the header creation time',
      damage: flipAt((b) => b.indexOf('"createdAt":"') + '"createdAt":"'.length + 2),
      message: DAMAGED,
    },
    { name: 'a flipped byte in the first chunk', damage: flipAt((b) => (layout(b).chunkStarts[0] ?? 0) + 100), message: DAMAGED },
    {
      name: 'a flipped byte in the middle of the body',
      damage: flipAt((b) => (layout(b).bodyStart + b.length) >> 1),
      message: /damaged or incomplete \(chunk [1-9]\d*\); nothing was restored\.$/,
    },
    { name: 'a flipped last byte', damage: flipAt((b) => b.length - 1), message: DAMAGED },
    { name: 'truncated in the middle of a chunk', damage: (b) => b.subarray(0, b.length - 1000), message: DAMAGED },
    {
      name: 'truncated at a chunk boundary (the last chunk missing)',
      damage: (b) => b.subarray(0, layout(b).chunkStarts.at(-1)),
      message: DAMAGED,
    },
    { name: 'truncated inside the header', damage: (b) => b.subarray(0, 200), message: DAMAGED },
    { name: 'bytes appended after the last chunk', damage: (b) => Buffer.concat([b, Buffer.alloc(64, 7)]), message: DAMAGED },
    { name: 'a wrong passphrase', env: as('budi', 'bukan-frasa-yang-benar'), message: /^Wrong user name or passphrase\.$/ },
  ];

  let n = 0;
  for (const c of cases) {
    it(c.name, () => {
      const i = n++;
      const original = readFileSync(backupFile);
      let file = backupFile;
      if (c.damage) {
        file = join(damaged, `rusak-${i}.bkp`);
        const bytes = c.damage(original);
        expect(bytes.equals(original)).toBe(false);
        writeFileSync(file, bytes);
      }
      const target = join(restores, `gagal-${i}`);
      const r = berkas(['restore', file, target], c.env ?? budi);
      expectOneLineRefusal(r, c.message);
      expect(existsSync(`${target}.berkas`)).toBe(false);
      expect(existsSync(target)).toBe(false);
      expect(hiddenLeftovers()).toEqual([]);
      expect(readFileSync(backupFile).equals(original)).toBe(true);
    });
  }

  it('a folder that exists and is not empty is left as it was', () => {
    const target = join(restores, 'terpakai.berkas');
    mkdirSync(target);
    writeFileSync(join(target, 'catatan.txt'), 'jangan ditimpa');
    const before = snapshot(target);
    const r = berkas(['restore', backupFile, join(restores, 'terpakai')], budi);
    expectOneLineRefusal(r, /terpakai\.berkas already exists and is not empty; choose a new folder for the case file\./);
    expect(snapshot(target)).toEqual(before);
    expect(hiddenLeftovers()).toEqual([]);

    // Nor is the case file the backup came from.
    const source = snapshot(dir);
    expectOneLineRefusal(berkas(['restore', backupFile, dir], budi), /sumber\.berkas already exists and is not empty/);
    expect(snapshot(dir)).toEqual(source);
    expect(readdirSync(parent).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('a file where the case folder would go is refused with a message that names it', () => {
    const target = join(restores, 'berkas-biasa.berkas');
    writeFileSync(target, 'bukan folder');
    const r = berkas(['restore', backupFile, join(restores, 'berkas-biasa')], budi);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('bukan folder');
    expect(hiddenLeftovers()).toEqual([]);
    expectOneLineRefusal(r, /berkas-biasa\.berkas already exists/);
  });
});

// Failures of the machine: a process killed in the middle of writing, and a disk that fills up.
// Either way the case file opens, is consistent, verifies, and keeps every acknowledged commit.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/core/audit/verify';
import { createPerkara, listPerkara } from '../../src/core/services/cases';
import { getSettings } from '../../src/core/services/settings';
import { all, sql, transaction } from '../../src/core/store/db';
import { closeCaseFile, openCaseFile, using } from '../../src/core/store/open';
import { createCaseFile } from '../../src/core/store/create';
import { AppError } from '../../src/shared/errors';
import { PASS, ROOT, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const creds = (passphrase = PASS) => ({ kind: 'passphrase' as const, login: 'budi', passphrase: Buffer.from(passphrase) });

/** Starts the write loop, kills it with SIGKILL after `delayMs` of writing, returns what it acknowledged. */
async function killDuringWrites(args: string[], delayMs: number, waitFor = 'ready'): Promise<string[]> {
  const child = spawn(process.execPath, [join(ROOT, 'out/test/write-loop.mjs'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(waitFor === 'ready' ? 'ready\n' : `ack ${waitFor}\n`)) resolve();
    });
    child.on('exit', () => reject(new Error(`writer exited early: ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGKILL');
  // A writer that stopped by itself (an error) is a failure, not a crash test.
  expect(await exited, stderr).toBe('SIGKILL');
  // Only complete lines count: a line cut by the kill was not acknowledged.
  return out.split('\n').slice(0, -1).filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
}

describe('SIGKILL in the middle of writing', () => {
  const parent = tempDir();
  const { dir } = initCaseFile(parent, 'crash');

  it('20 cycles of records and settings: opens, integrity ok, audit verifies, nothing acknowledged is lost', async () => {
    const acked: string[] = [];
    for (let cycle = 0; cycle < 20; cycle++) {
      acked.push(...(await killDuringWrites([dir, 'budi', PASS, 'records', `c${cycle}`], 40 + ((cycle * 37) % 300))));
      await using(openCaseFile(dir, creds(), 'write'), (s) => {
        expect(all<{ integrity_check: string }>(s.db, sql`PRAGMA integrity_check`)).toEqual([{ integrity_check: 'ok' }]);
        const report = verifyAudit(s.db);
        expect(report.findings).toEqual([]);
        const lps = new Set(listPerkara(s.db).map((p) => p.lpNumber));
        for (const a of acked.filter((x) => x.startsWith('LP/'))) expect(lps.has(a)).toBe(true);
        const lastSettings = acked.filter((x) => x.startsWith('settings ')).at(-1);
        if (lastSettings && acked.at(-1) === lastSettings) {
          expect(getSettings(s.db).unitName).toBe(`Satreskrim ${lastSettings.slice('settings '.length)}`);
        }
      });
    }
    expect(acked.filter((x) => x.startsWith('LP/')).length).toBeGreaterThan(20);
  });

  it('killed while changing passphrases: exactly the acknowledged passphrase (or its unacknowledged successor) opens, and keys.json is clean after', async () => {
    const phrases = [PASS, 'frasa-sandi-kedua-budi'];
    let current = PASS;
    for (let cycle = 0; cycle < 5; cycle++) {
      const other = phrases.find((p) => p !== current) ?? '';
      const acked = await killDuringWrites([dir, 'budi', current, 'passwd', other], 300 + cycle * 250);
      const lastAcked = acked.at(-1) ?? current;
      const successor = phrases.find((p) => p !== lastAcked) ?? '';
      // The acknowledged passphrase works, unless a later change committed before the kill.
      let opened = '';
      for (const candidate of [lastAcked, successor]) {
        try {
          closeCaseFile(await openCaseFile(dir, creds(candidate), 'write'));
          opened = candidate;
          break;
        } catch (e) {
          if (!(e instanceof AppError && e.code === 'WRONG_CREDENTIALS')) throw e;
        }
      }
      expect(opened).not.toBe('');
      const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8'));
      expect(keys.slots).toHaveLength(2); // budi and the recovery key, nothing left over
      await using(openCaseFile(dir, creds(opened), 'read'), (s) => expect(verifyAudit(s.db).findings).toEqual([]));
      current = opened;
    }
  });
});

describe('a hot journal left by a crash (as in the middle of a rekey)', () => {
  it('is rolled back with the data key on the next open, not destroyed by the lock probe', async () => {
    const parent = tempDir();
    const { dir } = initCaseFile(parent, 'hot');
    await using(openCaseFile(dir, creds(), 'write'), (s) =>
      transaction(s.db, () => {
        for (let i = 0; i < 1500; i++) createPerkara(s, { lpNumber: `LP/B/${i}/XI/2026`, lpDate: '2026-11-02', title: `Perkara ${i} ${'isi '.repeat(30)}` });
      }),
    );
    const before = await using(openCaseFile(dir, creds(), 'read'), (s) => listPerkara(s.db).map((p) => p.title).sort());
    const acked = await killDuringWrites([dir, 'budi', PASS, 'dirty'], 0, 'dirty');
    expect(acked).toEqual(['dirty']);
    expect(existsSync(join(dir, 'case.db-journal'))).toBe(true);

    // A refused command first (wrong passphrase): it must not touch the journal.
    expect(berkas(['info', dir], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: 'bukan-frasa-yang-benar' }).code).toBe(2);
    const info = berkas(['info', dir, '--json'], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS });
    expect(info.stderr).toBe('');
    expect(JSON.parse(info.stdout)).toMatchObject({ integrity: 'ok', counts: { perkara: 1500 } });
    await using(openCaseFile(dir, creds(), 'write'), (s) => {
      expect(listPerkara(s.db).map((p) => p.title).sort()).toEqual(before);
      expect(verifyAudit(s.db).findings).toEqual([]);
    });
  });
});

// A small tmpfs is a real file system that really fills up. Mounting needs root, which CI has.
const mountPoint = mkdtempSync(join(tmpdir(), 'berkas-full-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Fills the disk with a file of its own, leaving about `leave` bytes free. */
function fill(path: string, leave: number): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: the disk is full
  } finally {
    closeSync(fd);
  }
  const size = readFileSync(path).length;
  spawnSync('truncate', ['-s', String(Math.max(0, size - leave)), path]);
}

describe.skipIf(!mounted)('a disk that fills during writes (tmpfs; skipped where mount is not allowed)', () => {
  it('the core says the disk is full, and the last committed state stays intact', async () => {
    const { dir } = await createCaseFile({ dir: join(mountPoint, 'penuh'), title: 'Disk penuh', login: 'budi', passphrase: Buffer.from(PASS) });
    const filler = join(mountPoint, 'filler');
    const acked: string[] = [];
    const session = await openCaseFile(dir, creds(), 'write');
    let failure: unknown = null;
    try {
      fill(filler, 320 * 1024);
      for (let i = 0; i < 10_000 && !failure; i++) {
        const lp = `LP/B/${i}/XI/2026`;
        try {
          createPerkara(session, { lpNumber: lp, lpDate: '2026-11-02', title: `Perkara ${i} ${'isi '.repeat(70)}` });
          acked.push(lp);
        } catch (e) {
          failure = e;
        }
      }
    } finally {
      try {
        closeCaseFile(session);
      } catch {
        // closing may fail to checkpoint on a full disk; the WAL keeps the commits
      }
      rmSync(filler, { force: true });
    }
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('DISK_FULL');
    expect(acked.length).toBeGreaterThan(3);
    await using(openCaseFile(dir, creds(), 'write'), (s) => {
      expect(all<{ integrity_check: string }>(s.db, sql`PRAGMA integrity_check`)).toEqual([{ integrity_check: 'ok' }]);
      expect(verifyAudit(s.db).findings).toEqual([]);
      expect(listPerkara(s.db).map((p) => p.lpNumber).sort()).toEqual([...acked].sort());
    });
  });

  it('the berkas command says so in one sentence, and keys.json and the database are unchanged', () => {
    const { dir } = initCaseFile(mountPoint, 'penuh-cli');
    const filler = join(mountPoint, 'filler-cli');
    const before = snapshot(dir);
    let r: ReturnType<typeof berkas>;
    try {
      fill(filler, 4096); // room for the lock file, not for the new keys.json
      r = berkas(['user', 'add', dir, 'siti', '--role', 'penyidik'], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS, BERKAS_NEW_PASSPHRASE: 'siti-frasa-sandi-1' });
    } finally {
      rmSync(filler, { force: true });
    }
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('berkas: The disk is full: the change was not saved, and the last saved data is intact.');
    expect(snapshot(dir)).toEqual(before);
    const info = JSON.parse(berkas(['info', dir, '--json'], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS }).stdout);
    expect(info.users.map((u: { login: string }) => u.login)).toEqual(['budi']);
  });
});

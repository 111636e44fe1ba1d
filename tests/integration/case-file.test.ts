// The case file through the real `berkas` command: creation, what is (not) readable on disk, users,
// passphrases and the recovery key, settings and roles.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCaseFile, openCaseFile, using } from '../../src/core/store/open';
import { parseRecoveryKey } from '../../src/core/store/recovery-key';
import { transaction } from '../../src/core/store/db';
import { createPerkara } from '../../src/core/services/cases';
import { LATEST_SCHEMA_VERSION } from '../../src/core/store/migrations';
import { PASS, ROOT, berkas, initCaseFile, readAll, tempDir } from '../helpers';

const as = (login: string, passphrase = PASS) => ({ BERKAS_USER: login, BERKAS_PASSPHRASE: passphrase });
const creds = (login: string, passphrase = PASS) => ({ kind: 'passphrase' as const, login, passphrase: Buffer.from(passphrase) });

describe('berkas init and info', () => {
  const parent = tempDir();
  const { dir, recoveryKey } = initCaseFile(parent, 'balikpapan', ['--title', 'TPPO Polresta Balikpapan']);

  it('creates NAME.berkas with an encrypted database and a key file, and prints the recovery key once', () => {
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(readFileSync(join(dir, 'case.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8'));
    expect(keys.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3 });
    expect(keys.slots).toHaveLength(2); // budi and the recovery key
  });

  it('shows title, settings, schema, users and counts, in Indonesian by default', () => {
    const r = berkas(['info', dir], { ...as('budi'), BERKAS_LANG: 'id' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TPPO Polresta Balikpapan');
    expect(r.stdout).toMatch(new RegExp(`Skema\\s+${LATEST_SCHEMA_VERSION} \\(terbaru ${LATEST_SCHEMA_VERSION}\\)`));
    expect(r.stdout).toMatch(/budi\s+atasan\s+Budi Santoso/);
    expect(r.stdout).toMatch(/Integritas\s+ok/);
    const json = JSON.parse(berkas(['info', dir, '--json'], as('budi')).stdout);
    expect(json).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, counts: { users: 1, perkara: 0 }, integrity: 'ok' });
    expect(JSON.stringify(json)).not.toMatch(/slot|wrapped|dek|seed/i);
  });

  it('finds "balikpapan" as balikpapan.berkas, and refuses to create over a case file', () => {
    expect(berkas(['info', join(parent, 'balikpapan')], as('budi')).code).toBe(0);
    const again = berkas(['init', dir, '--user', 'budi'], { BERKAS_PASSPHRASE: PASS });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});

describe('nothing readable on disk', () => {
  it('a canary in the title, a display name and a login appears in no file, -wal and lock file included, while open and after', async () => {
    const parent = tempDir();
    const canary = 'kanariq7x';
    const { dir } = initCaseFile(parent, 'canary', ['--title', `Judul ${canary}TITLE`]);
    const add = berkas(['user', 'add', dir, `${canary}login`, '--role', 'penyidik', '--name', `Nama ${canary}NAME`], {
      ...as('budi'),
      BERKAS_NEW_PASSPHRASE: 'frasa-sandi-penyidik-1',
    });
    expect(add.code).toBe(0);
    const needles = [canary, `${canary}TITLE`, `${canary}NAME`, `${canary}login`].map((s) => Buffer.from(s));
    const leaks = (): string[] =>
      readAll(dir).flatMap((bytes, i) => needles.filter((n) => bytes.includes(n)).map((n) => `${i}:${n.toString()}`));
    expect(leaks()).toEqual([]);

    // While a process holds it open for writing, with uncheckpointed writes in the WAL.
    const session = await openCaseFile(dir, creds('budi'), 'write');
    try {
      createPerkara(session, { lpNumber: 'LP/B/1/XI/2026', lpDate: '2026-11-02', title: `Perkara ${canary}` });
      const files = Object.keys(Object.fromEntries(readAll(dir).map((b, i) => [i, b])));
      expect(files.length).toBeGreaterThanOrEqual(4); // case.db, -wal, keys.json, berkas.lock
      expect(leaks()).toEqual([]);
    } finally {
      closeCaseFile(session);
    }
    expect(leaks()).toEqual([]);
  });
});

describe('users, passphrases and the recovery key', () => {
  const parent = tempDir();
  const { dir, recoveryKey } = initCaseFile(parent, 'users');

  it('a second user and the recovery key both unlock the same data key', async () => {
    const add = berkas(['user', 'add', dir, 'siti', '--role', 'penyidik', '--name', 'Siti Aminah'], {
      ...as('budi'),
      BERKAS_NEW_PASSPHRASE: 'siti-frasa-sandi-panjang',
    });
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('siti (penyidik)');
    const a = await using(openCaseFile(dir, creds('budi'), 'read'), (s) => Buffer.from(s.dek));
    const b = await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-panjang'), 'read'), (s) => Buffer.from(s.dek));
    const recovery = parseRecoveryKey(recoveryKey) ?? Buffer.alloc(32);
    const c = await using(openCaseFile(dir, { kind: 'recovery', recoveryKey: recovery }, 'read'), (s) => Buffer.from(s.dek));
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
  });

  it('passwd: the old passphrase fails, the new one works, the data key is the same and case.db is not re-encrypted', async () => {
    // Enough rows that re-encryption would change hundreds of pages.
    await using(openCaseFile(dir, creds('budi'), 'write'), (s) =>
      transaction(s.db, () => {
        for (let i = 0; i < 3000; i++) createPerkara(s, { lpNumber: `LP/B/${i}/XI/2026`, lpDate: '2026-11-02', title: `Perkara nomor ${i} di Balikpapan` });
      }),
    );
    const dekBefore = await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-panjang'), 'read'), (s) => Buffer.from(s.dek));
    const pagesBefore = pages(readFileSync(join(dir, 'case.db')));

    const r = berkas(['passwd', dir], { ...as('siti', 'siti-frasa-sandi-panjang'), BERKAS_NEW_PASSPHRASE: 'siti-frasa-sandi-baru-2026' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const old = berkas(['info', dir], as('siti', 'siti-frasa-sandi-panjang'));
    expect(old.code).toBe(2);
    expect(old.stderr.trim()).toBe('berkas: Wrong user name or passphrase.');
    expect(berkas(['info', dir], as('siti', 'siti-frasa-sandi-baru-2026')).code).toBe(0);
    const dekAfter = await using(openCaseFile(dir, creds('siti', 'siti-frasa-sandi-baru-2026'), 'read'), (s) => Buffer.from(s.dek));
    expect(dekAfter.equals(dekBefore)).toBe(true);

    const pagesAfter = pages(readFileSync(join(dir, 'case.db')));
    const changed = pagesAfter.filter((p, i) => !p.equals(pagesBefore[i] ?? Buffer.alloc(0))).length;
    expect(pagesBefore.length).toBeGreaterThan(200);
    expect(changed).toBeLessThan(pagesBefore.length / 20);
    // The other users are untouched, and keys.json holds one slot per user plus the recovery slot.
    expect(berkas(['info', dir], as('budi')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')).slots).toHaveLength(3);
  });

  it('with the recovery key, sets a new passphrase for a user who forgot theirs', () => {
    const keyFile = join(parent, 'recovery.txt');
    writeFileSync(keyFile, recoveryKey.toLowerCase() + '\n');
    const r = berkas(['passwd', dir, '--recovery-key-file', keyFile, '--user', 'budi'], {
      BERKAS_NEW_PASSPHRASE: 'budi-lupa-lalu-ingat',
    });
    expect(r.stderr).toBe('');
    expect(berkas(['info', dir], as('budi')).code).toBe(2);
    expect(berkas(['info', dir], as('budi', 'budi-lupa-lalu-ingat')).code).toBe(0);
    const wrong = berkas(['passwd', dir, '--user', 'budi'], {
      BERKAS_RECOVERY_KEY: 'AAAA-'.repeat(12) + 'AAAA',
      BERKAS_NEW_PASSPHRASE: 'apa-saja-yang-panjang',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/recovery key does not belong/);
  });

  it('refuses a passphrase under 12 characters and says why', () => {
    const r = berkas(['user', 'add', dir, 'andi', '--role', 'pembaca'], { ...as('budi', 'budi-lupa-lalu-ingat'), BERKAS_NEW_PASSPHRASE: 'pendek' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('berkas: The passphrase is too short: at least 12 characters, this one has 6.');
  });
});

describe('roles are enforced in the core', () => {
  const parent = tempDir();
  const { dir } = initCaseFile(parent, 'roles');
  const budi = as('budi');

  it('only an atasan adds users and changes settings; every role may read', () => {
    for (const [login, role] of [
      ['penyidik1', 'penyidik'],
      ['pembaca1', 'pembaca'],
    ]) {
      const r = berkas(['user', 'add', dir, login ?? '', '--role', role ?? ''], { ...budi, BERKAS_NEW_PASSPHRASE: `${login}-frasa-sandi` });
      expect(r.code).toBe(0);
    }
    for (const login of ['penyidik1', 'pembaca1']) {
      const env = as(login, `${login}-frasa-sandi`);
      const add = berkas(['user', 'add', dir, 'x' + login, '--role', 'atasan'], { ...env, BERKAS_NEW_PASSPHRASE: 'apa-saja-yang-panjang' });
      expect(add.code).toBe(2);
      expect(add.stderr).toMatch(/may not manage users/);
      const set = berkas(['settings', dir, '--set', 'unit-name=Polresta X'], env);
      expect(set.code).toBe(2);
      expect(set.stderr).toMatch(/may not change the case file settings/);
      expect(berkas(['info', dir], env).code).toBe(0);
    }
  });

  it('an atasan sets the unit, letterhead and time zone, and info shows them', () => {
    const r = berkas(
      [
        'settings',
        dir,
        '--set',
        'unit-name=Satreskrim Polresta Balikpapan',
        '--set',
        'unit-code=PPA-BPP',
        '--set',
        'satker=POLRESTA BALIKPAPAN',
        '--set',
        'polda=POLDA KALIMANTAN TIMUR',
        '--set',
        'letterhead=KEPOLISIAN NEGARA REPUBLIK INDONESIA|DAERAH KALIMANTAN TIMUR|RESOR KOTA BALIKPAPAN',
        '--set',
        'time-zone=wib',
      ],
      budi,
    );
    expect(r.stderr).toBe('');
    const info = JSON.parse(berkas(['info', dir, '--json'], budi).stdout);
    expect(info.settings).toMatchObject({
      unitName: 'Satreskrim Polresta Balikpapan',
      unitCode: 'PPA-BPP',
      polda: 'POLDA KALIMANTAN TIMUR',
      letterhead: ['KEPOLISIAN NEGARA REPUBLIK INDONESIA', 'DAERAH KALIMANTAN TIMUR', 'RESOR KOTA BALIKPAPAN'],
      timeZone: 'WIB',
    });
    const bad = berkas(['settings', dir, '--set', 'time-zone=UTC'], budi);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/timeZone/);
  });
});

describe('npx berkas', () => {
  it('runs from the project after the install, as the README says', () => {
    const r = spawnSync('npx', ['--no-install', 'berkas', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('berkas init DIR --user LOGIN');
  });
});

function pages(bytes: Buffer, size = 4096): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

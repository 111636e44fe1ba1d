// Bad input gets one clear sentence, exit code 2, no stack trace, and leaves every byte of the case
// file as it was. Each case starts from a cleanly closed case file.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../src/core/store/migrations';
import { describe, expect, it } from 'vitest';
import { openCaseFile, using } from '../../src/core/store/open';
import { PASS, ROOT, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const parent = tempDir();
const { dir: pristine } = initCaseFile(parent, 'pristine');
// A pembaca, for the role refusals.
berkas(['user', 'add', pristine, 'dewi', '--role', 'pembaca'], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS, BERKAS_NEW_PASSPHRASE: 'dewi-frasa-sandi-1' });

// 1-based number of the last page a table or index uses, read with the real key.
const lastUsedPage = await using(openCaseFile(pristine, { kind: 'passphrase', login: 'budi', passphrase: Buffer.from(PASS) }, 'read'), (s) =>
  Number(s.db.prepare('SELECT max(pageno) FROM dbstat').pluck().get()),
);

let copies = 0;
/** A fresh copy of the pristine case file for one refusal. */
function copy(): string {
  const dir = join(parent, `copy-${copies++}.berkas`);
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };

type Case = {
  name: string;
  damage?: (dir: string) => void;
  args: (dir: string) => string[];
  env?: Record<string, string>;
  message: RegExp;
};

const flip = (file: string, offset: number) => (dir: string) => {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes[at] = (bytes[at] ?? 0) ^ 0x40;
  writeFileSync(path, bytes);
};

const cases: Case[] = [
  { name: 'wrong passphrase', args: (d) => ['info', d], env: { ...budi, BERKAS_PASSPHRASE: 'bukan-frasa-yang-benar' }, message: /^Wrong user name or passphrase\.$/ },
  { name: 'unknown user', args: (d) => ['info', d], env: { ...budi, BERKAS_USER: 'tidakada' }, message: /^Wrong user name or passphrase\.$/ },
  { name: 'no passphrase and no terminal', args: (d) => ['info', d], env: { BERKAS_USER: 'budi' }, message: /No passphrase given/ },
  { name: 'a folder that is not a case file', damage: (d) => ['case.db', 'keys.json'].forEach((f) => rmSync(join(d, f))), args: (d) => ['info', d], env: budi, message: /is not a Berkas case file/ },
  { name: 'case.db: flipped byte in the first page', damage: flip('case.db', 200), args: (d) => ['info', d], env: budi, message: /case\.db is damaged/ },
  { name: 'case.db: flipped byte in a later page', damage: flip('case.db', 4096 * 3 + 100), args: (d) => ['info', d], env: budi, message: /case\.db is damaged/ },
  // The last page that holds data (a free page at the end holds none, and SQLite never reads it).
  { name: 'case.db: flipped byte in the last page in use', damage: (d) => flip('case.db', lastUsedPage * 4096 - 1)(d), args: (d) => ['info', d], env: budi, message: /case\.db is damaged/ },
  {
    name: 'case.db: truncated',
    damage: (d) => truncateSync(join(d, 'case.db'), readFileSync(join(d, 'case.db')).length - 4096),
    args: (d) => ['info', d],
    env: budi,
    message: /case\.db is damaged/,
  },
  { name: 'case.db: missing', damage: (d) => rmSync(join(d, 'case.db')), args: (d) => ['info', d], env: budi, message: /case\.db is damaged/ },
  { name: 'keys.json: flipped byte', damage: flip('keys.json', 300), args: (d) => ['info', d], env: budi, message: /keys\.json .* is damaged/ },
  { name: 'keys.json: not JSON', damage: (d) => writeFileSync(join(d, 'keys.json'), '{"format": "berkas-k'), args: (d) => ['info', d], env: budi, message: /keys\.json .* is damaged/ },
  { name: 'keys.json: missing', damage: (d) => rmSync(join(d, 'keys.json')), args: (d) => ['info', d], env: budi, message: /keys\.json is missing/ },
  {
    name: 'keys.json from a newer version',
    damage: (d) => writeFileSync(join(d, 'keys.json'), JSON.stringify({ format: 'berkas-keys', version: 7, slots: [] })),
    args: (d) => ['info', d],
    env: budi,
    message: /newer version of Berkas \(format 7/,
  },
  {
    name: 'keys.json of another case file',
    damage: (d) => cpSync(join(parentOther(), 'keys.json'), join(d, 'keys.json')),
    args: (d) => ['info', d],
    env: budi,
    message: /case\.db is damaged or does not match keys\.json/,
  },
  { name: 'a pembaca adds a user', args: (d) => ['user', 'add', d, 'rudi', '--role', 'penyidik'], env: { BERKAS_USER: 'dewi', BERKAS_PASSPHRASE: 'dewi-frasa-sandi-1', BERKAS_NEW_PASSPHRASE: 'rudi-frasa-sandi-1' }, message: /role pembaca may not manage users/ },
  { name: 'a pembaca changes settings', args: (d) => ['settings', d, '--set', 'polda=X'], env: { BERKAS_USER: 'dewi', BERKAS_PASSPHRASE: 'dewi-frasa-sandi-1' }, message: /may not change the case file settings/ },
  { name: 'an unknown setting', args: (d) => ['settings', d, '--set', 'warna=merah'], env: budi, message: /Unknown setting "warna"/ },
  { name: 'an invalid login for a new user', args: (d) => ['user', 'add', d, 'Budi Santoso', '--role', 'penyidik'], env: { ...budi, BERKAS_NEW_PASSPHRASE: 'frasa-sandi-panjang' }, message: /user name "Budi Santoso" is not valid/ },
  { name: 'a login already taken', args: (d) => ['user', 'add', d, 'DEWI', '--role', 'penyidik'], env: { ...budi, BERKAS_NEW_PASSPHRASE: 'frasa-sandi-panjang' }, message: /dewi is already taken/ },
  { name: 'an unknown role', args: (d) => ['user', 'add', d, 'rudi', '--role', 'admin'], env: { ...budi, BERKAS_NEW_PASSPHRASE: 'frasa-sandi-panjang' }, message: /role must be one of atasan, penyidik, pembaca/ },
  { name: 'a passphrase equal to the login', args: (d) => ['user', 'add', d, 'rudiharyanto', '--role', 'penyidik'], env: { ...budi, BERKAS_NEW_PASSPHRASE: 'RudiHaryanto' }, message: /must not be the user name/ },
  { name: 'an unknown command', args: () => ['hapus'], message: /unknown command "hapus"/ },
];

let other = '';
function parentOther(): string {
  if (!other) other = initCaseFile(parent, 'other').dir;
  return other;
}

describe('refused operations change nothing', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = copy();
      c.damage?.(dir);
      const before = snapshot(dir);
      const r = berkas(c.args(dir), c.env ?? {});
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.replace(/^berkas: /, '')).toMatch(c.message);
      expect(r.stderr).not.toMatch(/\bat \S+:\d+|SQLITE_|Error:/);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('a case file from a newer version is refused by name and left untouched', async () => {
    const dir = copy();
    const { openConnection } = await import('../../src/core/store/db');
    // Raise user_version the way a newer Berkas would, with the real data key.
    const dek = await using(openCaseFile(dir, { kind: 'passphrase', login: 'budi', passphrase: Buffer.from(PASS) }, 'read'), (s) => Buffer.from(s.dek));
    const conn = openConnection(join(dir, 'case.db'), dek);
    conn.pragma('user_version = 99');
    conn.close();
    const before = snapshot(dir);
    for (const args of [['info', dir], ['settings', dir, '--set', 'polda=X']]) {
      const r = berkas(args, budi);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`made by a newer version of Berkas (schema 99, this version reads up to ${LATEST_SCHEMA_VERSION})`);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('messages come in Bahasa Indonesia by default', () => {
    const r = berkas(['info', copy()], { ...budi, BERKAS_PASSPHRASE: 'bukan-frasa-yang-benar', BERKAS_LANG: '' });
    expect(r.stderr.trim()).toBe('berkas: Nama pengguna atau frasa sandi salah.');
  });
});

describe('the lock', () => {
  it('refuses a second process, saying where the case file is open; after the holder is killed with SIGKILL it opens again', async () => {
    const dir = copy();
    const holder = spawn(process.execPath, [join(ROOT, 'out/test/hold-open.mjs'), dir, 'budi', PASS], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    const lockFile = readFileSync(join(dir, 'berkas.lock'), 'utf8');
    expect(lockFile).toContain(hostname());
    expect(lockFile).not.toContain('budi');

    const before = snapshot(dir);
    const r = berkas(['info', dir], budi);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`open on computer ${hostname()}`);
    expect(snapshot(dir)).toEqual(before);

    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    const again = berkas(['settings', dir, '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(JSON.parse(berkas(['info', dir, '--json'], budi).stdout).settings.polda).toBe('POLDA KALIMANTAN TIMUR');
  });

  it('a lock file left without a holder does not block', () => {
    const dir = copy();
    writeFileSync(join(dir, 'berkas.lock'), JSON.stringify({ host: 'pc-lama', account: 'x', since: '2026-01-01T00:00:00.000Z' }));
    expect(berkas(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN'], budi).code).toBe(0);
    expect(existsSync(join(dir, 'berkas.lock'))).toBe(false);
  });
});

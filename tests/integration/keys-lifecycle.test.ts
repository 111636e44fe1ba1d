// The life of the keys: removing a user, why `rekey` exists (an old copy of keys.json keeps the old
// data key) and what it closes, a rekey interrupted between its steps, and keys.json holding a slot
// the database never committed. Through the real `berkas` command where there is one, and through
// the core functions to reproduce what a process that died half-way leaves on disk.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createHmac, pbkdf2Sync, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserId } from '../../src/shared/domain/ids';
import { verifyAudit } from '../../src/core/audit/verify';
import { removeUser } from '../../src/core/services/users';
import { all, openConnection, rekeyConnection, sql, type ReadableDb } from '../../src/core/store/db';
import { deriveKek } from '../../src/core/store/kdf';
import { kdfParams, makeSlot, parseKeysFile, readKeysFile, sealDataKey, unwrapSlots, type KeysFile } from '../../src/core/store/keys';
import { closeCaseFile, openCaseFile, using } from '../../src/core/store/open';
import { parseRecoveryKey } from '../../src/core/store/recovery-key';
import type { Credentials, Session } from '../../src/core/store/session';
import { addSlot, replaceKeysFile, userKek } from '../../src/core/store/slots';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';

const as = (login: string, passphrase = PASS) => ({ BERKAS_USER: login, BERKAS_PASSPHRASE: passphrase });
const creds = (login: string, passphrase = PASS): Credentials => ({ kind: 'passphrase', login, passphrase: Buffer.from(passphrase) });
const recovery = (key: string): Credentials => ({ kind: 'recovery', recoveryKey: parseRecoveryKey(key) ?? Buffer.alloc(32) });

const SITI = 'siti-frasa-sandi-1';
const RUDI = 'rudi-frasa-sandi-1';
const DEWI = 'dewi-frasa-sandi-1';
const ANI = 'ani-frasa-sandi-01';
const budi = as('budi');

function addUser(dir: string, login: string, role: string, passphrase: string): void {
  const r = berkas(['user', 'add', dir, login, '--role', role], { ...budi, BERKAS_NEW_PASSPHRASE: passphrase });
  if (r.code !== 0) throw new Error(`user add ${login} failed: ${r.stderr}`);
}

function expectRefusal(r: { code: number; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]?.replace(/^berkas: /, '')).toMatch(message);
}

const keysOf = (dir: string): KeysFile => readKeysFile(dir);
const slotIds = (dir: string): string[] => keysOf(dir).slots.map((s) => s.id).sort();
const dekOf = (dir: string, credentials: Credentials): Promise<Buffer> => using(openCaseFile(dir, credentials, 'read'), (s) => Buffer.from(s.dek));
const logins = (db: ReadableDb): string[] => all<{ login: string }>(db, sql`SELECT login FROM users ORDER BY login`).map((r) => r.login);

/** Whether `dek` opens `dir`'s case.db: what someone holding only the data key can do. */
function dekOpens(dir: string, dek: Buffer): boolean {
  try {
    const conn = openConnection(join(dir, 'case.db'), dek);
    try {
      return logins(conn as ReadableDb).includes('budi');
    } finally {
      conn.close();
    }
  } catch {
    return false;
  }
}

/**
 * How many of case.db's pages carry a valid SQLCipher 4 page HMAC under `dek` (4096-byte pages, 80
 * reserved bytes: IV 16, HMAC-SHA512 64, over the encrypted bytes, the IV and the page number; HMAC
 * key = PBKDF2-SHA512(dek, salt XOR 0x3a, 2 rounds), salt = the file's first 16 bytes). A page that
 * does is readable by anyone holding `dek`, whatever page 1 says.
 */
function pagesUnder(dir: string, dek: Buffer): { pages: number; readable: number } {
  const bytes = readFileSync(join(dir, 'case.db'));
  const size = 4096;
  const salt = Buffer.from(bytes.subarray(0, 16).map((b) => b ^ 0x3a));
  const hmacKey = pbkdf2Sync(dek, salt, 2, 32, 'sha512');
  let readable = 0;
  for (let at = 0; at < bytes.length; at += size) {
    const page = bytes.subarray(at, at + size);
    const pgno = Buffer.alloc(4);
    pgno.writeUInt32LE(at / size + 1);
    const mac = createHmac('sha512', hmacKey).update(page.subarray(at === 0 ? 16 : 0, size - 64)).update(pgno).digest();
    if (mac.equals(page.subarray(size - 64))) readable += 1;
  }
  return { pages: bytes.length / size, readable };
}

describe('removing a user, and rekey', () => {
  const parent = tempDir();
  const { dir, recoveryKey } = initCaseFile(parent, 'tim');
  addUser(dir, 'siti', 'penyidik', SITI);
  addUser(dir, 'rudi', 'penyidik', RUDI);
  addUser(dir, 'dewi', 'pembaca', DEWI);
  // What siti could have copied while she was still a user of the case file.
  const oldKeysText = readFileSync(join(dir, 'keys.json'), 'utf8');
  let copies = 0;
  /** A copy of the case folder as it is now, with keys.json replaced by siti's old copy. */
  const copyWithOldKeys = (): string => {
    const copy = join(parent, `salinan-${copies++}.berkas`);
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, 'keys.json'), oldKeysText);
    return copy;
  };

  it('only an atasan removes users; the sole atasan cannot be removed; refusals change nothing', async () => {
    const before = snapshot(dir);
    expectRefusal(berkas(['user', 'remove', dir, 'rudi'], as('dewi', DEWI)), /role pembaca may not manage users/);
    expectRefusal(berkas(['user', 'remove', dir, 'siti'], as('rudi', RUDI)), /role penyidik may not manage users/);
    expectRefusal(berkas(['user', 'remove', dir, 'budi'], as('rudi', RUDI)), /role penyidik may not manage users/);
    expectRefusal(berkas(['user', 'remove', dir, 'budi'], budi), /you cannot remove yourself/);
    expect(snapshot(dir)).toEqual(before);

    // With one atasan the guard against removing the last one cannot be reached from the CLI (the
    // only atasan is the one acting, and may not remove themselves): exercise it with a session
    // whose acting atasan is someone else.
    await using(openCaseFile(dir, creds('budi'), 'write'), (s) => {
      const user = s.user;
      if (!user) throw new Error('no user');
      const other = { ...s, user: { ...user, id: UserId.parse(randomUUID()) } };
      expect(() => removeUser(other, 'budi')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', params: { detail: 'the last atasan cannot be removed' } }));
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('nobody removes themselves, not even an atasan who is not the last one', () => {
    addUser(dir, 'ani', 'atasan', ANI);
    const before = snapshot(dir);
    expectRefusal(berkas(['user', 'remove', dir, 'ani'], as('ani', ANI)), /you cannot remove yourself/);
    expectRefusal(berkas(['user', 'remove', dir, 'siti'], as('siti', SITI)), /role penyidik may not manage users/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an atasan removes a penyidik: her passphrase no longer opens the case file, info shows her removed, the chain verifies', () => {
    const slotsBefore = keysOf(dir).slots.length;
    const r = berkas(['user', 'remove', dir, 'siti'], budi);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('User removed: siti. Run "berkas rekey"');
    expect(keysOf(dir).slots).toHaveLength(slotsBefore - 1);

    // Her slot is gone from keys.json, so her passphrase opens nothing: from the current keys.json
    // it is indistinguishable from a wrong one. ("has been removed" needs a slot that still opens:
    // see the old copy of keys.json below.)
    expectRefusal(berkas(['info', dir], as('siti', SITI)), /^Wrong user name or passphrase\.$/);

    const info = JSON.parse(berkas(['info', dir, '--json'], budi).stdout);
    const siti = info.users.find((u: { login: string }) => u.login === 'siti');
    expect(siti).toMatchObject({ role: 'penyidik' });
    expect(siti.removedAt).toEqual(expect.any(String));
    expect(info.users.filter((u: { removedAt: string | null }) => !u.removedAt).map((u: { login: string }) => u.login).sort()).toEqual(['ani', 'budi', 'dewi', 'rudi']);
    expect(info.counts.users).toBe(4);
    expect(berkas(['info', dir], budi).stdout).toMatch(/siti\s+penyidik\s+siti \(removed\)/);

    const verify = berkas(['audit', 'verify', dir], budi);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
    expectRefusal(berkas(['user', 'remove', dir, 'siti'], budi), /siti has been removed/);
  });

  let oldDek = Buffer.alloc(0);

  it('before rekey, her old copy of keys.json and her old passphrase still reach the data key', async () => {
    // The data key straight from her old slot, as anyone with the file and the passphrase can.
    const old = parseKeysFile(oldKeysText, parent);
    const { params, salt } = kdfParams(old);
    const contents = unwrapSlots(old, await deriveKek('siti', Buffer.from(SITI), salt, params));
    expect(contents).toHaveLength(1);
    oldDek = Buffer.from(contents[0]?.deks[0]?.key ?? Buffer.alloc(0));

    const copy = copyWithOldKeys();
    expect(dekOpens(dir, oldDek)).toBe(true);
    expect(dekOpens(copy, oldDek)).toBe(true);
    const pages = pagesUnder(copy, oldDek);
    expect(pages.pages).toBeGreaterThan(10);
    expect(pages.readable).toBe(pages.pages);
    // Berkas itself decrypts case.db with it: only the database can say that she was removed.
    await expect(openCaseFile(copy, creds('siti', SITI), 'read')).rejects.toMatchObject({ code: 'USER_REMOVED' });
    expectRefusal(berkas(['info', copy], as('siti', SITI)), /^The user siti has been removed from this case file\.$/);
  });

  it('rekey: afterwards the old copy fails, while the remaining users and the recovery key still open the case file', async () => {
    const before = snapshot(dir);
    expectRefusal(berkas(['rekey', dir], as('rudi', RUDI)), /role penyidik may not manage users/);
    expect(snapshot(dir)).toEqual(before);
    const ids = slotIds(dir);

    const r = berkas(['rekey', dir], budi);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('New data key');
    expect(keysOf(dir).slots.every((s) => s.dataKeys.length === 1)).toBe(true);
    expect(slotIds(dir)).toEqual(ids);

    const copy = copyWithOldKeys();
    expect(dekOpens(copy, oldDek)).toBe(false);
    expect(dekOpens(dir, oldDek)).toBe(false);
    await expect(openCaseFile(copy, creds('siti', SITI), 'read')).rejects.toMatchObject({ code: 'DB_DAMAGED' });
    expectRefusal(berkas(['info', copy], as('siti', SITI)), /case\.db is damaged or does not match keys\.json/);

    expect(berkas(['info', dir], budi).code).toBe(0);
    expect(berkas(['info', dir], as('rudi', RUDI)).code).toBe(0);
    const newDek = await dekOf(dir, creds('ani', ANI));
    expect(newDek.equals(oldDek)).toBe(false);
    // Every page was re-encrypted: not one is left that the old data key reads.
    const pages = pagesUnder(dir, newDek);
    expect(pages.readable).toBe(pages.pages);
    expect(pagesUnder(dir, oldDek).readable).toBe(0);
    const viaRecovery = await using(openCaseFile(dir, recovery(recoveryKey), 'read'), (s) => {
      expect(s.user).toBeNull();
      expect(logins(s.db)).toEqual(['ani', 'budi', 'dewi', 'rudi', 'siti']);
      return Buffer.from(s.dek);
    });
    expect(viaRecovery.equals(newDek)).toBe(true);

    const verify = berkas(['audit', 'verify', dir], budi);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
    const log = berkas(['audit', 'log', dir], as('dewi', DEWI));
    expect(log.code).toBe(0);
    expect(log.stdout).toMatch(/budi\s+user\.remove\b/);
    expect(log.stdout).toMatch(/budi\s+keys\.rekey\b/);
  });
});

describe('an interrupted rekey', () => {
  const parent = tempDir();
  const { dir: pristine, recoveryKey } = initCaseFile(parent, 'putus');
  addUser(pristine, 'siti', 'penyidik', SITI);
  const everyone = (): [string, Credentials][] => [
    ['budi', creds('budi')],
    ['siti', creds('siti', SITI)],
    ['the recovery key', recovery(recoveryKey)],
  ];

  /**
   * What rekey leaves when the process dies after step 1 (every slot holds the old and the new data
   * key, case.db still under the old one) or after step 2 (case.db re-encrypted, keys.json not yet
   * cleaned up). Returns the old and the new data key.
   */
  async function interrupt(dir: string, step: 1 | 2): Promise<{ oldDek: Buffer; newDek: Buffer }> {
    const session = await openCaseFile(dir, creds('budi'), 'write');
    const oldDek = Buffer.from(session.dek);
    const newDek = randomBytes(32);
    try {
      replaceKeysFile(session, { ...session.keys, slots: session.keys.slots.map((s) => ({ ...s, dataKeys: [...s.dataKeys, sealDataKey(s, newDek)] })) });
      if (step === 2) rekeyConnection(session.db, newDek);
    } finally {
      closeCaseFile(session);
    }
    return { oldDek, newDek };
  }

  for (const step of [1, 2] as const) {
    it(`after step ${step}: every user opens the case file, and one open for writing leaves one data key per slot`, async () => {
      const dir = join(parent, `langkah-${step}.berkas`);
      cpSync(pristine, dir, { recursive: true });
      const ids = slotIds(dir);
      const { oldDek, newDek } = await interrupt(dir, step);
      const current = step === 1 ? oldDek : newDek;
      expect(keysOf(dir).slots.map((s) => s.dataKeys.length)).toEqual(ids.map(() => 2));
      expect(dekOpens(dir, current)).toBe(true);
      expect(dekOpens(dir, step === 1 ? newDek : oldDek)).toBe(false);
      const pages = pagesUnder(dir, current);
      expect(pages.readable).toBe(pages.pages);

      // Reading opens with whichever key case.db is in, and writes nothing.
      const before = snapshot(dir);
      for (const [who, credentials] of everyone()) {
        expect((await dekOf(dir, credentials)).equals(current), who).toBe(true);
      }
      if (step === 2) {
        // A backup taken now holds both data keys in every slot; restore finds the one case.db is under.
        const file = join(parent, 'langkah-2.bkp');
        expect(berkas(['backup', dir, file], budi).code).toBe(0);
        const restored = join(parent, 'langkah-2-pulih');
        const r = berkas(['restore', file, restored], as('siti', SITI));
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(keysOf(`${restored}.berkas`).slots.map((s) => s.dataKeys.length)).toEqual(ids.map(() => 1));
        const restoredPages = pagesUnder(`${restored}.berkas`, current);
        expect(restoredPages.readable).toBe(restoredPages.pages);
      }
      expect(snapshot(dir)).toEqual(before);

      // The first open for writing finishes the job, whoever opens.
      closeCaseFile(await openCaseFile(dir, creds('siti', SITI), 'write'));
      const keys = keysOf(dir);
      expect(keys.slots.map((s) => s.dataKeys.length)).toEqual(ids.map(() => 1));
      expect(slotIds(dir)).toEqual(ids);
      expect((await dekOf(dir, recovery(recoveryKey))).equals(current)).toBe(true);
      const report = await using(openCaseFile(dir, creds('budi'), 'read'), (s: Session) => {
        expect(s.dek.equals(current)).toBe(true);
        return verifyAudit(s.db);
      });
      expect(report.ok).toBe(true);
    });
  }
});

describe('keys.json and the database reconcile', () => {
  const parent = tempDir();
  const { dir } = initCaseFile(parent, 'selaras');

  it('a slot added to keys.json but never committed to the database opens nothing and is pruned on the next open for writing', async () => {
    const ids = slotIds(dir);
    // As if `passwd` (budi's new passphrase) and `user add` (eko) had died between writing keys.json
    // and committing the database.
    const NEW = 'budi-frasa-sandi-baru-1';
    const EKO = 'eko-frasa-sandi-baru-1';
    const session = await openCaseFile(dir, creds('budi'), 'write');
    try {
      addSlot(session, makeSlot(await userKek(session, 'budi', Buffer.from(NEW)), session.dek, session.signingSeed));
      addSlot(session, makeSlot(await userKek(session, 'eko', Buffer.from(EKO)), session.dek, randomBytes(32)));
    } finally {
      closeCaseFile(session);
    }
    expect(keysOf(dir).slots).toHaveLength(ids.length + 2);

    const before = snapshot(dir);
    expectRefusal(berkas(['info', dir], as('budi', NEW)), /^Wrong user name or passphrase\.$/);
    expectRefusal(berkas(['info', dir], as('eko', EKO)), /^Wrong user name or passphrase\.$/);
    expect(berkas(['info', dir], budi).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);

    const settings = berkas(['settings', dir, '--set', 'polda=POLDA KALIMANTAN TIMUR'], budi);
    expect(settings.stderr).toBe('');
    expect(slotIds(dir)).toEqual(ids);
    const verify = berkas(['audit', 'verify', dir], budi);
    expect(verify.code).toBe(0);
  });
});

// An independent reader of a case file, written from docs/case-file-format.md alone: it imports
// nothing from src/, only node:crypto, hash-wasm and SQLCipher. If it needs a fact the document does
// not state, the document is incomplete. Section names in the comments are the document's.
import { createDecipheriv, createHash, createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { PASS, berkas, initCaseFile, tempDir } from '../helpers';

type KeysJson = {
  format: string;
  version: number;
  kdf: { algorithm: string; version: number; memoryKiB: number; iterations: number; parallelism: number; hashLength: number; salt: string };
  slots: { id: string; wrapped: string }[];
  checksum: string;
};
type Unwrapped = { slotId: string; dek: Buffer; seed: Buffer };

// "keys.json", checksum: SHA-256 of compact JSON, fields in the documented order, checksum left out.
function checksumOf(k: KeysJson): string {
  const { algorithm, version, memoryKiB, iterations, parallelism, hashLength, salt } = k.kdf;
  const kdf = { algorithm, version, memoryKiB, iterations, parallelism, hashLength, salt };
  const body = JSON.stringify({ format: k.format, version: k.version, kdf, slots: k.slots.map(({ id, wrapped }) => ({ id, wrapped })) });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

// "The passphrase key": Argon2id over NFC-trim-lower-case(login) ‖ 0x00 ‖ NFC(passphrase).
async function passphraseKey(k: KeysJson, login: string, passphrase: string): Promise<Buffer> {
  const user = Buffer.from(login.normalize('NFC').trim().toLowerCase(), 'utf8');
  const password = Buffer.concat([user, Buffer.from([0]), Buffer.from(passphrase.normalize('NFC'), 'utf8')]);
  const { iterations, memoryKiB, parallelism, hashLength, salt } = k.kdf;
  const out = await argon2id({ password, salt: Buffer.from(salt, 'base64'), iterations, memorySize: memoryKiB, parallelism, hashLength, outputType: 'binary' });
  return Buffer.from(out);
}

// "The recovery key": RFC 4648 base32 in groups of four, then HKDF-SHA256 with the kdf salt.
function recoveryKey(k: KeysJson, text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...text.toUpperCase().replace(/[\s-]/g, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  const bytes = Buffer.from(bits.slice(0, 256).match(/.{8}/g)?.map((b) => parseInt(b, 2)) ?? []);
  expect(bytes.length).toBe(32);
  expect(bits.slice(256)).toBe('0000');
  return Buffer.from(hkdfSync('sha256', bytes, Buffer.from(k.kdf.salt, 'base64'), 'berkas-recovery-kek-v1', 32));
}

// "Unlocking": try the one key on every slot; AES-256-GCM, iv(12) ‖ ciphertext ‖ tag(16), AAD
// "berkas-slot:" + id; payload = 0x01 ‖ DEK(32) ‖ Ed25519 seed(32).
function unwrapAny(k: KeysJson, kek: Buffer): Unwrapped[] {
  const opened: Unwrapped[] = [];
  for (const slot of k.slots) {
    const sealed = Buffer.from(slot.wrapped, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', kek, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(`berkas-slot:${slot.id}`, 'ascii'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    let payload: Buffer;
    try {
      payload = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    } catch {
      continue; // not this key's slot
    }
    if (payload.length === 65 && payload[0] === 1) opened.push({ slotId: slot.id, dek: payload.subarray(1, 33), seed: payload.subarray(33) });
  }
  return opened;
}

// "case.db": SQLCipher 4 defaults, the DEK as a raw key, and SQLite's exclusive lock like Berkas.
function openDb(dir: string, dek: Buffer): Database.Database {
  const db = new Database(join(dir, 'case.db'), { fileMustExist: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.key(Buffer.from(`x'${dek.toString('hex')}'`));
  db.pragma('locking_mode=EXCLUSIVE');
  return db;
}

// RFC 8410: a PKCS#8 wrapping of the 32-byte seed, so that node:crypto computes the public key.
function ed25519PublicKey(seed: Buffer): Buffer {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url');
}

describe('an independent reader following docs/case-file-format.md', () => {
  const parent = tempDir();
  const { dir, recoveryKey: recoveryText } = initCaseFile(parent, 'samarinda', ['--title', 'TPPO Polresta Samarinda']);
  const added = berkas(['user', 'add', dir, 'Sari', '--role', 'penyidik', '--name', 'Sari Dewi'], {
    BERKAS_USER: 'budi',
    BERKAS_PASSPHRASE: PASS,
    BERKAS_NEW_PASSPHRASE: 'perahu-kecil-di-mahakam',
  });
  const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as KeysJson;

  it('finds the documented files and a keys.json whose checksum holds', () => {
    expect(added.stderr).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
    expect(keys).toMatchObject({ format: 'berkas-keys', version: 1, kdf: { algorithm: 'argon2id', version: 19 } });
    expect(keys.slots).toHaveLength(3); // budi, sari, the recovery key
    expect(checksumOf(keys)).toBe(keys.checksum);
  });

  it("opens case.db with a user's passphrase and reads what the CLI was given", async () => {
    const opened = unwrapAny(keys, await passphraseKey(keys, 'Sari', 'perahu-kecil-di-mahakam'));
    expect(opened).toHaveLength(1);
    const [sari] = opened as [Unwrapped];
    const db = openDb(dir, sari.dek);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.prepare('SELECT title, time_zone FROM settings WHERE id = 1').get()).toEqual({ title: 'TPPO Polresta Samarinda', time_zone: 'WITA' });
      const users = db.prepare('SELECT login, display_name, role, slot_id, removed_at FROM users ORDER BY login').all();
      expect(users).toEqual([
        { login: 'budi', display_name: 'Budi Santoso', role: 'atasan', slot_id: expect.stringMatching(/^[0-9a-f]{32}$/), removed_at: null },
        { login: 'sari', display_name: 'Sari Dewi', role: 'penyidik', slot_id: sari.slotId, removed_at: null },
      ]);
      // The user's current signing key is the last user_keys row; it must match the seed in the slot.
      const key = db
        .prepare('SELECT k.public_key FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.slot_id = ? ORDER BY k.id DESC LIMIT 1')
        .get(sari.slotId) as { public_key: Buffer };
      expect(key.public_key.equals(ed25519PublicKey(sari.seed))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('unwraps the recovery slot named in meta to the same DEK, with a zero seed', async () => {
    const [budi] = unwrapAny(keys, await passphraseKey(keys, ' BUDI ', PASS)) as [Unwrapped];
    const opened = unwrapAny(keys, recoveryKey(keys, recoveryText.toLowerCase()));
    expect(opened).toHaveLength(1);
    const [recovery] = opened as [Unwrapped];
    expect(recovery.dek.equals(budi.dek)).toBe(true);
    expect(recovery.seed.equals(Buffer.alloc(32))).toBe(true);
    const db = openDb(dir, recovery.dek);
    try {
      expect(db.prepare("SELECT value FROM meta WHERE key = 'recovery_slot_id'").get()).toEqual({ value: recovery.slotId });
      expect(db.prepare('SELECT count(*) AS n FROM users WHERE slot_id = ?').get(recovery.slotId)).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('leaves the case file as Berkas expects it', () => {
    expect(readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
    const info = berkas(['info', dir, '--json'], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS });
    expect(info.stderr).toBe('');
    expect(JSON.parse(info.stdout)).toMatchObject({ integrity: 'ok', counts: { users: 2 } });
  });
});

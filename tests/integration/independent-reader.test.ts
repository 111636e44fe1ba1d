// An independent reader of a case file, written from docs/case-file-format.md alone: it imports
// nothing from src/, only node:crypto, hash-wasm and SQLCipher. If it needs a fact the document does
// not state, the document is incomplete. The § numbers in the comments are the document's.
import { createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, verify } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { PASS, berkas, initCaseFile, tempDir } from '../helpers';

type Kdf = { algorithm: string; version: number; memoryKiB: number; iterations: number; parallelism: number; hashLength: number; salt: string };
type Slot = { id: string; publicKey: string; wrapped: string; dataKeys: { ephemeral: string; wrapped: string }[] };
type KeysJson = { format: string; version: number; kdf: Kdf; slots: Slot[]; checksum: string };
type Opened = { slotId: string; seed: Buffer; deks: Buffer[] };
type AuditRow = Record<'at' | 'action' | 'entity' | 'entity_id' | 'prev_hash' | 'hash' | 'signature', string> &
  Record<'user_id' | 'perkara_id' | 'state' | 'state_hash', string | null> & { seq: number; key_id: number };

const b64 = (text: string): Buffer => Buffer.from(text, 'base64');
const sha256 = (data: string | Buffer): Buffer => createHash('sha256').update(data).digest();
const hkdf = (ikm: Buffer, salt: Buffer, info: string): Buffer => Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));

// §5: AES-256-GCM as iv(12) ‖ ciphertext ‖ tag(16); null when the tag does not verify.
function gcmOpen(key: Buffer, sealed: Buffer, aad: string | Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(typeof aad === 'string' ? Buffer.from(aad, 'utf8') : aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

// §5: raw X25519 and Ed25519 keys in the DER wrappings node:crypto wants (RFC 8410).
const der = (prefix: string, raw: Buffer): Buffer => Buffer.concat([Buffer.from(prefix, 'hex'), raw]);
const x25519Private = (raw: Buffer) => createPrivateKey({ key: der('302e020100300506032b656e04220420', raw), format: 'der', type: 'pkcs8' });
const x25519Public = (raw: Buffer) => createPublicKey({ key: der('302a300506032b656e032100', raw), format: 'der', type: 'spki' });
const ed25519Public = (raw: Buffer) => createPublicKey({ key: der('302a300506032b6570032100', raw), format: 'der', type: 'spki' });
const rawPublic = (privateKey: ReturnType<typeof createPrivateKey>): Buffer =>
  createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
const ed25519PublicOfSeed = (seed: Buffer) => rawPublic(createPrivateKey({ key: der('302e020100300506032b657004220420', seed), format: 'der', type: 'pkcs8' }));

// §3: SHA-256 of compact JSON, keys in the documented order, checksum left out.
function checksumOf(k: KeysJson): string {
  const { algorithm, version, memoryKiB, iterations, parallelism, hashLength, salt } = k.kdf;
  const slots = k.slots.map((s) => ({ id: s.id, publicKey: s.publicKey, wrapped: s.wrapped, dataKeys: s.dataKeys.map((d) => ({ ephemeral: d.ephemeral, wrapped: d.wrapped })) }));
  const kdf = { algorithm, version, memoryKiB, iterations, parallelism, hashLength, salt };
  return sha256(JSON.stringify({ format: k.format, version: k.version, kdf, slots })).toString('hex');
}

// §4: Argon2id over NFC-trim-lower-case(login) ‖ 0x00 ‖ NFC(passphrase).
async function passphraseKey(k: KeysJson, login: string, passphrase: string): Promise<Buffer> {
  const user = Buffer.from(login.normalize('NFC').trim().toLowerCase(), 'utf8');
  const password = Buffer.concat([user, Buffer.from([0]), Buffer.from(passphrase.normalize('NFC'), 'utf8')]);
  const { iterations, memoryKiB, parallelism, hashLength, salt } = k.kdf;
  return Buffer.from(await argon2id({ password, salt: b64(salt), iterations, memorySize: memoryKiB, parallelism, hashLength, outputType: 'binary' }));
}

// §6: RFC 4648 base32 in groups of four, then HKDF-SHA256 with the kdf salt.
function recoveryKek(k: KeysJson, text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...text.toUpperCase().replace(/[\s-]/g, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  expect(bits).toHaveLength(260);
  expect(bits.slice(256)).toBe('0000');
  const key = Buffer.from(bits.slice(0, 256).match(/.{8}/g)?.map((b) => parseInt(b, 2)) ?? []);
  return hkdf(key, b64(k.kdf.salt), 'berkas-recovery-kek-v1');
}

// §5, §7: try the one key on every slot. Payload = 0x01 ‖ X25519 private ‖ Ed25519 seed; each data key
// is sealed to the slot's X25519 public key (ECDH with the ephemeral key, HKDF, AES-256-GCM).
function openSlots(k: KeysJson, kek: Buffer): Opened[] {
  return k.slots.flatMap((slot) => {
    const payload = gcmOpen(kek, b64(slot.wrapped), `berkas-slot:${slot.id}`);
    if (!payload || payload.length !== 65 || payload[0] !== 1) return [];
    const boxKey = payload.subarray(1, 33);
    expect(rawPublic(x25519Private(boxKey)).toString('base64')).toBe(slot.publicKey);
    const label = `berkas-dek:${slot.id}`;
    const deks = slot.dataKeys.flatMap((d) => {
      const shared = diffieHellman({ privateKey: x25519Private(boxKey), publicKey: x25519Public(b64(d.ephemeral)) });
      const key = hkdf(shared, Buffer.concat([b64(d.ephemeral), b64(slot.publicKey)]), label);
      const dek = gcmOpen(key, b64(d.wrapped), label);
      return dek ? [dek] : [];
    });
    return [{ slotId: slot.id, seed: payload.subarray(33), deks }];
  });
}

// §2: SQLCipher 4 defaults, the DEK as a raw key, SQLite's exclusive lock like Berkas; a read proves
// the key. Closed after `fn`, which releases the lock for the next berkas command.
function withDb<T>(path: string, dek: Buffer | undefined, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(Buffer.from(`x'${dek?.toString('hex')}'`));
    db.pragma('locking_mode=EXCLUSIVE');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    return fn(db);
  } finally {
    db.close();
  }
}

// §11: JSON with object keys sorted and no white space.
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
}

// §11: recompute every row's hash and check its signature with the key user_keys holds for key_id.
function verifyChain(db: Database.Database): { rows: AuditRow[]; head: string } {
  const keys = new Map((db.prepare('SELECT id, user_id, public_key FROM user_keys').all() as { id: number; user_id: string | null; public_key: Buffer }[]).map((k) => [k.id, k]));
  const rows = db.prepare('SELECT * FROM audit ORDER BY seq').all() as AuditRow[];
  let prev = '0'.repeat(64);
  rows.forEach((row, i) => {
    expect(row.seq).toBe(i + 1);
    expect(row.prev_hash).toBe(prev);
    const text = JSON.stringify([1, row.seq, row.at, row.user_id, row.perkara_id, row.action, row.entity, row.entity_id, row.state_hash, row.key_id]);
    const hash = sha256(Buffer.concat([Buffer.from(prev, 'hex'), Buffer.from(text, 'utf8')]));
    expect(hash.toString('hex')).toBe(row.hash);
    expect(row.state_hash).toBe(row.state === null ? null : sha256(row.state).toString('hex'));
    const key = keys.get(row.key_id);
    expect(key?.user_id).toBe(row.user_id); // signed by the acting user's key (user_id NULL: the recovery key)
    expect(verify(null, hash, ed25519Public(key?.public_key ?? Buffer.alloc(32)), b64(row.signature))).toBe(true);
    prev = row.hash;
  });
  return { rows, head: prev };
}

// §13: magic ‖ version ‖ u32be header length ‖ header JSON ‖ chunks; the chunks carry the entries.
function readBackup(file: string, deks: Buffer[]): { header: Record<string, unknown>; entries: Map<string, Buffer> } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('ascii')).toBe('BERKASBK');
  expect(bytes[8]).toBe(1);
  const prefixLength = 13 + bytes.readUInt32BE(9);
  const header = JSON.parse(bytes.subarray(13, prefixLength).toString('utf8')) as { backupId: string } & Record<string, unknown>;
  const prefixHash = sha256(bytes.subarray(0, prefixLength));
  const backupKeys = deks.map((dek) => hkdf(dek, Buffer.from(header.backupId, 'hex'), 'berkas-backup-v1'));
  const plain: Buffer[] = [];
  for (let offset = prefixLength, index = 0; offset < bytes.length; index++) {
    const sealed = bytes.subarray(offset + 4, offset + 4 + bytes.readUInt32BE(offset));
    offset += 4 + sealed.length;
    const tail = Buffer.alloc(9); // u64be chunk index ‖ u8 1 on the last chunk
    tail.writeBigUInt64BE(BigInt(index));
    tail[8] = offset === bytes.length ? 1 : 0;
    const chunk = backupKeys.map((k) => gcmOpen(k, sealed, Buffer.concat([prefixHash, tail]))).find(Boolean);
    expect(chunk, `chunk ${index}`).toBeTruthy();
    plain.push(chunk ?? Buffer.alloc(0));
  }
  const stream = Buffer.concat(plain);
  const entries = new Map<string, Buffer>();
  for (let at = 0; ; ) {
    const nameLength = stream.readUInt16BE(at);
    if (nameLength === 0) break; // the end entry
    const size = Number(stream.readBigUInt64BE(at + 2 + nameLength));
    const start = at + 2 + nameLength + 8;
    entries.set(stream.subarray(at + 2, at + 2 + nameLength).toString('utf8'), stream.subarray(start, start + size));
    at = start + size;
  }
  return { header, entries };
}

describe('an independent reader following docs/case-file-format.md', () => {
  const parent = tempDir();
  const { dir, recoveryKey: recoveryText } = initCaseFile(parent, 'samarinda', ['--title', 'TPPO Polresta Samarinda']);
  const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
  const sariNew = 'perahu-besar-di-sungai-mahakam-é'; // typed as NFD below: §4 derives from NFC
  const steps = [
    berkas(['user', 'add', dir, 'Sari', '--role', 'penyidik', '--name', 'Sari Dewi'], { ...budi, BERKAS_NEW_PASSPHRASE: 'perahu-kecil-di-mahakam' }),
    berkas(['settings', dir, '--set', 'satker=POLRESTA SAMARINDA', '--set', 'letterhead=KEPOLISIAN NEGARA REPUBLIK INDONESIA|DAERAH KALIMANTAN TIMUR'], budi),
    berkas(['passwd', dir], { BERKAS_USER: 'sari', BERKAS_PASSPHRASE: 'perahu-kecil-di-mahakam', BERKAS_NEW_PASSPHRASE: sariNew.normalize('NFD') }),
  ];
  const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as KeysJson;
  const db = join(dir, 'case.db');
  let budiSlot: Promise<Opened[]> | undefined;
  const budiDeks = async (): Promise<Buffer[]> => (await (budiSlot ??= passphraseKey(keys, 'budi', PASS).then((kek) => openSlots(keys, kek))))[0]?.deks ?? [];

  it('finds the documented files, and a keys.json of the documented shape whose checksum holds', () => {
    expect(steps.map((s) => s.stderr)).toEqual(['', '', '']);
    expect(readdirSync(dir).sort()).toEqual(['case.db', 'keys.json']);
    expect(keys).toMatchObject({ format: 'berkas-keys', version: 1, kdf: { algorithm: 'argon2id', version: 19, memoryKiB: 65536, iterations: 3 } });
    expect(b64(keys.kdf.salt)).toHaveLength(16);
    expect(keys.slots).toHaveLength(3); // budi, the recovery key, sari's new slot (her old one was pruned)
    for (const { publicKey, wrapped, dataKeys } of keys.slots) {
      expect([b64(publicKey).length, b64(wrapped).length, dataKeys.length]).toEqual([32, 12 + 65 + 16, 1]);
      expect(dataKeys.map((d) => [b64(d.ephemeral).length, b64(d.wrapped).length])).toEqual([[32, 12 + 32 + 16]]);
    }
    expect(checksumOf(keys)).toBe(keys.checksum);
  });

  it("opens a user's slot and the DEK sealed to it, then case.db, and reads what the CLI was given", async () => {
    expect(openSlots(keys, await passphraseKey(keys, 'sari', 'perahu-kecil-di-mahakam'))).toEqual([]); // the old passphrase
    const opened = openSlots(keys, await passphraseKey(keys, ' Sari', sariNew));
    expect(opened.map((o) => o.deks.length)).toEqual([1]);
    const [sari] = opened as [Opened];
    withDb(db, sari.deks[0], (conn) => {
      expect(conn.prepare('SELECT title, satker, letterhead, time_zone FROM settings').all()).toEqual([
        { title: 'TPPO Polresta Samarinda', satker: 'POLRESTA SAMARINDA', letterhead: '["KEPOLISIAN NEGARA REPUBLIK INDONESIA","DAERAH KALIMANTAN TIMUR"]', time_zone: 'WITA' },
      ]);
      expect(conn.prepare('SELECT login, display_name, role, slot_id, removed_at FROM users ORDER BY login').all()).toEqual([
        { login: 'budi', display_name: 'Budi Santoso', role: 'atasan', slot_id: expect.stringMatching(/^[0-9a-f]{32}$/), removed_at: null },
        { login: 'sari', display_name: 'Sari Dewi', role: 'penyidik', slot_id: sari.slotId, removed_at: null },
      ]);
      // passwd keeps the signing seed: the new slot's seed is still sari's one key on record.
      const key = conn.prepare('SELECT k.public_key FROM user_keys k JOIN users u ON u.id = k.user_id WHERE u.slot_id = ?').all(sari.slotId);
      expect(key).toEqual([{ public_key: ed25519PublicOfSeed(sari.seed) }]);
    });
  });

  it('opens the recovery slot named in meta: the same DEK, and the seed of the recovery-key row', async () => {
    const opened = openSlots(keys, recoveryKek(keys, recoveryText.toLowerCase()));
    expect(opened).toHaveLength(1);
    const [recovery] = opened as [Opened];
    expect(recovery.deks).toEqual(await budiDeks());
    withDb(db, recovery.deks[0], (conn) => {
      expect(conn.prepare("SELECT value FROM meta WHERE key = 'recovery_slot_id'").get()).toEqual({ value: recovery.slotId });
      expect(conn.prepare('SELECT count(*) AS n FROM users WHERE slot_id = ?').get(recovery.slotId)).toEqual({ n: 0 });
      const key = conn.prepare("SELECT public_key FROM user_keys WHERE user_id IS NULL AND reason = 'recovery-key'").all();
      expect(key).toEqual([{ public_key: ed25519PublicOfSeed(recovery.seed) }]);
    });
  });

  it('verifies the audit chain: every hash, every signature, and the current settings against their last row', async () => {
    const head = withDb(db, (await budiDeks())[0], (conn) => {
      const chain = verifyChain(conn);
      expect(chain.rows.map((r) => r.action)).toEqual([
        ...['case_file.create', 'settings.create', 'user.add', 'user_key.add', 'user_key.add'], // init
        ...['user.add', 'user_key.add', 'settings.update', 'user.passphrase'],
      ]);
      // §11 record check: the settings row as its state object, canonical JSON, SHA-256.
      const r = conn.prepare('SELECT * FROM settings WHERE id = 1').get() as Record<string, string | number>;
      const state: Record<string, unknown> = { title: r.title, unitName: r.unit_name, unitCode: r.unit_code, satker: r.satker, polda: r.polda, letterhead: JSON.parse(String(r.letterhead ?? '')), timeZone: r.time_zone };
      // §11: a field added by a migration is in the state only once it differs from its default.
      if (r.idle_lock_minutes !== 10) state.idleLockMinutes = r.idle_lock_minutes;
      const last = chain.rows.filter((row) => row.entity === 'settings' && row.entity_id === '1').at(-1);
      expect([last?.action, last?.state]).toEqual(['settings.update', canonicalJson(state)]);
      expect(sha256(canonicalJson(state)).toString('hex')).toBe(last?.state_hash);
      return chain.head;
    });
    // The head is the one Berkas prints: the anchor to keep outside the file.
    expect(berkas(['audit', 'verify', dir, '--anchor', head], budi).stdout).toContain(`Head: ${head}`);
  });

  it('decrypts a backup made with berkas backup: the case.db inside opens with the DEK, and the case folder is untouched', async () => {
    const digests = () => readdirSync(dir).map((name) => `${name} ${sha256(readFileSync(join(dir, name))).toString('hex')}`);
    const before = digests();
    const file = join(parent, 'samarinda.bak');
    expect(berkas(['backup', dir, file], budi).code).toBe(0);
    expect(digests()).toEqual(before); // §15: a backup only reads
    expect(readdirSync(parent).sort()).toEqual(['samarinda.bak', 'samarinda.berkas']); // no temp file left beside it
    const deks = await budiDeks();
    const { header, entries } = readBackup(file, deks);
    expect(header).toMatchObject({ format: 'berkas-backup', version: 1, backupId: expect.stringMatching(/^[0-9a-f]{32}$/), keys });
    expect([...entries.keys()]).toEqual(['case.db']);
    const copy = join(parent, 'from-backup.db');
    writeFileSync(copy, entries.get('case.db') ?? Buffer.alloc(0));
    withDb(copy, deks[0], (conn) => {
      expect(verifyChain(conn).rows).toHaveLength(9);
      expect(conn.prepare('SELECT satker FROM settings').get()).toEqual({ satker: 'POLRESTA SAMARINDA' });
    });
  });
});

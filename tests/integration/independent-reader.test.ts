// An independent reader of a case file, written from docs/case-file-format.md alone: its checks
// import nothing from src/, only node:crypto, hash-wasm and SQLCipher. If it needs a fact the document
// does not state, the document is incomplete. The § numbers in the comments are the document's.
// Only the setup of a test (what the file should then hold) may go through Berkas: its CLI, or its
// services where the CLI has no command for the record.
import { createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, verify } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { argon2id } from 'hash-wasm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PASS, berkas, initCaseFile, snapshot, tempDir } from '../helpers';
// Setup only (see above).
import { attachFile } from '../../src/core/services/attachments';
import { findPerkara } from '../../src/core/services/cases';
import { addCustodyEvent, addEvidence } from '../../src/core/services/evidence';
import { listParties } from '../../src/core/services/parties';
import { openCaseFile, using } from '../../src/core/store/open';

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
    expect(db.pragma('user_version', { simple: true })).toBe(6); // §7, §14: the newest schema the document describes
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

// §11: the state of a record of a table: every column in camelCase, JSON columns parsed, key and
// derived columns left out, the fields a later migration added left out while they hold its default.
const camel = (column: string): string => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const RECORD_RULES: Record<string, { json: string[]; derived: string[]; keys?: string[]; addedLater: Record<string, unknown> }> = {
  perkara: {
    json: ['charges', 'team', 'resume', 'warnings'],
    derived: ['lp_sort'],
    addedLater: {
      ...Object.fromEntries(['model', 'offenceStart', 'offenceEnd', 'adultRules', 'childRules'].map((k) => [k, null])),
      ...Object.fromEntries(['satker', 'place', 'modus', 'exploitation', 'recruitmentChannel'].map((k) => [k, ''])),
      ...Object.fromEntries(['charges', 'team', 'warnings'].map((k) => [k, []])),
      resume: { analisis: '', dasar: '', fakta: '', kesimpulan: '', uraian: '' },
    },
  },
  perkara_stage: { json: [], derived: [], addedLater: {} },
  person: { json: ['warnings'], derived: [], addedLater: {} },
  party: { json: ['guardian'], derived: [], addedLater: {} },
  document: { json: [], derived: [], addedLater: {} },
  evidence: { json: [], derived: [], addedLater: {} },
  custody_event: { json: [], derived: [], addedLater: {} },
  // The key columns are no part of the state (§11): the audit table keeps every state forever.
  attachment: { json: [], derived: [], keys: ['file_key', 'thumb_key'], addedLater: {} },
};
function recordState(conn: Database.Database, entity: keyof typeof RECORD_RULES, row: Record<string, unknown>): Record<string, unknown> {
  const rules = RECORD_RULES[entity] ?? { json: [], derived: [], addedLater: {} };
  const state: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (rules.derived.includes(column) || rules.keys?.includes(column)) continue;
    // A BLOB column is its bytes in base64 (none is left here once the key columns are out).
    state[camel(column)] = rules.json.includes(column) && typeof value === 'string' ? JSON.parse(value) : Buffer.isBuffer(value) ? value.toString('base64') : value;
  }
  if (entity === 'document') {
    // §11: plus the party ids of its document_party rows, sorted in byte order.
    const parties = conn.prepare('SELECT party_id FROM document_party WHERE document_id = ?').all(row.id) as { party_id: string }[];
    state.parties = parties.map((p) => p.party_id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  for (const [field, fallback] of Object.entries(rules.addedLater)) {
    if (field in state && canonicalJson(state[field]) === canonicalJson(fallback)) delete state[field];
  }
  return state;
}

// §17: blobs/<id> decrypted with the key from its row: the header, the length the size implies,
// every chunk's tag (IV = nonce prefix ‖ u32be i; AAD = id ‖ u64be i ‖ last flag), then the SHA-256.
function readBlob(caseDir: string, blobId: unknown, key: unknown, sha: unknown): Buffer {
  expect(blobId).toMatch(/^[0-9a-f]{32}$/);
  expect(Buffer.isBuffer(key) && key.length).toBe(32);
  const bytes = readFileSync(join(caseDir, 'blobs', String(blobId)));
  expect(bytes.subarray(0, 8).toString('ascii')).toBe('BERKASBL');
  expect(bytes[8]).toBe(1);
  const id = bytes.subarray(9, 25);
  expect(id.toString('hex')).toBe(blobId);
  const size = Number(bytes.readBigUInt64BE(25));
  const noncePrefix = bytes.subarray(33, 41);
  const n = Math.max(1, Math.ceil(size / 65536));
  expect(bytes.length).toBe(41 + size + 16 * n);
  const plain: Buffer[] = [];
  for (let i = 0, at = 41; i < n; i++) {
    const length = Math.min(65536, size - 65536 * i);
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(i);
    const tail = Buffer.alloc(9);
    tail.writeBigUInt64BE(BigInt(i));
    tail[8] = i === n - 1 ? 1 : 0;
    // gcmOpen wants iv ‖ ciphertext ‖ tag, which is the chunk behind its IV.
    const chunk = gcmOpen(key as Buffer, Buffer.concat([noncePrefix, counter, bytes.subarray(at, at + length + 16)]), Buffer.concat([id, tail]));
    expect(chunk, `chunk ${i} of ${n}`).not.toBeNull();
    plain.push(chunk ?? Buffer.alloc(0));
    at += length + 16;
  }
  const content = Buffer.concat(plain);
  expect(sha256(content).toString('hex')).toBe(sha);
  return content;
}

// §10: the status an item's last standing custody event gives it.
const STATUS_OF_PURPOSE: Record<string, string> = {
  penyitaan: 'disimpan',
  penyimpanan: 'disimpan',
  pemeriksaan: 'diperiksa',
  pemeriksaan_lab: 'di_laboratorium',
  penyerahan_jpu: 'diserahkan_jpu',
  pengembalian: 'dikembalikan',
  pemusnahan: 'dimusnahkan',
  lainnya: 'dipindahkan',
};

// §10: lp_sort, recomputed from the LP number.
function lpSort(lp: string): string {
  const text = lp.trim().toUpperCase();
  const parts = text.split('/').map((p) => p.trim().replace(/\s+/g, ' '));
  const months = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  const [head, model, number, roman, year] = parts;
  const month = months.indexOf(roman ?? '') + 1;
  if (head !== 'LP' || (model !== 'A' && model !== 'B') || !/^[0-9]+$/.test(number ?? '') || month === 0 || !/^[0-9]{4}$/.test(year ?? '')) return `1 ${text}`;
  const digits = (number ?? '').replace(/^0+(?=[0-9])/, '');
  return `0 ${year}-${String(month).padStart(2, '0')}-${String(digits.length).padStart(3, '0')}${digits}-${model} ${text}`;
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

  it('recomputes a case, its people and its documents from their rows: each matches the state hash of its last audit row', async () => {
    // Setup through the CLI: one case with a child korban (and her guardian), a tersangka whose NIK
    // disagrees with his sex (a warning on the person), a BAP korban naming the korban and a document
    // naming both. The LP's satker differs from the unit's: a warning on the perkara.
    const file = join(parent, 'kasus.json');
    const lp = 'lp / b / 417 / xi / 2025 / spkt / polresta balikpapan / polda kalimantan timur';
    writeFileSync(file, JSON.stringify({
      format: 'berkas-cases',
      version: 1,
      cases: [{
        lpNumber: lp,
        lpDate: '2025-11-03',
        title: 'CONTOH FIKTIF: eksploitasi anak',
        place: 'Samarinda Ulu',
        offenceStart: '2025-10-01T21:30',
        modus: 'eksploitasi_anak',
        recruitmentChannel: 'MiChat',
        charges: ['uu21-2007-p2-1', 'uu21-2007-p17'],
        team: [{ name: 'Andi Rekaan', rank: 'IPDA', nrp: '88070123', role: 'ketua' }],
        resume: { uraian: 'Uraian fiktif.' },
        stages: [{ stage: 'penyelidikan', date: '2025-11-03' }, { stage: 'penyidikan', date: '2025-11-05', note: 'Sprindik fiktif' }],
        parties: [
          { ref: 'korban-1', role: 'korban', guardian: { name: 'Siti Rekaan', relation: 'ibu' }, person: { fullName: 'Melati Rekaan', nik: '6471015704090001', birthDate: '2009-04-17', sex: 'P' } },
          { ref: 'tersangka-1', role: 'tersangka', networkRole: 'mucikari', person: { fullName: 'Hendra Rekaan', alias: 'Koko', nik: '6471014503900002', birthDate: '1990-03-05', sex: 'L' } },
        ],
        documents: [
          { type: 'bap_korban', number: 'BAP/12/XI/2025', date: '2025-11-06', signatory: 'IPDA Andi Rekaan', parties: ['korban-1'] },
          { type: 'lainnya', number: 'CATATAN/1', parties: ['tersangka-1', 'korban-1'] },
        ],
      }],
    }));
    const imported = berkas(['import', dir, file], budi);
    expect([imported.code, imported.stderr]).toEqual([0, '']);

    // From here on, the document alone.
    withDb(db, (await budiDeks())[0], (conn) => {
      const { rows } = verifyChain(conn);
      const lastRow = (entity: string, id: string) => rows.filter((r) => r.entity === entity && r.entity_id === id).at(-1);
      const perkara = conn.prepare('SELECT * FROM perkara').all() as Record<string, unknown>[];
      expect(perkara).toHaveLength(1);
      const perkaraId = String(perkara[0]?.id);
      // §11 Actions: what an import writes, in order, each row naming the case.
      const caseRows = rows.filter((r) => r.perkara_id === perkaraId);
      expect(caseRows.map((r) => r.action)).toEqual([
        'perkara.create', 'perkara_stage.create', 'perkara_stage.create', 'perkara.update',
        'person.create', 'party.create', 'person.create', 'party.create', 'document.create', 'document.create',
      ]);
      expect(rows.slice(-caseRows.length)).toEqual(caseRows);

      let checked = 0;
      for (const entity of ['perkara', 'perkara_stage', 'person', 'party', 'document'] as const) {
        for (const row of conn.prepare(`SELECT * FROM ${entity}`).all() as Record<string, unknown>[]) {
          const state = canonicalJson(recordState(conn, entity, row));
          const last = lastRow(entity, String(row.id));
          expect([entity, last?.state]).toEqual([entity, state]);
          expect(sha256(state).toString('hex')).toBe(last?.state_hash);
          checked++;
        }
      }
      expect(checked).toBe(1 + 2 + 2 + 2 + 2);

      // What the states say, against what the file gave (§10).
      const [p] = perkara as [Record<string, unknown>];
      const state = recordState(conn, 'perkara', p);
      expect(state).toMatchObject({
        lpNumber: 'LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR',
        stage: 'penyidikan',
        model: 'B',
        satker: 'POLRESTA SAMARINDA', // none given: the unit's
        offenceStart: '2025-10-01T21:30', // local time, no zone
        charges: ['uu21-2007-p2-1', 'uu21-2007-p17'],
        team: [{ name: 'Andi Rekaan', rank: 'IPDA', nrp: '88070123', role: 'ketua' }],
        resume: { dasar: '', uraian: 'Uraian fiktif.', fakta: '', analisis: '', kesimpulan: '' },
        adultRules: 'kuhap-1981@1',
        childRules: 'sppa-2012@1',
        warnings: [{ field: 'lpNumber', code: 'LP_SATKER_DIFFERS', params: { found: 'POLRESTA BALIKPAPAN', expected: 'POLRESTA SAMARINDA' } }],
      });
      // Left out: the derived sort key, and schema-3 fields still at their defaults.
      expect(['lpSort', 'exploitation', 'offenceEnd'].filter((k) => k in state)).toEqual([]);
      expect(p.lp_sort).toBe(lpSort(String(p.lp_number)));
      expect(p.lp_sort).toBe('0 2025-11-003417-B LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR');

      const people = conn.prepare('SELECT p.role, p.confidential, p.guardian, s.full_name, s.warnings FROM party p JOIN person s ON s.id = p.person_id ORDER BY p.role').all();
      expect(people).toEqual([
        { role: 'korban', confidential: 1, guardian: '{"name":"Siti Rekaan","relation":"ibu","phone":""}', full_name: 'Melati Rekaan', warnings: '[]' },
        { role: 'tersangka', confidential: 0, guardian: null, full_name: 'Hendra Rekaan', warnings: '[{"field":"nik","code":"NIK_SEX_MISMATCH","params":{"nikSex":"P","sex":"L"}}]' },
      ]);
      const docs = conn.prepare('SELECT * FROM document ORDER BY type').all() as Record<string, unknown>[];
      expect(docs.map((d) => (recordState(conn, 'document', d).parties as string[]).length)).toEqual([1, 2]); // bap_korban, lainnya
      // A person's rows name the case the person was added from.
      expect(rows.filter((r) => r.entity === 'person').map((r) => r.perkara_id)).toEqual([perkaraId, perkaraId]);
    });
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  });

  it('decrypts an attachment of a barang bukti from blobs/, recomputes the item, its custody and its attachments, and finds the blobs in a backup', async () => {
    // Setup through Berkas' services: an item seized from the korban (so its attachments are
    // protected by default), three handovers of which the last corrects the second, and three files:
    // a short text, a text of three chunks, and a photo (which gets a thumbnail).
    const note = 'CONTOH FIKTIF: tangkapan layar percakapan MiChat, 6 November 2025.\n';
    const long = Array.from({ length: 3000 }, (_, i) => `baris ${String(i).padStart(4, '0')} CONTOH FIKTIF percakapan yang panjang\n`).join('');
    expect(Buffer.byteLength(long)).toBeGreaterThan(2 * 65536);
    const files = { note: join(parent, 'percakapan.txt'), long: join(parent, 'percakapan-lengkap.txt'), photo: join(parent, 'foto.png') };
    writeFileSync(files.note, note);
    writeFileSync(files.long, long);
    writeFileSync(files.photo, await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer());
    const lp = 'LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
    await using(openCaseFile(dir, { kind: 'passphrase', login: 'budi', passphrase: Buffer.from(PASS) }, 'write'), async (s) => {
      const perkaraId = findPerkara(s.db, lp)?.id ?? '';
      const korban = listParties(s.db, perkaraId).find((p) => p.role === 'korban')?.id ?? null;
      const item = addEvidence(s, perkaraId, { description: 'Ponsel Android warna hitam', category: 'digital', seizedFromParty: korban, sealNumber: 'SEGEL/7/XI/2025' });
      addCustodyEvent(s, item.id, { releasedBy: 'Melati Rekaan', receivedBy: 'IPDA Andi Rekaan', at: '2025-11-06T02:00:00.000Z', purpose: 'penyitaan', sealIntact: true });
      const wrong = addCustodyEvent(s, item.id, { releasedBy: 'IPDA Andi Rekaan', receivedBy: 'Labfor Polda Kaltim', at: '2025-11-07T01:00:00.000Z', purpose: 'pemeriksaan_lab' });
      addCustodyEvent(s, item.id, { releasedBy: 'IPDA Andi Rekaan', receivedBy: 'BRIGPOL Rina Rekaan', at: '2025-11-07T01:00:00.000Z', purpose: 'pemeriksaan', corrects: wrong.id });
      for (const file of [files.note, files.long, files.photo]) await attachFile(s, { evidenceId: item.id }, file);
    });

    // From here on, the document alone.
    const deks = await budiDeks();
    const blobIds = withDb(db, deks[0], (conn) => {
      const { rows } = verifyChain(conn);
      const perkaraId = String((conn.prepare('SELECT id FROM perkara').get() as { id: string }).id);
      // §11 Actions: each row names the item's case.
      expect(rows.slice(-7).map((r) => [r.action, r.entity, r.perkara_id])).toEqual([
        ['evidence.create', 'evidence', perkaraId],
        ...Array.from({ length: 3 }, () => ['custody.create', 'custody_event', perkaraId]),
        ...Array.from({ length: 3 }, () => ['attachment.create', 'attachment', perkaraId]),
      ]);
      // §11 record check: every item, event and attachment against the state of its last audit row.
      const lastRow = (entity: string, id: string) => rows.filter((r) => r.entity === entity && r.entity_id === id).at(-1);
      for (const entity of ['evidence', 'custody_event', 'attachment'] as const) {
        for (const row of conn.prepare(`SELECT * FROM ${entity}`).all() as Record<string, unknown>[]) {
          const state = canonicalJson(recordState(conn, entity, row));
          expect([entity, lastRow(entity, String(row.id))?.state]).toEqual([entity, state]);
          expect(sha256(state).toString('hex')).toBe(lastRow(entity, String(row.id))?.state_hash);
        }
      }

      // §10: the item, numbered within its case; status and holder from the standing events.
      const item = conn.prepare('SELECT * FROM evidence').get() as Record<string, unknown>;
      expect(item).toMatchObject({ perkara_id: perkaraId, number: 1, category: 'digital', amount: null, seal_number: 'SEGEL/7/XI/2025', disposition: '' });
      const events = conn.prepare('SELECT * FROM custody_event WHERE evidence_id = ? ORDER BY seq').all(item.id) as Record<string, string | number | null>[];
      expect(events.map((e) => [e.seq, e.purpose, e.seal_intact, e.corrects])).toEqual([
        [1, 'penyitaan', 1, null],
        [2, 'pemeriksaan_lab', null, null],
        [3, 'pemeriksaan', null, events[1]?.id],
      ]);
      const corrected = new Set(events.map((e) => e.corrects));
      const standing = events.filter((e) => !corrected.has(e.id)).sort((a, b) => (String(a.at) < String(b.at) ? -1 : String(a.at) > String(b.at) ? 1 : Number(a.seq) - Number(b.seq)));
      const last = standing.at(-1);
      expect([STATUS_OF_PURPOSE[String(last?.purpose)], last?.received_by]).toEqual(['diperiksa', 'BRIGPOL Rina Rekaan']);
      // The triggers refuse to change an event.
      expect(() => conn.prepare("UPDATE custody_event SET note = 'x' WHERE seq = 2").run()).toThrow('custody events are append-only');
      expect(() => conn.prepare('DELETE FROM custody_event').run()).toThrow('custody events are append-only');

      // §17: each attachment's blob, decrypted with the key from its row and checked tag by tag.
      const attachments = conn.prepare('SELECT * FROM attachment ORDER BY rowid').all() as Record<string, unknown>[];
      expect(attachments.map((a) => [a.name, a.media_type, a.size, a.protected, a.evidence_id, a.document_id, a.sha1])).toEqual([
        ['percakapan.txt', 'text/plain', Buffer.byteLength(note), 1, item.id, null, null],
        ['percakapan-lengkap.txt', 'text/plain', Buffer.byteLength(long), 1, item.id, null, null],
        ['foto.png', 'image/png', statSync(files.photo).size, 1, item.id, null, null],
      ]);
      const [a1, a2, a3] = attachments as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
      expect(readBlob(dir, a1.blob_id, a1.file_key, a1.sha256).toString('utf8')).toBe(note);
      expect(readBlob(dir, a2.blob_id, a2.file_key, a2.sha256).toString('utf8')).toBe(long);
      expect(readBlob(dir, a3.blob_id, a3.file_key, a3.sha256)).toEqual(readFileSync(files.photo));
      // Only the photo has a thumbnail: a JPEG, a blob of its own with its own key.
      expect([a1.thumb_blob_id, a1.thumb_key, a1.thumb_sha256, a2.thumb_blob_id]).toEqual([null, null, null, null]);
      const thumb = readBlob(dir, a3.thumb_blob_id, a3.thumb_key, a3.thumb_sha256);
      expect(thumb.subarray(0, 3).toString('hex')).toBe('ffd8ff');
      // A changed byte fails the tag of its chunk.
      const blob = readFileSync(join(dir, 'blobs', String(a2.blob_id)));
      const chunk1 = Buffer.from(blob.subarray(41 + 65536 + 16, 41 + 2 * (65536 + 16)));
      chunk1[100] = (chunk1[100] ?? 0) ^ 1;
      const iv1 = Buffer.concat([blob.subarray(33, 41), Buffer.from([0, 0, 0, 1])]);
      const aad1 = Buffer.concat([blob.subarray(9, 25), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1, 0])]);
      expect(gcmOpen(a2.file_key as Buffer, Buffer.concat([iv1, blob.subarray(41 + 65536 + 16, 41 + 2 * (65536 + 16))]), aad1)).not.toBeNull();
      expect(gcmOpen(a2.file_key as Buffer, Buffer.concat([iv1, chunk1]), aad1)).toBeNull();
      // The key columns are not in the attachment's audit state; its content is, through the hash.
      const state = JSON.parse(lastRow('attachment', String(a3.id))?.state ?? '{}') as Record<string, unknown>;
      expect(['fileKey', 'thumbKey'].filter((k) => k in state)).toEqual([]);
      expect(state).toMatchObject({ blobId: a3.blob_id, sha256: a3.sha256, thumbBlobId: a3.thumb_blob_id, thumbSha256: a3.thumb_sha256 });
      return attachments.flatMap((a) => [a.blob_id, a.thumb_blob_id].filter((id): id is string => typeof id === 'string'));
    });

    // §1: blobs/ holds exactly the blobs the rows name, mode 0700 and 0600.
    expect(readdirSync(join(dir, 'blobs')).sort()).toEqual([...blobIds].sort());
    expect(statSync(join(dir, 'blobs')).mode & 0o777).toBe(0o700);
    expect(blobIds.map((id) => statSync(join(dir, 'blobs', id)).mode & 0o777)).toEqual(blobIds.map(() => 0o600));

    // §17 orphans: a read leaves them; the next open for writing removes a .partial and an
    // unreferenced blob name, and leaves any other name alone.
    const orphan = 'ffffffffffffffffffffffffffffffff';
    for (const name of [orphan, `${orphan}.partial`, 'catatan.txt']) writeFileSync(join(dir, 'blobs', name), 'x');
    const before = snapshot(dir);
    const checked = berkas(['evidence', 'verify', dir], budi);
    expect([checked.code, checked.stdout.split('\n').filter((l) => l.startsWith('OK')).length]).toEqual([0, 3]);
    expect(snapshot(dir)).toEqual(before); // §15: verify only reads
    expect(berkas(['custody', 'add', dir, '--case', lp, '--item', '1', '--from', 'BRIGPOL Rina Rekaan', '--to', 'BRIPKA Joko Rekaan', '--purpose', 'penyimpanan', '--at', '2025-11-08T01:00:00Z'], budi).code).toBe(0);
    expect(readdirSync(join(dir, 'blobs')).sort()).toEqual([...blobIds, 'catatan.txt'].sort());

    // §13: a backup now carries case.db, then every referenced blob (each attachment's, then its
    // thumbnail's, in rowid order), byte for byte; never the orphan or the other file.
    const file = join(parent, 'samarinda-2.bak');
    expect(berkas(['backup', dir, file], budi).code).toBe(0);
    const { entries } = readBackup(file, deks);
    const copy = join(parent, 'from-backup-2.db');
    writeFileSync(copy, entries.get('case.db') ?? Buffer.alloc(0));
    const inBackup = withDb(copy, deks[0], (conn) => conn.prepare('SELECT blob_id, thumb_blob_id, file_key, sha256 FROM attachment ORDER BY rowid').all() as Record<string, unknown>[]);
    const expected = inBackup.flatMap((a) => [a.blob_id, a.thumb_blob_id].filter((id) => id !== null).map((id) => `blobs/${String(id)}`));
    expect([...entries.keys()]).toEqual(['case.db', ...expected]);
    expect(expected.map((name) => entries.get(name)?.equals(readFileSync(join(dir, name))))).toEqual(expected.map(() => true));
    // The blob entry opens with the key the backup's own case.db holds.
    const [first] = inBackup as [Record<string, unknown>];
    const restoredDir = join(parent, 'blobs-from-backup');
    mkdirSync(join(restoredDir, 'blobs'), { recursive: true });
    writeFileSync(join(restoredDir, 'blobs', String(first.blob_id)), entries.get(`blobs/${String(first.blob_id)}`) ?? Buffer.alloc(0));
    expect(readBlob(restoredDir, first.blob_id, first.file_key, first.sha256).toString('utf8')).toBe(note);
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  });
});

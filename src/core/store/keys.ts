// keys.json: the unlabelled key slots through which the case file's data key (DEK) is reached.
// Format and reasoning: docs/case-file-format.md, "keys.json". Every slot is tried with one derived
// key, so the file does not say who the users are or which slot is whose; the encrypted database
// maps slot ids to users. A slot's passphrase key unwraps an X25519 private key, and the DEK is
// sealed to the matching public key: so `rekey` can seal a new DEK to every slot without anyone's
// passphrase, and a removed user's old copy of their slot opens only the old DEK.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { KEY_BYTES, open, openSealed, randomKey, seal, sealTo, x25519PublicOf, zero } from './crypto';
import { ARGON2_MINIMUM, ARGON2_PARAMS, type Argon2Params } from './kdf';
import { writeFileAtomic } from './fsio';

export const KEYS_FILE = 'keys.json';
export const KEYS_FORMAT = 'berkas-keys';
export const KEYS_VERSION = 1;
const PAYLOAD_VERSION = 1;
const PAYLOAD_BYTES = 1 + KEY_BYTES + KEY_BYTES;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const key32 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

const KdfSchema = z.strictObject({
  algorithm: z.literal('argon2id'),
  version: z.literal(19),
  memoryKiB: z.number().int().min(ARGON2_MINIMUM.memoryKiB).max(4 * 1024 * 1024),
  iterations: z.number().int().min(ARGON2_MINIMUM.iterations).max(64),
  parallelism: z.number().int().min(1).max(16),
  hashLength: z.literal(32),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/), // 16 bytes
});

const DataKeySchema = z.strictObject({ ephemeral: key32, wrapped: base64 });

const SlotSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  publicKey: key32,
  wrapped: base64,
  // One entry; two only between the steps of a rekey (docs/case-file-format.md).
  dataKeys: z.array(DataKeySchema).min(1).max(2),
});

const KeysFileSchema = z.strictObject({
  format: z.literal(KEYS_FORMAT),
  version: z.literal(KEYS_VERSION),
  kdf: KdfSchema,
  slots: z.array(SlotSchema).min(1),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type Slot = z.infer<typeof SlotSchema>;
export type KeysFile = Omit<z.infer<typeof KeysFileSchema>, 'checksum'>;

/**
 * What a slot holds once opened: its X25519 private key, the Ed25519 seed of its user (or of the
 * recovery key) and the data keys sealed to it, with their position in the slot's dataKeys (two
 * only in the middle of a rekey). The caller zeroes the buffers.
 */
export type SlotContent = { slotId: string; boxKey: Buffer; signingSeed: Buffer; deks: Array<{ index: number; key: Buffer }> };

export function newSlotId(): string {
  return randomBytes(16).toString('hex');
}

function slotAad(slotId: string): Buffer {
  return Buffer.from(`berkas-slot:${slotId}`, 'ascii');
}

function dekLabel(slotId: string): string {
  return `berkas-dek:${slotId}`;
}

export function sealDataKey(slot: Pick<Slot, 'id' | 'publicKey'>, dek: Uint8Array): Slot['dataKeys'][number] {
  const { ephemeral, wrapped } = sealTo(Buffer.from(slot.publicKey, 'base64'), dek, dekLabel(slot.id));
  return { ephemeral: ephemeral.toString('base64'), wrapped: wrapped.toString('base64') };
}

/** A new slot: a fresh X25519 key pair whose private half (and the signing seed) `kek` wraps. */
export function makeSlot(kek: Uint8Array, dek: Uint8Array, signingSeed: Uint8Array | null): Slot {
  const id = newSlotId();
  const boxKey = randomKey();
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload[0] = PAYLOAD_VERSION;
  payload.set(boxKey, 1);
  if (signingSeed) payload.set(signingSeed, 1 + KEY_BYTES);
  const wrapped = seal(kek, payload, slotAad(id)).toString('base64');
  const publicKey = x25519PublicOf(boxKey).toString('base64');
  zero(payload, boxKey);
  return { id, publicKey, wrapped, dataKeys: [sealDataKey({ id, publicKey }, dek)] };
}

function openSlot(slot: Slot, kek: Uint8Array): SlotContent | null {
  const payload = open(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(slot.id));
  if (!payload) return null;
  if (payload.length !== PAYLOAD_BYTES || payload[0] !== PAYLOAD_VERSION) {
    payload.fill(0);
    return null;
  }
  const boxKey = Buffer.from(payload.subarray(1, 1 + KEY_BYTES));
  const signingSeed = Buffer.from(payload.subarray(1 + KEY_BYTES));
  payload.fill(0);
  const deks = slot.dataKeys.flatMap((d, index) => {
    const key = openSealed(boxKey, Buffer.from(d.ephemeral, 'base64'), Buffer.from(d.wrapped, 'base64'), dekLabel(slot.id));
    return key ? [{ index, key }] : [];
  });
  return { slotId: slot.id, boxKey, signingSeed, deks };
}

/**
 * Every slot the key opens. Usually one; more when a crash left a replaced slot that the same
 * passphrase also opens, and the database decides which one counts.
 */
export function unwrapSlots(keys: KeysFile, kek: Uint8Array): SlotContent[] {
  return keys.slots.flatMap((slot) => {
    const content = openSlot(slot, kek);
    return content ? [content] : [];
  });
}

export function forgetSlotContent(c: SlotContent): void {
  zero(c.boxKey, c.signingSeed, ...c.deks.map((d) => d.key));
}

export function newKeysFile(salt: Uint8Array, slots: Slot[]): KeysFile {
  return {
    format: KEYS_FORMAT,
    version: KEYS_VERSION,
    kdf: { ...ARGON2_PARAMS, salt: Buffer.from(salt).toString('base64') },
    slots,
  };
}

export function kdfParams(keys: KeysFile): { params: Argon2Params; salt: Buffer } {
  const { salt, ...params } = keys.kdf;
  return { params, salt: Buffer.from(salt, 'base64') };
}

// The checksum only catches accidental damage (a bad sector, a truncated copy) so that it is not
// mistaken for a wrong passphrase; it is no protection against a deliberate edit, and needs none:
// an edited slot simply no longer opens.
function checksumOf(keys: KeysFile): string {
  const body = JSON.stringify({
    format: keys.format,
    version: keys.version,
    kdf: {
      algorithm: keys.kdf.algorithm,
      version: keys.kdf.version,
      memoryKiB: keys.kdf.memoryKiB,
      iterations: keys.kdf.iterations,
      parallelism: keys.kdf.parallelism,
      hashLength: keys.kdf.hashLength,
      salt: keys.kdf.salt,
    },
    slots: keys.slots.map((s) => ({
      id: s.id,
      publicKey: s.publicKey,
      wrapped: s.wrapped,
      dataKeys: s.dataKeys.map((d) => ({ ephemeral: d.ephemeral, wrapped: d.wrapped })),
    })),
  });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

export function serializeKeysFile(keys: KeysFile): string {
  return JSON.stringify({ ...keys, checksum: checksumOf(keys) }, null, 2) + '\n';
}

export function writeKeysFile(dir: string, keys: KeysFile): void {
  writeFileAtomic(join(dir, KEYS_FILE), serializeKeysFile(keys));
}

export function parseKeysFile(text: string, dir: string): KeysFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('KEYS_DAMAGED', { path: dir, detail: 'not JSON' });
  }
  // Look at the version before the shape: a newer file may be shaped differently.
  const head = z.looseObject({ format: z.literal(KEYS_FORMAT), version: z.number().int() }).safeParse(raw);
  if (!head.success) throw new AppError('KEYS_DAMAGED', { path: dir, detail: 'not a Berkas key file' });
  if (head.data.version > KEYS_VERSION) {
    throw new AppError('KEYS_NEWER_VERSION', { found: head.data.version, supported: KEYS_VERSION });
  }
  const parsed = KeysFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('KEYS_DAMAGED', { path: dir, detail: `field ${issue?.path.join('.') || '?'}` });
  }
  const { checksum, ...keys } = parsed.data;
  if (checksumOf(keys) !== checksum) throw new AppError('KEYS_DAMAGED', { path: dir, detail: 'checksum mismatch' });
  return keys;
}

export function readKeysFile(dir: string): KeysFile {
  let text: string;
  try {
    text = readFileSync(join(dir, KEYS_FILE), 'utf8');
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') throw new AppError('KEYS_MISSING', { path: dir });
    throw new AppError('KEYS_DAMAGED', { path: dir, detail: 'unreadable' });
  }
  return parseKeysFile(text, dir);
}

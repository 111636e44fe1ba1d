// The backup file: one file that holds a case file (its database, keys.json, and later its blobs),
// encrypted under a key derived from the case file's data key. Layout: docs/case-file-format.md,
// "Backup file".
//
//   "BERKASBK" ‖ u8 version ‖ u32be header length ‖ header JSON ‖ chunk*
//   chunk = u32be length ‖ iv(12) ‖ ciphertext ‖ tag(16)
//   AAD of chunk i = SHA-256(everything before the first chunk) ‖ u64be i ‖ u8 (1 on the last chunk)
//
// The plaintext the chunks carry is a sequence of entries: u16be name length ‖ name (UTF-8) ‖
// u64be size ‖ bytes, ended by an entry with an empty name.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { hkdf } from '../store/crypto';

export const MAGIC = Buffer.from('BERKASBK', 'ascii');
export const BACKUP_VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
export const BACKUP_KEY_INFO = 'berkas-backup-v1';

export const BackupHeader = z.strictObject({
  format: z.literal('berkas-backup'),
  version: z.literal(BACKUP_VERSION),
  backupId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  createdWith: z.string(),
  /** keys.json as it was, checksum included: the passphrases and recovery key that open the backup. */
  keys: z.record(z.string(), z.unknown()),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export function prefixBytes(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const fixed = Buffer.alloc(MAGIC.length + 5);
  MAGIC.copy(fixed);
  fixed.writeUInt8(BACKUP_VERSION, MAGIC.length);
  fixed.writeUInt32BE(json.length, MAGIC.length + 1);
  return Buffer.concat([fixed, json]);
}

export function backupKey(dek: Uint8Array, backupId: string): Buffer {
  return hkdf(dek, Buffer.from(backupId, 'hex'), BACKUP_KEY_INFO);
}

export function chunkAad(prefixHash: Buffer, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(BigInt(index));
  tail.writeUInt8(last ? 1 : 0, 8);
  return Buffer.concat([prefixHash, tail]);
}

export function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

export function entryHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const out = Buffer.alloc(2 + nameBytes.length + 8);
  out.writeUInt16BE(nameBytes.length);
  nameBytes.copy(out, 2);
  out.writeBigUInt64BE(BigInt(size), 2 + nameBytes.length);
  return out;
}

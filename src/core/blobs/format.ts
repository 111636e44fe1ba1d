// The blob file format (docs/case-file-format.md, "blobs/"), shared by the writer and the reader.
//
//   "BERKASBL" ‖ u8 version (1) ‖ file id (16) ‖ u64be plaintext size ‖ nonce prefix (8) ‖ chunk*
//   chunk i = AES-256-GCM(key, iv = nonce prefix ‖ u32be i, plaintext ≤ 64 KiB) ciphertext ‖ tag(16)
//   AAD     = file id ‖ u64be i ‖ u8 last (1 on the last chunk; an empty file has one empty last chunk)
//
// The header itself is not in any AAD, yet every byte of it is checked: the id must equal the
// file's name and is in every AAD, the nonce prefix is in every IV, and the size fixes the chunk
// count and the file length, so a changed size ends in a wrong length, a wrong last flag or a tag
// that fails, and in any case the SHA-256 recorded in the database.
import { join } from 'node:path';

export const MAGIC = Buffer.from('BERKASBL', 'latin1');
export const VERSION = 1;
export const ID_BYTES = 16;
export const NONCE_PREFIX_BYTES = 8;
export const KEY_BYTES = 32;
export const TAG_BYTES = 16;
export const CHUNK_BYTES = 64 * 1024;
export const HEADER_BYTES = MAGIC.length + 1 + ID_BYTES + 8 + NONCE_PREFIX_BYTES;
/** Chunks handled per read or write call: 1 MiB of plaintext, so syscalls are few and memory small. */
export const BATCH_CHUNKS = 16;

const SIZE_OFFSET = MAGIC.length + 1 + ID_BYTES;
// The IV's counter is 32 bits; a blob of 2^32 chunks (256 TiB) is far beyond any evidence file.
const MAX_CHUNKS = 2 ** 32;

export const BLOBS_DIR = 'blobs';
export const PARTIAL_SUFFIX = '.partial';
export const ID_PATTERN = /^[0-9a-f]{32}$/;

export type Header = { id: Buffer; size: number; noncePrefix: Buffer };

export function blobsDir(caseDir: string): string {
  return join(caseDir, BLOBS_DIR);
}

export function blobPath(caseDir: string, id: string): string {
  return join(caseDir, BLOBS_DIR, id);
}

/** The header with the size still zero: it is known only at the end and written in place then. */
export function encodeHeader(id: Buffer, noncePrefix: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header[MAGIC.length] = VERSION;
  id.copy(header, MAGIC.length + 1);
  noncePrefix.copy(header, SIZE_OFFSET + 8);
  return header;
}

export function encodeSize(size: number): { bytes: Buffer; offset: number } {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(size));
  return { bytes, offset: SIZE_OFFSET };
}

/** Null when the bytes are not a version-1 blob header. */
export function decodeHeader(bytes: Buffer): Header | null {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC) || bytes[MAGIC.length] !== VERSION) return null;
  const size = bytes.readBigUInt64BE(SIZE_OFFSET);
  if (size > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return {
    id: Buffer.from(bytes.subarray(MAGIC.length + 1, SIZE_OFFSET)),
    size: Number(size),
    noncePrefix: Buffer.from(bytes.subarray(SIZE_OFFSET + 8, HEADER_BYTES)),
  };
}

/** Chunks for a plaintext of `size` bytes: at least one, so an empty file still has a last chunk. */
export function chunkCount(size: number): number {
  return Math.max(1, Math.ceil(size / CHUNK_BYTES));
}

export function blobLength(size: number): number {
  return HEADER_BYTES + chunkCount(size) * TAG_BYTES + size;
}

export function checkChunkIndex(index: number): void {
  if (index >= MAX_CHUNKS) throw new RangeError('blob too large for a 32-bit chunk counter');
}

export function chunkIv(noncePrefix: Buffer, index: number): Buffer {
  const iv = Buffer.alloc(NONCE_PREFIX_BYTES + 4);
  noncePrefix.copy(iv, 0);
  iv.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  return iv;
}

export function chunkAad(id: Buffer, index: number, last: boolean): Buffer {
  const aad = Buffer.alloc(ID_BYTES + 9);
  id.copy(aad, 0);
  aad.writeBigUInt64BE(BigInt(index), ID_BYTES);
  aad[ID_BYTES + 8] = last ? 1 : 0;
  return aad;
}

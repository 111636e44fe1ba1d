// The one decrypting pass every reader shares: checks the header against the file's name and
// length, every chunk's tag with its index and last flag in the AAD, and hashes the plaintext.
// Plaintext reaches the sink only chunk by chunk after its tag held; the whole-file SHA-256 is the
// caller's last check (see verify.ts), before anything is renamed into place or returned.
import { createDecipheriv, createHash, createSecretKey, type KeyObject } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { fsError } from '../store/fsio';
import {
  BATCH_CHUNKS,
  CHUNK_BYTES,
  HEADER_BYTES,
  ID_PATTERN,
  KEY_BYTES,
  TAG_BYTES,
  blobLength,
  blobPath,
  chunkAad,
  chunkCount,
  chunkIv,
  decodeHeader,
  type Header,
} from './format';
import { settleLater } from './io';

export type HashName = 'sha256' | 'sha1' | 'md5';
export type Digests = Partial<Record<HashName, string>>;
export type ReadOptions = { signal?: AbortSignal; onProgress?: (done: number, total: number | null) => void };
/** Receives the plaintext of one batch of chunks, in order. */
export type Sink = (plain: Buffer[]) => Promise<void> | void;

const DISK_CHUNK = CHUNK_BYTES + TAG_BYTES;

export async function decryptBlob(
  caseDir: string,
  id: string,
  key: Uint8Array,
  name: string,
  hashes: readonly HashName[],
  opts: ReadOptions & { maxSize?: number } = {},
  sink?: Sink,
): Promise<{ size: number; digests: Digests }> {
  // An id that is not 32 hex digits could name another file (../case.db): no such blob.
  if (!ID_PATTERN.test(id)) throw new AppError('BLOB_MISSING', { name });
  const path = blobPath(caseDir, id);
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') throw new AppError('BLOB_MISSING', { name });
    throw fsError(e, path);
  }
  try {
    const header = await readHeader(fh, id, name);
    if (opts.maxSize !== undefined && header.size > opts.maxSize) {
      throw new AppError('INVALID_INPUT', { name, detail: `larger than ${opts.maxSize} bytes` });
    }
    if (key.length !== KEY_BYTES) throw new AppError('INTERNAL', { detail: 'blob key length' });
    const running = hashes.map((h) => [h, createHash(h)] as const);
    await decryptChunks(fh, header, createSecretKey(key), name, opts, (plain) => {
      for (const chunk of plain) for (const [, hash] of running) hash.update(chunk);
      return sink?.(plain);
    });
    const digests: Digests = {};
    for (const [h, hash] of running) digests[h] = hash.digest('hex');
    return { size: header.size, digests };
  } catch (e) {
    throw fsError(e, path);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

async function readHeader(fh: FileHandle, id: string, name: string): Promise<Header> {
  const { size: length } = await fh.stat();
  const bytes = Buffer.alloc(HEADER_BYTES);
  const { bytesRead } = await fh.read(bytes, 0, HEADER_BYTES, 0);
  const header = bytesRead === HEADER_BYTES ? decodeHeader(bytes) : null;
  // Truncated or appended chunks change the length the size implies; a copied blob has another id.
  if (!header || header.id.toString('hex') !== id || length !== blobLength(header.size)) {
    throw new AppError('BLOB_TAMPERED', { name });
  }
  return header;
}

/** Reads batches ahead (the next read runs while this batch decrypts) and checks each chunk's tag. */
async function decryptChunks(
  fh: FileHandle,
  header: Header,
  key: KeyObject,
  name: string,
  opts: ReadOptions,
  sink: Sink,
): Promise<void> {
  const count = chunkCount(header.size);
  let disk = Buffer.allocUnsafe(BATCH_CHUNKS * DISK_CHUNK);
  let spare = Buffer.allocUnsafe(BATCH_CHUNKS * DISK_CHUNK);
  const batchLength = (first: number): number => {
    const plain = Math.min(header.size - first * CHUNK_BYTES, BATCH_CHUNKS * CHUNK_BYTES);
    return Math.max(0, plain) + Math.min(BATCH_CHUNKS, count - first) * TAG_BYTES;
  };
  const read = (into: Buffer, first: number): Promise<number> =>
    settleLater(readExact(fh, into, batchLength(first), HEADER_BYTES + first * DISK_CHUNK, name));
  let pending: Promise<number> | null = read(disk, 0);
  let done = 0;
  try {
    for (let first = 0; first < count; first += BATCH_CHUNKS) {
      if (opts.signal?.aborted) throw new AppError('CANCELLED');
      const length: number = await (pending ?? Promise.resolve(0));
      const next = first + BATCH_CHUNKS;
      pending = next < count ? read(spare, next) : null;
      const batch = disk.subarray(0, length);
      const plain: Buffer[] = [];
      for (let i = first, at = 0; i < Math.min(next, count); i++) {
        const size = Math.min(CHUNK_BYTES, header.size - i * CHUNK_BYTES);
        plain.push(decryptChunk(key, header, i, i === count - 1, batch.subarray(at, at + size), batch.subarray(at + size, at + size + TAG_BYTES), name));
        at += size + TAG_BYTES;
        done += size;
      }
      await sink(plain);
      opts.onProgress?.(done, header.size);
      [disk, spare] = [spare, disk];
    }
  } finally {
    await pending?.catch(() => undefined);
  }
}

function decryptChunk(key: KeyObject, header: Header, index: number, last: boolean, body: Buffer, tag: Buffer, name: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, chunkIv(header.noncePrefix, index));
  decipher.setAAD(chunkAad(header.id, index, last));
  decipher.setAuthTag(tag);
  const plain = decipher.update(body);
  try {
    decipher.final();
  } catch {
    // Node's failed tag is a plain Error without a code: a changed byte, a moved chunk or a wrong key.
    throw new AppError('BLOB_TAMPERED', { name });
  }
  return plain;
}

async function readExact(fh: FileHandle, buf: Buffer, length: number, position: number, name: string): Promise<number> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await fh.read(buf, filled, length - filled, position + filled);
    // The length was checked against the header: a short read means the file changed meanwhile.
    if (bytesRead === 0) throw new AppError('BLOB_TAMPERED', { name });
    filled += bytesRead;
  }
  return filled;
}

// Importing an attachment: one pass over the source hashes the plaintext and encrypts it into
// blobs/<id>.partial; only a complete, fsynced file is renamed to blobs/<id>. The database row that
// names the blob commits after this returns, so a crash leaves at most a .partial or an unreferenced
// blob, which removeOrphans clears on the next open for writing.
import { createCipheriv, createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { fsError, fsyncDir } from '../store/fsio';
import {
  BATCH_CHUNKS,
  CHUNK_BYTES,
  ID_BYTES,
  KEY_BYTES,
  NONCE_PREFIX_BYTES,
  PARTIAL_SUFFIX,
  blobPath,
  blobsDir,
  checkChunkIndex,
  chunkAad,
  chunkIv,
  encodeHeader,
  encodeSize,
} from './format';
import { decryptBlob } from './read';
import { settleLater, writeAll } from './io';
import { openSource, type BatchSource } from './source';

export type WriteBlobOptions = {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number | null) => void;
  /** Also compute SHA-1 and MD5 (some labs still quote them), in a second, decrypting pass. */
  extraHashes?: boolean;
};

export type WrittenBlob = { id: string; key: Buffer; size: number; sha256: string; sha1?: string; md5?: string };

const BATCH_BYTES = BATCH_CHUNKS * CHUNK_BYTES;

export async function writeBlob(
  caseDir: string,
  source: string | AsyncIterable<Uint8Array>,
  opts: WriteBlobOptions = {},
): Promise<WrittenBlob> {
  const idBytes = randomBytes(ID_BYTES);
  const id = idBytes.toString('hex');
  const key = randomBytes(KEY_BYTES);
  const dir = blobsDir(caseDir);
  const final = blobPath(caseDir, id);
  const partial = final + PARTIAL_SUFFIX;
  ensureDir(caseDir, dir);
  if (opts.signal?.aborted) throw new AppError('CANCELLED');

  const src = await openSource(source);
  let fh: FileHandle | null = null;
  let result: { size: number; sha256: string };
  try {
    fh = await open(partial, 'wx', 0o600);
    result = await encryptInto(fh, src, idBytes, key, opts);
    // The data must be on disk before the name says the blob exists, and the rename must be on disk
    // before the database row that refers to it commits.
    await fh.sync();
    await fh.close();
    fh = null;
    await rename(partial, final);
    fsyncDir(dir);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    rmSync(partial, { force: true });
    throw fsError(e, final);
  } finally {
    await src.close().catch(() => undefined);
  }

  if (!opts.extraHashes) return { id, key, ...result };
  try {
    const { digests } = await decryptBlob(caseDir, id, key, id, ['sha1', 'md5'], { signal: opts.signal });
    return { id, key, ...result, sha1: digests.sha1, md5: digests.md5 };
  } catch (e) {
    // No row will ever name this blob: do not leave it for removeOrphans.
    rmSync(final, { force: true });
    throw e;
  }
}

function ensureDir(caseDir: string, dir: string): void {
  if (existsSync(dir)) return;
  try {
    mkdirSync(dir, { mode: 0o700 });
    fsyncDir(caseDir);
  } catch (e) {
    if (!existsSync(dir)) throw fsError(e, dir);
  }
}

/**
 * The single pass. Two input buffers alternate: while one batch is hashed and encrypted, the next
 * is being read, and the previous batch's ciphertext is being written. The last chunk of a batch
 * waits for the next read, because only the end of the source says which chunk is the last.
 */
async function encryptInto(
  fh: FileHandle,
  src: BatchSource,
  id: Buffer,
  key: Buffer,
  opts: WriteBlobOptions,
): Promise<{ size: number; sha256: string }> {
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  // One key object for all chunks: createCipheriv with raw bytes would import the key every time.
  const keyObject = createSecretKey(key);
  const hash = createHash('sha256');
  let plain = Buffer.allocUnsafe(BATCH_BYTES);
  let spare = Buffer.allocUnsafe(BATCH_BYTES);
  const header = encodeHeader(id, noncePrefix);
  let pendingWrite = settleLater(writeAll(fh, [header], 0));
  let position = header.length;
  let pendingRead: Promise<number> | null = null;
  let index = 0;
  let done = 0;
  try {
    let filled = await src.fill(plain);
    for (;;) {
      if (opts.signal?.aborted) throw new AppError('CANCELLED');
      pendingRead = filled < BATCH_BYTES ? null : settleLater(src.fill(spare));
      hash.update(plain.subarray(0, filled));
      const chunks = Math.max(1, Math.ceil(filled / CHUNK_BYTES));
      const out: Buffer[] = [];
      for (let k = 0; k < chunks - 1; k++) {
        encryptChunk(keyObject, noncePrefix, id, index++, false, plain.subarray(k * CHUNK_BYTES, (k + 1) * CHUNK_BYTES), out);
      }
      const nextFilled = pendingRead ? await pendingRead : 0;
      pendingRead = null;
      const last = nextFilled === 0;
      encryptChunk(keyObject, noncePrefix, id, index++, last, plain.subarray((chunks - 1) * CHUNK_BYTES, filled), out);
      await pendingWrite;
      pendingWrite = settleLater(writeAll(fh, out, position));
      position += out.reduce((sum, b) => sum + b.length, 0);
      done += filled;
      opts.onProgress?.(done, src.total);
      if (last) break;
      filled = nextFilled;
      [plain, spare] = [spare, plain];
    }
    await pendingWrite;
    const size = encodeSize(done);
    await writeAll(fh, [size.bytes], size.offset);
    return { size: done, sha256: hash.digest('hex') };
  } finally {
    // Settle what is in flight before the caller closes the file and deletes the .partial.
    await Promise.allSettled([pendingWrite, pendingRead ?? Promise.resolve(0)]);
  }
}

function encryptChunk(key: KeyObject, noncePrefix: Buffer, id: Buffer, index: number, last: boolean, plain: Buffer, out: Buffer[]): void {
  checkChunkIndex(index);
  const cipher = createCipheriv('aes-256-gcm', key, chunkIv(noncePrefix, index));
  cipher.setAAD(chunkAad(id, index, last));
  out.push(cipher.update(plain));
  cipher.final();
  out.push(cipher.getAuthTag());
}

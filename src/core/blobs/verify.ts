// Reading blobs back: every reader decrypts the whole blob and compares the SHA-256 recorded at
// import before anything is trusted. Plaintext goes only to the caller's destination (as
// `dest.partial`, renamed once the hash holds) or to memory; never to a temp file elsewhere.
import { existsSync, rmSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsError, fsyncDir } from '../store/fsio';
import { PARTIAL_SUFFIX } from './format';
import { writeAll } from './io';
import { decryptBlob, type Digests, type ReadOptions } from './read';

function expectSha256(digests: Digests, sha256: string, name: string): void {
  if (digests.sha256 !== sha256.toLowerCase()) throw new AppError('BLOB_TAMPERED', { name });
}

/** Throws BLOB_MISSING or BLOB_TAMPERED; returns quietly when the blob is whole. */
export async function verifyBlob(caseDir: string, id: string, key: Uint8Array, sha256: string, name: string, opts: ReadOptions = {}): Promise<void> {
  const { digests } = await decryptBlob(caseDir, id, key, name, ['sha256'], opts);
  expectSha256(digests, sha256, name);
}

export async function readBlobToFile(
  caseDir: string,
  id: string,
  key: Uint8Array,
  sha256: string,
  name: string,
  dest: string,
  opts: ReadOptions = {},
): Promise<void> {
  const partial = dest + PARTIAL_SUFFIX;
  // Never over a file that is there already: not `dest`, nor one that happens to carry the partial's name.
  if (existsSync(dest) || existsSync(partial)) throw new AppError('IO_ERROR', { path: existsSync(dest) ? dest : partial, detail: 'already exists' });
  let fh: FileHandle | null = null;
  try {
    fh = await open(partial, 'wx', 0o600);
    const out = fh;
    let position = 0;
    const { digests } = await decryptBlob(caseDir, id, key, name, ['sha256'], opts, async (plain) => {
      await writeAll(out, plain, position);
      for (const chunk of plain) position += chunk.length;
    });
    expectSha256(digests, sha256, name);
    await fh.sync();
    await fh.close();
    fh = null;
    await rename(partial, dest);
    fsyncDir(dirname(dest));
  } catch (e) {
    await fh?.close().catch(() => undefined);
    // A tampered blob leaves no plaintext behind, not even the chunks whose tags held.
    rmSync(partial, { force: true });
    throw fsError(e, dest);
  }
}

/** For small blobs (thumbnails): the whole plaintext, verified, or an error. */
export async function readBlobToBuffer(caseDir: string, id: string, key: Uint8Array, sha256: string, name: string, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  const { digests } = await decryptBlob(caseDir, id, key, name, ['sha256'], { maxSize: maxBytes }, (plain) => {
    parts.push(...plain);
  });
  expectSha256(digests, sha256, name);
  return Buffer.concat(parts);
}

/** SHA-1 and MD5 of the plaintext, for labs that still quote them; the tags are checked on the way. */
export async function secondHashes(caseDir: string, id: string, key: Uint8Array, name: string, opts: ReadOptions = {}): Promise<{ sha1: string; md5: string }> {
  const { digests } = await decryptBlob(caseDir, id, key, name, ['sha1', 'md5'], opts);
  return { sha1: digests.sha1 ?? '', md5: digests.md5 ?? '' };
}

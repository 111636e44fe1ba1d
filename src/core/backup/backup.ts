// `berkas backup`: the case file as one encrypted file. Reads only: the database is copied with
// VACUUM INTO beside the backup (never inside the case folder), and nothing is audited.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, rm, rename, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { seal, zero } from '../store/crypto';
import { dbError } from '../store/db';
import { fsError, fsyncDir } from '../store/fsio';
import { serializeKeysFile } from '../store/keys';
import { isInside } from '../store/paths';
import type { Session } from '../store/session';
import { appVersion } from '../store/create';
import { all, sql } from '../store/db';
import { CASE_DB } from '../store/paths';
import { blobPath, BLOBS_DIR } from '../blobs/format';
import { backupKey, chunkAad, CHUNK_BYTES, entryHeader, prefixBytes, sha256, type BackupHeader } from './format';

/** The blobs the database names: attachments and their thumbnails. */
function referencedBlobs(session: Session): string[] {
  const rows = all<{ blob_id: string; thumb_blob_id: string | null }>(session.db, sql`SELECT blob_id, thumb_blob_id FROM attachment ORDER BY rowid`);
  return rows.flatMap((r) => (r.thumb_blob_id ? [r.blob_id, r.thumb_blob_id] : [r.blob_id]));
}

export type Progress = (done: number, total: number) => void;

/** Cuts a byte stream into sealed chunks; the chunk before the end is only sealed once more data arrives, so the last one can say so. */
function chunkWriter(key: Buffer, prefixHash: Buffer, write: (bytes: Buffer) => Promise<void>) {
  let pending = Buffer.alloc(0);
  let index = 0;
  const emit = async (plain: Buffer, last: boolean): Promise<void> => {
    const sealed = seal(key, plain, chunkAad(prefixHash, index++, last));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(sealed.length);
    await write(Buffer.concat([length, sealed]));
  };
  return {
    async push(bytes: Buffer): Promise<void> {
      pending = pending.length ? Buffer.concat([pending, bytes]) : Buffer.from(bytes);
      while (pending.length > CHUNK_BYTES) {
        await emit(pending.subarray(0, CHUNK_BYTES), false);
        pending = pending.subarray(CHUNK_BYTES);
      }
    },
    async finish(): Promise<void> {
      await emit(pending, true);
    },
  };
}

export async function writeBackup(
  session: Session,
  fileInput: string,
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<{ file: string; bytes: number }> {
  const file = resolve(fileInput);
  // A backup inside the folder it protects would be lost with it, and would write into the case file.
  if (isInside(file, session.dir)) throw new AppError('INVALID_INPUT', { detail: 'the backup file must be outside the case folder' });
  if (existsSync(file)) throw new AppError('INVALID_INPUT', { detail: `${file} already exists; choose a new file name` });
  const rand = randomBytes(6).toString('hex');
  const copy = `${file}.${rand}.db.tmp`;
  const partial = `${file}.${rand}.partial`;
  const backupId = randomBytes(16).toString('hex');
  const key = backupKey(session.dek, backupId);
  try {
    try {
      session.db.prepare('VACUUM INTO ?').run(copy);
    } catch (e) {
      throw dbError(e);
    }
    const header: BackupHeader = {
      format: 'berkas-backup',
      version: 1,
      backupId,
      createdAt: session.clock().toISOString(),
      createdWith: appVersion(),
      keys: JSON.parse(serializeKeysFile(session.keys)),
    };
    const prefix = prefixBytes(header);
    // The database, then every attachment's blob (already encrypted on its own; copied as it is).
    const entries = [
      { name: CASE_DB, path: copy },
      ...referencedBlobs(session).map((id) => ({ name: `${BLOBS_DIR}/${id}`, path: blobPath(session.dir, id) })),
    ];
    const sizes = await Promise.all(entries.map(async (e) => (await stat(e.path).catch((err: unknown) => { throw fsError(err, e.path); })).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    let done = 0;
    const out = await open(partial, 'wx', 0o600);
    try {
      await out.write(prefix);
      const chunks = chunkWriter(key, sha256(prefix), async (b) => void (await out.write(b)));
      for (const [i, entry] of entries.entries()) {
        await chunks.push(entryHeader(entry.name, sizes[i] ?? 0));
        const input = await open(entry.path, 'r');
        try {
          const buf = Buffer.alloc(CHUNK_BYTES);
          for (;;) {
            const { bytesRead } = await input.read(buf, 0, buf.length, null);
            if (bytesRead === 0) break;
            if (signal?.aborted) throw new AppError('CANCELLED');
            await chunks.push(buf.subarray(0, bytesRead));
            done += bytesRead;
            onProgress?.(done, total);
          }
        } finally {
          await input.close();
        }
      }
      await chunks.push(entryHeader('', 0));
      await chunks.finish();
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(partial, file);
    fsyncDir(dirname(file));
    return { file, bytes: (await stat(file)).size };
  } catch (e) {
    await rm(partial, { force: true });
    throw e instanceof AppError ? e : fsError(e, file);
  } finally {
    zero(key);
    await rm(copy, { force: true });
  }
}

// File-system steps that must survive a crash or a full disk: write to a temp file, fsync it, rename
// it over the target, fsync the folder. A failure leaves the old file in place and no temp file.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    fsyncDir(dirname(path));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw fsError(e, path);
  }
}

/** Turns a Node file-system error into an AppError a person can read. */
export function fsError(e: unknown, path: string): Error {
  if (e instanceof AppError) return e;
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_FULL');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('READ_ONLY_FS', { path: dirname(path) });
  }
  return new AppError('IO_ERROR', { path, detail: code || (e instanceof Error ? e.message : String(e)) });
}

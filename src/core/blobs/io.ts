// Small FileHandle helpers shared by the blob writer and reader.
import type { FileHandle } from 'node:fs/promises';

/**
 * Marks an in-flight read or write as handled: it is awaited later, but if it fails while the loop
 * is busy encrypting, Node would otherwise report an unhandled rejection and end the process.
 */
export function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** writev may write less than asked (a full disk reports ENOSPC only on the next call): loop. */
export async function writeAll(fh: FileHandle, buffers: Buffer[], position: number): Promise<void> {
  const pending = buffers.filter((b) => b.length > 0);
  let at = position;
  while (pending.length > 0) {
    const { bytesWritten } = await fh.writev(pending, at);
    // No progress and no error: do not spin; report it as the I/O error it is.
    if (bytesWritten === 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    at += bytesWritten;
    let skip = bytesWritten;
    while (pending.length > 0 && skip >= (pending[0]?.length ?? 0)) skip -= pending.shift()?.length ?? 0;
    if (skip > 0 && pending[0]) pending[0] = pending[0].subarray(skip);
  }
}

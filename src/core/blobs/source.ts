// Where an import's bytes come from: a file on disk or an async iterable (a download, a generator).
// Both are read into the caller's fixed buffers, so memory stays at a few batches whatever the size.
import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { fsError } from '../store/fsio';

export type BatchSource = {
  /** Total bytes when known in advance (a file), for progress. */
  total: number | null;
  /** Fills `buf` from the start; a count below `buf.length` means the source has ended. */
  fill(buf: Buffer): Promise<number>;
  close(): Promise<void>;
};

export async function openSource(source: string | AsyncIterable<Uint8Array>): Promise<BatchSource> {
  return typeof source === 'string' ? openFileSource(source) : iterableSource(source);
}

async function openFileSource(path: string): Promise<BatchSource> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw fsError(e, path);
  }
  let total: number;
  try {
    const stat = await fh.stat();
    if (!stat.isFile()) throw new AppError('INVALID_INPUT', { path });
    total = stat.size;
  } catch (e) {
    await fh.close();
    throw fsError(e, path);
  }
  return {
    total,
    async fill(buf) {
      let filled = 0;
      try {
        // A read may return less than asked before the end (pipes, network shares): loop until full.
        while (filled < buf.length) {
          const { bytesRead } = await fh.read(buf, filled, buf.length - filled, null);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
      } catch (e) {
        throw fsError(e, path);
      }
      return filled;
    },
    close: () => fh.close(),
  };
}

function iterableSource(source: AsyncIterable<Uint8Array>): BatchSource {
  const iterator = source[Symbol.asyncIterator]();
  // What is left of the last piece after the previous batch was full.
  let rest: Uint8Array | null = null;
  let ended = false;
  return {
    total: null,
    async fill(buf) {
      let filled = 0;
      while (filled < buf.length) {
        if (!rest || rest.length === 0) {
          if (ended) break;
          const next = await iterator.next();
          if (next.done) {
            ended = true;
            break;
          }
          rest = next.value;
          continue;
        }
        const n = Math.min(rest.length, buf.length - filled);
        buf.set(rest.subarray(0, n), filled);
        filled += n;
        rest = rest.subarray(n);
      }
      return filled;
    },
    async close() {
      // Lets a generator run its `finally` when the import stops early.
      if (!ended) await iterator.return?.();
    },
  };
}

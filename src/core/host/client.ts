// The serving thread's handle on the core worker: call a channel, get its envelope; progress and
// cancellation pass through. Used by the Electron main process and the preview server alike.
import { Worker } from 'node:worker_threads';
import type { Envelope, Progress } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/error-messages';
import type { FromWorker, ToWorker } from './protocol';

export type CallOptions = { lang?: Lang; onProgress?: (p: Progress) => void; signal?: AbortSignal };

export type CoreHost = {
  call: (channel: string, input: unknown, options?: CallOptions) => Promise<Envelope>;
  /** Locks the case file (zeroing its keys) and stops the worker. */
  close: () => Promise<void>;
};

const crashed: Envelope = { ok: false, error: { code: 'INTERNAL', message: 'The core stopped unexpectedly.', params: {} } };
const cancelled: Envelope = { ok: false, error: { code: 'CANCELLED', message: 'Cancelled; nothing was left half-written.', params: {} } };

export function startCoreWorker(workerPath: string, events: { onLocked?: (reason: 'idle') => void } = {}): CoreHost {
  const worker = new Worker(workerPath);
  const pending = new Map<number, { resolve: (e: Envelope) => void; onProgress?: (p: Progress) => void }>();
  let nextId = 1;
  let closed: (() => void) | null = null;
  let stopped = false;
  const send = (message: ToWorker): void => worker.postMessage(message);

  worker.on('message', (message: FromWorker) => {
    if (message.type === 'closed') {
      closed?.();
      return;
    }
    if (message.type === 'locked') {
      events.onLocked?.(message.reason);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    if (message.type === 'progress') call.onProgress?.(message.progress);
    else {
      pending.delete(message.id);
      call.resolve(message.envelope);
    }
  });
  const failAll = (): void => {
    for (const call of pending.values()) call.resolve(crashed);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', failAll);

  return {
    call(channel, input, options = {}) {
      if (stopped) return Promise.resolve(crashed);
      if (options.signal?.aborted) return Promise.resolve(cancelled);
      const id = nextId++;
      return new Promise<Envelope>((resolve) => {
        pending.set(id, { resolve, onProgress: options.onProgress });
        options.signal?.addEventListener('abort', () => send({ type: 'cancel', id }), { once: true });
        send({ type: 'call', id, channel, input, lang: options.lang ?? 'id' });
      });
    },
    async close() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        closed = resolve;
        send({ type: 'shutdown' });
        setTimeout(resolve, 5000).unref();
      });
      await worker.terminate();
    },
  };
}

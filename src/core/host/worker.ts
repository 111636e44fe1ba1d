// The core worker: a worker_thread that owns the open case file and answers contract calls. The
// database and Argon2id are synchronous and slow at times; here they never block the thread that
// serves the window. Key material stays in this thread of the main process.
import { parentPort } from 'node:worker_threads';
import { dispatch } from '../../shared/ipc/dispatch';
import { createHandlers, lockCore, lockIfIdle, newCoreState } from '../ipc/handlers';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('host/worker.ts runs only as a worker thread');

const state = newCoreState();
const handlers = createHandlers(state);
// Polling the session state is not use of the app; every other call is.
const NOT_ACTIVITY = new Set(['session:state']);
const running = new Map<number, { controller: AbortController; done: Promise<void> }>();
const send = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    running.get(message.id)?.controller.abort();
    return;
  }
  if (message.type === 'shutdown') {
    // Cancel what is running and let it clean up (a half-written backup removes its files), then
    // close the case file.
    const calls = [...running.values()];
    for (const call of calls) call.controller.abort();
    void Promise.all(calls.map((c) => c.done)).then(() => {
      lockCore(state);
      send({ type: 'closed' });
    });
    return;
  }
  if (!NOT_ACTIVITY.has(message.channel)) state.lastActivity = Date.now();
  const controller = new AbortController();
  const done = dispatch(handlers, message.channel, message.input, {
    signal: controller.signal,
    lang: message.lang,
    progress: (progress) => send({ type: 'progress', id: message.id, progress }),
  }).then((envelope) => {
    running.delete(message.id);
    send({ type: 'result', id: message.id, envelope });
  });
  running.set(message.id, { controller, done });
});

// The idle lock: checked every second; closing the case file zeroes its keys.
setInterval(() => {
  if (lockIfIdle(state)) send({ type: 'locked', reason: 'idle' });
}, 1000).unref();

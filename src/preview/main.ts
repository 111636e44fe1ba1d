// `node out/preview/main.mjs`: the preview server on its own, for a browser where Electron cannot
// run. Prints its address (with the token in the fragment) on one line, and locks the case file on
// exit.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCoreWorker } from '../core/host/client';
import { startPreviewServer } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const host = startCoreWorker(join(here, 'worker.mjs'));
const server = await startPreviewServer({ rendererDir: resolve(here, '../renderer'), host, port: Number(process.env.BERKAS_PREVIEW_PORT ?? 0) });
process.stdout.write(`Berkas preview: ${server.url}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await host.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

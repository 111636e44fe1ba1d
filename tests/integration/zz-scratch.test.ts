import { join } from 'node:path';
import { mkdirSync, statSync } from 'node:fs';
import { it } from 'vitest';
import { startCoreWorker } from '../../src/core/host/client';
import { startPreviewServer } from '../../src/preview/server';
import { ROOT, PASS, tempDir } from '../helpers';

const parent = tempDir();
it('scratch', async () => {
  const h = startCoreWorker(join(ROOT, 'out/preview/worker.mjs'));
  const s = await startPreviewServer({ rendererDir: join(ROOT, 'out/renderer'), host: h });
  const call = async (ch: string, input: unknown) => {
    const r = await fetch(`http://127.0.0.1:${s.port}/api/call/${ch}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-berkas-token': s.token }, body: JSON.stringify({ input }) });
    return r.text();
  };
  console.log(await call('caseFile:create', { dir: join(parent, 'k'), title: 'T', login: 'budi', passphrase: PASS }));
  console.log(await call('session:unlock', { dir: join(parent, 'k.berkas'), login: 'budi', passphrase: PASS }));
  let t = Date.now();
  for (let i = 0; i < 2000; i++) await call('perkara:create', { lpNumber: `LP/${i}/`.padEnd(200, 'x'), title: `Perkara ${i} `.padEnd(300, 'y') });
  console.log('create ms', Date.now() - t);
  console.log(statSync(join(parent, 'k.berkas/case.db')).size);
  mkdirSync(join(parent, 'b'));
  t = Date.now();
  const out = await call('caseFile:backup', { file: join(parent, 'b', 'x.bkp') });
  console.log('backup ms', Date.now() - t, out.split('\n').length, out.slice(-200));
  await s.close(); await h.close();
});

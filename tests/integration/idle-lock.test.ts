// The idle lock in the core worker: an unlocked case file that nobody uses closes itself (keys
// zeroed, lock released); use of the app keeps it open; polling the state is not use.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCoreWorker } from '../../src/core/host/client';
import { PASS, ROOT, berkas, initCaseFile, tempDir } from '../helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle lock', () => {
  // The override may only shorten the case file's own setting; 2 s keeps the test short.
  process.env.BERKAS_IDLE_LOCK_SECONDS = '2';
  const locked: string[] = [];
  const host = startCoreWorker(join(ROOT, 'out/preview/worker.mjs'), { onLocked: (reason) => locked.push(reason) });
  delete process.env.BERKAS_IDLE_LOCK_SECONDS;
  afterAll(() => host.close());
  const { dir } = initCaseFile(tempDir(), 'idle');

  it('stays open while the app is used, then locks itself when left alone, releasing the case file', async () => {
    const unlock = await host.call('session:unlock', { dir, login: 'budi', passphrase: PASS });
    expect(unlock).toMatchObject({ ok: true, value: { unlocked: true } });
    for (let i = 0; i < 4; i++) {
      await sleep(900);
      expect(await host.call('session:activity', {})).toEqual({ ok: true, value: null });
    }
    expect(await host.call('session:state', {})).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(locked).toEqual([]);

    // Only polls from now on: they do not count as use.
    for (let i = 0; i < 8 && locked.length === 0; i++) {
      await sleep(500);
      await host.call('session:state', {});
    }
    expect(locked).toEqual(['idle']);
    expect(await host.call('session:state', {})).toMatchObject({ ok: true, value: { unlocked: false, user: null, title: null } });
    expect(await host.call('perkara:list', {})).toMatchObject({ ok: false, error: { code: 'NOT_UNLOCKED' } });
    // The case file is closed: no lock file, and another process opens it.
    expect(existsSync(join(dir, 'berkas.lock'))).toBe(false);
    expect(berkas(['info', dir], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS }).code).toBe(0);
  });
});

// The core worker (src/core/host): Argon2id and the database run off the serving thread, so the
// preview server (and Electron's main process) keep answering while an unlock runs; calls can be
// cancelled; and closing the worker never leaves a caller waiting, the case file locked or a
// half-written file behind.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreHost } from '../../src/core/host/client';
import { createPerkara } from '../../src/core/services/cases';
import { transaction } from '../../src/core/store/db';
import { LOCK_FILE } from '../../src/core/store/lock';
import { closeCaseFile, openCaseFile, using } from '../../src/core/store/open';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server';
import type { Envelope } from '../../src/shared/ipc/contract';
import { apiEnvelope, http } from '../http';
import { PASS, ROOT, initCaseFile, tempDir } from '../helpers';

const WORKER = join(ROOT, 'out', 'preview', 'worker.mjs');
const parent = tempDir('berkas-worker-');
const creds = () => ({ kind: 'passphrase' as const, login: 'budi', passphrase: Buffer.from(PASS) });
const unlockInput = (dir: string) => ({ dir, login: 'budi', passphrase: PASS });
const INTERNAL_CRASH = { ok: false, error: { code: 'INTERNAL', message: expect.any(String), params: {} } };

let dir: string;

beforeAll(async () => {
  dir = initCaseFile(parent).dir;
  // Enough rows for a database of many backup chunks (64 KiB each), so a backup takes a moment.
  await using(openCaseFile(dir, creds(), 'write'), (s) =>
    transaction(s.db, () => {
      for (let i = 0; i < 2000; i++) createPerkara(s, { lpNumber: `LP/B/${i}/XI/2026/`.padEnd(200, 'x'), lpDate: '2026-11-02', title: `Perkara ${i} `.padEnd(300, 'y') });
    }),
  );
});

/** Resolves with the promise's value, or 'STILL PENDING' after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'STILL PENDING'> {
  return Promise.race([promise, new Promise<'STILL PENDING'>((r) => setTimeout(() => r('STILL PENDING'), ms))]);
}

/** Nobody holds the case file: no lock file, and it opens (and closes) here. */
async function expectNotHeld(caseDir: string): Promise<void> {
  expect(existsSync(join(caseDir, LOCK_FILE))).toBe(false);
  closeCaseFile(await openCaseFile(caseDir, creds(), 'write'));
}

describe('the serving thread stays free while the core works', () => {
  let host: CoreHost;
  let server: PreviewServer;

  beforeAll(async () => {
    host = startCoreWorker(WORKER);
    // Only the API is used here: an empty folder stands in for the renderer.
    server = await startPreviewServer({ rendererDir: tempDir('berkas-worker-web-'), host });
  });

  afterAll(async () => {
    await server?.close();
    await host?.close();
  });

  it('answers /api/ping while a session:unlock (Argon2id) is running', async () => {
    let unlocked: Envelope | null = null;
    const unlocking = apiEnvelope(server.port, server.token, 'session:unlock', unlockInput(dir)).then((e) => (unlocked = e));
    let pingsBefore = 0;
    let pings = 0;
    while (unlocked === null) {
      const r = await http(server.port, { path: '/api/ping', headers: { 'x-berkas-token': server.token } });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body)).toEqual({ ok: true, at: expect.any(Number) });
      pings++;
      if (unlocked === null) pingsBefore++;
    }
    await unlocking;
    expect(unlocked).toMatchObject({ ok: true, value: { unlocked: true, user: { login: 'budi' } } });
    console.info(`${pingsBefore} of ${pings} pings answered while the unlock was running`);
    expect(pingsBefore).toBeGreaterThanOrEqual(1);
    expect(await apiEnvelope(server.port, server.token, 'session:lock', {})).toMatchObject({ ok: true, value: { unlocked: false } });
  });

  it("keeps the main thread's event loop turning during an unlock called directly", async () => {
    let done = false;
    const unlocking = host.call('session:unlock', unlockInput(dir)).then((e) => {
      done = true;
      return e;
    });
    let ticks = 0;
    while (!done) {
      await new Promise<void>((r) => setImmediate(r));
      ticks++;
    }
    const envelope = await unlocking;
    expect(envelope).toMatchObject({ ok: true, value: { unlocked: true } });
    console.info(`${ticks} event-loop turns while the unlock was pending`);
    expect(ticks).toBeGreaterThan(20);
    expect((await host.call('session:lock', {})).ok).toBe(true);
  });
});

describe('cancelling a call', () => {
  let host: CoreHost;
  beforeAll(async () => {
    host = startCoreWorker(WORKER);
    expect((await host.call('session:unlock', unlockInput(dir))).ok).toBe(true);
  });
  afterAll(async () => {
    await host?.close();
  });

  it('a backup cancelled after its first progress report answers CANCELLED and leaves nothing', async () => {
    const folder = join(parent, 'batal');
    mkdirSync(folder);
    const controller = new AbortController();
    let reports = 0;
    const envelope = await host.call(
      'caseFile:backup',
      { file: join(folder, 'x.bkp') },
      {
        lang: 'en',
        signal: controller.signal,
        onProgress: () => {
          reports++;
          controller.abort();
        },
      },
    );
    expect(envelope).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled; nothing was left half-written.', params: {} } });
    expect(reports).toBeGreaterThanOrEqual(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  // A signal aborted before the call never fires its abort event: the client must look first.
  it('a call made with an already-aborted signal is cancelled, not run', async () => {
    const folder = join(parent, 'batal-dulu');
    mkdirSync(folder);
    const envelope = await host.call('caseFile:backup', { file: join(folder, 'x.bkp') }, { signal: AbortSignal.abort() });
    expect(readdirSync(folder)).toEqual([]);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });
});

describe('closing the worker', () => {
  it('locks the open case file: the lock file goes and the case file opens again', async () => {
    const host = startCoreWorker(WORKER);
    expect((await host.call('session:unlock', unlockInput(dir))).ok).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await host.close();
    await expectNotHeld(dir);
  });

  it('answers a call still pending at close(), and leaves the case file free', async () => {
    const host = startCoreWorker(WORKER);
    const pending = host.call('session:unlock', unlockInput(dir));
    await host.close();
    const envelope = await within(pending, 5000);
    // Either the unlock finished before the shutdown was handled, or the worker was stopped under it.
    if (envelope !== 'STILL PENDING' && !envelope.ok) expect(envelope).toEqual(INTERNAL_CRASH);
    else expect(envelope).toMatchObject({ ok: true });
    await expectNotHeld(dir);
  });

  // After close() nothing can answer: the client must say so at once rather than wait for ever.
  it('answers a call made after close() with INTERNAL instead of hanging', async () => {
    const host = startCoreWorker(WORKER);
    expect((await host.call('app:version', {})).ok).toBe(true);
    await host.close();
    expect(await within(host.call('app:version', {}), 2000)).toEqual(INTERNAL_CRASH);
  });

  // Shutdown cancels running calls and lets them clean up before the case file is closed.
  it('a backup running at close() is cut short without leaving .partial or .db.tmp files', async () => {
    const folder = join(parent, 'tutup');
    mkdirSync(folder);
    const host = startCoreWorker(WORKER);
    expect((await host.call('session:unlock', unlockInput(dir))).ok).toBe(true);
    let started!: () => void;
    const firstProgress = new Promise<void>((r) => (started = r));
    const backup = host.call('caseFile:backup', { file: join(folder, 'x.bkp') }, { onProgress: () => started() });
    await firstProgress;
    await host.close();
    const envelope = await within(backup, 5000);
    expect(envelope).not.toBe('STILL PENDING');
    await expectNotHeld(dir);
    // A finished backup would be acceptable; pieces of one are not.
    expect(readdirSync(folder).filter((name) => name !== 'x.bkp')).toEqual([]);
  });
});

// The page and the core's idle lock: while a person uses the list (here, moves the mouse) the page
// reports it and the case file stays open past the idle limit; left alone, the core locks it and
// the page's 15-second check returns to the sign-in screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreHost } from '../../src/core/host/client';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server';
import { PASS, ROOT } from '../helpers';
import { launchChromium } from './browser';

// Longer than the page's report interval (10 s), as every real limit (a minute or more) is.
const IDLE_SECONDS = 14;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('idle lock and the page', () => {
  let host: CoreHost;
  let server: PreviewServer;
  let browser: Browser;
  const parent = mkdtempSync(join(tmpdir(), 'berkas-e2e-idle-'));

  beforeAll(async () => {
    // The override may only shorten the case file's own limit; the worker reads it at unlock.
    process.env.BERKAS_IDLE_LOCK_SECONDS = String(IDLE_SECONDS);
    host = startCoreWorker(join(ROOT, 'out/e2e/worker.mjs'));
    delete process.env.BERKAS_IDLE_LOCK_SECONDS;
    server = await startPreviewServer({ rendererDir: join(ROOT, 'out/e2e/renderer'), host });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await host?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('keeps the case file open while the list is used, and shows the sign-in screen once the core locked it', async () => {
    const dir = join(parent, 'idle.berkas');
    expect(await host.call('caseFile:create', { dir, title: 'Uji kunci otomatis', login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await host.call('session:unlock', { dir, login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    // Case data that must be gone from the page once it locks.
    const secretTitle = 'Korban Siti Aminah dijual lewat MiChat';
    const secretLp = 'LP/B/417/XI/2025/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
    expect(await host.call('perkara:create', { lpNumber: secretLp, lpDate: '2025-11-03', title: secretTitle })).toMatchObject({ ok: true });

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // The core is already unlocked: the page goes straight to the list.
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Daftar perkara' }).waitFor();
    await page.getByText(secretTitle).waitFor();

    // Twice the idle limit of use: the page's activity reports keep the case file open.
    for (let i = 0; i < (IDLE_SECONDS * 2) / 2; i++) {
      await page.mouse.move(200 + i * 10, 300 + (i % 2) * 40);
      await sleep(2000);
    }
    expect(await host.call('session:state', {})).toMatchObject({ ok: true, value: { unlocked: true } });

    // Left alone: the core locks itself, and the page's check notices within 15 s.
    const left = Date.now();
    await page.getByRole('heading', { name: 'Buka berkas kasus' }).waitFor({ timeout: (IDLE_SECONDS + 25) * 1000 });
    expect(Date.now() - left).toBeGreaterThanOrEqual(IDLE_SECONDS * 1000 - 1000);
    expect(await page.getByLabel('Nama pengguna').inputValue()).toBe('budi');
    // Nothing of the case is left in the page: not on screen, not in the DOM, not in storage.
    const html = await page.content();
    expect(html).not.toContain(secretTitle);
    expect(html).not.toContain('LP/B/417/XI/2025');
    // Runs in the page; the test's own tsconfig has no DOM types, hence the globalThis lookup.
    const stored = await page.evaluate(() => {
      const g = globalThis as unknown as { sessionStorage: object; localStorage: object };
      return JSON.stringify({ ...g.sessionStorage }) + JSON.stringify({ ...g.localStorage });
    });
    expect(stored).not.toContain('Siti');
    expect(stored).not.toContain('LP/B/417');
    expect(problems).toEqual([]);
  }, 120_000);
});

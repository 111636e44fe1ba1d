// The app as the end-to-end tests drive it: the core in a worker thread, the preview server on
// 127.0.0.1 serving the built renderer, and Debian's Chromium. Started before a file's tests and
// stopped after them, with the temp folders the file names. They run from the copies global-setup
// made in out/e2e: start.test.ts runs `npm start`, which rebuilds out/renderer and out/preview while
// other files may be loading from them.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startCoreWorker, type CoreHost } from '../../src/core/host/client';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server';
import { ROOT } from '../helpers';
import { launchChromium } from './browser';

export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export type PreviewApp = { readonly host: CoreHost; readonly server: PreviewServer; readonly browser: Browser };

export function usePreviewApp(...dirs: string[]): PreviewApp {
  let host: CoreHost | null = null;
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    host = startCoreWorker(join(ROOT, 'out/e2e/worker.mjs'));
    server = await startPreviewServer({ rendererDir: join(ROOT, 'out/e2e/renderer'), host });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await host?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const started = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get host() {
      return started(host, 'the core');
    },
    get server() {
      return started(server, 'the preview server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

/** Waits for `l` to show, up to `timeout` ms. */
export const waitVisible = (l: Locator, timeout = 30_000): Promise<void> => l.waitFor({ state: 'visible', timeout });

/** A new page whose console errors and warnings, and uncaught errors, are collected in `problems`. */
export async function openPage(app: PreviewApp, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const page = await app.browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(app.server.url);
  return { page, problems };
}

/** From the start screen: opens the case file at `dir` as `login`, and waits for the case list. */
export async function signIn(page: Page, dir: string, login: string, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: /^Buka berkas kasus/ }).click();
  await waitVisible(page.getByRole('heading', { name: 'Buka berkas kasus' }));
  await page.getByLabel('Folder berkas kasus').fill(dir);
  await page.getByLabel('Nama pengguna').fill(login);
  await page.getByLabel('Frasa sandi', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await waitVisible(page.getByRole('heading', { name: 'Daftar perkara' }));
}

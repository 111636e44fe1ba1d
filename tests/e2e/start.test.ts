// `npm start` on a machine without Electron's binary and without a display: it says so, prints a
// loopback address, and the page at that address loads in Chromium with no console errors and
// talks to the core.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { launchChromium } from './browser';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

describe('npm start without a display', () => {
  // The global setup has built out/ already; rebuilding here would pull it from under other tests.
  const env: NodeJS.ProcessEnv = { ...process.env, BERKAS_START_NO_BUILD: '1' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const start = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  afterAll(() => {
    start.kill('SIGTERM');
  });

  it('prints a loopback address that loads in Chromium without console errors, and the page reaches the core', async () => {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      start.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const found = /there is no display; open the preview in a browser on this computer: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64})/.exec(out);
        if (found?.[1]) resolve(found[1]);
      });
      start.on('exit', (code) => reject(new Error(`npm start exited ${code}: ${out}`)));
    });
    expect(out).toContain('the Electron binary is not installed here');

    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect.poll(() => page.getByTestId('core-status').textContent(), { timeout: 15_000 }).toMatch(/Inti Berkas \S+ terhubung\. Belum ada berkas kasus yang dibuka\./);
      // The token leaves the address bar once read.
      expect(page.url()).not.toContain('token=');
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'start.png') });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

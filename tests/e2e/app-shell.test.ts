// The investigator's first minute, in Debian's Chromium against the preview server (core worker
// and server in this process): create a case file, keep the recovery key, sign in, lock, a wrong
// passphrase, sign in again, ten thousand cases scrolled, sorted and filtered, English and back,
// and the two ways the page notices that the core locked the case file. Screenshots of each screen
// go to test-results/screenshots/; the two timings are printed.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeCaseFile, openCaseFile } from '../../src/core/store/open';
import { parseRecoveryKey } from '../../src/core/store/recovery-key';
import type { PreviewServer } from '../../src/preview/server';
import { lpSortKey } from '../../src/shared/rules/lp';
import { ROOT } from '../helpers';
import { openPage, SHOTS, usePreviewApp } from './preview-app';
import { seedCases } from './seed';

const PASSPHRASE = 'Kuda-lari-cepat-7-sekali';
const CASES = 10_000;

type InPage = { document: { activeElement: { type?: string; readOnly?: boolean } | null }; performance: { now: () => number } };

const isFocused = (l: Locator): Promise<boolean> => l.evaluate((el) => el === el.ownerDocument.activeElement);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** A core call from outside the page, with the preview server's token, as another window would. */
async function coreCall(server: PreviewServer, channel: string, input: unknown): Promise<unknown> {
  const r = await fetch(`http://127.0.0.1:${server.port}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-berkas-token': server.token },
    body: JSON.stringify({ input }),
  });
  // NDJSON: the last line carries the result envelope.
  const lines = (await r.text()).split('\n').filter(Boolean);
  const last: unknown = JSON.parse(lines.at(-1) ?? '{}');
  return last && typeof last === 'object' && 'result' in last ? last.result : last;
}

describe('the first minute with Berkas', () => {
  const parent = mkdtempSync(join(tmpdir(), 'berkas-e2e-'));
  const app = usePreviewApp(parent);

  it('creates a case file, keeps its recovery key, locks, signs in, and lists 10,000 cases', async () => {
    // Start: Bahasa Indonesia by default, the everyday choice focused.
    const { page, problems } = await openPage(app, { width: 1366, height: 768 });
    await page.getByRole('heading', { name: 'Selamat datang di Berkas' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const openChoice = page.getByRole('button', { name: /^Buka berkas kasus/ });
    expect(await isFocused(openChoice)).toBe(true);
    await expect.poll(() => page.getByTestId('core-status').textContent()).toMatch(/Inti Berkas \S+ terhubung/);
    await shot(page, '01-start');

    // English from the first screen too; Tab goes on to the second choice.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome to Berkas' }).waitFor();
    await shot(page, '01b-start-english');
    await page.getByRole('button', { name: 'Indonesia' }).click();
    await openChoice.focus();
    await page.keyboard.press('Tab');
    const createChoice = page.getByRole('button', { name: /^Buat berkas kasus baru/ });
    expect(await isFocused(createChoice)).toBe(true);

    // Create: Esc goes back; the form checks the core's rules before sending, in the core's words.
    await page.keyboard.press('Enter');
    const folder = page.getByLabel('Folder berkas kasus');
    await folder.waitFor();
    expect(await isFocused(folder)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Selamat datang di Berkas' }).waitFor();
    await createChoice.click();
    await folder.waitFor();
    const dir = join(parent, 'polresta-balikpapan');
    await folder.fill(dir);
    await page.getByLabel('Judul berkas kasus').fill('Perkara TPPO Satreskrim Polresta Balikpapan');
    await page.getByLabel(/^Nama satuan/).fill('SATRESKRIM POLRESTA BALIKPAPAN');
    await page.getByLabel('Zona waktu satuan').selectOption('WITA');
    await page.getByLabel('Nama pengguna').fill('budi');
    await page.getByLabel(/^Nama lengkap/).fill('AIPTU Budi Santoso');
    await page.getByLabel('Frasa sandi', { exact: true }).fill('pendek');
    await page.getByLabel('Ulangi frasa sandi').press('Enter');
    await page.getByText('Frasa sandi terlalu pendek: minimal 12 karakter, yang diberikan 6.').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Periksa 1 isian yang ditandai.' }).waitFor();
    expect(await isFocused(page.getByLabel('Frasa sandi', { exact: true }))).toBe(true);
    await shot(page, '02b-create-errors');
    await page.getByLabel('Frasa sandi', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Ulangi frasa sandi').fill(PASSPHRASE);
    await page.getByText('Kekuatan frasa sandi: Kuat').waitFor();
    await shot(page, '02-create');

    // The recovery key, once, with print and a required confirmation.
    await page.getByLabel('Ulangi frasa sandi').press('Enter');
    await page.getByRole('heading', { name: 'Kunci pemulihan' }).waitFor({ timeout: 30_000 });
    const groups = await page.getByTestId('recovery-key').locator('.key-group__text').allTextContents();
    expect(groups).toHaveLength(13);
    for (const g of groups) expect(g).toMatch(/^[A-Z2-7]{4}$/);
    const recoveryKey = groups.join('-');
    const cont = page.getByRole('button', { name: 'Lanjutkan' });
    expect(await cont.isDisabled()).toBe(true);
    await page.evaluate('window.print = () => { window.__printed = (window.__printed || 0) + 1; }');
    await page.getByRole('button', { name: 'Cetak' }).click();
    expect(await page.evaluate('window.__printed')).toBe(1);
    await shot(page, '03-recovery-key');
    await page.emulateMedia({ media: 'print' });
    await shot(page, '03b-recovery-key-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel(/Saya sudah menulis atau mencetak/).check();
    await cont.click();

    // Signed in: the unit's name, the user and role; no cases yet.
    await page.getByRole('heading', { name: 'Daftar perkara' }).waitFor();
    expect(await page.getByTestId('unit-name').textContent()).toBe('SATRESKRIM POLRESTA BALIKPAPAN');
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('AIPTU Budi Santoso');
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Atasan');
    await page.getByText('Belum ada perkara').waitFor();

    // Lock: back to the sign-in screen, folder and login kept, the passphrase field focused.
    await page.getByRole('button', { name: 'Kunci' }).click();
    await page.getByRole('heading', { name: 'Buka berkas kasus' }).waitFor();
    const passField = page.getByLabel('Frasa sandi', { exact: true });
    await expect.poll(() => isFocused(passField)).toBe(true);
    expect(await page.getByLabel('Folder berkas kasus').inputValue()).toBe(`${dir}.berkas`);
    expect(await page.getByLabel('Nama pengguna').inputValue()).toBe('budi');
    await page.getByText('Berkas kasus dikunci. Masuk kembali untuk melanjutkan.').waitFor();

    // Page load to an interactive sign-in screen, measured inside the page from navigation start.
    await page.reload({ waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      () => {
        // Runs in the page; this file is type-checked without the DOM library.
        const { document, performance } = globalThis as unknown as InPage;
        const el = document.activeElement;
        return el?.type === 'password' && !el.readOnly ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 15_000 },
    );
    console.log(`page load to an interactive sign-in screen: ${Math.round(Number(await ready.jsonValue()))} ms`);
    await shot(page, '04-unlock');

    // A wrong passphrase: the core's sentence, announced; the field emptied and focused again.
    await passField.fill('bukan-frasa-yang-benar');
    await passField.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Nama pengguna atau frasa sandi salah.' }).waitFor();
    await expect.poll(() => isFocused(passField)).toBe(true);
    expect(await passField.inputValue()).toBe('');
    await shot(page, '05-unlock-error');

    // Not a case file: the folder is named in the core's words, and the folder field selected.
    await page.getByLabel('Folder berkas kasus').fill(parent);
    await passField.fill(PASSPHRASE);
    await passField.press('Enter');
    await page.getByRole('alert').filter({ hasText: `${parent} bukan berkas kasus Berkas` }).waitFor();
    await page.getByLabel('Folder berkas kasus').fill(`${dir}.berkas`);

    // Open in another process: the sentence names the computer that holds it.
    const holder = spawn(process.execPath, [join(ROOT, 'out/test/hold-open.mjs'), `${dir}.berkas`, 'budi', PASSPHRASE], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (d: Buffer) => d.toString().startsWith('ready') && resolve());
      holder.on('exit', (code) => reject(new Error(`hold-open exited ${code}`)));
    });
    await passField.fill(PASSPHRASE);
    await passField.press('Enter');
    await page.getByRole('alert').filter({ hasText: `Berkas kasus sedang dibuka di komputer ${hostname()}` }).waitFor();
    await shot(page, '05b-unlock-locked-elsewhere');
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    holder.kill('SIGTERM');
    await exited;

    await passField.fill(PASSPHRASE);
    await passField.press('Enter');
    await page.getByText('Belum ada perkara').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('case-count').textContent()).toBe('0 perkara');
    await shot(page, '06-empty-list');

    // Ten thousand cases, written while the case file is locked.
    await page.getByRole('button', { name: 'Kunci' }).click();
    await passField.waitFor();
    const recovery = await openCaseFile(`${dir}.berkas`, { kind: 'recovery', recoveryKey: parseRecoveryKey(recoveryKey) ?? Buffer.alloc(0) }, 'read');
    closeCaseFile(recovery);
    const seeded = await seedCases(`${dir}.berkas`, 'budi', PASSPHRASE, CASES);

    await expect.poll(() => isFocused(passField)).toBe(true);
    await passField.fill(PASSPHRASE);
    const pressed = Date.now();
    await passField.press('Enter');
    // A row whose block has not arrived yet is aria-busy, with placeholder cells.
    const firstRow = page.locator('[role=row][aria-rowindex="2"]:not([aria-busy]) [role=cell]').first();
    await firstRow.waitFor({ timeout: 30_000 });
    console.log(`Enter on the passphrase to the case list showing rows: ${Date.now() - pressed} ms`);
    expect(await page.getByTestId('case-count').textContent()).toBe('10.000 perkara');
    // Newest change first: the last case written.
    expect(await firstRow.textContent()).toBe(seeded.at(-1)?.lpNumber);
    await shot(page, '07-full-list');

    // Scrolled to the bottom, the last rows are fetched and shown: the first case written.
    const table = page.getByTestId('case-table');
    await table.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const lastRow = page.locator(`[role=row][aria-rowindex="${CASES + 1}"]:not([aria-busy]) [role=cell]`).first();
    await lastRow.waitFor();
    expect(await lastRow.textContent()).toBe(seeded[0]?.lpNumber);
    const rendered = await page.locator('[role=rowgroup] [role=row]').count();
    expect(rendered).toBeLessThan(80);
    await shot(page, '07b-full-list-bottom');

    // Sorted by LP number, both ways: by year, month and number, as the core sorts (LP/B/999 before LP/B/1000).
    const key = (lp: string): string => lpSortKey(lp);
    const byLp = seeded.map((c) => c.lpNumber).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    await page.getByRole('button', { name: 'Nomor LP' }).click();
    await expect.poll(() => firstRow.textContent()).toBe(byLp[0]);
    expect(await page.getByRole('columnheader', { name: 'Nomor LP' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Nomor LP' }).click();
    await expect.poll(() => firstRow.textContent()).toBe(byLp.at(-1));
    expect(await page.getByRole('columnheader', { name: 'Nomor LP' }).getAttribute('aria-sort')).toBe('descending');

    // Filtered (the core matches LP number or title, ignoring case), then nothing, then cleared.
    const search = page.getByLabel('Cari perkara');
    await search.fill('michat');
    const matching = seeded.filter((c) => c.title.toLowerCase().includes('michat') || c.lpNumber.toLowerCase().includes('michat')).length;
    await expect.poll(() => page.getByTestId('case-count').textContent()).toBe(`${matching.toLocaleString('id-ID')} perkara cocok`);
    expect(await firstRow.textContent()).toMatch(/^LP\/B\//);
    await search.fill('tidak ada yang seperti ini');
    await page.getByText('Tidak ada perkara yang cocok dengan “tidak ada yang seperti ini”').waitFor();
    await shot(page, '07c-no-match');
    await search.press('Escape');
    await expect.poll(() => page.getByTestId('case-count').textContent()).toBe('10.000 perkara');

    // English, remembered across a reload, and back.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    expect(await page.getByTestId('case-count').textContent()).toBe('10,000 cases');
    expect(await page.getByRole('button', { name: 'Lock' }).isVisible()).toBe(true);
    await shot(page, '08-list-english');
    await page.reload();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Indonesia' }).click();
    await page.getByRole('heading', { name: 'Daftar perkara' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');

    // The core locks behind the page's back: the next call answers NOT_UNLOCKED, and the page goes
    // to the sign-in screen.
    expect(await coreCall(app.server, 'session:lock', {})).toMatchObject({ ok: true });
    await search.fill('LP/B/1/');
    await page.getByRole('heading', { name: 'Buka berkas kasus' }).waitFor();
    await passField.fill(PASSPHRASE);
    await passField.press('Enter');
    await page.getByRole('heading', { name: 'Daftar perkara' }).waitFor({ timeout: 30_000 });

    // …and when the page makes no call at all, the 15-second check notices.
    expect(await coreCall(app.server, 'session:lock', {})).toMatchObject({ ok: true });
    await page.getByRole('heading', { name: 'Buka berkas kasus' }).waitFor({ timeout: 20_000 });

    expect(problems).toEqual([]);
  }, 240_000);
});

// Berkas perkara through the page, in Debian's Chromium against the preview server: the fictional
// example case (imported through the core, with a dozen large photos on its first item so an export
// takes a moment) exported from its Berkas perkara section, first in full as one PDF, then
// de-identified as a package; the progress seen in words while it runs (recorded in the page by a
// MutationObserver, never timed), the result's export number and SHA-256 equal to the written
// file's, `berkas verify` holding on both, and the exports in the case's history.
// Screenshots 40-… to 44-… go to test-results/screenshots/.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { importCases } from '../../src/core/exchange/import';
import { attachFile } from '../../src/core/services/attachments';
import { findPerkara } from '../../src/core/services/cases';
import { findEvidence } from '../../src/core/services/evidence';
import { updateSettings } from '../../src/core/services/settings';
import { openCaseFile, using } from '../../src/core/store/open';
import { PASS, ROOT, berkas } from '../helpers';
import { openPage, SHOTS, signIn, usePreviewApp } from './preview-app';

const WAIT = { timeout: 120_000 };
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'docs/examples/kasus-tppo-balikpapan.json'), 'utf8')) as { cases: { lpNumber: string; title: string }[] };
const FIRST = EXAMPLE.cases[0];
const PHOTOS = 12;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const waitVisible = (l: Locator): Promise<void> => l.waitFor({ state: 'visible', ...WAIT });
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

type Recorder = { seen: string[] };

/**
 * In the page (no DOM types here, and the CSP forbids evaluating strings): records every text the
 * export's step line shows, from now on, in `window.__dossierSteps`.
 */
const recordSteps = (): void => {
  const g = globalThis as unknown as {
    __dossierSteps?: Recorder;
    document: { body: unknown; querySelector: (s: string) => { textContent: string | null } | null };
    MutationObserver: new (cb: () => void) => { observe: (node: unknown, options: object) => void };
  };
  const recorder: Recorder = { seen: [] };
  g.__dossierSteps = recorder;
  const look = (): void => {
    const text = g.document.querySelector('[data-testid="dossier-step"]')?.textContent;
    if (text && recorder.seen.at(-1) !== text) recorder.seen.push(text);
  };
  new g.MutationObserver(look).observe(g.document.body, { subtree: true, childList: true, characterData: true });
};

/** In the page: what recordSteps saw. */
const stepsSeen = (): string[] => (globalThis as unknown as { __dossierSteps?: Recorder }).__dossierSteps?.seen ?? [];

/** A large photo of noise (so it neither compresses nor decodes in an instant), with a label. */
async function noisyPhoto(path: string, n: number): Promise<void> {
  const width = 1600;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (Math.imul(i, 2654435761) + n * 97) >>> 24;
  const label = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="200"><rect width="${width}" height="200" fill="#1f3a5f"/><text x="40" y="130" font-family="DejaVu Sans" font-size="72" fill="#fff">BB-1 foto ${n} (fiktif)</text></svg>`);
  await sharp(raw, { raw: { width, height, channels: 3 } }).composite([{ input: label, top: 0, left: 0 }]).jpeg({ quality: 85 }).toFile(path);
}

describe('berkas perkara through the page', () => {
  const parent = mkdtempSync(join(tmpdir(), 'berkas-e2e-dossier-'));
  const files = mkdtempSync(join(tmpdir(), 'berkas-e2e-dossier-files-'));
  const exports = mkdtempSync(join(tmpdir(), 'berkas-e2e-dossier-out-'));

  const app = usePreviewApp(parent, files, exports);

  it('exports the full profile as a PDF and the de-identified one as a package, with progress, result and history', { timeout: 400_000 }, async () => {
    if (!FIRST) throw new Error('the example file has no case');
    // 1. The case file through the core worker; the example case and its photos written in-process
    //    through the core's own services (as `berkas import` and `berkas attach` would).
    const dir = join(parent, 'ekspor.berkas');
    expect(await app.host.call('caseFile:create', { dir, title: 'Perkara TPPO Polresta Balikpapan', login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    const photos: string[] = [];
    for (let n = 1; n <= PHOTOS; n++) {
      const p = join(files, `bb1-foto-${n}.jpg`);
      await noisyPhoto(p, n);
      photos.push(p);
    }
    await using(openCaseFile(dir, { kind: 'passphrase', login: 'budi', passphrase: Buffer.from(PASS, 'utf8') }, 'write'), async (s) => {
      updateSettings(s, { timeZone: 'WITA', unitName: 'POLRESTA BALIKPAPAN', satker: 'POLRESTA BALIKPAPAN', polda: 'POLDA KALIMANTAN TIMUR' });
      await importCases(s, EXAMPLE);
      const perkara = findPerkara(s.db, FIRST.lpNumber);
      const phone = perkara && findEvidence(s.db, perkara.id, 1);
      if (!phone) throw new Error('the example case has no item 1');
      for (const p of photos) await attachFile(s, { evidenceId: phone.id }, p, { protected: false });
    });

    const { page, problems } = await openPage(app, { width: 1366, height: 1100 });
    await signIn(page, dir, 'budi', PASS);
    await page.getByText(FIRST.title).click();
    await waitVisible(page.getByRole('heading', { name: FIRST.title }));

    // 2. The header's button opens the Berkas perkara section with its form.
    await page.getByRole('button', { name: 'Ekspor berkas perkara' }).click();
    const form = page.getByRole('form', { name: 'Ekspor berkas perkara' });
    await waitVisible(form);
    expect(await page.getByRole('tab', { name: 'Berkas perkara' }).getAttribute('aria-selected')).toBe('true');
    expect(await form.getByRole('radio', { name: 'Lengkap untuk penuntut umum', exact: true }).isChecked()).toBe(true);
    expect(await form.getByRole('radio', { name: 'Satu file PDF', exact: true }).isChecked()).toBe(true);
    // Without a destination it asks for one, in words, and exports nothing.
    await form.getByRole('button', { name: 'Ekspor', exact: true }).click();
    await waitVisible(form.getByText('Isi jalur lengkap tujuan ekspor.'));
    const pdf = join(exports, 'berkas-perkara-lengkap.pdf');
    await form.getByRole('textbox', { name: 'File PDF' }).fill(pdf);
    await shot(page, '40-dossier-export-form');

    // 3. The full profile as one PDF: the progress in words while it runs, then the result.
    await page.evaluate(recordSteps);
    await form.getByRole('button', { name: 'Ekspor', exact: true }).click();
    const progress = page.getByTestId('dossier-progress');
    await waitVisible(progress);
    await waitVisible(progress.getByText(/^(Foto|Halaman): \d+ dari \d+$/));
    await shot(page, '41-dossier-export-progress');
    const result = page.getByTestId('dossier-result');
    await waitVisible(result);
    expect(await progress.count()).toBe(0);
    const fullSteps = await page.evaluate(stepsSeen);
    expect(fullSteps.some((s) => /^Foto: \d+ dari 12$/.test(s))).toBe(true);
    expect(fullSteps.some((s) => /^Halaman: \d+ dari \d+$/.test(s))).toBe(true);
    expect(fullSteps.some((s) => s.startsWith('Lampiran'))).toBe(false);
    expect(await result.getByTestId('dossier-export-number').textContent()).toBe('LP-B-517-X-2026/E-1');
    expect(await result.getByTestId('dossier-file').textContent()).toBe(pdf);
    expect(await result.getByTestId('dossier-sha256').textContent()).toBe(sha256(pdf));
    expect(Number(await result.getByTestId('dossier-pages').textContent())).toBeGreaterThan(1);
    // The preview cannot open a file manager: the path to copy stands in for "Buka folder".
    expect(await result.getByRole('button', { name: 'Buka folder' }).count()).toBe(0);
    await waitVisible(result.getByRole('button', { name: 'Salin jalur' }));
    await waitVisible(result.getByRole('button', { name: 'Salin SHA-256' }));
    expect(existsSync(join(exports, 'SHA256SUMS'))).toBe(true);
    expect(berkas(['verify', pdf]).code).toBe(0);
    await shot(page, '42-dossier-export-result-full');

    // 4. The de-identified profile as a package, into a new folder.
    await form.getByRole('radio', { name: 'Tanpa identitas', exact: true }).check();
    await form.getByRole('radio', { name: 'Paket', exact: true }).check();
    const pkg = join(exports, 'paket-tanpa-identitas');
    await form.getByRole('textbox', { name: 'Folder paket' }).fill(pkg);
    await page.evaluate(recordSteps);
    await form.getByRole('button', { name: 'Ekspor', exact: true }).click();
    await waitVisible(page.getByTestId('dossier-progress'));
    await waitVisible(result.getByTestId('dossier-package-dir'));
    const packageSteps = await page.evaluate(stepsSeen);
    expect(packageSteps.some((s) => /^Halaman: \d+ dari \d+$/.test(s))).toBe(true);
    expect(packageSteps.some((s) => /^Lampiran: \d+ dari \d+$/.test(s))).toBe(true);
    expect(await result.getByTestId('dossier-export-number').textContent()).toBe('LP-B-517-X-2026/E-2');
    expect(await result.getByTestId('dossier-package-dir').textContent()).toBe(pkg);
    const packaged = (await result.getByTestId('dossier-file').textContent()) ?? '';
    expect(packaged.startsWith(`${pkg}/`)).toBe(true);
    expect(await result.getByTestId('dossier-sha256').textContent()).toBe(sha256(packaged));
    expect(readdirSync(pkg)).toEqual(expect.arrayContaining(['manifest.json', 'SHA256SUMS']));
    expect(Number(await result.getByTestId('dossier-attachments').textContent())).toBe(PHOTOS);
    expect(berkas(['verify', packaged, '--package', pkg]).code).toBe(0);
    await shot(page, '43-dossier-export-result-package');

    // The recorded exports, newest first, with the SHA-256 the audit chain holds.
    const issued = page.getByTestId('dossier-issued');
    await waitVisible(issued.getByRole('row').nth(2));
    const issuedRows = (await issued.getByRole('row').allTextContents()).slice(1);
    expect(issuedRows).toHaveLength(2);
    expect(issuedRows[0]).toContain('LP-B-517-X-2026/E-2');
    expect(issuedRows[0]).toContain(sha256(packaged));
    expect(issuedRows[1]).toContain('LP-B-517-X-2026/E-1');
    expect(issuedRows[1]).toContain(sha256(pdf));
    await issued.scrollIntoViewIfNeeded();
    await shot(page, '45-dossier-issued-exports');

    // 5. Both exports in the case's history, in words.
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const rows = page.getByRole('row').filter({ hasText: 'Mengekspor berkas perkara' });
    await waitVisible(rows.first());
    expect(await rows.count()).toBe(2);
    // Each names its export by number and profile.
    expect(await rows.first().textContent()).toContain('LP-B-517-X-2026/E-2 (Tanpa identitas)');
    await shot(page, '44-dossier-export-history');

    expect(problems).toEqual([]);
  });
});

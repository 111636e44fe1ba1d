// Barang bukti through the page, in Debian's Chromium against the preview server: an item recorded
// through its form, a photo attached by its path (its SHA-256 on screen equal to the file's, its
// thumbnail and its preview decrypted in memory), a large attach cancelled half-way that leaves no
// attachment and no new file in blobs/, the seizure and a transfer to the lab, a correction shown
// against what it corrects, a tampered blob that shows the tampered message, and the list.
// Screenshots 30-… to 39-… go to test-results/screenshots/.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PASS } from '../helpers';
import { openPage, SHOTS, signIn, usePreviewApp } from './preview-app';

const WAIT = { timeout: 30_000 };
const LP = 'LP/B/905/XI/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const TITLE = 'TPPO perekrutan PMI non-prosedural melalui WhatsApp';
const ITEM = '1 unit HP Samsung Galaxy A14 warna hitam, IMEI 356789104512345';
const BIG_BYTES = 384 * 1024 * 1024;
const MANY = 1500;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** An <img>'s natural width once it has loaded, else 0. */
const naturalWidth = (img: unknown): number => {
  const i = img as { complete: boolean; naturalWidth: number };
  return i.complete ? i.naturalWidth : 0;
};

/** In the page: scrolls an element to its end. */
const scrollToEnd = (el: unknown): void => {
  const e = el as { scrollTop: number; scrollHeight: number };
  e.scrollTop = e.scrollHeight;
};

/** In the page (no DOM types here, and the CSP forbids evaluating strings): the bar's percent once at least 5. */
const barPastFivePercent = (): number | false => {
  const doc = (globalThis as unknown as { document: { querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null } }).document;
  const v = Number(doc.querySelector('.attach__bar')?.getAttribute('value') ?? 0);
  return v >= 5 ? v : false;
};

const waitVisible = (l: Locator): Promise<void> => l.waitFor({ state: 'visible', ...WAIT });

/** A photo of a phone's chat screen, drawn as SVG and encoded as a real JPEG by sharp. */
async function chatPhoto(path: string): Promise<void> {
  const bubbles = ['Kerja di Malaysia gaji 8 juta', 'Berangkat minggu depan lewat Nunukan', 'Paspor diurus agen, jangan bilang keluarga']
    .map((text, i) => {
      const y = 170 + i * 120;
      const mine = i % 2 === 1;
      const x = mine ? 220 : 60;
      return `<rect x="${x}" y="${y}" rx="18" width="420" height="80" fill="${mine ? '#d9fdd3' : '#ffffff'}"/><text x="${x + 20}" y="${y + 48}" font-family="DejaVu Sans" font-size="22" fill="#1b2430">${text}</text>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="960">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#efe7de"/><stop offset="1" stop-color="#d8cfc4"/></linearGradient></defs>
    <rect width="720" height="960" fill="url(#g)"/>
    <rect width="720" height="110" fill="#075e54"/>
    <circle cx="70" cy="55" r="30" fill="#cfd8dc"/>
    <text x="120" y="65" font-family="DejaVu Sans" font-size="30" fill="#ffffff">Agen Rekrut</text>
    ${bubbles}
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path);
}

/** A large file of random blocks, written in 4 MiB pieces. */
function bigFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  const block = randomBytes(4 * 1024 * 1024);
  for (let done = 0; done < bytes; done += block.length) writeSync(fd, block);
  closeSync(fd);
}

describe('barang bukti through the page', () => {
  const parent = mkdtempSync(join(tmpdir(), 'berkas-e2e-evidence-'));
  const files = mkdtempSync(join(tmpdir(), 'berkas-e2e-evidence-files-'));

  const app = usePreviewApp(parent, files);

  it('records an item, attaches a photo, cancels a large attach, logs the lab transfer and its correction', async () => {
    // 1. The case file, its unit and one perkara, through the core; then signed in through the page.
    const dir = join(parent, 'bukti.berkas');
    expect(await app.host.call('caseFile:create', { dir, title: 'Perkara TPPO Polresta Balikpapan', login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await app.host.call('session:unlock', { dir, login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await app.host.call('settings:update', { timeZone: 'WITA', satker: 'POLRESTA BALIKPAPAN', polda: 'POLDA KALIMANTAN TIMUR' })).toMatchObject({ ok: true });
    const created = await app.host.call('perkara:create', { lpNumber: LP, lpDate: '2026-11-18', title: TITLE });
    if (!created.ok) throw new Error(created.error.message);
    const perkaraId = (created.value as { id: string }).id;
    expect(await app.host.call('session:lock', {})).toMatchObject({ ok: true });

    const photo = join(files, 'foto-layar-hp.jpg');
    await chatPhoto(photo);
    const photoSha = createHash('sha256').update(readFileSync(photo)).digest('hex');
    const big = join(files, 'image-forensik-hp.dd');
    bigFile(big, BIG_BYTES);

    const { page, problems } = await openPage(app, { width: 1366, height: 1500 });
    await signIn(page, dir, 'budi', PASS);
    await page.getByText(TITLE).click();
    await waitVisible(page.getByRole('heading', { name: TITLE }));

    // 2. Barang bukti: empty, then an item through its form; saving opens its detail.
    await page.getByRole('tab', { name: 'Barang bukti' }).click();
    await waitVisible(page.getByText('Belum ada barang bukti'));
    await page.getByRole('button', { name: 'Tambah barang bukti' }).click();
    const form = page.getByRole('form', { name: 'Barang bukti baru' });
    await waitVisible(form);
    await form.getByLabel('Uraian barang').fill(ITEM);
    await form.getByLabel('Jenis').selectOption('digital');
    await form.getByLabel('Nomor segel').fill('SGL/905/XI/2026');
    await form.getByLabel('Disita dari').fill('Rudi Hartono (tersangka)');
    await form.getByLabel('Tempat penyitaan').fill('Jl. Jenderal Sudirman No. 12, Balikpapan Kota');
    await form.getByLabel('Waktu penyitaan: tanggal').fill('2026-11-20');
    await form.getByLabel('Waktu penyitaan: jam (WITA)').fill('14:30');
    await form.getByLabel('Tempat penyimpanan').fill('Lemari BB 2, Sat Reskrim');
    await form.getByRole('button', { name: 'Simpan barang bukti' }).click();
    const detail = page.getByTestId('evidence-detail');
    await waitVisible(detail.getByRole('heading', { name: ITEM }));
    await waitVisible(detail.getByText('BB-1', { exact: true }));
    expect(await detail.getByTestId('evidence-status').textContent()).toBe('Belum diterima');
    await waitVisible(detail.getByText('20 Nov 2026, 14.30 WITA'));
    await shot(page, '30-evidence-added');

    // 3. A photo attached by its path: its SHA-256 on screen is the file's, with a thumbnail.
    const attachments = detail.getByRole('region', { name: 'Lampiran' });
    await attachments.getByLabel('Jalur file (satu per baris)').fill(photo);
    await attachments.getByRole('button', { name: 'Lampirkan', exact: true }).click();
    const item = attachments.getByRole('listitem', { name: 'foto-layar-hp.jpg' });
    await waitVisible(item);
    await waitVisible(attachments.getByText('1 file dilampirkan.'));
    expect(await item.getByTestId('attachment-sha256').textContent()).toBe(photoSha);
    const thumb = item.getByTestId('attachment-thumbnail');
    await waitVisible(thumb);
    await expect.poll(() => thumb.evaluate(naturalWidth), WAIT).toBe(240);
    expect(await thumb.getAttribute('src')).toMatch(/^blob:/);
    await shot(page, '31-photo-attached-hash-thumbnail');

    // The preview: the whole photo, decrypted in memory, shown from an object URL.
    await item.getByRole('button', { name: 'Lihat foto-layar-hp.jpg' }).first().click();
    const preview = page.getByTestId('image-preview');
    const full = preview.getByTestId('preview-image');
    await waitVisible(full);
    await expect.poll(() => full.evaluate(naturalWidth), WAIT).toBe(720);
    expect(await full.getAttribute('src')).toMatch(/^blob:/);
    await shot(page, '32-photo-preview');
    await preview.getByRole('button', { name: 'Tutup' }).click();
    await preview.waitFor({ state: 'detached', ...WAIT });

    // 4. A large attach cancelled half-way: nothing is left, in the list or in blobs/.
    const blobsBefore = readdirSync(join(dir, 'blobs')).sort();
    await attachments.getByLabel('Jalur file (satu per baris)').fill(big);
    await attachments.getByRole('button', { name: 'Lampirkan', exact: true }).click();
    const bar = attachments.getByRole('progressbar', { name: 'Kemajuan melampirkan' });
    await waitVisible(bar);
    const started = Date.now();
    const at = await page.waitForFunction(
      barPastFivePercent,
      undefined,
      { polling: 'raf', ...WAIT },
    );
    const shownAt = Number(await at.jsonValue());
    await shot(page, '33-large-attach-progress');
    await attachments.getByRole('button', { name: 'Batalkan' }).click();
    console.info(`progress ${shownAt}% seen ${Date.now() - started} ms after the attach began; cancel clicked after the screenshot`);
    await waitVisible(attachments.getByTestId('attach-cancelled'));
    expect(await attachments.getByTestId('attach-cancelled').textContent()).toBe('Dibatalkan: tidak ada lampiran yang disimpan.');
    expect(shownAt).toBeLessThan(100);
    expect(await attachments.getByRole('listitem').count()).toBe(1);
    expect(readdirSync(join(dir, 'blobs')).sort()).toEqual(blobsBefore);
    const listed = await app.host.call('evidence:list', { perkaraId });
    const evidenceId = listed.ok ? ((listed.value as { id: string }[])[0]?.id ?? '') : '';
    expect(await app.host.call('attachments:list', { evidenceId })).toMatchObject({ ok: true, value: [{ name: 'foto-layar-hp.jpg' }] });
    await shot(page, '34-large-attach-cancelled');

    // 5. The seizure, then the transfer to the lab; status and holder follow the latest.
    const custody = detail.getByRole('region', { name: 'Rantai penguasaan' });
    await handover(custody, 'Serah terima baru', { from: 'IPDA Andi Saputra', to: 'BRIPKA Dedi (petugas BB)', date: '2026-11-20', time: '15:00', purpose: 'penyitaan', place: 'Ruang BB Sat Reskrim' });
    await handover(custody, 'Serah terima baru', { from: 'BRIPKA Dedi (petugas BB)', to: 'Labfor Polda Kaltim', date: '2026-11-25', time: '09:00', purpose: 'pemeriksaan_lab', place: 'Labfor Polda Kaltim, Balikpapan' });
    await expect.poll(() => detail.getByTestId('evidence-status').textContent(), WAIT).toBe('Di laboratorium');
    expect(await detail.getByTestId('evidence-holder').textContent()).toBe('Labfor Polda Kaltim');
    const entries = custody.getByTestId('custody-entry');
    expect(await entries.count()).toBe(2);
    expect(await entries.first().locator('.ctl__purpose').textContent()).toBe('Pemeriksaan laboratorium');
    await shot(page, '35-custody-lab-transfer');

    // 6. A correction of the lab transfer: a new event; the original stays, struck through.
    await custody.getByRole('button', { name: 'Koreksi: Koreksi serah terima #2' }).click();
    const fix = custody.getByRole('form', { name: 'Koreksi serah terima #2' });
    await waitVisible(fix);
    expect(await fix.getByLabel('Diterima oleh').inputValue()).toBe('Labfor Polda Kaltim');
    await fix.getByLabel('Diterima oleh').fill('Labfor Polri Cabang Surabaya');
    await fix.getByLabel('Waktu serah terima: jam (WITA)').fill('10:30');
    await fix.getByRole('button', { name: 'Simpan' }).click();
    await waitVisible(fix.getByText('Wajib diisi.'));
    await fix.getByLabel('Alasan koreksi').fill('Penerima dan jam salah tulis; lihat BA serah terima Labfor.');
    await fix.getByRole('button', { name: 'Simpan' }).click();
    await fix.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => detail.getByTestId('evidence-holder').textContent(), WAIT).toBe('Labfor Polri Cabang Surabaya');
    expect(await entries.count()).toBe(2);
    const latest = entries.first();
    expect(await latest.locator('.ctl__seq').textContent()).toBe('#3');
    await waitVisible(latest.getByText('Koreksi atas #2'));
    const replaced = latest.getByTestId('custody-replaced');
    await waitVisible(replaced.getByText('Tercatat semula sebagai #2, dikoreksi oleh #3'));
    expect(await replaced.locator('del').allTextContents()).toEqual(['25 Nov 2026, 09.00 WITA', 'Labfor Polda Kaltim']);
    expect(await replaced.locator('ins').allTextContents()).toEqual(['25 Nov 2026, 10.30 WITA', 'Labfor Polri Cabang Surabaya']);
    expect(await entries.last().locator('.ctl__purpose').textContent()).toBe('Penyitaan');
    await custody.scrollIntoViewIfNeeded();
    await shot(page, '36-custody-correction');

    // 7. A blob changed on disk behind the app's back: the preview shows the tampered message.
    const after = readdirSync(join(dir, 'blobs'));
    const largest = after.map((name) => ({ name, size: statSync(join(dir, 'blobs', name)).size })).sort((a, b) => b.size - a.size)[0];
    flipByte(join(dir, 'blobs', largest?.name ?? ''), 500);
    await item.getByRole('button', { name: 'Lihat foto-layar-hp.jpg' }).first().click();
    await waitVisible(preview.getByTestId('preview-error'));
    await waitVisible(preview.getByRole('heading', { name: 'Lampiran telah berubah' }));
    await waitVisible(preview.getByText(/Lampiran foto-layar-hp\.jpg telah berubah sejak direkam/));
    expect(await preview.getByTestId('preview-image').count()).toBe(0);
    await shot(page, '37-tampered-preview');
    await preview.getByRole('button', { name: 'Tutup' }).click();

    // 8. The list: the item with its status, holder and one attachment.
    await detail.getByRole('button', { name: 'Semua barang bukti' }).click();
    const row = page.getByTestId('evidence-row');
    await waitVisible(row);
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toBe(`BB-1${ITEM}DigitalDi laboratoriumLabfor Polri Cabang Surabaya1`);
    await shot(page, '38-evidence-list');

    // 9. Thousands of items (added through the same core the page uses): the list keeps only the
    // rows in view in the DOM, and scrolls to the last.
    for (let i = 2; i <= MANY; i++) {
      const r = await app.host.call('evidence:add', { perkaraId, evidence: { description: `Barang bukti uji ${i}: tangkapan layar percakapan`, category: i % 3 ? 'digital' : 'dokumen' } });
      if (!r.ok) throw new Error(r.error.message);
    }
    await page.getByRole('tab', { name: 'Dokumen' }).click();
    await page.getByRole('tab', { name: 'Barang bukti' }).click();
    const list = page.getByRole('list', { name: `Barang bukti, ${MANY} baris` });
    await waitVisible(list);
    const rendered = await page.getByTestId('evidence-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await list.evaluate(scrollToEnd);
    await waitVisible(page.getByTestId('evidence-row').filter({ hasText: `BB-${MANY}` }));
    expect(await page.getByTestId('evidence-row').count()).toBeLessThan(60);
    await shot(page, '39-evidence-list-thousands');

    expect(problems).toEqual([]);
  });
});

type Handover = { from: string; to: string; date: string; time: string; purpose: string; place: string };

async function handover(panel: Locator, formName: string, h: Handover): Promise<void> {
  await panel.getByRole('button', { name: 'Catat serah terima' }).click();
  const form = panel.getByRole('form', { name: formName });
  await waitVisible(form);
  await form.getByLabel('Diserahkan oleh').fill(h.from);
  await form.getByLabel('Diterima oleh').fill(h.to);
  await form.getByLabel('Waktu serah terima: tanggal').fill(h.date);
  await form.getByLabel('Waktu serah terima: jam (WITA)').fill(h.time);
  await form.getByLabel('Keperluan').selectOption(h.purpose);
  await form.getByLabel(/^Tempat/).fill(h.place);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await form.waitFor({ state: 'detached', ...WAIT });
}

function flipByte(path: string, at: number): void {
  const fd = openSync(path, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, at);
  byte[0] = (byte[0] ?? 0) ^ 0x01;
  writeSync(fd, byte, 0, 1, at);
  closeSync(fd);
}

// One case recorded through the page, in Debian's Chromium against the preview server: a new case
// from its LP (a wrong Roman month refused at the LP field first), a pasal sangkaan, an adult
// tersangka with a detention, a child korban whose NIK disagrees with her birth date (Anak,
// Dirahasiakan, the NIK warning), search finding her, the detention's deadline in the case and
// across cases, and afterwards an audit chain that verifies. Screenshots 20-… to 29-… go to
// test-results/screenshots/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { daysBetween, localDate } from '../../src/shared/rules/dates';
import { berkas, PASS } from '../helpers';
import { openPage, SHOTS, signIn, usePreviewApp } from './preview-app';

const WAIT = { timeout: 30_000 };
const LP = 'LP/B/801/XI/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const LP_HEAD = 'LP/B/801/XI/2026';
const TITLE = 'TPPO eksploitasi seksual anak melalui MiChat di Balikpapan Kota';
const SUSPECT = 'Rudi Hartono';
const VICTIM = 'Melati Fiktif';
const DETENTION_END = '2026-12-09';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const waitVisible = (l: Locator): Promise<void> => l.waitFor({ state: 'visible', ...WAIT });

describe('recording a case through the page', () => {
  const parent = mkdtempSync(join(tmpdir(), 'berkas-e2e-records-'));

  const app = usePreviewApp(parent);

  it('records a case, its tersangka and detention, a child korban, and finds them in search and deadlines', async () => {
    // 1. The case file and its unit, through the core; then signed in through the page.
    const dir = join(parent, 'records.berkas');
    expect(await app.host.call('caseFile:create', { dir, title: 'Perkara TPPO Polresta Balikpapan', login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await app.host.call('session:unlock', { dir, login: 'budi', passphrase: PASS })).toMatchObject({ ok: true });
    expect(
      await app.host.call('settings:update', { timeZone: 'WITA', satker: 'POLRESTA BALIKPAPAN', polda: 'POLDA KALIMANTAN TIMUR' }),
    ).toMatchObject({ ok: true, value: { timeZone: 'WITA', satker: 'POLRESTA BALIKPAPAN' } });
    expect(await app.host.call('session:lock', {})).toMatchObject({ ok: true });

    const { page, problems } = await openPage(app, { width: 1366, height: 900 });
    await signIn(page, dir, 'budi', PASS);

    // 2. Perkara baru: the Roman month X with an LP date in November is refused at the LP field.
    await page.getByRole('button', { name: /^Perkara baru/ }).click();
    const form = page.getByRole('form', { name: 'Perkara baru' });
    await waitVisible(form);
    const lpField = form.getByLabel('Nomor LP');
    await lpField.fill(LP.replace('/XI/', '/X/'));
    await form.getByLabel('Tanggal LP').fill('2026-11-02');
    await form.getByLabel('Judul perkara').fill(TITLE);
    await form.getByLabel('Kejadian mulai tanggal').fill('2026-10-20');
    await form.getByRole('button', { name: 'Simpan perkara' }).click();
    // The core's sentence, tied to the LP input as its error (aria-describedby), naming both months.
    const monthError = form.locator('.field__error', { hasText: 'Bulan pada nomor LP (X) tidak sesuai dengan tanggal LP 2 November 2026; seharusnya XI.' });
    await waitVisible(monthError);
    expect(await lpField.getAttribute('aria-invalid')).toBe('true');
    expect((await lpField.getAttribute('aria-describedby'))?.split(' ')).toContain(await monthError.getAttribute('id'));
    await shot(page, '20-new-case-month-refused');
    await lpField.fill(LP);
    await expect.poll(() => monthError.count(), WAIT).toBe(0);
    await form.getByRole('button', { name: 'Simpan perkara' }).click();
    await expect.poll(() => page.getByTestId('case-lp').textContent(), WAIT).toBe(LP);
    await waitVisible(page.getByRole('heading', { name: TITLE }));

    // 3. Ringkasan: UU 21/2007 Pasal 2 ayat (1), which allows every detention extension.
    await waitVisible(page.getByRole('tab', { name: 'Ringkasan', selected: true }));
    await page.getByRole('button', { name: 'Ubah: Pasal sangkaan' }).click();
    const uu21 = page.locator('.checklist__group', { has: page.locator('.checklist__law', { hasText: /^UU 21\/2007$/ }) });
    await uu21.getByRole('checkbox', { name: /^Pasal 2 ayat \(1\)/ }).check();
    const chargesPanel = page.getByRole('region', { name: 'Pasal sangkaan' });
    await chargesPanel.getByRole('button', { name: 'Simpan' }).click();
    await waitVisible(chargesPanel.locator('.charges__item', { hasText: 'Pasal 2 ayat (1) UU 21/2007' }));
    await waitVisible(chargesPanel.getByText('Ancaman pidana tertinggi: 15 tahun'));
    await shot(page, '21-summary-charges');

    // 4. Tersangka: an adult with the network role mucikari, then the investigator's detention.
    await page.getByRole('tab', { name: /^Tersangka/ }).click();
    await page.getByRole('button', { name: 'Tambah tersangka' }).click();
    const suspectForm = page.getByRole('form', { name: 'Tersangka baru' });
    await waitVisible(suspectForm);
    await suspectForm.getByLabel('Nama lengkap').fill(SUSPECT);
    await suspectForm.getByLabel('NIK').fill('6471010505850001');
    await suspectForm.getByLabel('Tanggal lahir').fill('1985-05-05');
    await suspectForm.getByLabel('Jenis kelamin').selectOption('L');
    await suspectForm.getByLabel('Peran dalam jaringan').selectOption('mucikari');
    await waitVisible(suspectForm.getByText('Umur pada hari pertama kejadian: 41 tahun.'));
    await suspectForm.getByRole('button', { name: 'Simpan' }).click();
    const suspect = page.getByRole('article', { name: SUSPECT });
    await waitVisible(suspect);
    await waitVisible(suspect.getByText('Mucikari', { exact: true }));
    await waitVisible(suspect.getByText('41 tahun saat kejadian'));
    expect(await suspect.locator('.warnings').count()).toBe(0);

    await suspect.getByRole('button', { name: 'Tambah: Penahanan oleh penyidik' }).click();
    const detentionForm = suspect.getByRole('form', { name: 'Penahanan oleh penyidik' });
    await waitVisible(detentionForm);
    await detentionForm.getByLabel('Mulai').fill('2026-11-20');
    expect(await detentionForm.getByLabel('Lama (hari)').inputValue()).toBe('20');
    await expect.poll(() => detentionForm.locator('.period__range').textContent(), WAIT).toBe('20 November 2026 s/d 9 Desember 2026');
    await detentionForm.getByRole('button', { name: 'Simpan' }).click();
    const period = suspect.locator('.custody__item', { hasText: 'Penahanan oleh penyidik' }).locator('.custody__period');
    await waitVisible(period);
    expect((await period.textContent())?.replace(/\s+/g, ' ').trim()).toBe('20 November 2026 s/d 9 Desember 2026 (20 hari)');
    await waitVisible(suspect.getByRole('button', { name: 'Tambah: Perpanjangan oleh penuntut umum' }));
    await shot(page, '22-tersangka-detention');

    // 5. Korban: a girl of 16 on the first day of the offence, whose NIK says 15-03-09.
    await page.getByRole('tab', { name: /^Korban/ }).click();
    await page.getByRole('button', { name: 'Tambah korban' }).click();
    const victimForm = page.getByRole('form', { name: 'Korban baru' });
    await waitVisible(victimForm);
    await victimForm.getByLabel('Nama lengkap').fill(VICTIM);
    await victimForm.getByLabel('NIK').fill('6471015503090001');
    await victimForm.getByLabel('Tanggal lahir').fill('2010-03-15');
    await victimForm.getByLabel('Jenis kelamin').selectOption('P');
    await waitVisible(victimForm.getByText(/Umur pada hari pertama kejadian: 16 tahun, jadi anak/));
    await victimForm.getByLabel('Nama orang tua / wali').fill('Sumarni');
    await victimForm.getByLabel('Hubungan').fill('Ibu kandung');
    expect(await victimForm.getByRole('checkbox', { name: /Rahasiakan identitasnya/ }).isChecked()).toBe(true);
    await victimForm.getByRole('button', { name: 'Simpan' }).click();
    const victim = page.getByRole('article', { name: VICTIM });
    await waitVisible(victim);
    await waitVisible(victim.locator('.badge--child', { hasText: 'Anak, 16 tahun saat kejadian' }));
    await waitVisible(victim.locator('.badge--secret', { hasText: 'Dirahasiakan' }));
    await waitVisible(victim.getByText(/^Tanggal lahir dalam NIK \(15-03-09\) berbeda dengan tanggal lahir yang diisi \(15 Maret 2010\)\.$/));
    await waitVisible(victim.getByText('Sumarni · Ibu kandung'));
    await shot(page, '23-korban-child');

    // 6. Cari: the start of her name finds her, confidential, as korban in this LP; the role opens the case at Korban.
    await page.getByTestId('nav-search').click();
    const searchInput = page.getByLabel('Cari orang, perkara, dokumen, barang bukti');
    await waitVisible(searchInput);
    await searchInput.fill('melat');
    const hit = page.locator('.find__person', { has: page.locator('.find__name', { hasText: VICTIM }) });
    await waitVisible(hit);
    const role = hit.getByRole('button', { name: new RegExp(`^korban di ${LP_HEAD.replace(/\//g, '\\/')}`) });
    await waitVisible(role);
    await waitVisible(role.locator('.badge--secret', { hasText: 'Dirahasiakan' }));
    await shot(page, '24-search-melat');
    await role.click();
    await waitVisible(page.getByRole('tab', { name: /^Korban/, selected: true }));
    expect(await page.getByTestId('case-lp').textContent()).toBe(LP);
    await waitVisible(page.getByRole('article', { name: VICTIM }));
    await shot(page, '25-search-opens-korban');

    // 7. Tenggat: the detention's last day and the days left, counted from today in WITA.
    const left = daysBetween(localDate(new Date(), 'WITA'), DETENTION_END);
    expect(left).toBeGreaterThan(2);
    await page.getByRole('tab', { name: 'Tenggat' }).click();
    const clock = page.locator('.clock', { hasText: 'Penahanan oleh penyidik' });
    await waitVisible(clock);
    expect(await clock.locator('.clock__left').textContent()).toBe(`${left} hari lagi`);
    expect(await clock.locator('.clock__subject').textContent()).toBe(SUSPECT);
    expect(await clock.locator('.clock__due').textContent()).toContain('9 Desember 2026');
    expect(await clock.locator('.clock__next').textContent()).toBe('Berikutnya: Perpanjangan oleh penuntut umum');
    await shot(page, '26-case-deadlines');

    await page.getByTestId('nav-deadlines').click();
    await waitVisible(page.getByRole('heading', { name: 'Tenggat waktu' }));
    const row = page.getByTestId('deadline-table').locator('tr.dl__row', { hasText: SUSPECT });
    await waitVisible(row);
    const cells = (await row.locator('td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe(`${left} hari lagi`);
    expect(cells[1]).toBe('Penahanan oleh penyidik');
    expect(cells[2]).toBe(SUSPECT);
    expect(cells[3]).toBe('9 Desember 2026');
    expect(cells[4]).toBe(LP);
    expect(cells[5]).toBe('Perpanjangan oleh penuntut umum');
    await shot(page, '27-deadlines');
    expect(problems).toEqual([]);

    // 8. Locked, the case file's audit chain verifies with the CLI.
    await page.close();
    expect(await app.host.call('session:lock', {})).toMatchObject({ ok: true });
    const verify = berkas(['audit', 'verify', dir], { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS });
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
  }, 300_000);
});

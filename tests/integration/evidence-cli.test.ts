// Barang bukti through the real `berkas` command, on real case files in temp folders: status and
// holder read from custody events (a correction replaces what it corrects), custody events the
// database will not change or delete, attachments whose plaintext never touches the case folder and
// whose tampering `evidence verify` finds, thumbnails without EXIF, a SIGKILL or Ctrl-C in the middle
// of an import, backups that keep every attachment verifiable, and a pembaca who may write nothing.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statfsSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listAttachments, readThumbnail } from '../../src/core/services/attachments';
import { findPerkara } from '../../src/core/services/cases';
import { all, openConnection, sql } from '../../src/core/store/db';
import { openCaseFile, using } from '../../src/core/store/open';
import { BIN, PASS, ROOT, berkas, initCaseFile, readAll, snapshot, tempDir } from '../helpers';

const EXAMPLE = join(ROOT, 'docs', 'examples', 'kasus-tppo-balikpapan.json');
const LP = 'LP/B/517/X/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR';
const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const creds = () => ({ kind: 'passphrase' as const, login: 'budi', passphrase: Buffer.from(PASS) });
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const parent = tempDir('berkas-evidence-');

/** Runs `berkas ARGS` as budi and expects success, with nothing on stderr; returns stdout. */
function ok(args: string[]): string {
  const r = berkas(args, budi);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** A case file holding the Balikpapan example case. */
function newCase(name: string): string {
  const { dir } = initCaseFile(parent, name);
  ok(['settings', dir, '--set', 'satker=POLRESTA BALIKPAPAN', '--set', 'polda=POLDA KALIMANTAN TIMUR', '--set', 'time-zone=WITA']);
  ok(['import', dir, EXAMPLE]);
  return dir;
}

/** Adds an item and returns its number, read from the first line as a script would. */
function addItem(dir: string, desc: string, extra: string[] = []): number {
  const out = ok(['evidence', 'add', dir, '--case', LP, '--desc', desc, ...extra]);
  const [first, second] = out.split('\n');
  expect(first).toMatch(/^\d+$/);
  expect(second).toBe(`BB-${first} recorded: ${desc}`);
  return Number(first);
}

type ListedItem = { number: number; category: string; description: string; status: string; holder: string; sealNumber: string; attachments: number };
function listItems(dir: string): ListedItem[] {
  return JSON.parse(ok(['evidence', 'list', dir, '--case', LP, '--json'])) as ListedItem[];
}
function item(dir: string, n: number): ListedItem {
  const found = listItems(dir).find((i) => i.number === n);
  if (!found) throw new Error(`no BB-${n}`);
  return found;
}

function custody(dir: string, n: number, args: string[]): string {
  return ok(['custody', 'add', dir, '--case', LP, '--item', String(n), ...args]);
}

/** Blob ids the database names (files and thumbnails), read through a read session. */
async function referencedBlobs(dir: string): Promise<string[]> {
  const rows = await using(openCaseFile(dir, creds(), 'read'), (s) =>
    all<{ blob_id: string; thumb_blob_id: string | null }>(s.db, sql`SELECT blob_id, thumb_blob_id FROM attachment`),
  );
  return rows.flatMap((r) => (r.thumb_blob_id ? [r.blob_id, r.thumb_blob_id] : [r.blob_id])).sort();
}

function blobFiles(dir: string): string[] {
  const blobs = join(dir, 'blobs');
  return existsSync(blobs) ? readdirSync(blobs).sort() : [];
}

describe('evidence and its chain of custody', () => {
  const dir = newCase('rantai');
  // The example case already holds items of its own: ours are numbered after them.
  let hp = 0;

  it('numbers items within the case, and reads status and holder from the custody events', () => {
    const before = listItems(dir).length;
    hp = addItem(dir, 'HP Samsung A12 hitam milik tersangka', ['--category', 'digital', '--seal', 'SEGEL/017/X/2026', '--storage', 'Rupbasan Balikpapan']);
    const uang = addItem(dir, 'Uang tunai hasil perekrutan', ['--category', 'uang', '--amount', '15.000.000', '--seized-from', 'Yuliana Fiktif', '--seized-at', '2026-10-19T14:00:00+08:00']);
    expect([hp, uang]).toEqual([before + 1, before + 2]);
    expect(item(dir, hp)).toMatchObject({ category: 'digital', status: 'belum_diterima', holder: '', sealNumber: 'SEGEL/017/X/2026', attachments: 0 });

    const seized = custody(dir, hp, ['--from', 'Bripka Andi Pratama', '--to', 'Aiptu Sari (petugas Rupbasan)', '--purpose', 'penyitaan', '--at', '2026-10-20T10:00:00+08:00', '--seal-intact', 'yes', '--location', 'Rupbasan Balikpapan']);
    expect(seized.split('\n')[0]).toBe('1');
    expect(item(dir, hp)).toMatchObject({ status: 'disimpan', holder: 'Aiptu Sari (petugas Rupbasan)' });

    custody(dir, hp, ['--from', 'Aiptu Sari (petugas Rupbasan)', '--to', 'Labfor Polda Kaltim', '--purpose', 'pemeriksaan_lab', '--at', '2026-10-22T09:00:00+08:00']);
    expect(item(dir, hp)).toMatchObject({ status: 'di_laboratorium', holder: 'Labfor Polda Kaltim' });

    // Event 2 was a mistake (the phone went to the investigator, not the lab): the correction replaces it.
    const fixed = custody(dir, hp, ['--from', 'Aiptu Sari (petugas Rupbasan)', '--to', 'Bripka Andi Pratama', '--purpose', 'pemeriksaan', '--at', '2026-10-22T09:00:00+08:00', '--corrects', '2', '--note', 'salah tujuan']);
    expect(fixed.split('\n')[0]).toBe('3');
    expect(item(dir, hp)).toMatchObject({ status: 'diperiksa', holder: 'Bripka Andi Pratama' });

    // An event is corrected once; a second correction would make the chain ambiguous.
    const again = berkas(['custody', 'add', dir, '--case', LP, '--item', `BB-${hp}`, '--from', 'x', '--to', 'y', '--purpose', 'penyimpanan', '--at', '2026-10-23T09:00:00+08:00', '--corrects', '2'], budi);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`^berkas: barang bukti ${hp} HP Samsung A12 hitam milik tersangka: The custody event #\\d+ has already been corrected`));

    const log = ok(['custody', 'log', dir, '--case', LP, '--item', `BB-${hp}`]);
    expect(log).toMatch(/#1 .*penyitaan {2}Bripka Andi Pratama → Aiptu Sari \(petugas Rupbasan\) {2}Rupbasan Balikpapan; seal intact\n/);
    expect(log).toMatch(/#2 .*pemeriksaan_lab .*\[CORRECTED by #3\]\n/);
    expect(log).toMatch(/#3 .*pemeriksaan .*salah tujuan {2}\[corrects #2\]\n/);
    expect(log).toMatch(/3 custody events\. Status: diperiksa; held by Bripka Andi Pratama\.\n$/);

    const list = ok(['evidence', 'list', dir, '--case', LP]);
    expect(list).toMatch(new RegExp(`^BB-${uang} +uang`, 'm'));
    expect(list).toMatch(/^BB-\d+ +uang +belum diterima +- +- +0 +Uang tunai hasil perekrutan \(Rp 15\.000\.000\)$/m);

    const verify = berkas(['audit', 'verify', dir], budi);
    expect(verify.stdout).toMatch(/The audit chain holds/);
    expect(verify.code).toBe(0);
  });

  it('refuses a wrong purpose, listing the purposes, and an amount on an item that is not money; nothing written', () => {
    const before = snapshot(dir);
    const purpose = berkas(['custody', 'add', dir, '--case', LP, '--item', String(hp), '--from', 'a', '--to', 'b', '--purpose', 'titip'], budi);
    expect(purpose.code).toBe(2);
    expect(purpose.stderr.trim()).toBe(
      'berkas: Invalid input: --purpose takes one of: penyitaan, penyimpanan, pemeriksaan, pemeriksaan_lab, penyerahan_jpu, pengembalian, pemusnahan, lainnya (got "titip")',
    );
    const indonesian = berkas(['custody', 'add', dir, '--case', LP, '--item', String(hp), '--from', 'a', '--to', 'b', '--purpose', 'titip'], { ...budi, BERKAS_LANG: 'id' });
    expect(indonesian.stderr).toContain('--purpose harus salah satu dari: penyitaan, penyimpanan');
    const noZone = berkas(['custody', 'add', dir, '--case', LP, '--item', String(hp), '--from', 'a', '--to', 'b', '--purpose', 'lainnya', '--at', '2026-10-20T10:00'], budi);
    expect(noZone.stderr.trim()).toBe('berkas: Invalid input: --at takes a date and time with its zone, e.g. 2026-10-20T10:00:00+08:00 (got "2026-10-20T10:00")');
    const amount = berkas(['evidence', 'add', dir, '--case', LP, '--desc', 'Kardus', '--amount', '5000'], budi);
    expect(amount.code).toBe(2);
    expect(amount.stderr.trim()).toBe('berkas: barang bukti Kardus: Amount (Rp) is only filled in for evidence that is money.');
    const noItem = berkas(['custody', 'add', dir, '--case', LP, '--item', '99', '--from', 'a', '--to', 'b', '--purpose', 'lainnya'], budi);
    expect(noItem.stderr.trim()).toBe(`berkas: Invalid input: no evidence item BB-99 in case ${LP}`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('custody events cannot be changed or deleted, even with a raw SQLCipher connection', async () => {
    const dek = await using(openCaseFile(dir, creds(), 'read'), (s) => Buffer.from(s.dek));
    const db = openConnection(join(dir, 'case.db'), dek);
    try {
      expect(() => db.prepare("UPDATE custody_event SET received_by = 'Orang lain' WHERE seq = 1").run()).toThrow('custody events are append-only');
      expect(() => db.prepare('DELETE FROM custody_event WHERE seq = 2').run()).toThrow('custody events are append-only');
      expect(() => db.prepare('DELETE FROM custody_event').run()).toThrow('custody events are append-only');
    } finally {
      db.close();
    }
    expect(item(dir, hp)).toMatchObject({ status: 'diperiksa', holder: 'Bripka Andi Pratama' });
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  });
});

describe('attachments', () => {
  it('stores a file encrypted: the printed SHA-256 is the file\'s, the plaintext is nowhere in the folder, and tampering is found', () => {
    const dir = newCase('kanari');
    const n = addItem(dir, 'Tangkapan layar percakapan WhatsApp', ['--category', 'digital']);
    const canary = `KANARI-${randomBytes(12).toString('hex')}`;
    const content = Buffer.from(`Percakapan perekrut dengan korban.\n${canary}\n`.repeat(50));
    const file = join(parent, 'percakapan.txt');
    writeFileSync(file, content);

    const out = ok(['attach', dir, '--case', LP, '--item', `BB-${n}`, file, '--hashes']);
    expect(out).toBe(
      `${sha256(content)}  percakapan.txt\n` +
        `SHA1 (percakapan.txt) = ${createHash('sha1').update(content).digest('hex')}\n` +
        `MD5 (percakapan.txt) = ${createHash('md5').update(content).digest('hex')}\n`,
    );
    for (const bytes of readAll(dir)) expect(bytes.includes(canary)).toBe(false);
    expect(item(dir, n).attachments).toBe(1);

    const good = berkas(['evidence', 'verify', dir], budi);
    expect(good.stdout).toBe(`OK        ${LP}  BB-${n}  percakapan.txt\n1 attachment checked; all intact.\n`);
    expect(good.code).toBe(0);
    expect(berkas(['evidence', 'verify', dir, '--case', LP], budi).stdout).toMatch(new RegExp(`^OK {8}BB-${n} {2}percakapan\\.txt$`, 'm'));

    // One byte flipped in the middle of the ciphertext (a text file has no thumbnail: one blob).
    const [blob, ...others] = blobFiles(dir);
    expect(others).toEqual([]);
    if (!blob) throw new Error('no blob');
    const path = join(dir, 'blobs', blob);
    const bytes = readFileSync(path);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(path, bytes);

    const bad = berkas(['evidence', 'verify', dir], budi);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`TAMPERED  ${LP}  BB-${n}  percakapan.txt\n`);
    expect(bad.stdout).toContain(`1 of 1 attachment failed: percakapan.txt (${LP}  BB-${n}). Restore from a backup.`);

    const dest = join(parent, 'keluar-kanari.txt');
    const exported = berkas(['evidence', 'export', dir, '--case', LP, '--item', String(n), '--name', 'percakapan.txt', '--out', dest], budi);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/^berkas: The attachment percakapan\.txt has changed since it was recorded/);
    expect(existsSync(dest)).toBe(false);
    expect(existsSync(`${dest}.partial`)).toBe(false);
  });

  it('a JPEG gets a thumbnail without EXIF, while the stored photo keeps its own', async () => {
    const dir = newCase('foto');
    const n = addItem(dir, 'Foto lokasi penampungan', ['--category', 'digital']);
    const photo = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#c00' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'KameraKanari' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '1/1 16/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 50/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif?.includes('KameraKanari')).toBe(true);
    const file = join(parent, 'penampungan.jpg');
    writeFileSync(file, photo);
    expect(ok(['attach', dir, '--case', LP, '--item', String(n), file])).toBe(`${sha256(photo)}  penampungan.jpg\n`);

    const thumb = await using(openCaseFile(dir, creds(), 'read'), async (s) => {
      const perkara = findPerkara(s.db, LP);
      if (!perkara) throw new Error('no case');
      const [a] = listAttachments(s.db, { perkaraId: perkara.id });
      expect(a).toMatchObject({ name: 'penampungan.jpg', mediaType: 'image/jpeg', hasThumbnail: true, sha256: sha256(photo) });
      return a ? readThumbnail(s, a.id) : null;
    });
    if (!thumb) throw new Error('no thumbnail');
    const meta = await sharp(thumb).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 64, height: 32 });
    expect(meta.exif).toBeUndefined();
    expect(thumb.includes('KameraKanari')).toBe(false);
    expect(blobFiles(dir)).toEqual(await referencedBlobs(dir));
    expect(blobFiles(dir)).toHaveLength(2);

    const dest = join(parent, 'keluar-foto.jpg');
    ok(['evidence', 'export', dir, '--case', LP, '--item', String(n), '--name', 'penampungan.jpg', '--out', dest]);
    expect(readFileSync(dest).equals(photo)).toBe(true);
    // Never over an existing file.
    const twice = berkas(['evidence', 'export', dir, '--case', LP, '--item', String(n), '--name', 'penampungan.jpg', '--out', dest], budi);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('already exists');
  });

  it('backup and restore keep every attachment verifiable, with the same bytes', () => {
    const dir = newCase('cadangan');
    const n = addItem(dir, 'Paspor korban', ['--category', 'dokumen']);
    const content = randomBytes(300_000);
    const file = join(parent, 'paspor.pdf');
    writeFileSync(file, content);
    ok(['attach', dir, '--case', LP, '--item', String(n), file]);

    const backupFile = join(parent, 'cadangan.berkas-backup');
    ok(['backup', dir, backupFile]);
    const target = join(parent, 'pulih');
    ok(['restore', backupFile, target]);
    const restored = `${target}.berkas`;
    const verify = berkas(['evidence', 'verify', restored], budi);
    expect(verify.stdout).toBe(`OK        ${LP}  BB-${n}  paspor.pdf\n1 attachment checked; all intact.\n`);
    expect(verify.code).toBe(0);
    const dest = join(parent, 'paspor-pulih.pdf');
    ok(['evidence', 'export', restored, '--case', LP, '--item', String(n), '--name', 'paspor.pdf', '--out', dest]);
    expect(readFileSync(dest).equals(content)).toBe(true);
  });
});

describe('an import cut short', () => {
  const BIG_MIB = 300;

  /** A ~300 MB file: 1 MiB of random bytes repeated, written in MiB steps so memory stays small. */
  function bigFile(): string {
    const path = join(parent, 'image-hp.dd');
    if (existsSync(path)) return path;
    const block = randomBytes(1024 * 1024);
    const fd = openSync(path, 'w');
    try {
      for (let i = 0; i < BIG_MIB; i++) {
        block[0] = i & 0xff;
        writeSync(fd, block);
      }
    } finally {
      closeSync(fd);
    }
    return path;
  }

  /** Starts `berkas attach` of the big file and sends `signal` as soon as blobs/ holds a .partial. */
  async function interruptAttach(dir: string, n: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sawPartial: boolean }> {
    const child = spawn(process.execPath, [BIN, 'attach', dir, '--case', LP, '--item', String(n), bigFile()], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BERKAS_LANG: 'en', ...budi },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    let running = true;
    void exited.then(() => (running = false));
    let sawPartial = false;
    while (running && !sawPartial) {
      sawPartial = blobFiles(dir).some((name) => name.endsWith('.partial'));
      if (!sawPartial) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    if (sawPartial) child.kill(signal);
    return { ...(await exited), stderr, sawPartial };
  }

  function enoughSpace(): string | null {
    const fs = statfsSync(parent);
    const free = fs.bavail * fs.bsize;
    return free < 2 * 1024 ** 3 ? `only ${(free / 1024 ** 3).toFixed(1)} GiB free in ${parent}; this test needs 2 GiB` : null;
  }

  it('SIGKILL: no attachment row, and the next open for writing clears the .partial and any unreferenced blob', async (ctx) => {
    const short = enoughSpace();
    if (short) ctx.skip(short);
    const dir = newCase('sigkill');
    const n = addItem(dir, 'Salinan forensik HP tersangka', ['--category', 'digital']);
    const r = await interruptAttach(dir, n, 'SIGKILL');
    expect(r.sawPartial).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(blobFiles(dir).some((name) => name.endsWith('.partial'))).toBe(true);

    // A read-only open changes nothing, and sees no attachment.
    expect(item(dir, n).attachments).toBe(0);
    addItem(dir, 'Kabel data');
    expect(blobFiles(dir)).toEqual([]);
    expect(await referencedBlobs(dir)).toEqual([]);
    expect(listItems(dir).filter((i) => i.attachments > 0)).toEqual([]);
    expect(berkas(['audit', 'verify', dir], budi).code).toBe(0);
  }, 120_000);

  it('Ctrl-C (SIGINT): cancelled cleanly, with nothing left behind and no attachment', async (ctx) => {
    const short = enoughSpace();
    if (short) ctx.skip(short);
    const dir = newCase('sigint');
    const n = addItem(dir, 'Salinan forensik laptop', ['--category', 'digital']);
    const r = await interruptAttach(dir, n, 'SIGINT');
    expect(r.sawPartial).toBe(true);
    expect(r.stderr.trim()).toBe('berkas: Cancelled; nothing was left half-written.');
    expect(r.code).toBe(2);
    expect(blobFiles(dir)).toEqual([]);
    expect(item(dir, n).attachments).toBe(0);
  }, 120_000);
});

describe('a pembaca', () => {
  it('is refused for evidence add, custody add and attach, and nothing is written', () => {
    const dir = newCase('pembaca');
    const n = String(addItem(dir, 'Buku tabungan'));
    const add = berkas(['user', 'add', dir, 'baca', '--role', 'pembaca'], { ...budi, BERKAS_NEW_PASSPHRASE: 'baca-frasa-sandi-panjang' });
    expect(add.code).toBe(0);
    const file = join(parent, 'tabungan.txt');
    writeFileSync(file, 'mutasi rekening');
    const baca = { BERKAS_USER: 'baca', BERKAS_PASSPHRASE: 'baca-frasa-sandi-panjang' };
    const before = snapshot(dir);
    for (const args of [
      ['evidence', 'add', dir, '--case', LP, '--desc', 'Kartu ATM'],
      ['custody', 'add', dir, '--case', LP, '--item', n, '--from', 'a', '--to', 'b', '--purpose', 'penyimpanan'],
      ['attach', dir, '--case', LP, '--item', n, file],
    ]) {
      const r = berkas(args, baca);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe('berkas: The role pembaca may not change case records.');
      expect(r.code).toBe(2);
      expect(snapshot(dir)).toEqual(before);
    }
    // Reading is allowed.
    expect(berkas(['evidence', 'list', dir, '--case', LP], baca).code).toBe(0);
    expect(berkas(['evidence', 'verify', dir], baca).code).toBe(0);
  });
});

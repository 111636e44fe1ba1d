// The barang bukti channels through the one `dispatch` with the real handlers, over a real encrypted
// case file in a temp folder: items, custody with a correction, attachments with progress, their
// thumbnail, preview and second hashes, a cancelled attach (by ticket and by the call's signal) that
// leaves no row and no blob, a tampered blob that answers BLOB_TAMPERED, refusals, and an audit
// chain that verifies afterwards.
import { createHash, randomBytes } from 'node:crypto';
import { openSync, readdirSync, readFileSync, writeFileSync, closeSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, lockCore, newCoreState } from '../../src/core/ipc/handlers';
import { get, sql } from '../../src/core/store/db';
import { openCaseFile } from '../../src/core/store/open';
import type { Envelope, Output, Progress } from '../../src/shared/ipc/contract';
import { ipcClient } from './ipc-client';
import { PASS, berkas, initCaseFile, tempDir } from '../helpers';

const budi = { BERKAS_USER: 'budi', BERKAS_PASSPHRASE: PASS };
const parent = tempDir('berkas-evidence-ipc-');
const files = tempDir('berkas-evidence-files-');
const state = newCoreState();
const handlers = createHandlers(state, { clock: () => new Date() });
let dir = '';
let perkaraId = '';

const { call, ok } = ipcClient(handlers);

const sha = (algo: string, bytes: Buffer): string => createHash(algo).update(bytes).digest('hex');
const blobFiles = (): string[] => readdirSync(join(dir, 'blobs')).sort();
const attachmentRows = (): number => get<{ n: number }>(db(), sql`SELECT count(*) AS n FROM attachment`)?.n ?? -1;
function db() {
  if (!state.session) throw new Error('not open');
  return state.session.db;
}

beforeAll(async () => {
  ({ dir } = initCaseFile(parent, 'bukti'));
  expect(berkas(['settings', dir, '--set', 'time-zone=WITA'], budi).code).toBe(0);
  expect(berkas(['user', 'add', dir, 'dewi', '--role', 'pembaca'], { ...budi, BERKAS_NEW_PASSPHRASE: 'dewi-frasa-sandi-1' }).code).toBe(0);
  await ok('session:unlock', { dir, login: 'budi', passphrase: PASS });
  const p = await ok('perkara:create', { lpNumber: 'LP/B/417/XI/2026/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR', lpDate: '2026-11-02', title: 'TPPO via MiChat' });
  perkaraId = p.id;
});

afterAll(() => lockCore(state));

describe('barang bukti over IPC', () => {
  let itemId = '';

  it('adds, lists, gets and edits an item; its status and holder follow its custody, a correction included', async () => {
    const item = await ok('evidence:add', {
      perkaraId,
      evidence: { description: '1 unit HP Samsung A14 hitam', category: 'digital', seizedFrom: 'Rudi Hartono', seizedAt: '2026-11-20T14:30:00+08:00', sealNumber: 'SGL/17' },
    });
    itemId = item.id;
    expect(item).toMatchObject({ number: 1, status: 'belum_diterima', holder: '', seizedAt: '2026-11-20T06:30:00.000Z' });
    expect(await ok('evidence:update', { id: item.id, patch: { storage: 'Lemari BB 2' } })).toMatchObject({ storage: 'Lemari BB 2', sealNumber: 'SGL/17' });

    const refused = await call('evidence:add', { perkaraId, evidence: { description: 'Uang', category: 'fisik', amount: 5 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_FIELD', params: { field: 'amount' } } });

    const seized = await ok('custody:add', { evidenceId: item.id, event: { releasedBy: 'IPDA Andi', receivedBy: 'Petugas BB', at: '2026-11-20T15:00:00+08:00', purpose: 'penyitaan', sealIntact: true } });
    const lab = await ok('custody:add', { evidenceId: item.id, event: { releasedBy: 'Petugas BB', receivedBy: 'Labfor', at: '2026-11-25T09:00:00+08:00', purpose: 'pemeriksaan_lab', sealIntact: true } });
    expect(await ok('evidence:get', { id: item.id })).toMatchObject({ status: 'di_laboratorium', holder: 'Labfor' });
    const fix = await ok('custody:add', {
      evidenceId: item.id,
      event: { releasedBy: 'Petugas BB', receivedBy: 'Labfor Polda Kaltim', at: '2026-11-25T09:00:00+08:00', purpose: 'pemeriksaan_lab', sealIntact: true, note: 'nama penerima', corrects: lab.id },
    });
    const again = await call('custody:add', { evidenceId: item.id, event: { releasedBy: 'x', receivedBy: 'y', at: '2026-11-25T09:00:00+08:00', purpose: 'lainnya', corrects: lab.id } });
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_FIELD', params: { rule: 'EVENT_ALREADY_CORRECTED', value: '#2' } } });

    const events = await ok('custody:list', { evidenceId: item.id });
    expect(events.map((e) => [e.seq, e.corrects, e.correctedBy])).toEqual([
      [1, null, null],
      [2, null, fix.id],
      [3, lab.id, null],
    ]);
    expect(seized.purpose).toBe('penyitaan');
    expect(await ok('evidence:get', { id: item.id })).toMatchObject({ status: 'di_laboratorium', holder: 'Labfor Polda Kaltim' });
    const [row] = await ok('evidence:list', { perkaraId });
    expect(row).toMatchObject({ id: item.id, attachments: 0, holder: 'Labfor Polda Kaltim' });
  });

  it('attaches a photo with progress: SHA-256 of the file, a JPEG thumbnail, a preview of the same bytes, SHA-1 and MD5 on request', async () => {
    const photo = join(files, 'foto-hp.png');
    const pixels = randomBytes(400 * 300 * 3);
    writeFileSync(photo, await sharp(pixels, { raw: { width: 400, height: 300, channels: 3 } }).png().toBuffer());
    const bytes = readFileSync(photo);
    const seen: Progress[] = [];
    const [a] = await ok('attachments:add', { evidenceId: itemId, paths: [photo] }, { onProgress: (p) => seen.push(p) });
    if (!a) throw new Error('no attachment');
    expect(a).toMatchObject({ name: 'foto-hp.png', mediaType: 'image/png', size: bytes.length, sha256: sha('sha256', bytes), hasThumbnail: true, protected: false, sha1: null });
    expect(seen.at(-1)).toEqual({ done: bytes.length, total: bytes.length });

    const thumb = await ok('attachments:thumbnail', { id: a.id });
    expect(thumb?.mediaType).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(thumb?.data ?? '', 'base64')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);

    const preview = await ok('attachments:preview', { id: a.id });
    expect(preview.mediaType).toBe('image/png');
    expect(Buffer.from(preview.data, 'base64').equals(bytes)).toBe(true);

    expect(await ok('attachments:hashes', { id: a.id })).toMatchObject({ sha1: sha('sha1', bytes), md5: sha('md5', bytes) });
    expect(await ok('attachments:protect', { id: a.id, protected: true })).toMatchObject({ protected: true });
    expect((await ok('attachments:list', { evidenceId: itemId })).map((x) => x.id)).toEqual([a.id]);
    expect((await ok('evidence:list', { perkaraId }))[0]?.attachments).toBe(1);

    // Not an image the screen can show: no preview, and no file content in the refusal.
    const notes = join(files, 'catatan.txt');
    writeFileSync(notes, 'rahasia');
    const [txt] = await ok('attachments:add', { evidenceId: itemId, paths: [notes] });
    expect(await call('attachments:preview', { id: txt?.id ?? '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await ok('attachments:thumbnail', { id: txt?.id ?? '' })).toBeNull();
    await ok('attachments:remove', { id: txt?.id ?? '' });
  });

  it('a cancelled attach, by its ticket or by its call signal, leaves no attachment row and no blob', async () => {
    const big = join(files, 'image-forensik.dd');
    const fd = openSync(big, 'w');
    const block = randomBytes(4 * 1024 * 1024);
    for (let i = 0; i < 24; i++) writeSync(fd, block);
    closeSync(fd);
    const rowsBefore = attachmentRows();
    const blobsBefore = blobFiles();

    // By ticket, as the page's Cancel button does (it reaches the core the same way over IPC and HTTP).
    const ticket = crypto.randomUUID();
    let cancelAnswer: Promise<Envelope<Output<'attachments:cancel'>>> | null = null;
    const progress: Progress[] = [];
    const r = await call('attachments:add', { evidenceId: itemId, paths: [big], ticket }, {
      onProgress: (p) => {
        progress.push(p);
        if (p.done > 0 && !cancelAnswer) cancelAnswer = call('attachments:cancel', { ticket });
      },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await cancelAnswer).toEqual({ ok: true, value: { cancelled: true } });
    expect(progress.at(-1)?.done).toBeLessThan(24 * 4 * 1024 * 1024);
    expect(attachmentRows()).toBe(rowsBefore);
    expect(blobFiles()).toEqual(blobsBefore);
    // A ticket no attach is running under cancels nothing.
    expect(await ok('attachments:cancel', { ticket })).toEqual({ cancelled: false });

    // By the call's signal (a closed connection in the preview, a shutdown of the worker).
    const controller = new AbortController();
    const r2 = await call('attachments:add', { evidenceId: itemId, paths: [join(files, 'foto-hp.png'), big] }, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done > 8 * 1024 * 1024) controller.abort();
      },
    });
    expect(r2).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(attachmentRows()).toBe(rowsBefore);
    // The photo's blob and thumbnail, written before the cancel, went with it.
    expect(blobFiles()).toEqual(blobsBefore);
  });

  it('answers BLOB_TAMPERED for a preview or thumbnail of a changed blob, and says nothing of its content', async () => {
    const [a] = await ok('attachments:list', { evidenceId: itemId });
    if (!a) throw new Error('no attachment');
    const row = get<{ blob_id: string; thumb_blob_id: string }>(db(), sql`SELECT blob_id, thumb_blob_id FROM attachment WHERE id = ${a.id}`);
    for (const id of [row?.blob_id, row?.thumb_blob_id]) {
      const path = join(dir, 'blobs', id ?? '');
      const fd = openSync(path, 'r+');
      const byte = Buffer.alloc(1);
      readSync(fd, byte, 0, 1, 200);
      byte[0] = (byte[0] ?? 0) ^ 0x01;
      writeSync(fd, byte, 0, 1, 200);
      closeSync(fd);
    }
    const preview = await call('attachments:preview', { id: a.id });
    expect(preview).toMatchObject({ ok: false, error: { code: 'BLOB_TAMPERED', params: { name: 'foto-hp.png' } } });
    expect(JSON.stringify(preview)).not.toMatch(/"data"/);
    expect(await call('attachments:thumbnail', { id: a.id })).toMatchObject({ ok: false, error: { code: 'BLOB_TAMPERED' } });
    expect(await call('attachments:hashes', { id: a.id })).toMatchObject({ ok: false, error: { code: 'BLOB_TAMPERED' } });
  });

  it('refuses a relative path, a file of the case folder itself, a missing file, and a reader, writing nothing', async () => {
    const rows = attachmentRows();
    const blobs = blobFiles();
    for (const path of ['foto.png', join(dir, 'keys.json'), join(dir, 'blobs', blobs[0] ?? 'x'), join(files, 'tidak-ada.jpg'), files]) {
      expect(await call('attachments:add', { evidenceId: itemId, paths: [path] }), path).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    }
    expect(attachmentRows()).toBe(rows);
    expect(blobFiles()).toEqual(blobs);

    lockCore(state);
    state.session = await openCaseFile(dir, { kind: 'passphrase', login: 'dewi', passphrase: Buffer.from('dewi-frasa-sandi-1') }, 'write');
    expect(await call('attachments:add', { evidenceId: itemId, paths: [join(files, 'foto-hp.png')] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('custody:add', { evidenceId: itemId, event: { releasedBy: 'a', receivedBy: 'b', at: '2026-11-26T09:00:00+08:00', purpose: 'lainnya' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await ok('evidence:list', { perkaraId })).length).toBe(1);
    expect(await ok('dialog:chooseFiles', {})).toEqual({ paths: null });
    expect(attachmentRows()).toBe(rows);
    expect(blobFiles()).toEqual(blobs);
    lockCore(state);
  });

  it('leaves an audit chain that verifies (the tampered blob is found by evidence verify)', () => {
    const audit = berkas(['audit', 'verify', dir], budi);
    expect(audit.stderr).toBe('');
    expect(audit.code).toBe(0);
    const verify = berkas(['evidence', 'verify', dir], budi);
    expect(verify.code).toBe(1);
    expect(verify.stdout + verify.stderr).toContain('foto-hp.png');
  });
});

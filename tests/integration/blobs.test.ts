// Encrypted attachment files (src/core/blobs): round trips, tampering, cancellation, a crash in the
// middle of an import, memory on a large import, and thumbnails. Real temp folders, no mocks.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeThumbnail, readBlobToBuffer, readBlobToFile, removeOrphans, secondHashes, verifyBlob, writeBlob } from '../../src/core/blobs';
import { CHUNK_BYTES, HEADER_BYTES, TAG_BYTES, blobLength, blobPath } from '../../src/core/blobs/format';
import { generatedSha256 } from '../fixtures/blob-source';
import { ROOT, tempDir } from '../helpers';

const root = tempDir('berkas-blobs-');
let cases = 0;
function newCaseDir(): string {
  const dir = join(root, `kasus-${++cases}.berkas`);
  mkdirSync(dir);
  return dir;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function rejection(promise: Promise<unknown>): Promise<{ code?: unknown; params?: unknown }> {
  try {
    await promise;
  } catch (e) {
    return e instanceof Error ? { code: 'code' in e ? e.code : undefined, params: 'params' in e ? e.params : undefined } : {};
  }
  throw new Error('expected a rejection');
}

async function* pieces(bytes: Buffer): AsyncGenerator<Uint8Array> {
  // Odd piece sizes, so chunk boundaries never line up with what the source hands over.
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = [1, 1000, 70_000, 333][i % 4] ?? 1;
    yield new Uint8Array(bytes.subarray(at, at + n));
    at += n;
  }
}

describe('round trip', () => {
  const dir = newCaseDir();
  for (const size of [0, 1, 65535, 65536, 65537, 1024 * 1024 + 7]) {
    it(`${size} bytes, from a file and from an async iterable`, async () => {
      const plain = randomBytes(size);
      const source = join(root, `plain-${size}.bin`);
      writeFileSync(source, plain);
      const progress: number[] = [];
      const fromFile = await writeBlob(dir, source, { extraHashes: true, onProgress: (done, total) => progress.push(done, total ?? -1) });
      const fromIterable = await writeBlob(dir, pieces(plain));
      for (const blob of [fromFile, fromIterable]) {
        expect(blob).toMatchObject({ size, sha256: sha256(plain) });
        expect(blob.id).toMatch(/^[0-9a-f]{32}$/);
        expect(blob.key).toHaveLength(32);
        const onDisk = readFileSync(blobPath(dir, blob.id));
        expect(onDisk.length).toBe(blobLength(size));
        expect(onDisk.subarray(0, 9).toString('latin1')).toBe('BERKASBL\x01');
        expect(onDisk.subarray(9, 25).toString('hex')).toBe(blob.id);
        expect(onDisk.readBigUInt64BE(25)).toBe(BigInt(size));
        await verifyBlob(dir, blob.id, blob.key, blob.sha256, 'bukti.bin');
        const dest = join(root, `out-${blob.id}.bin`);
        await readBlobToFile(dir, blob.id, blob.key, blob.sha256, 'bukti.bin', dest);
        expect(readFileSync(dest).equals(plain)).toBe(true);
        expect(existsSync(dest + '.partial')).toBe(false);
        expect((await readBlobToBuffer(dir, blob.id, blob.key, blob.sha256, 'bukti.bin', 2 * 1024 * 1024)).equals(plain)).toBe(true);
      }
      expect(fromFile.id).not.toBe(fromIterable.id);
      expect(progress.at(-2)).toBe(size);
      expect(progress.at(-1)).toBe(size);
      const second = { sha1: createHash('sha1').update(plain).digest('hex'), md5: createHash('md5').update(plain).digest('hex') };
      expect({ sha1: fromFile.sha1, md5: fromFile.md5 }).toEqual(second);
      expect(await secondHashes(dir, fromIterable.id, fromIterable.key, 'bukti.bin')).toEqual(second);
      expect(fromIterable.sha1).toBeUndefined();
    });
  }

  it('refuses a buffer read of a blob larger than asked, a missing blob and a path for an id', async () => {
    const blob = await writeBlob(dir, pieces(randomBytes(5000)));
    expect(await rejection(readBlobToBuffer(dir, blob.id, blob.key, blob.sha256, 'foto.jpg', 4999))).toMatchObject({ code: 'INVALID_INPUT' });
    const missing = 'ab'.repeat(16);
    expect(await rejection(verifyBlob(dir, missing, blob.key, blob.sha256, 'foto.jpg'))).toEqual({ code: 'BLOB_MISSING', params: { name: 'foto.jpg' } });
    expect(await rejection(verifyBlob(dir, '../../etc/passwd', blob.key, blob.sha256, 'foto.jpg'))).toMatchObject({ code: 'BLOB_MISSING' });
  });
});

it('leaves no plaintext anywhere under blobs/', async () => {
  const dir = newCaseDir();
  const canary = 'KANARI-7f3a Siti Aminah, korban TPPO, Balikpapan';
  const source = join(root, 'keterangan.txt');
  writeFileSync(source, `Keterangan saksi.\n${canary}\n`.repeat(5000));
  await writeBlob(dir, source, { extraHashes: true });
  await writeBlob(dir, pieces(Buffer.from(canary)));
  const files = readdirSync(join(dir, 'blobs'));
  expect(files).toHaveLength(2);
  for (const name of files) {
    expect(name).toMatch(/^[0-9a-f]{32}$/);
    const bytes = readFileSync(join(dir, 'blobs', name));
    for (const needle of [canary, 'KANARI', 'Keterangan']) expect(bytes.includes(Buffer.from(needle))).toBe(false);
  }
});

describe('tampering', () => {
  const dir = newCaseDir();
  // Three full chunks and a short fourth, so chunks can be swapped, cut and appended.
  const plain = randomBytes(3 * CHUNK_BYTES + 1000);
  const DISK_CHUNK = CHUNK_BYTES + TAG_BYTES;

  async function tampered(edit: (bytes: Buffer) => Buffer): Promise<void> {
    const blob = await writeBlob(dir, pieces(plain));
    const path = blobPath(dir, blob.id);
    writeFileSync(path, edit(readFileSync(path)));
    expect(await rejection(verifyBlob(dir, blob.id, blob.key, blob.sha256, 'rekaman.mp4'))).toEqual({ code: 'BLOB_TAMPERED', params: { name: 'rekaman.mp4' } });
    const dest = join(root, `tampered-${blob.id}.mp4`);
    expect(await rejection(readBlobToFile(dir, blob.id, blob.key, blob.sha256, 'rekaman.mp4', dest))).toMatchObject({ code: 'BLOB_TAMPERED' });
    expect(existsSync(dest)).toBe(false);
    expect(existsSync(dest + '.partial')).toBe(false);
    expect(await rejection(readBlobToBuffer(dir, blob.id, blob.key, blob.sha256, 'rekaman.mp4', 1 << 20))).toMatchObject({ code: 'BLOB_TAMPERED' });
    // secondHashes has no recorded SHA-256 to compare: the tags, chunk indexes and last flag alone
    // must catch every edit.
    expect(await rejection(secondHashes(dir, blob.id, blob.key, 'rekaman.mp4'))).toMatchObject({ code: 'BLOB_TAMPERED' });
  }

  const flip = (at: (length: number) => number) => (bytes: Buffer): Buffer => {
    const i = at(bytes.length);
    bytes[i] = (bytes[i] ?? 0) ^ 0x01;
    return bytes;
  };
  const withSize = (bytes: Buffer, size: number): Buffer => {
    bytes.writeBigUInt64BE(BigInt(size), 25);
    return bytes;
  };

  it('one flipped byte anywhere: header, first chunk, a tag, the middle, the last byte', async () => {
    const positions = [0, 8, 9, 10, 24, 25, 32, 33, 40, HEADER_BYTES, HEADER_BYTES + CHUNK_BYTES, HEADER_BYTES + DISK_CHUNK + 12345, -TAG_BYTES - 1, -1];
    for (const p of positions) await tampered(flip((n) => (p < 0 ? n + p : p)));
  });

  it('a truncated last chunk, with and without the size fixed to match', async () => {
    await tampered((b) => b.subarray(0, b.length - 10));
    // Drop the short last chunk and claim three chunks: chunk 2 was not written as the last one.
    await tampered((b) => withSize(Buffer.from(b.subarray(0, HEADER_BYTES + 3 * DISK_CHUNK)), 3 * CHUNK_BYTES));
  });

  it('two chunks swapped', async () => {
    await tampered((b) => {
      const first = Buffer.from(b.subarray(HEADER_BYTES, HEADER_BYTES + DISK_CHUNK));
      b.copy(b, HEADER_BYTES, HEADER_BYTES + DISK_CHUNK, HEADER_BYTES + 2 * DISK_CHUNK);
      first.copy(b, HEADER_BYTES + DISK_CHUNK);
      return b;
    });
  });

  it('a chunk appended, with and without the size fixed to match', async () => {
    const chunk1 = (b: Buffer): Buffer => b.subarray(HEADER_BYTES + DISK_CHUNK, HEADER_BYTES + 2 * DISK_CHUNK);
    await tampered((b) => Buffer.concat([b, chunk1(b)]));
    // The size fixed to count it: its tag was made for index 1, with another IV and AAD.
    await tampered((b) => {
      const full = withSize(Buffer.from(b.subarray(0, HEADER_BYTES + 3 * DISK_CHUNK)), 4 * CHUNK_BYTES);
      return Buffer.concat([full, chunk1(b)]);
    });
  });

  it('a wrong key, a wrong recorded hash, a blob copied under another id', async () => {
    const blob = await writeBlob(dir, pieces(plain));
    const tamperedCode = { code: 'BLOB_TAMPERED', params: { name: 'x' } };
    expect(await rejection(verifyBlob(dir, blob.id, randomBytes(32), blob.sha256, 'x'))).toEqual(tamperedCode);
    expect(await rejection(verifyBlob(dir, blob.id, blob.key, sha256(Buffer.from('lain')), 'x'))).toEqual(tamperedCode);
    const other = randomBytes(16).toString('hex');
    writeFileSync(blobPath(dir, other), readFileSync(blobPath(dir, blob.id)));
    expect(await rejection(verifyBlob(dir, other, blob.key, blob.sha256, 'x'))).toEqual(tamperedCode);
  });
});

it('cancelling mid-way leaves nothing in blobs/', async () => {
  const dir = newCaseDir();
  const source = join(root, 'besar.bin');
  writeFileSync(source, randomBytes(8 * 1024 * 1024));
  const controller = new AbortController();
  let calls = 0;
  const result = writeBlob(dir, source, { signal: controller.signal, onProgress: () => (calls++ === 0 ? controller.abort() : undefined) });
  expect(await rejection(result)).toMatchObject({ code: 'CANCELLED' });
  expect(calls).toBe(1);
  expect(readdirSync(join(dir, 'blobs'))).toEqual([]);
});

describe('child processes', () => {
  let bundled: Promise<string> | null = null;
  // Bundled here rather than in global-setup, into this file's temp folder.
  const fixture = (): Promise<string> =>
    (bundled ??= build({
      entryPoints: [join(ROOT, 'tests/fixtures/blob-import.ts')],
      outfile: join(root, 'fixture', 'blob-import.mjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'warning',
    }).then(() => join(root, 'fixture', 'blob-import.mjs')));

  it('imports 512 MiB with a 64 MiB heap and a bounded peak RSS', async (ctx) => {
    const fs = statfsSync(root);
    const free = fs.bavail * fs.bsize;
    if (free < 2 * 1024 ** 3) ctx.skip(`only ${(free / 1024 ** 3).toFixed(1)} GiB free in ${root}; this test needs 2 GiB`);
    const dir = newCaseDir();
    const child = spawn(process.execPath, ['--max-old-space-size=64', await fixture(), dir, 'memory', '512'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { sha256: string; size: number; maxRssKiB: number };
    expect(report.size).toBe(512 * 1024 * 1024);
    expect(report.sha256).toBe(await generatedSha256(512));
    expect(report.maxRssKiB).toBeLessThan(200 * 1024);
  }, 180_000);

  it('SIGKILL during an import leaves at most a .partial; removeOrphans clears it and unreferenced blobs', async () => {
    const dir = newCaseDir();
    const kept = await writeBlob(dir, pieces(Buffer.from('disimpan')));
    const dropped = await writeBlob(dir, pieces(Buffer.from('tidak dirujuk')));
    const child = spawn(process.execPath, [await fixture(), dir, 'slow', '1024'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => (d.toString().includes('progress') ? resolve() : undefined)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const left = readdirSync(join(dir, 'blobs')).filter((n) => n !== kept.id && n !== dropped.id);
    expect(left.length).toBeLessThanOrEqual(1);
    for (const name of left) expect(name).toMatch(/^[0-9a-f]{32}\.partial$/);
    expect(removeOrphans(dir, new Set([kept.id]))).toBe(1 + left.length);
    expect(readdirSync(join(dir, 'blobs'))).toEqual([kept.id]);
    await verifyBlob(dir, kept.id, kept.key, kept.sha256, 'disimpan.txt');
    expect(removeOrphans(dir, new Set([kept.id]))).toBe(0);
    expect(removeOrphans(newCaseDir(), new Set())).toBe(0);
  });
});

describe('thumbnails', () => {
  const red = { r: 200, g: 20, b: 20 };

  it('turns the photo upright and keeps no EXIF or GPS', async () => {
    const photo = await sharp({ create: { width: 40, height: 20, channels: 3, background: red } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'KameraKanari' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '1/1 16/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 50/1 0/1' } })
      .toBuffer();
    const source = await sharp(photo).metadata();
    expect(source).toMatchObject({ width: 40, height: 20, orientation: 6 });
    expect(source.exif?.includes('KameraKanari')).toBe(true);

    const thumb = await makeThumbnail(photo);
    if (!thumb) throw new Error('no thumbnail');
    const meta = await sharp(thumb).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 20, height: 40 });
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(thumb.includes('KameraKanari')).toBe(false);
    expect(thumb.includes('Exif\0\0')).toBe(false);
  });

  it('fits big images in 320×320, reads WebP, and answers null for what it cannot decode', async () => {
    const big = await sharp({ create: { width: 1000, height: 500, channels: 3, background: red } }).png().toBuffer();
    expect(await sharp((await makeThumbnail(big)) ?? Buffer.alloc(0)).metadata()).toMatchObject({ width: 320, height: 160 });
    const webp = await sharp({ create: { width: 64, height: 48, channels: 3, background: red } }).webp().toBuffer();
    expect(await sharp((await makeThumbnail(webp)) ?? Buffer.alloc(0)).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(await makeThumbnail(Buffer.from('bukan gambar sama sekali'))).toBeNull();
    expect(await makeThumbnail(Buffer.alloc(0))).toBeNull();
    // A HEIC header (ftyp heic) with no decodable HEVC image behind it.
    expect(await makeThumbnail(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), randomBytes(200)]))).toBeNull();
  });
});

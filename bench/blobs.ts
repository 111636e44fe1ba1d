// `npm run bench`, blobs part: importing an attachment (SHA-256 + AES-256-GCM + write + fsync)
// against what the machine can do at best in the same run: OpenSSL's own SHA-256 speed and a plain
// copy of the same bytes with the same fsync. Prints ratios; asserts nothing.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { verifyBlob } from '../src/core/blobs/verify';
import { writeBlob } from '../src/core/blobs/write';

const MIB = 2 ** 20;
const SIZE = 256 * MIB;
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Wall-clock seconds, and CPU seconds (user + system, all threads of this process). */
async function timed(fn: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number; user: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6, user: used.user / 1e6 };
}

async function seconds(fn: () => Promise<unknown> | unknown): Promise<number> {
  return (await timed(fn)).wall;
}

/**
 * OpenSSL's SHA-256 on 64 KiB blocks, in bytes/s: the ceiling for hashing on this CPU. Without
 * -elapsed, `openssl speed` divides by the CPU user time it used, not wall time, so it is compared
 * with the in-process hash's user time below (on a shared 2-core machine the wall clock measures
 * the neighbours).
 */
function opensslSha256(): number {
  const run = spawnSync('openssl', ['speed', '-evp', 'sha256', '-bytes', '65536', '-seconds', '2'], { encoding: 'utf8' });
  // The last line reads "sha256   1399863.05k": thousands of bytes per second for the one size asked.
  const match = /^sha256\s+([\d.]+)k\s*$/m.exec(run.stdout ?? '');
  return match?.[1] ? Number(match[1]) * 1000 : NaN;
}

async function makeSource(path: string): Promise<void> {
  const block = randomBytes(MIB);
  const fh = await open(path, 'w');
  try {
    // Distinct blocks (a counter in the first bytes), so nothing can shortcut repeated data.
    for (let i = 0; i < SIZE / MIB; i++) {
      block.writeUInt32BE(i, 0);
      await fh.write(block, 0, MIB);
    }
  } finally {
    await fh.close();
  }
}

/** What any copy costs: the same FileHandle loop, 1 MiB at a time, and one fsync at the end. */
async function plainCopy(from: string, to: string): Promise<void> {
  const input = await open(from, 'r');
  const output = await open(to, 'w', 0o600);
  try {
    const buf = Buffer.allocUnsafe(MIB);
    for (;;) {
      const { bytesRead } = await input.read(buf, 0, MIB, null);
      if (bytesRead === 0) break;
      await output.write(buf, 0, bytesRead);
    }
    await output.sync();
  } finally {
    await input.close();
    await output.close();
  }
}

async function hashInMemory(data: Buffer): Promise<void> {
  const hash = createHash('sha256');
  for (let at = 0; at < data.length; at += MIB) hash.update(data.subarray(at, at + MIB));
  hash.digest();
}

export async function benchBlobs(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'berkas-bench-blobs-'));
  try {
    const source = join(dir, 'source.bin');
    await makeSource(source);
    const caseDir = join(dir, 'kasus.berkas');
    mkdirSync(caseDir);

    const openssl = opensslSha256();
    const data = Buffer.allocUnsafe(SIZE);
    const fh = await open(source, 'r');
    await fh.read(data, 0, SIZE, 0);
    await fh.close();
    const hashing: number[] = [];
    const hashingWall: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = await timed(() => hashInMemory(data));
      hashing.push(SIZE / t.user);
      hashingWall.push(SIZE / t.wall);
    }

    // Alternate the two writers so both see the same disk weather; keep the median of each.
    const copy: number[] = [];
    const imports: number[] = [];
    const importsCpu: number[] = [];
    const verify: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const target = join(dir, 'copy.bin');
      copy.push(SIZE / (await seconds(() => plainCopy(source, target))));
      rmSync(target);
      let blob: Awaited<ReturnType<typeof writeBlob>> | null = null;
      const t = await timed(async () => (blob = await writeBlob(caseDir, source)));
      imports.push(SIZE / t.wall);
      importsCpu.push(SIZE / t.cpu);
      const written: Awaited<ReturnType<typeof writeBlob>> = blob ?? (await writeBlob(caseDir, source));
      verify.push(SIZE / (await seconds(() => verifyBlob(caseDir, written.id, written.key, written.sha256, 'bench'))));
      rmSync(join(caseDir, 'blobs', written.id));
    }

    const mbs = (bps: number): string => (bps / 1e6).toFixed(0).padStart(7);
    const hashRate = median(hashing);
    const copyRate = median(copy);
    const importRate = median(imports);
    console.log(`\nBerkas bench: blobs (${SIZE / MIB} MiB file, same machine, same run; medians of ${ROUNDS})\n`);
    console.log(`openssl speed -evp sha256 (64 KiB blocks)        ${mbs(openssl)} MB/s`);
    console.log(`SHA-256 in-process, 1 MiB updates, CPU user time ${mbs(hashRate)} MB/s   (wall clock ${mbs(median(hashingWall)).trim()})`);
    console.log(`plain copy, FileHandle loop + fsync              ${mbs(copyRate)} MB/s`);
    console.log(`writeBlob: SHA-256 + AES-256-GCM + write + fsync ${mbs(importRate)} MB/s   (per CPU second ${mbs(median(importsCpu)).trim()})`);
    console.log(`verifyBlob: decrypt + tags + SHA-256             ${mbs(median(verify))} MB/s   (for information)`);
    const ratio = (r: number, target: number, what: string): void => {
      console.log(`${what.padEnd(48)} ${r.toFixed(2).padStart(6)}   target ≥${target}  ${Number.isNaN(r) ? 'NO OPENSSL' : r >= target ? 'ok' : 'UNDER'}`);
    };
    console.log('');
    ratio(hashRate / openssl, 0.8, 'hashing / openssl');
    ratio(importRate / Math.min(Number.isNaN(openssl) ? Infinity : openssl, copyRate), 0.5, 'import / min(openssl, plain copy)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly (node out/bench/blobs.mjs) as well as from scripts/bench.mjs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBlobs();

// Shared by the integration tests: temp folders, running the real `berkas` command, and snapshots
// of every byte of a case folder.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'berkas.mjs');

export const PASS = 'kuda-lari-cepat-sekali';

/** A temp folder removed when the test file ends. */
export function tempDir(prefix = 'berkas-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs `berkas ARGS` with a clean environment plus `env`; no terminal, so no prompts. */
export function berkas(args: string[], env: Record<string, string> = {}, cwd?: string): CliResult {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', BERKAS_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Creates a case file with user `budi` (atasan) and returns its folder and recovery key. */
export function initCaseFile(parent: string, name = 'kasus', extra: string[] = []): { dir: string; recoveryKey: string } {
  const r = berkas(['init', join(parent, name), '--user', 'budi', '--name', 'Budi Santoso', ...extra], { BERKAS_PASSPHRASE: PASS });
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
  const key = /RECOVERY KEY: ([A-Z2-7-]+)/.exec(r.stdout)?.[1];
  if (!key) throw new Error(`no recovery key in: ${r.stdout}`);
  return { dir: join(parent, `${name}.berkas`), recoveryKey: key };
}

/** name → SHA-256 of every file below `dir` (names relative), to prove nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? join(sub, name) : name;
      const full = join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk('');
  return out;
}

export function readAll(dir: string): Buffer[] {
  return Object.keys(snapshot(dir)).map((rel) => readFileSync(join(dir, rel)));
}

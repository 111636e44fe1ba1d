// The lock file only explains a lock; it is not the lock. The lock itself is SQLite's exclusive lock
// on case.db, which the OS drops when the holding process dies, so a lock file left by a crash is
// simply overwritten. It names the computer, the OS account and the time, never a Berkas user.
import { hostname, userInfo } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './fsio';

export const LOCK_FILE = 'berkas.lock';

const LockInfo = z.object({ host: z.string(), account: z.string(), since: z.string() });
export type LockInfo = z.infer<typeof LockInfo>;

function osAccount(): string {
  try {
    return userInfo().username;
  } catch {
    return '?';
  }
}

export function writeLockFile(dir: string, now: Date): void {
  const info: LockInfo = { host: hostname(), account: osAccount(), since: now.toISOString() };
  writeFileAtomic(join(dir, LOCK_FILE), JSON.stringify(info) + '\n');
}

export function removeLockFile(dir: string): void {
  rmSync(join(dir, LOCK_FILE), { force: true });
}

export function readLockFile(dir: string): LockInfo | null {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "komputer HOST, akun ACCOUNT, sejak TIME": the words a second process shows. */
export function describeHolder(info: LockInfo | null): string {
  if (!info) return '?';
  return `${info.host} (${info.account}, ${info.since})`;
}

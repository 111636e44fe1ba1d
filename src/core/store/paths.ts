// Where things are in a case folder, and how a path typed by a person is resolved to one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { KEYS_FILE } from './keys';

export const CASE_DB = 'case.db';
export const CASE_DIR_SUFFIX = '.berkas';

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folder of an existing case file; "balikpapan" also finds "balikpapan.berkas". */
export function resolveCaseDir(input: string): string {
  const path = resolve(input);
  const dir = isDir(path) || path.endsWith(CASE_DIR_SUFFIX) ? path : isDir(path + CASE_DIR_SUFFIX) ? path + CASE_DIR_SUFFIX : path;
  const hasDb = existsSync(join(dir, CASE_DB));
  const hasKeys = existsSync(join(dir, KEYS_FILE));
  if (!hasDb && !hasKeys) throw new AppError('NOT_A_CASE_FILE', { path: dir });
  if (!hasKeys) throw new AppError('KEYS_MISSING', { path: dir });
  if (!hasDb) throw new AppError('DB_DAMAGED', { detail: `${CASE_DB} missing` });
  return dir;
}

/** The folder a new case file goes to: the name given, with ".berkas" added when it lacks it. */
export function newCaseDirPath(input: string): string {
  const path = resolve(input);
  return path.endsWith(CASE_DIR_SUFFIX) ? path : path + CASE_DIR_SUFFIX;
}

/** A new case file may go only where nothing is, or into an empty folder. */
export function checkNewCaseDir(dir: string): void {
  if (!existsSync(dir)) return;
  if (!isDir(dir) || readdirSync(dir).length > 0) throw new AppError('CASE_FILE_EXISTS', { path: dir });
}

export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

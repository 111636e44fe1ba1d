// Clearing what an interrupted import leaves: `.partial` files, and complete blobs that no database
// row names (the row commits after the blob is renamed into place, so a crash in between leaves one).
// Run only when the case file is open for writing, so no import of this process is in flight.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fsError, fsyncDir } from '../store/fsio';
import { ID_PATTERN, PARTIAL_SUFFIX, blobsDir } from './format';

export function removeOrphans(caseDir: string, referenced: ReadonlySet<string>): number {
  const dir = blobsDir(caseDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return 0;
    throw fsError(e, dir);
  }
  let removed = 0;
  try {
    for (const name of names) {
      // Names that are neither a blob nor a partial are not ours to judge: leave them.
      const orphan = name.endsWith(PARTIAL_SUFFIX) || (ID_PATTERN.test(name) && !referenced.has(name));
      if (!orphan) continue;
      rmSync(join(dir, name), { force: true });
      removed += 1;
    }
    if (removed > 0) fsyncDir(dir);
  } catch (e) {
    throw fsError(e, dir);
  }
  return removed;
}

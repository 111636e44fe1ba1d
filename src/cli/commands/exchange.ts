// `berkas import` and `berkas export-json`: whole cases as JSON (docs/import-format.md). An import is
// all or nothing; an export opens the case file read-only and writes nothing into it.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInside, resolveCaseDir } from '../../core/store/paths';
import { attachmentsOf, exportCases } from '../../core/exchange/export';
import { exportAttachment } from '../../core/services/attachments';
import type { ReadSession } from '../../core/store/session';
import { importCases, type ImportProgress } from '../../core/exchange/import';
import { findPerkara } from '../../core/services/cases';
import { fsError, writeFileAtomic } from '../../core/store/fsio';
import { openCaseFile, using } from '../../core/store/open';
import { AppError } from '../../shared/errors';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';
import { parseNow, perkaraByLp } from './cases';

type Common = { user?: string; 'passphrase-file'?: string };
export type ExportOptions = Common & { case?: string[]; all?: boolean; out?: string; now?: string; attachments?: string };
export type ImportOptions = Common & { attachments?: string };

/** The file as JSON, read before the case file is unlocked so a wrong file costs no passphrase. */
function readJson(io: Io, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw fsError(e, file);
  }
  try {
    // Windows editors often save UTF-8 with a byte-order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // Only the position: the parser's own message may quote the file, which may name a child.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    const where = at === undefined ? '' : t(io, ` (posisi ${at})`, ` (position ${at})`);
    throw new AppError('INVALID_INPUT', { detail: t(io, `${file} bukan JSON yang sah${where}`, `${file} is not valid JSON${where}`) });
  }
}

export async function importCommand(io: Io, dir: string, file: string, opts: ImportOptions): Promise<void> {
  const raw = readJson(io, file);
  // Progress is for a person watching a terminal; in a script or a log it would only be noise.
  const tty = Boolean(process.stderr.isTTY);
  let progressShown = false;
  const onProgress = tty
    ? (p: ImportProgress): void => {
        progressShown = true;
        process.stderr.write(`\r${t(io, 'Mengimpor', 'Importing')} ${p.done}/${p.total}`);
      }
    : undefined;
  const credentials = await userCredentials(io, opts);
  try {
    const result = await using(openCaseFile(dir, credentials, 'write'), (s) => importCases(s, raw, { onProgress, attachmentsDir: opts.attachments }));
    if (progressShown) process.stderr.write('\n');
    for (const c of result.cases) io.out(`  ${c.lpNumber}`);
    const n = result.cases.length;
    io.out(t(io, `${n} perkara diimpor.`, `${n} case${n === 1 ? '' : 's'} imported.`));
    const skipped = result.skippedAttachments;
    if (skipped > 0) {
      io.out(t(io, `${skipped} lampiran tidak diimpor: sebutkan foldernya dengan --attachments DIR.`, `${skipped} attachment${skipped === 1 ? ' was' : 's were'} not imported: name their folder with --attachments DIR.`));
    }
  } catch (e) {
    // The refusal that follows must start on a line of its own.
    if (progressShown) process.stderr.write('\n');
    throw e;
  } finally {
    forget(credentials);
  }
}

/**
 * When the export says it was made: --now, else SOURCE_DATE_EPOCH (the reproducible-builds
 * convention, so two exports of the same cases can be byte-identical), else the clock.
 */
export function exportTime(io: Io, flag: string | undefined): Date {
  return parseNow(flag, () => {
    const epoch = io.env.SOURCE_DATE_EPOCH;
    if (epoch === undefined || epoch === '') return new Date();
    if (!/^\d+$/.test(epoch)) throw new AppError('INVALID_INPUT', { detail: `SOURCE_DATE_EPOCH takes whole seconds since 1970 (got "${epoch}")` });
    return new Date(Number(epoch) * 1000);
  });
}

export async function exportJsonCommand(io: Io, dir: string, opts: ExportOptions): Promise<void> {
  const wanted = opts.case ?? [];
  if (Boolean(opts.all) === (wanted.length > 0)) {
    throw new AppError('INVALID_INPUT', { detail: 'export-json takes --case LP-OR-ID (once or more) or --all (berkas --help)' });
  }
  const now = exportTime(io, opts.now);
  // The export is plaintext: written into the case folder it would sit unencrypted beside the data.
  for (const path of [opts.out, opts.attachments]) {
    if (path !== undefined && isInside(resolve(path), resolveCaseDir(dir))) {
      throw new AppError('INVALID_INPUT', { detail: t(io, `${path} ada di dalam folder berkas kasus; pilih tempat lain`, `${path} is inside the case folder; choose another place`) });
    }
  }
  const credentials = await userCredentials(io, opts);
  let text: string;
  let count: number;
  try {
    const file = await using(openCaseFile(dir, credentials, 'read'), async (s) => {
      const ids = opts.all
        ? perkaraByLp(s.db).map((p) => p.id)
        : wanted.map((value) => {
            const found = findPerkara(s.db, value);
            if (!found) throw new AppError('NOT_FOUND', { record: value });
            return found.id;
          });
      // The same case named twice (by LP and by id) is exported once.
      const unique = [...new Set<string>(ids)];
      if (unique.length === 0) throw new AppError('INVALID_INPUT', { detail: t(io, 'berkas kasus ini belum berisi perkara', 'this case file holds no cases yet') });
      const exported = exportCases(s.db, unique, now);
      if (opts.attachments !== undefined) await writeAttachments(s, unique, opts.attachments);
      return exported;
    });
    text = `${JSON.stringify(file, null, 2)}\n`;
    count = file.cases.length;
  } finally {
    forget(credentials);
  }
  if (opts.out === undefined) {
    process.stdout.write(text);
    return;
  }
  // Temp file and rename: an interrupted export never leaves half a file where a whole one was.
  writeFileAtomic(opts.out, text);
  io.out(t(io, `${count} perkara diekspor ke ${opts.out}.`, `${count} case${count === 1 ? '' : 's'} exported to ${opts.out}.`));
}

/**
 * The attachments' contents beside the export, each under its SHA-256 (names can repeat within a
 * case; identical content is written once). Each is verified before it is written.
 */
async function writeAttachments(session: ReadSession, perkaraIds: string[], folder: string): Promise<void> {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw fsError(e, folder);
  }
  const done = new Set<string>();
  for (const a of attachmentsOf(session.db, perkaraIds)) {
    if (done.has(a.sha256)) continue;
    await exportAttachment(session, a.id, join(folder, a.sha256));
    done.add(a.sha256);
  }
}

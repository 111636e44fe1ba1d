// Exporting a berkas perkara: gather the case in its profile, number the export, build the manifest,
// render and seal the PDF, write it (with the package's attachments when asked) and SHA256SUMS, then
// record the export with the final file's SHA-256 in the audit chain. Files first, record second; if
// anything fails or the export is cancelled, what this export wrote is removed, so the station never
// holds a dossier its audit chain does not know, nor records one that was not written.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { DossierProfile, DossierStep } from '../../shared/domain/dossier';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/append';
import { readBlobToBuffer } from '../blobs';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import { fsError, writeFileAtomic } from '../store/fsio';
import { isInside, resolveCaseDir } from '../store/paths';
import type { WriteSession } from '../store/session';
import { requireRole } from '../services/access';
import { exportAttachment } from '../services/attachments';
import { getPerkara } from '../services/cases';
import { contentDigest, gatherDossier, type DossierData } from './gather';
import { buildManifest, MANIFEST_NAME, manifestAttachments, manifestBytes, SUMS_NAME } from './manifest';
import { caseCodeOf, renderDossier, type PhotoSource } from './render';

export type DossierExport = {
  id: string;
  /** The PDF. */
  file: string;
  /** The package folder, when one was written. */
  packageDir: string | null;
  /** The SHA256SUMS file written beside the PDF. */
  sums: string;
  number: number;
  exportNumber: string;
  profile: DossierProfile;
  sha256: string;
  bytes: number;
  pages: number;
  /** Attachments written into the package. */
  attachments: number;
};

export type ExportDossierOptions = {
  profile?: DossierProfile;
  /** The PDF's path; in a package, only its name is used (default: from the case code and number). */
  out?: string;
  /** Writes a package: the PDF, the attachments this profile shows, manifest.json and SHA256SUMS. */
  packageDir?: string;
  /** When the dossier says it was made (--now, SOURCE_DATE_EPOCH); the session's clock otherwise. */
  now?: Date;
  onProgress?: (step: DossierStep, done: number, total: number) => void;
  signal?: AbortSignal;
};

/** The largest photo read into a dossier; a bigger image is listed with its hash but not printed. */
const PHOTO_MAX_BYTES = 64 * 1024 * 1024;

/** Image attachments of the case's evidence, in item order: the dossier's Lampiran. */
function photoSources(session: WriteSession, data: DossierData): PhotoSource[] {
  return data.evidence.flatMap((evidence) =>
    evidence.attachments
      .filter((a) => a.mediaType.startsWith('image/'))
      .map((attachment) => ({
        attachment,
        evidence,
        read: async () => {
          // A withheld photo is never read: what the profile leaves out cannot reach the page.
          if (attachment.withheld || attachment.size > PHOTO_MAX_BYTES) return null;
          const row = get<{ blob_id: string; file_key: Buffer }>(session.db, sql`SELECT blob_id, file_key FROM attachment WHERE id = ${attachment.id}`);
          if (!row) return null;
          // Verified against its SHA-256: a changed photo fails the export (BLOB_TAMPERED) by name.
          return readBlobToBuffer(session.dir, row.blob_id, row.file_key, attachment.sha256, attachment.name, PHOTO_MAX_BYTES);
        },
      })),
  );
}

/**
 * The export's number within its case: the previous one's when the content is unchanged (so a
 * repeated export is byte-identical), the next one otherwise.
 */
function exportNumberFor(session: WriteSession, perkaraId: string, profile: DossierProfile, digest: string): number {
  const sameProfile = get<{ number: number; content_digest: string }>(
    session.db,
    sql`SELECT number, content_digest FROM dossier_export WHERE perkara_id = ${perkaraId} AND profile = ${profile} ORDER BY number DESC, rowid DESC LIMIT 1`,
  );
  if (sameProfile && sameProfile.content_digest === digest) return sameProfile.number;
  const last = get<{ n: number | null }>(session.db, sql`SELECT max(number) AS n FROM dossier_export WHERE perkara_id = ${perkaraId}`);
  return (last?.n ?? 0) + 1;
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The lines of an existing SHA256SUMS other than those for `names`. */
function otherSums(path: string, names: ReadonlySet<string>): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !names.has(line.replace(/^[0-9a-f]{64} [ *]/, '')));
}

/** SHA256SUMS as `sha256sum -c` reads it: "<hex>  <path>" per line. Lines for other files are kept. */
function writeSums(path: string, entries: ReadonlyArray<readonly [hash: string, name: string]>): void {
  const kept = otherSums(path, new Set(entries.map(([, name]) => name)));
  writeFileAtomic(path, [...kept, ...entries.map(([hash, name]) => `${hash}  ${name}`)].join('\n') + '\n');
}

/** Takes this export's lines out of SHA256SUMS again (the file goes when nothing else is in it). */
function unwriteSums(path: string, names: ReadonlySet<string>): void {
  const kept = otherSums(path, names);
  if (kept.length === 0) rmSync(path, { force: true });
  else writeFileAtomic(path, kept.join('\n') + '\n');
}

export async function exportDossier(session: WriteSession, perkaraId: string, options: ExportDossierOptions): Promise<DossierExport> {
  const user = requireRole(session, 'editCases');
  const profile = options.profile ?? 'full';
  const { signal } = options;
  const stopIfCancelled = (): void => {
    if (signal?.aborted) throw new AppError('CANCELLED');
  };
  if (!options.out && !options.packageDir) throw new AppError('INVALID_INPUT', { detail: 'a PDF file (--out) or a package folder (--package)' });
  // A dossier is plaintext: inside the case folder it would sit unencrypted beside the data.
  const caseDir = resolveCaseDir(session.dir);
  for (const path of [options.out, options.packageDir]) {
    if (path !== undefined && isInside(resolve(path), caseDir)) {
      throw new AppError('INVALID_INPUT', { detail: `${path} is inside the case folder; choose another place` });
    }
  }
  const packageDir = options.packageDir ? resolve(options.packageDir) : null;
  if (packageDir && existsSync(packageDir) && readdirSync(packageDir).length > 0) {
    throw new AppError('INVALID_INPUT', { detail: `${options.packageDir} is not empty; a package goes into a new or empty folder` });
  }

  const data = gatherDossier(session.db, perkaraId, profile);
  const digest = contentDigest(data);
  const number = exportNumberFor(session, perkaraId, profile, digest);
  const caseCode = caseCodeOf(data.perkara);
  const exportNumber = `${caseCode}/E-${number}`;
  const exportedAt = options.now ?? session.clock();
  const manifest = buildManifest(data, { exportNumber, exportedAt, caseCode, exporter: { login: user.login, name: user.displayName } });
  const manifestFile = manifestBytes(manifest);

  const onProgress = (step: DossierStep, done: number, total: number): void => {
    stopIfCancelled();
    options.onProgress?.(step, done, total);
  };
  const rendered = await renderDossier(data, { facts: { exportNumber, exportedAt }, manifest: manifestFile, photos: photoSources(session, data), onProgress });
  stopIfCancelled();
  const sha256 = sha256Of(rendered.bytes);

  const defaultName = `berkas-perkara-${caseCode}-E${number}${profile === 'deidentified' ? '-tanpa-identitas' : ''}.pdf`;
  const file = packageDir ? join(packageDir, basename(options.out ?? defaultName)) : resolve(options.out ?? defaultName);
  const sums = join(dirname(file), SUMS_NAME);
  const written: string[] = [];
  let sumsWritten = false;
  let createdPackage = false;
  let attachments = 0;
  try {
    try {
      if (packageDir && !existsSync(packageDir)) {
        mkdirSync(packageDir, { recursive: true });
        createdPackage = true;
      }
      const entries: [string, string][] = [];
      if (packageDir) {
        // Each attachment is decrypted into NAME.partial and renamed only once its SHA-256 holds.
        const items = manifestAttachments(data);
        for (const { entry, id } of items) {
          stopIfCancelled();
          options.onProgress?.('attachments', attachments, items.length);
          const dest = join(packageDir, entry.path);
          mkdirSync(dirname(dest), { recursive: true });
          await exportAttachment(session, id, dest);
          written.push(dest);
          entries.push([entry.sha256, entry.path]);
          attachments++;
        }
        options.onProgress?.('attachments', attachments, items.length);
        writeFileAtomic(join(packageDir, MANIFEST_NAME), manifestFile);
        written.push(join(packageDir, MANIFEST_NAME));
        entries.unshift([sha256Of(manifestFile), MANIFEST_NAME]);
      }
      stopIfCancelled();
      writeFileAtomic(file, rendered.bytes);
      written.push(file);
      entries.unshift([sha256, basename(file)]);
      writeSums(sums, entries);
      sumsWritten = true;
    } catch (e) {
      throw fsError(e, file);
    }
    const id = randomUUID();
    transaction(session.db, () => {
      run(session.db, sql`INSERT INTO dossier_export (id, perkara_id, number, profile, exported_at, content_digest, sha256, bytes, pages, created_at)
                          VALUES (${id}, ${perkaraId}, ${number}, ${profile}, ${exportedAt.toISOString()}, ${digest}, ${sha256},
                                  ${rendered.bytes.length}, ${rendered.pages}, ${session.clock().toISOString()})`);
      audit(session, { action: 'dossier.export', entityId: id, perkaraId });
    });
    return { id, file, packageDir, sums, number, exportNumber, profile, sha256, bytes: rendered.bytes.length, pages: rendered.pages, attachments };
  } catch (e) {
    if (createdPackage && packageDir) rmSync(packageDir, { recursive: true, force: true });
    else {
      for (const path of written) rmSync(path, { force: true });
      if (sumsWritten) unwriteSums(sums, new Set([basename(file)]));
    }
    throw e;
  }
}

/** An export as the station recorded it (schema 6), for the case's list of what it has issued. */
export type RecordedExport = {
  id: string;
  number: number;
  exportNumber: string;
  profile: DossierProfile;
  exportedAt: string;
  sha256: string;
  bytes: number;
  pages: number;
  createdAt: string;
};

/** The case's exports, newest first. Reading them is open to every role, as the audit log is. */
export function listExports(db: ReadableDb, perkaraId: string): RecordedExport[] {
  const code = caseCodeOf(getPerkara(db, perkaraId));
  type Row = { id: string; number: number; profile: DossierProfile; exported_at: string; sha256: string; bytes: number; pages: number; created_at: string };
  return all<Row>(db, sql`SELECT id, number, profile, exported_at, sha256, bytes, pages, created_at FROM dossier_export WHERE perkara_id = ${perkaraId} ORDER BY rowid DESC`).map((r) => ({
    id: r.id,
    number: r.number,
    exportNumber: `${code}/E-${r.number}`,
    profile: r.profile,
    exportedAt: r.exported_at,
    sha256: r.sha256,
    bytes: r.bytes,
    pages: r.pages,
    createdAt: r.created_at,
  }));
}

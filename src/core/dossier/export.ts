// Exporting a berkas perkara: gather the case, number the export, render, write the file, and record
// the export with the final file's SHA-256 in the audit chain. The file is written first (a temp file
// renamed into place) and recorded second; if recording fails the file is removed, so the station
// never holds a dossier its audit chain does not know, nor records one that was not written.
import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/append';
import { readBlobToBuffer } from '../blobs';
import { get, run, sql, transaction } from '../store/db';
import { fsError, writeFileAtomic } from '../store/fsio';
import { isInside, resolveCaseDir } from '../store/paths';
import type { WriteSession } from '../store/session';
import { requireRole } from '../services/access';
import { contentDigest, gatherDossier, type DossierData, type DossierProfile } from './gather';
import { caseCodeOf, renderDossier, type PhotoSource } from './render';

export type DossierExport = {
  id: string;
  file: string;
  number: number;
  exportNumber: string;
  sha256: string;
  bytes: number;
  pages: number;
};

export type ExportDossierOptions = {
  profile?: DossierProfile;
  /** When the dossier says it was made (--now, SOURCE_DATE_EPOCH); the session's clock otherwise. */
  now?: Date;
  onProgress?: (step: string, done: number, total: number) => void;
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
          if (attachment.size > PHOTO_MAX_BYTES) return null;
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

export async function exportDossier(session: WriteSession, perkaraId: string, out: string, options: ExportDossierOptions = {}): Promise<DossierExport> {
  requireRole(session, 'editCases');
  const file = resolve(out);
  // A dossier is plaintext: inside the case folder it would sit unencrypted beside the data.
  if (isInside(file, resolveCaseDir(session.dir))) {
    throw new AppError('INVALID_INPUT', { detail: `${out} is inside the case folder; choose another place` });
  }
  const profile = options.profile ?? 'full';
  const data = gatherDossier(session.db, perkaraId, profile);
  const digest = contentDigest(data);
  const number = exportNumberFor(session, perkaraId, profile, digest);
  const exportNumber = `${caseCodeOf(data)}/E-${number}`;
  const exportedAt = options.now ?? session.clock();

  const rendered = await renderDossier(data, { facts: { exportNumber, exportedAt }, photos: photoSources(session, data), onProgress: options.onProgress });
  const sha256 = createHash('sha256').update(rendered.bytes).digest('hex');
  try {
    writeFileAtomic(file, rendered.bytes);
  } catch (e) {
    throw fsError(e, file);
  }
  const id = randomUUID();
  try {
    transaction(session.db, () => {
      run(session.db, sql`INSERT INTO dossier_export (id, perkara_id, number, profile, exported_at, content_digest, sha256, bytes, pages, created_at)
                          VALUES (${id}, ${perkaraId}, ${number}, ${profile}, ${exportedAt.toISOString()}, ${digest}, ${sha256},
                                  ${rendered.bytes.length}, ${rendered.pages}, ${session.clock().toISOString()})`);
      audit(session, { action: 'dossier.export', entityId: id, perkaraId });
    });
  } catch (e) {
    rmSync(file, { force: true });
    throw e;
  }
  return { id, file, number, exportNumber, sha256, bytes: rendered.bytes.length, pages: rendered.pages };
}

// Attachments of evidence items and documents: photos, chat screenshots, videos, scans, forensic
// images. The content goes into an encrypted blob first (hashed in the same pass, fsynced); the row
// that names it commits after, with the file's key and SHA-256, and its audit row. Every read
// re-checks the blob, and nothing is ever decrypted to a temporary file.
import { randomUUID } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Attachment } from '../../shared/domain/evidence';
import { blobPath, makeThumbnail, readBlobToBuffer, readBlobToFile, secondHashes, verifyBlob, writeBlob } from '../blobs';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { Session, WriteSession } from '../store/session';
import { requireRole } from './access';
import { getDocument } from './documents';
import { evidenceLabel, getEvidence } from './evidence';
import { getParty } from './parties';
import { isInside } from '../store/paths';
import { PREVIEW_MAX_BYTES, PREVIEW_MEDIA_TYPES } from '../../shared/ipc/evidence';

type AttachmentRow = {
  id: string; perkara_id: string; evidence_id: string | null; document_id: string | null; blob_id: string; file_key: Buffer;
  name: string; media_type: string; size: number; sha256: string; sha1: string | null; md5: string | null; protected: number;
  thumb_blob_id: string | null; thumb_key: Buffer | null; thumb_sha256: string | null; created_at: string;
};

const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id, perkaraId: r.perkara_id, evidenceId: r.evidence_id, documentId: r.document_id, name: r.name, mediaType: r.media_type,
  size: r.size, sha256: r.sha256, sha1: r.sha1, md5: r.md5, protected: r.protected === 1, hasThumbnail: r.thumb_blob_id !== null,
  createdAt: r.created_at,
});

// What investigators attach; anything else is stored as opaque bytes.
const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif',
  '.heic': 'image/heic', '.heif': 'image/heif', '.tif': 'image/tiff', '.tiff': 'image/tiff', '.pdf': 'application/pdf',
  '.mp4': 'video/mp4', '.mov': 'video/quicktime', '.3gp': 'video/3gpp', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg', '.txt': 'text/plain', '.csv': 'text/csv', '.html': 'text/html', '.json': 'application/json', '.zip': 'application/zip',
  '.e01': 'application/x-ewf', '.dd': 'application/octet-stream', '.img': 'application/octet-stream',
};
export const mediaTypeOf = (name: string): string => MEDIA_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';

// Thumbnails are made from images up to this size; a larger "image" is likely not a photo.
const THUMBNAIL_SOURCE_MAX = 64 * 1024 * 1024;

export type AttachTarget = { evidenceId: string } | { documentId: string };
export type AttachOptions = {
  name?: string;
  /** Shows a protected person; left out, it is on when the item or document concerns a confidential person. */
  protected?: boolean;
  /** Also compute SHA-1 and MD5, for labs that still quote them. */
  extraHashes?: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number | null) => void;
};

/** The case, a label for messages, and whether a protected person is concerned. */
function targetOf(db: ReadableDb, target: AttachTarget): { perkaraId: string; record: string; concernsProtected: boolean } {
  if ('evidenceId' in target) {
    const e = getEvidence(db, target.evidenceId);
    const concernsProtected = e.seizedFromParty !== null && getParty(db, e.seizedFromParty).confidential;
    return { perkaraId: e.perkaraId, record: evidenceLabel(e.number, e.description), concernsProtected };
  }
  const d = getDocument(db, target.documentId);
  return { perkaraId: d.perkaraId, record: `dokumen ${d.type} ${d.number}`.trim(), concernsProtected: d.parties.some((p) => getParty(db, p).confidential) };
}

/** A file written into a blob (and its thumbnail), not yet named by any row. */
export type PreparedAttachment = {
  name: string;
  mediaType: string;
  blob: { id: string; key: Buffer; size: number; sha256: string; sha1?: string; md5?: string };
  thumb: { id: string; key: Buffer; sha256: string } | null;
};

/** Step one, outside any transaction: encrypt the file into a blob, and make its thumbnail. */
export async function prepareAttachment(
  session: Session,
  source: string,
  opts: Pick<AttachOptions, 'name' | 'extraHashes' | 'signal' | 'onProgress'> = {},
): Promise<PreparedAttachment> {
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new AppError('IO_ERROR', { path: source, detail: 'cannot read the file' });
  }
  if (!stat.isFile()) throw new AppError('IO_ERROR', { path: source, detail: 'not a file' });
  const name = (opts.name ?? basename(source)).trim() || 'lampiran';
  const mediaType = mediaTypeOf(name);
  const blob = await writeBlob(session.dir, source, { signal: opts.signal, onProgress: opts.onProgress, extraHashes: opts.extraHashes });
  const prepared: PreparedAttachment = { name, mediaType, blob, thumb: null };
  try {
    if (mediaType.startsWith('image/') && blob.size <= THUMBNAIL_SOURCE_MAX) {
      // Made from the blob just written, which also proves it reads back.
      const image = await makeThumbnail(await readBlobToBuffer(session.dir, blob.id, blob.key, blob.sha256, name, THUMBNAIL_SOURCE_MAX));
      if (image) prepared.thumb = await writeBlob(session.dir, (async function* () { yield image; })());
    }
    return prepared;
  } catch (e) {
    discardPrepared(session, prepared);
    throw e;
  }
}

/** Removes the blobs of a prepared attachment that no row will name. */
export function discardPrepared(session: Session, p: PreparedAttachment): void {
  for (const id of [p.blob.id, p.thumb?.id]) if (id) rmSync(blobPath(session.dir, id), { force: true });
}

/** Step two, inside the caller's transaction: the row that names the blob, and its audit row. */
export function recordAttachment(session: WriteSession, target: AttachTarget, p: PreparedAttachment, protectedMark: boolean | null): string {
  requireRole(session, 'editCases');
  const t = targetOf(session.db, target);
  const id = randomUUID();
  run(session.db, sql`INSERT INTO attachment (id, perkara_id, evidence_id, document_id, blob_id, file_key, name, media_type, size, sha256,
                        sha1, md5, protected, thumb_blob_id, thumb_key, thumb_sha256, created_at)
                      VALUES (${id}, ${t.perkaraId}, ${'evidenceId' in target ? target.evidenceId : null},
                        ${'documentId' in target ? target.documentId : null}, ${p.blob.id}, ${p.blob.key}, ${p.name}, ${p.mediaType}, ${p.blob.size},
                        ${p.blob.sha256}, ${p.blob.sha1 ?? null}, ${p.blob.md5 ?? null}, ${(protectedMark ?? t.concernsProtected) ? 1 : 0},
                        ${p.thumb?.id ?? null}, ${p.thumb?.key ?? null}, ${p.thumb?.sha256 ?? null}, ${session.clock().toISOString()})`);
  audit(session, { action: 'attachment.create', entityId: id, perkaraId: t.perkaraId });
  return id;
}

/** Attaches a file: its blob is written and fsynced before the row that names it commits. */
export async function attachFile(session: WriteSession, target: AttachTarget, source: string, opts: AttachOptions = {}): Promise<Attachment> {
  requireRole(session, 'editCases');
  targetOf(session.db, target);
  const prepared = await prepareAttachment(session, source, opts);
  try {
    const id = transaction(session.db, () => recordAttachment(session, target, prepared, opts.protected ?? null));
    return getAttachment(session.db, id);
  } catch (e) {
    // No row names these blobs: remove them now rather than leave them to the next open.
    discardPrepared(session, prepared);
    throw e;
  }
}

/** The size of a file a person asked to attach: absolute, a plain file, and not one of the case folder's own. */
function sourceSize(session: Session, source: string): number {
  if (!isAbsolute(source)) throw new AppError('IO_ERROR', { path: source, detail: 'not a full path' });
  // The case folder's own files (the database, keys.json, blobs) are never evidence of anything.
  if (isInside(source, session.dir)) throw new AppError('IO_ERROR', { path: source, detail: 'inside the case folder' });
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new AppError('IO_ERROR', { path: source, detail: 'cannot read the file' });
  }
  if (!stat.isFile()) throw new AppError('IO_ERROR', { path: source, detail: 'not a file' });
  return stat.size;
}

/**
 * Several files attached as one change: every blob is written first (progress counts the bytes of
 * all of them), then one transaction records every row. A cancel or a failure at any point removes
 * the blobs written so far, so nothing of a cancelled attach is left, in the database or in blobs/.
 */
export async function attachFiles(
  session: WriteSession,
  target: AttachTarget,
  sources: readonly string[],
  opts: Omit<AttachOptions, 'name'> = {},
): Promise<Attachment[]> {
  requireRole(session, 'editCases');
  targetOf(session.db, target);
  const sizes = sources.map((source) => sourceSize(session, source));
  const total = sizes.reduce((a, b) => a + b, 0);
  const prepared: PreparedAttachment[] = [];
  let ids: string[];
  try {
    let before = 0;
    for (const [i, source] of sources.entries()) {
      if (opts.signal?.aborted) throw new AppError('CANCELLED');
      const base = before;
      prepared.push(
        await prepareAttachment(session, source, {
          extraHashes: opts.extraHashes,
          signal: opts.signal,
          onProgress: (done) => opts.onProgress?.(base + done, total),
        }),
      );
      before += sizes[i] ?? 0;
    }
    // A cancel that came after the last byte still wins: the person was told nothing would be kept.
    if (opts.signal?.aborted) throw new AppError('CANCELLED');
    ids = transaction(session.db, () => prepared.map((p) => recordAttachment(session, target, p, opts.protected ?? null)));
  } catch (e) {
    for (const p of prepared) discardPrepared(session, p);
    throw e;
  }
  return ids.map((id) => getAttachment(session.db, id));
}

/** How many attachments each item of a case has (items without any are absent). */
export function attachmentCounts(db: ReadableDb, perkaraId: string): Map<string, number> {
  const rows = all<{ evidence_id: string; n: number }>(
    db,
    sql`SELECT evidence_id, count(*) AS n FROM attachment WHERE perkara_id = ${perkaraId} AND evidence_id IS NOT NULL GROUP BY evidence_id`,
  );
  return new Map(rows.map((r) => [r.evidence_id, r.n]));
}

export function getAttachment(db: ReadableDb, id: string): Attachment {
  const r = get<AttachmentRow>(db, sql`SELECT * FROM attachment WHERE id = ${id}`);
  if (!r) throw new AppError('NOT_FOUND', { record: 'lampiran', id });
  return toAttachment(r);
}

export function listAttachments(db: ReadableDb, of: AttachTarget | { perkaraId: string }): Attachment[] {
  const q =
    'evidenceId' in of
      ? sql`SELECT * FROM attachment WHERE evidence_id = ${of.evidenceId} ORDER BY rowid`
      : 'documentId' in of
        ? sql`SELECT * FROM attachment WHERE document_id = ${of.documentId} ORDER BY rowid`
        : sql`SELECT * FROM attachment WHERE perkara_id = ${of.perkaraId} ORDER BY rowid`;
  return all<AttachmentRow>(db, q).map(toAttachment);
}

function rowOf(db: ReadableDb, id: string): AttachmentRow {
  const r = get<AttachmentRow>(db, sql`SELECT * FROM attachment WHERE id = ${id}`);
  if (!r) throw new AppError('NOT_FOUND', { record: 'lampiran', id });
  return r;
}

/** Writes the attachment's content to `dest`, only once its hash holds (else nothing is written). */
export async function exportAttachment(session: Session, id: string, dest: string): Promise<void> {
  const r = rowOf(session.db, id);
  await readBlobToFile(session.dir, r.blob_id, r.file_key, r.sha256, r.name, dest);
}

/** The thumbnail of an image attachment, verified, or null when it has none. */
export async function readThumbnail(session: Session, id: string): Promise<Buffer | null> {
  const r = rowOf(session.db, id);
  if (!r.thumb_blob_id || !r.thumb_key || !r.thumb_sha256) return null;
  return readBlobToBuffer(session.dir, r.thumb_blob_id, r.thumb_key, r.thumb_sha256, `${r.name} (thumbnail)`, THUMBNAIL_SOURCE_MAX);
}

/**
 * An image attachment's whole content, decrypted into memory and verified against its SHA-256, for
 * the screen to show; never written anywhere. A changed blob throws BLOB_TAMPERED.
 */
export async function readPreview(session: Session, id: string): Promise<{ name: string; mediaType: string; bytes: Buffer }> {
  const r = rowOf(session.db, id);
  if (!(PREVIEW_MEDIA_TYPES as readonly string[]).includes(r.media_type)) {
    throw new AppError('INVALID_INPUT', { detail: `${r.name} is not an image the screen can show` });
  }
  const bytes = await readBlobToBuffer(session.dir, r.blob_id, r.file_key, r.sha256, r.name, PREVIEW_MAX_BYTES);
  return { name: r.name, mediaType: r.media_type, bytes };
}

export type AttachmentCheck = { attachment: Attachment; ok: boolean; error: AppError | null };

/** Re-reads every attachment (of one case, or all) and checks its chunks and its SHA-256. */
export async function verifyAttachments(session: Session, perkaraId: string | null, onProgress?: (done: number, total: number) => void): Promise<AttachmentCheck[]> {
  const rows = perkaraId
    ? all<AttachmentRow>(session.db, sql`SELECT * FROM attachment WHERE perkara_id = ${perkaraId} ORDER BY rowid`)
    : all<AttachmentRow>(session.db, sql`SELECT * FROM attachment ORDER BY rowid`);
  const out: AttachmentCheck[] = [];
  for (const [i, r] of rows.entries()) {
    try {
      await verifyBlob(session.dir, r.blob_id, r.file_key, r.sha256, r.name);
      if (r.thumb_blob_id && r.thumb_key && r.thumb_sha256) await verifyBlob(session.dir, r.thumb_blob_id, r.thumb_key, r.thumb_sha256, `${r.name} (thumbnail)`);
      out.push({ attachment: toAttachment(r), ok: true, error: null });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.push({ attachment: toAttachment(r), ok: false, error: e });
    }
    onProgress?.(i + 1, rows.length);
  }
  return out;
}

/** SHA-1 and MD5 of an attachment, computed on request and recorded. */
export async function addSecondHashes(session: WriteSession, id: string): Promise<Attachment> {
  requireRole(session, 'editCases');
  const r = rowOf(session.db, id);
  const { sha1, md5 } = await secondHashes(session.dir, r.blob_id, r.file_key, r.name);
  await verifyBlob(session.dir, r.blob_id, r.file_key, r.sha256, r.name);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE attachment SET sha1 = ${sha1}, md5 = ${md5} WHERE id = ${id}`);
    audit(session, { action: 'attachment.update', entityId: id, perkaraId: r.perkara_id });
  });
  return getAttachment(session.db, id);
}

/** Marks whether the attachment shows a protected person (kept out of a de-identified export). */
export function setProtected(session: WriteSession, id: string, value: boolean): Attachment {
  requireRole(session, 'editCases');
  const r = rowOf(session.db, id);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE attachment SET protected = ${value ? 1 : 0} WHERE id = ${id}`);
    audit(session, { action: 'attachment.update', entityId: id, perkaraId: r.perkara_id });
  });
  return getAttachment(session.db, id);
}

/** Removes an attachment added by mistake; its blob files go once the row is gone. */
export function removeAttachment(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const r = rowOf(session.db, id);
  transaction(session.db, () => {
    run(session.db, sql`DELETE FROM attachment WHERE id = ${id}`);
    audit(session, { action: 'attachment.delete', entityId: id, perkaraId: r.perkara_id });
  });
  for (const blobId of [r.blob_id, r.thumb_blob_id]) if (blobId) rmSync(blobPath(session.dir, blobId), { force: true });
}

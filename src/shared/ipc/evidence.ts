// The channels for barang bukti: items of a case, their chain of custody, and their attachments.
// Part of the one contract (contract.ts spreads them in). As in records.ts, an item's or an event's
// fields cross as a plain object and are checked by the core's own schemas (INVALID_FIELD names the
// field); ids, paths and the shape around them are checked here.
//
// Attachment content never crosses as a file: a thumbnail or a preview is decrypted in the core,
// verified against its SHA-256, and sent as base64 for the page to show from memory.
import { z } from 'zod';
import { CustodyPurpose, Disposition, EvidenceCategory, EVIDENCE_STATUSES, type CustodyInput, type EvidenceInput, type EvidencePatch } from '../domain/evidence';

const Id = z.uuid();
const Path = z.string().trim().min(1).max(4096);

/**
 * An item's or a custody event's fields as a form sends them: a plain object of at most 32 flat
 * values (text, numbers, booleans, null), since neither record nests. The core's schema checks
 * each field and names the one it refuses.
 */
const isFlatFields = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  Object.getPrototypeOf(v) === Object.prototype &&
  Object.keys(v).length <= 32 &&
  Object.values(v).every((x) => x === null || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)) || (typeof x === 'string' && x.length <= 20_000));
const recordFields = <T>() => z.custom<T>(isFlatFields, { message: 'an object of fields' });

/** What the screen can show as an image (what Chromium decodes), and up to what size. */
export const PREVIEW_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const PREVIEW_MAX_BYTES = 32 * 1024 * 1024;

export const EvidenceView = z.strictObject({
  id: z.string(),
  perkaraId: z.string(),
  number: z.number().int(),
  description: z.string(),
  category: EvidenceCategory,
  amount: z.number().nullable(),
  seizedFrom: z.string(),
  seizedFromParty: z.string().nullable(),
  seizedPlace: z.string(),
  seizedAt: z.string().nullable(),
  seizureDocument: z.string().nullable(),
  permissionDocument: z.string().nullable(),
  sealNumber: z.string(),
  storage: z.string(),
  disposition: Disposition.or(z.literal('')),
  dispositionNote: z.string(),
  status: z.enum(EVIDENCE_STATUSES),
  holder: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A row of the case's list: the item and how many files are attached to it. */
export const EvidenceRowView = z.strictObject({ ...EvidenceView.shape, attachments: z.number().int() });

export const CustodyView = z.strictObject({
  id: z.string(),
  evidenceId: z.string(),
  seq: z.number().int(),
  releasedBy: z.string(),
  receivedBy: z.string(),
  at: z.string(),
  purpose: CustodyPurpose,
  location: z.string(),
  sealIntact: z.boolean().nullable(),
  note: z.string(),
  corrects: z.string().nullable(),
  correctedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const AttachmentView = z.strictObject({
  id: z.string(),
  perkaraId: z.string(),
  evidenceId: z.string().nullable(),
  documentId: z.string().nullable(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  sha1: z.string().nullable(),
  md5: z.string().nullable(),
  protected: z.boolean(),
  hasThumbnail: z.boolean(),
  createdAt: z.string(),
});

/** Decrypted image bytes as base64, for an object URL in the page (never a file). */
const ImageBytes = z.strictObject({ mediaType: z.string(), data: z.string() });

const Done = z.null();

export const EVIDENCE_CHANNELS = {
  'evidence:list': { input: z.strictObject({ perkaraId: Id }), output: z.array(EvidenceRowView) },
  'evidence:get': { input: z.strictObject({ id: Id }), output: EvidenceView },
  'evidence:add': { input: z.strictObject({ perkaraId: Id, evidence: recordFields<EvidenceInput>() }), output: EvidenceView },
  'evidence:update': { input: z.strictObject({ id: Id, patch: recordFields<EvidencePatch>() }), output: EvidenceView },
  'evidence:remove': { input: z.strictObject({ id: Id }), output: Done },

  'custody:list': { input: z.strictObject({ evidenceId: Id }), output: z.array(CustodyView) },
  // A correction is an event like any other that names, in `corrects`, the event it corrects.
  'custody:add': { input: z.strictObject({ evidenceId: Id, event: recordFields<CustodyInput>() }), output: CustodyView },

  'attachments:list': { input: z.strictObject({ evidenceId: Id }), output: z.array(AttachmentView) },
  // Files by their full paths (a dropped file's path in Electron, a path field in the preview).
  // Reports progress in bytes over all of them; cancelled by the call's signal or by
  // attachments:cancel with the same ticket, it leaves no row and no blob.
  'attachments:add': {
    input: z.strictObject({
      evidenceId: Id,
      paths: z.array(Path).min(1).max(100),
      protected: z.boolean().optional(),
      ticket: Id.optional(),
    }),
    output: z.array(AttachmentView),
    progress: true,
  },
  'attachments:cancel': { input: z.strictObject({ ticket: Id }), output: z.strictObject({ cancelled: z.boolean() }) },
  'attachments:thumbnail': { input: z.strictObject({ id: Id }), output: ImageBytes.nullable() },
  'attachments:preview': { input: z.strictObject({ id: Id }), output: ImageBytes },
  'attachments:hashes': { input: z.strictObject({ id: Id }), output: AttachmentView },
  'attachments:protect': { input: z.strictObject({ id: Id, protected: z.boolean() }), output: AttachmentView },
  'attachments:remove': { input: z.strictObject({ id: Id }), output: Done },

  // The native file picker: answered by Electron's main process; the core (and so the preview
  // server) answers { paths: null }, and the page offers a path field instead.
  'dialog:chooseFiles': { input: z.strictObject({}), output: z.strictObject({ paths: z.array(z.string()).nullable() }) },
} as const;

export type EvidenceView = z.infer<typeof EvidenceView>;
export type EvidenceRowView = z.infer<typeof EvidenceRowView>;
export type CustodyView = z.infer<typeof CustodyView>;
export type AttachmentView = z.infer<typeof AttachmentView>;

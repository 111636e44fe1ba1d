// Barang bukti: evidence items of a case, their chain of custody, and their attachments. What the
// court weighs: where an item came from, who has held it since, and that its digital copy is the
// one that was seized (domain/TPPO.md, "Chain of custody").
import { z } from 'zod';
import { Instant, line } from './fields';

export const EVIDENCE_CATEGORIES = ['fisik', 'digital', 'dokumen', 'uang'] as const;
export const EvidenceCategory = z.enum(EVIDENCE_CATEGORIES);
export type EvidenceCategory = z.infer<typeof EvidenceCategory>;

/** Final disposition, as the court's decision or the prosecutor orders it. */
export const DISPOSITIONS = ['dikembalikan', 'dirampas_negara', 'dimusnahkan'] as const;
export const Disposition = z.enum(DISPOSITIONS);

export const EvidenceFields = z.strictObject({
  description: line(2_000).min(1),
  category: EvidenceCategory,
  /** For money: the amount in rupiah. */
  amount: z.number().int().min(0).max(1e15).nullable().default(null),
  /** From whom, as the seizure report writes it. */
  seizedFrom: line(200).default(''),
  /** The person in the case it was seized from, when they are one (party id). */
  seizedFromParty: z.uuid().nullable().default(null),
  seizedPlace: line(500).default(''),
  seizedAt: Instant.nullable().default(null),
  /** The surat perintah or berita acara penyitaan (document id). */
  seizureDocument: z.uuid().nullable().default(null),
  /** The court's permission or approval of the seizure (document id). */
  permissionDocument: z.uuid().nullable().default(null),
  sealNumber: line(100).default(''),
  storage: line(300).default(''),
  disposition: Disposition.or(z.literal('')).default(''),
  dispositionNote: line(2_000).default(''),
});
export type EvidenceInput = z.input<typeof EvidenceFields>;
export type EvidencePatch = Partial<EvidenceInput>;

/** Why an item changed hands; the item's status is read from the latest. */
export const CUSTODY_PURPOSES = [
  'penyitaan',
  'penyimpanan',
  'pemeriksaan',
  'pemeriksaan_lab',
  'penyerahan_jpu',
  'pengembalian',
  'pemusnahan',
  'lainnya',
] as const;
export const CustodyPurpose = z.enum(CUSTODY_PURPOSES);
export type CustodyPurpose = z.infer<typeof CustodyPurpose>;

export const CustodyFields = z.strictObject({
  releasedBy: line(200).min(1),
  receivedBy: line(200).min(1),
  at: Instant,
  purpose: CustodyPurpose,
  location: line(500).default(''),
  /** Whether the seal was intact at the handover; null when not checked (an unsealed item). */
  sealIntact: z.boolean().nullable().default(null),
  note: line(2_000).default(''),
  /** The event this one corrects; events themselves are never changed. */
  corrects: z.uuid().nullable().default(null),
});
export type CustodyInput = z.input<typeof CustodyFields>;

export type CustodyEvent = z.output<typeof CustodyFields> & { id: string; evidenceId: string; seq: number; createdAt: string; correctedBy: string | null };

/** Where an item is, read from its custody events (never typed). */
export const EVIDENCE_STATUSES = ['belum_diterima', 'disimpan', 'diperiksa', 'di_laboratorium', 'diserahkan_jpu', 'dikembalikan', 'dimusnahkan', 'dipindahkan'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const STATUS_OF_PURPOSE: Record<CustodyPurpose, EvidenceStatus> = {
  penyitaan: 'disimpan',
  penyimpanan: 'disimpan',
  pemeriksaan: 'diperiksa',
  pemeriksaan_lab: 'di_laboratorium',
  penyerahan_jpu: 'diserahkan_jpu',
  pengembalian: 'dikembalikan',
  pemusnahan: 'dimusnahkan',
  lainnya: 'dipindahkan',
};

export type Evidence = z.output<typeof EvidenceFields> & {
  id: string;
  perkaraId: string;
  /** Number within the case, from 1, in the order items were recorded. */
  number: number;
  status: EvidenceStatus;
  /** Who holds it now, by the latest custody event; '' before the first. */
  holder: string;
  createdAt: string;
  updatedAt: string;
};

export type Attachment = {
  id: string;
  perkaraId: string;
  evidenceId: string | null;
  documentId: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  sha1: string | null;
  md5: string | null;
  /** Shows a protected person: left out of a de-identified export. */
  protected: boolean;
  hasThumbnail: boolean;
  createdAt: string;
};

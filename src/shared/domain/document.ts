// Documents of the investigation (administrasi penyidikan and berita acara). The order of TYPES is
// the procedural order the dossier files them in (domain/TPPO.md, "The berkas perkara"); within one
// type, documents go by date.
import { z } from 'zod';
import { IsoDate, line, text } from './fields';
import type { PartyRole } from './person';

export const DOCUMENT_TYPES = [
  'laporan_polisi',
  'sprindik',
  'spdp',
  'surat_panggilan',
  'bap_korban',
  'bap_saksi',
  'bap_ahli',
  'bap_tersangka',
  'sprin_penangkapan',
  'ba_penangkapan',
  'sprin_penahanan',
  'ba_penahanan',
  'perpanjangan_penahanan',
  'izin_penggeledahan',
  'sprin_penggeledahan',
  'ba_penggeledahan',
  'izin_penyitaan',
  'sprin_penyitaan',
  'ba_penyitaan',
  'ba_pembungkusan',
  'visum',
  'lab_forensik',
  'p18',
  'p19',
  'p21',
  'lainnya',
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

/**
 * The roles a document of this type may concern, when it concerns someone: a BAP korban a korban;
 * a BAP saksi a saksi or the pelapor (who is heard as a witness).
 */
export const DOCUMENT_PARTY_ROLES: Partial<Record<DocumentType, readonly PartyRole[]>> = {
  bap_korban: ['korban'],
  bap_saksi: ['saksi', 'pelapor'],
  bap_ahli: ['ahli'],
  bap_tersangka: ['tersangka'],
  sprin_penangkapan: ['tersangka'],
  ba_penangkapan: ['tersangka'],
  sprin_penahanan: ['tersangka'],
  ba_penahanan: ['tersangka'],
  perpanjangan_penahanan: ['tersangka'],
};

export const DocumentFields = z.strictObject({
  type: DocumentType,
  number: line(200).default(''),
  date: IsoDate.nullable().default(null),
  signatory: line(200).default(''),
  summary: text(20_000).default(''),
  /** The people in the case this document concerns (party ids). */
  parties: z.array(z.uuid()).max(200).default([]),
});
export type DocumentInput = z.input<typeof DocumentFields>;
export type DocumentPatch = Partial<DocumentInput>;

export type CaseDocument = z.output<typeof DocumentFields> & { id: string; perkaraId: string; createdAt: string; updatedAt: string };

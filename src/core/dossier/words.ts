// The dossier's words. A berkas perkara goes to an Indonesian prosecutor and court, so it is written
// in Bahasa Indonesia whatever language the screen uses, with dates and amounts as Indonesian
// documents write them. The formatting is done here by hand, not by Intl, so a different ICU build
// can never change a byte of an export.
import type { EXPLOITATIONS, MODUS, Stage } from '../../shared/domain/case';

type Modus = (typeof MODUS)[number];
type Exploitation = (typeof EXPLOITATIONS)[number];
import type { DocumentType } from '../../shared/domain/document';
import type { CustodyPurpose, EvidenceCategory, EvidenceStatus } from '../../shared/domain/evidence';
import type { NetworkRole, PartyRole } from '../../shared/domain/person';
import type { TimeZone } from '../../shared/domain/settings';
import type { DetentionKind } from '../../shared/domain/detention';
import { localDateTime } from '../../shared/rules/dates';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** '2026-11-27' → '27 November 2026'; '' or null → '-'. */
export function tanggal(date: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return '-';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A local 'YYYY-MM-DDTHH:MM' (or a date alone) → '27 November 2026 pukul 14.30'. */
export function waktuLokal(local: string | null | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local ?? '');
  if (!m) return '-';
  return m[2] === undefined ? tanggal(m[1]) : `${tanggal(m[1])} pukul ${m[2]}.${m[3]}`;
}

/** An instant in the unit's zone → '27 November 2026 pukul 14.30 WITA'. */
export function waktu(instant: string | Date | null | undefined, zone: TimeZone): string {
  if (instant === null || instant === undefined || instant === '') return '-';
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return '-';
  return `${waktuLokal(localDateTime(d, zone))} ${zone}`;
}

/** 1500000 → 'Rp 1.500.000'. */
export function rupiah(amount: number | null): string {
  if (amount === null) return '-';
  return `Rp ${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** Bytes as a person reads a file size: '512 KB', '3,4 MB'. */
export function ukuran(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${(v < 10 ? v.toFixed(1) : String(Math.round(v))).replace('.', ',')} ${units[u]}`;
}

export const DOCUMENT_WORDS: Record<DocumentType, string> = {
  laporan_polisi: 'Laporan Polisi',
  sprindik: 'Surat Perintah Penyidikan',
  spdp: 'Surat Pemberitahuan Dimulainya Penyidikan (SPDP)',
  surat_panggilan: 'Surat Panggilan',
  bap_korban: 'Berita Acara Pemeriksaan Korban',
  bap_saksi: 'Berita Acara Pemeriksaan Saksi',
  bap_ahli: 'Berita Acara Pemeriksaan Ahli',
  bap_tersangka: 'Berita Acara Pemeriksaan Tersangka',
  sprin_penangkapan: 'Surat Perintah Penangkapan',
  ba_penangkapan: 'Berita Acara Penangkapan',
  sprin_penahanan: 'Surat Perintah Penahanan',
  ba_penahanan: 'Berita Acara Penahanan',
  perpanjangan_penahanan: 'Perpanjangan Penahanan',
  izin_penggeledahan: 'Izin Penggeledahan dari Ketua Pengadilan Negeri',
  sprin_penggeledahan: 'Surat Perintah Penggeledahan',
  ba_penggeledahan: 'Berita Acara Penggeledahan',
  izin_penyitaan: 'Izin/Persetujuan Penyitaan dari Ketua Pengadilan Negeri',
  sprin_penyitaan: 'Surat Perintah Penyitaan',
  ba_penyitaan: 'Berita Acara Penyitaan',
  ba_pembungkusan: 'Berita Acara Pembungkusan dan Penyegelan Barang Bukti',
  visum: 'Visum et Repertum',
  lab_forensik: 'Laporan Pemeriksaan Laboratorium / Forensik Digital',
  p18: 'P-18 (Hasil Penyidikan Belum Lengkap)',
  p19: 'P-19 (Pengembalian Berkas Perkara untuk Dilengkapi)',
  p21: 'P-21 (Hasil Penyidikan Sudah Lengkap)',
  lainnya: 'Dokumen Lain',
};

export const ROLE_WORDS: Record<PartyRole, string> = { tersangka: 'Tersangka', korban: 'Korban', saksi: 'Saksi', ahli: 'Ahli', pelapor: 'Pelapor' };

export const NETWORK_WORDS: Record<NetworkRole, string> = {
  perekrut: 'Perekrut',
  pengangkut: 'Pengangkut',
  penampung: 'Penampung',
  pengirim: 'Pengirim',
  mucikari: 'Mucikari',
  pengguna: 'Pengguna',
  korporasi: 'Korporasi',
};

export const CATEGORY_WORDS: Record<EvidenceCategory, string> = { fisik: 'Barang fisik', digital: 'Barang digital', dokumen: 'Dokumen', uang: 'Uang' };

export const STATUS_WORDS: Record<EvidenceStatus, string> = {
  belum_diterima: 'Belum diterima',
  disimpan: 'Disimpan',
  diperiksa: 'Sedang diperiksa',
  di_laboratorium: 'Di laboratorium',
  diserahkan_jpu: 'Diserahkan ke JPU',
  dikembalikan: 'Dikembalikan',
  dimusnahkan: 'Dimusnahkan',
  dipindahkan: 'Dipindahkan',
};

export const PURPOSE_WORDS: Record<CustodyPurpose, string> = {
  penyitaan: 'Penyitaan',
  penyimpanan: 'Penyimpanan',
  pemeriksaan: 'Pemeriksaan',
  pemeriksaan_lab: 'Pemeriksaan laboratorium',
  penyerahan_jpu: 'Penyerahan ke JPU',
  pengembalian: 'Pengembalian',
  pemusnahan: 'Pemusnahan',
  lainnya: 'Lainnya',
};

export const DISPOSITION_WORDS: Record<string, string> = { dikembalikan: 'Dikembalikan', dirampas_negara: 'Dirampas untuk negara', dimusnahkan: 'Dimusnahkan', '': '-' };

export const MODUS_WORDS: Record<Modus | '', string> = {
  pmi_prt: 'Pengiriman PMI / PRT nonprosedural',
  psk: 'Eksploitasi seksual (prostitusi)',
  abk: 'Anak buah kapal',
  eksploitasi_anak: 'Eksploitasi anak',
  online_scam: 'Penipuan daring (online scam)',
  lainnya: 'Lainnya',
  '': '-',
};

export const EXPLOITATION_WORDS: Record<Exploitation | '', string> = {
  seksual: 'Eksploitasi seksual',
  kerja_paksa: 'Kerja paksa',
  perbudakan: 'Perbudakan atau praktik serupa',
  organ: 'Pengambilan organ',
  lainnya: 'Lainnya',
  '': '-',
};

export const STAGE_WORDS: Record<Stage, string> = {
  penyelidikan: 'Penyelidikan',
  penyidikan: 'Penyidikan',
  tahap_1: 'Tahap I',
  dikembalikan: 'Dikembalikan (P-18/P-19)',
  lengkap: 'Lengkap (P-21)',
  tahap_2: 'Tahap II',
  sp3: 'SP3',
};

export const DETENTION_WORDS: Record<DetentionKind, string> = {
  penyidik: 'Penahanan oleh penyidik',
  perpanjangan_pu: 'Perpanjangan oleh penuntut umum',
  perpanjangan_pn_1: 'Perpanjangan pertama oleh Ketua PN',
  perpanjangan_pn_2: 'Perpanjangan kedua oleh Ketua PN',
};

export const SEX_WORDS = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** The five headings of the resume, in their order (domain/TPPO.md). */
export const RESUME_WORDS = {
  dasar: 'Dasar Penyidikan',
  uraian: 'Uraian Singkat Perkara',
  fakta: 'Fakta-Fakta',
  analisis: 'Analisis Yuridis',
  kesimpulan: 'Kesimpulan',
} as const;

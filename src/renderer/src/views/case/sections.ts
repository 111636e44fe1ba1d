// The sections of a case, in the order an investigator works through them, and the roles each
// people section lists. Saksi and ahli share one section: both are heard as witnesses.
import type { PartyRole } from '../../../../shared/domain/person';

export const SECTIONS = ['ringkasan', 'resume', 'tersangka', 'korban', 'saksi', 'pelapor', 'dokumen', 'barang_bukti', 'tenggat', 'berkas_perkara', 'riwayat'] as const;
export type Section = (typeof SECTIONS)[number];

export type PeopleSection = 'tersangka' | 'korban' | 'saksi' | 'pelapor';

export const SECTION_ROLES = {
  tersangka: ['tersangka'],
  korban: ['korban'],
  saksi: ['saksi', 'ahli'],
  pelapor: ['pelapor'],
} as const satisfies Record<PeopleSection, readonly PartyRole[]>;

export function isPeopleSection(s: Section): s is PeopleSection {
  return Object.hasOwn(SECTION_ROLES, s);
}

// Other screens may name a section in English (the deadlines view opens 'deadlines').
const ALIASES: Readonly<Record<string, Section>> = {
  summary: 'ringkasan',
  suspects: 'tersangka',
  victims: 'korban',
  witnesses: 'saksi',
  ahli: 'saksi',
  reporters: 'pelapor',
  documents: 'dokumen',
  evidence: 'barang_bukti',
  'barang-bukti': 'barang_bukti',
  bb: 'barang_bukti',
  deadlines: 'tenggat',
  dossier: 'berkas_perkara',
  berkas: 'berkas_perkara',
  'berkas-perkara': 'berkas_perkara',
  history: 'riwayat',
  audit: 'riwayat',
};

/** The section to open for an `initialSection` prop; the summary when it names none we know. */
export function sectionOf(name: string | undefined): Section {
  const key = (name ?? '').trim().toLowerCase();
  return SECTIONS.find((s) => s === key) ?? ALIASES[key] ?? 'ringkasan';
}

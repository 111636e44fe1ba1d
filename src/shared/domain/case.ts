// A perkara (case) as a TPPO investigation writes it down: the LP, the offence, the pasal sangkaan,
// the team, the resume, and the stage with its history (domain/TPPO.md).
import { z } from 'zod';
import { PerkaraId } from './ids';
import { IsoDate, line, LocalDateTime, text } from './fields';

export const STAGES = [
  'penyelidikan',
  'penyidikan',
  'tahap_1',
  'dikembalikan',
  'lengkap',
  'tahap_2',
  'sp3',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/**
 * Where a case may go from each stage. A case goes back and forth between tahap I and dikembalikan
 * (P-18/P-19); SP3 stops an investigation and a court (praperadilan) can reopen it.
 */
export const NEXT_STAGES: Record<Stage, readonly Stage[]> = {
  penyelidikan: ['penyidikan', 'sp3'],
  penyidikan: ['tahap_1', 'sp3'],
  tahap_1: ['dikembalikan', 'lengkap'],
  dikembalikan: ['tahap_1', 'sp3'],
  lengkap: ['tahap_2'],
  tahap_2: [],
  sp3: ['penyidikan'],
};

/** Kinds of the offence, as the task force's statistics split them. '' while unknown. */
export const MODUS = ['pmi_prt', 'psk', 'abk', 'eksploitasi_anak', 'online_scam', 'lainnya'] as const;
export const Modus = z.enum(MODUS);

/** Forms of eksploitasi (UU 21/2007 Pasal 1 angka 7). */
export const EXPLOITATIONS = ['seksual', 'kerja_paksa', 'perbudakan', 'organ', 'lainnya'] as const;
export const Exploitation = z.enum(EXPLOITATIONS);

/** What the recruitment-channel field suggests; any other text is accepted. */
export const RECRUITMENT_CHANNELS = ['MiChat', 'WhatsApp', 'Facebook', 'Instagram', 'TikTok', 'Telegram', 'Langsung', 'Agen/sponsor'];

export const TeamMember = z.strictObject({
  name: line(120).min(1),
  rank: line(60).default(''),
  nrp: line(30).regex(/^[0-9 ]*$/, { message: 'NRP is digits' }).default(''),
  role: z.enum(['ketua', 'anggota']).default('anggota'),
});
export type TeamMember = z.infer<typeof TeamMember>;

/** The five headings of the resume (berita acara pendapat), in their order. */
export const RESUME_HEADINGS = ['dasar', 'uraian', 'fakta', 'analisis', 'kesimpulan'] as const;
export const Resume = z.strictObject({
  dasar: text(100_000).default(''),
  uraian: text(100_000).default(''),
  fakta: text(100_000).default(''),
  analisis: text(100_000).default(''),
  kesimpulan: text(100_000).default(''),
});
export type Resume = z.infer<typeof Resume>;

/** A rule set's id and version as a case records it, e.g. 'kuhap-1981@1'. */
export const RuleSetRef = z.string().regex(/^[a-z0-9-]{1,40}@[1-9][0-9]{0,5}$/);

/** What a person types for a case; model A/B is read from the LP number, stage from its history. */
export const PerkaraFields = z.strictObject({
  lpNumber: line(200).min(1),
  lpDate: IsoDate,
  title: line(300).min(1),
  satker: line(200).default(''),
  place: line(500).default(''),
  offenceStart: LocalDateTime.nullable().default(null),
  offenceEnd: LocalDateTime.nullable().default(null),
  modus: Modus.or(z.literal('')).default(''),
  exploitation: Exploitation.or(z.literal('')).default(''),
  recruitmentChannel: line(100).default(''),
  charges: z.array(line(80).min(1)).max(30).default([]),
  team: z.array(TeamMember).max(20).default([]),
  resume: Resume.default({ dasar: '', uraian: '', fakta: '', analisis: '', kesimpulan: '' }),
  /** Rule set for adult tersangka; chosen from the LP date when left out (the KUHAP in force then). */
  adultRules: RuleSetRef.nullable().default(null),
});
export type PerkaraFields = z.output<typeof PerkaraFields>;
export type PerkaraInput = z.input<typeof PerkaraFields>;

/** A change to some fields; the rest stay as they are. */
export type PerkaraPatch = Partial<PerkaraInput>;

export const StageChange = z.strictObject({
  stage: Stage,
  date: IsoDate,
  note: text(5_000).default(''),
});
export type StageChange = z.input<typeof StageChange>;

export type StageEntry = { id: string; stage: Stage; date: string; note: string };

/** A stored finding on a record (an LP suffix that differs from the unit, a NIK mismatch). */
export const StoredFinding = z.strictObject({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type StoredFinding = z.infer<typeof StoredFinding>;

export const PerkaraSummary = z.strictObject({
  id: PerkaraId,
  lpNumber: z.string(),
  lpDate: z.string().nullable(),
  title: z.string(),
  stage: Stage,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PerkaraSummary = z.infer<typeof PerkaraSummary>;

/** A whole perkara record as the core returns it. */
export type Perkara = PerkaraSummary &
  Omit<PerkaraFields, 'lpNumber' | 'lpDate' | 'title' | 'adultRules'> & {
    model: 'A' | 'B' | null;
    adultRules: string | null;
    childRules: string | null;
    /** The highest maximum sentence among the pasal sangkaan, in years (0 when none is recorded). */
    threatYears: number;
    stages: StageEntry[];
    warnings: StoredFinding[];
  };

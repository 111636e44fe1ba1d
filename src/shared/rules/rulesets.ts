// The periods an investigator must keep, as versioned data rather than code. A case file stores the
// rule sets it uses (editable there, because the periods of UU 20/2025 are not yet confirmed), and
// each suspect's record names the id and version it was judged by, so a later edit never silently
// changes the deadlines of an old case. detention.ts and deadlines.ts read every period from a
// RuleSet; no period is written anywhere else in the code.
import { z } from 'zod';

export const DETENTION_KINDS = ['penyidik', 'perpanjangan_pu', 'perpanjangan_pn_1', 'perpanjangan_pn_2'] as const;
export const DetentionKind = z.enum(DETENTION_KINDS);
export type DetentionKind = z.infer<typeof DetentionKind>;

const Days = z.number().int().min(1).max(366);
const Years = z.number().min(0).max(100);

export const DetentionRule = z.strictObject({
  kind: DetentionKind,
  days: Days,
  authority: z.enum(['penyidik', 'penuntut_umum', 'ketua_pengadilan']),
  /** The offence must carry at least this many years for the period to be allowed. */
  minThreatYears: Years.nullable(),
});
export type DetentionRule = z.infer<typeof DetentionRule>;

export const RuleSet = z
  .strictObject({
    // Cases refer to a version as 'id@version' (src/shared/domain/case.ts RuleSetRef).
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'lower-case letters, digits and hyphens' }),
    version: z.number().int().min(1).max(999_999),
    name: z.string().trim().min(1).max(200),
    law: z.string().trim().min(1).max(200),
    /** False while the periods are a best guess that someone must check against the law. */
    confirmed: z.boolean(),
    note: z.string().max(2000),
    appliesTo: z.enum(['adult', 'child']),
    arrestHours: z.number().int().min(1).max(24 * 30),
    minDetentionAge: z.number().int().min(0).max(18).nullable(),
    minThreatYearsForDetention: Years.nullable(),
    /** In the order the periods follow one another. */
    detention: z.array(DetentionRule).min(1),
    spdpDays: Days,
    prosecutorAnswerDays: Days,
    p19ReturnDays: Days,
  })
  .superRefine((set, ctx) => {
    // An edited rule set must still describe a chain checkDetention can follow.
    if (set.detention[0]?.kind !== 'penyidik') {
      ctx.addIssue({ code: 'custom', path: ['detention', 0, 'kind'], message: 'The first period must be penyidik' });
    }
    const kinds = set.detention.map((d) => d.kind);
    if (new Set(kinds).size !== kinds.length) {
      ctx.addIssue({ code: 'custom', path: ['detention'], message: 'Each kind of period may appear once' });
    }
  });
export type RuleSet = z.infer<typeof RuleSet>;

export type BuiltinRuleSetId = 'kuhap-1981' | 'sppa-2012' | 'kuhap-2025';

/** UU 20/2025 (the new KUHAP) applies to offences from this date. */
export const KUHAP_2025_IN_FORCE = '2026-01-02';

const KUHAP_1981: RuleSet = {
  id: 'kuhap-1981',
  version: 1,
  name: 'KUHAP 1981',
  law: 'UU 8/1981 tentang Hukum Acara Pidana',
  confirmed: true,
  note:
    'Penangkapan paling lama 1 hari (Pasal 19). Penahanan penyidik 20 hari, diperpanjang penuntut umum 40 hari (Pasal 24); ' +
    'perpanjangan Ketua PN 30 + 30 hari untuk ancaman 9 tahun atau lebih (Pasal 29 ayat 1 huruf b; alasan gangguan ' +
    'fisik atau mental berat, huruf a, tidak diperiksa di sini). Syarat ancaman 5 tahun ' +
    '(Pasal 21 ayat 4) tidak diisi karena ada pasal pengecualian yang disebut satu per satu. SPDP 7 hari setelah ' +
    'Sprindik (Putusan MK 130/PUU-XIII/2015); jawaban penuntut umum 7 hari dan pengembalian berkas P-19 14 hari (Pasal 138).',
  appliesTo: 'adult',
  arrestHours: 24,
  minDetentionAge: null,
  minThreatYearsForDetention: null,
  detention: [
    { kind: 'penyidik', days: 20, authority: 'penyidik', minThreatYears: null },
    { kind: 'perpanjangan_pu', days: 40, authority: 'penuntut_umum', minThreatYears: null },
    { kind: 'perpanjangan_pn_1', days: 30, authority: 'ketua_pengadilan', minThreatYears: 9 },
    { kind: 'perpanjangan_pn_2', days: 30, authority: 'ketua_pengadilan', minThreatYears: 9 },
  ],
  spdpDays: 7,
  prosecutorAnswerDays: 7,
  p19ReturnDays: 14,
};

const SPPA_2012: RuleSet = {
  id: 'sppa-2012',
  version: 1,
  name: 'SPPA 2012 (anak)',
  law: 'UU 11/2012 tentang Sistem Peradilan Pidana Anak',
  confirmed: true,
  note:
    'Untuk anak berkonflik dengan hukum. Penangkapan paling lama 24 jam (Pasal 30). Penahanan hanya bagi anak berumur ' +
    '14 tahun atau lebih dengan ancaman pidana 7 tahun atau lebih (Pasal 32). Penahanan penyidik 7 hari, diperpanjang ' +
    'penuntut umum 8 hari (Pasal 33). SPDP, jawaban penuntut umum dan P-19 mengikuti KUHAP.',
  appliesTo: 'child',
  arrestHours: 24,
  minDetentionAge: 14,
  minThreatYearsForDetention: 7,
  detention: [
    { kind: 'penyidik', days: 7, authority: 'penyidik', minThreatYears: null },
    { kind: 'perpanjangan_pu', days: 8, authority: 'penuntut_umum', minThreatYears: null },
  ],
  spdpDays: 7,
  prosecutorAnswerDays: 7,
  p19ReturnDays: 14,
};

const KUHAP_2025: RuleSet = {
  ...KUHAP_1981,
  id: 'kuhap-2025',
  name: 'KUHAP 2025',
  law: 'UU 20/2025 tentang Hukum Acara Pidana (berlaku 2 Januari 2026)',
  confirmed: false,
  note:
    'BELUM DIKONFIRMASI: semua jangka waktu di sini disalin dari KUHAP 1981 sebagai perkiraan. Periksa terhadap ' +
    'UU 20/2025 dan ubah bila berbeda sebelum mengandalkan tenggat waktunya.',
};

export const BUILTIN_RULE_SETS: Record<BuiltinRuleSetId, RuleSet> = {
  'kuhap-1981': KUHAP_1981,
  'sppa-2012': SPPA_2012,
  'kuhap-2025': KUHAP_2025,
};

/**
 * Which built-in rule set governs a suspect: SPPA for a child (its own periods apply whatever the
 * date), otherwise the KUHAP in force on `date`. Detention is procedure, so callers pass the date
 * the case was reported (the LP date): a case reported before 2 January 2026 stays under KUHAP 1981.
 */
export function ruleSetFor(date: string, child: boolean): BuiltinRuleSetId {
  if (child) return 'sppa-2012';
  // ISO dates compare correctly as text.
  return date >= KUHAP_2025_IN_FORCE ? 'kuhap-2025' : 'kuhap-1981';
}

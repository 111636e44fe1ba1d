// People in a case. A person is recorded once (matched by NIK when there is one) and takes roles in
// cases: tersangka, korban, saksi, ahli, pelapor. Identity follows KUHAP Pasal 143(2)(a), plus what
// practice adds (NIK, alias, pendidikan, phone).
import { z } from 'zod';
import { IsoDate, line } from './fields';
import type { StoredFinding } from './case';

export const PARTY_ROLES = ['tersangka', 'korban', 'saksi', 'ahli', 'pelapor'] as const;
export const PartyRole = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRole>;

/** A tersangka's part in the network. */
export const NETWORK_ROLES = ['perekrut', 'pengangkut', 'penampung', 'pengirim', 'mucikari', 'pengguna', 'korporasi'] as const;
export const NetworkRole = z.enum(NETWORK_ROLES);
export type NetworkRole = z.infer<typeof NetworkRole>;

export const Sex = z.enum(['L', 'P']);
export type Sex = z.infer<typeof Sex>;

export const PersonFields = z.strictObject({
  fullName: line(200).min(1),
  alias: line(200).default(''),
  /** 16 digits; spaces, dots and hyphens are dropped before checking. */
  nik: z
    .string()
    .transform((s) => s.replace(/[\s.-]/g, ''))
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s)),
  birthPlace: line(200).default(''),
  birthDate: IsoDate.nullable().default(null),
  sex: Sex.nullable().default(null),
  nationality: line(100).default('Indonesia'),
  address: line(500).default(''),
  religion: line(50).default(''),
  occupation: line(200).default(''),
  education: line(100).default(''),
  phone: line(50).default(''),
});
export type PersonFields = z.output<typeof PersonFields>;
export type PersonInput = z.input<typeof PersonFields>;
export type PersonPatch = Partial<PersonInput>;

/** The orang tua / wali of a child, confidential with the child. */
export const Guardian = z.strictObject({
  name: line(200).min(1),
  relation: line(50).default(''),
  phone: line(50).default(''),
});
export type Guardian = z.infer<typeof Guardian>;

/** A person in a role in one case. `confidential` left out takes the default of the role and age. */
export const PartyFields = z.strictObject({
  role: PartyRole,
  confidential: z.boolean().nullable().default(null),
  networkRole: NetworkRole.nullable().default(null),
  guardian: Guardian.nullable().default(null),
  notes: line(2_000).default(''),
});
export type PartyInput = z.input<typeof PartyFields>;
export type PartyPatch = Partial<Omit<PartyInput, 'role'>>;

export type Person = PersonFields & { id: string; warnings: StoredFinding[]; createdAt: string; updatedAt: string };

/** A person in a role in a case, with what the case derives about them. */
export type Party = {
  id: string;
  perkaraId: string;
  role: PartyRole;
  person: Person;
  /** Whether identities must be kept out of a de-identified export: the flag, or a child. */
  confidential: boolean;
  /** The flag as stored; a child is confidential whatever it says. */
  confidentialFlag: boolean;
  /** Age in full years on the first day of the offence; null when a date is missing. */
  ageAtOffence: number | null;
  child: boolean | null;
  networkRole: NetworkRole | null;
  guardian: Guardian | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
};

// The person form's state and what it sends. Identity (KUHAP 143 and what practice adds) belongs to
// the person, everywhere they appear; confidentiality, the network role and a child's guardian
// belong to their role in this case. Child status is never typed: it is previewed here from the
// birth date and the first day of the offence, and the core decides.
import type { NetworkRole, PartyInput, PartyPatch, PartyRole, PersonInput, PersonPatch } from '../../../../shared/domain/person';
import type { PartyView } from '../../../../shared/ipc/records';
import { ageOn, CHILD_UNDER_AGE } from '../../../../shared/rules/age';
import { isIsoDate } from '../../../../shared/rules/dates';

export type PersonForm = {
  fullName: string;
  alias: string;
  nik: string;
  birthPlace: string;
  birthDate: string;
  sex: '' | 'L' | 'P';
  nationality: string;
  address: string;
  religion: string;
  occupation: string;
  education: string;
  phone: string;
};

export type GuardianForm = { name: string; relation: string; phone: string };

export type PartyForm = {
  person: PersonForm;
  networkRole: NetworkRole | '';
  /** null: not chosen, so the default of the role and age applies (as the core does). */
  confidential: boolean | null;
  guardian: GuardianForm;
  notes: string;
};

export const PERSON_FIELDS = [
  'fullName', 'alias', 'nik', 'birthPlace', 'birthDate', 'sex', 'nationality', 'address', 'religion', 'occupation', 'education', 'phone',
] as const satisfies readonly (keyof PersonForm)[];

export const EMPTY_PERSON: PersonForm = {
  fullName: '', alias: '', nik: '', birthPlace: '', birthDate: '', sex: '', nationality: 'Indonesia',
  address: '', religion: '', occupation: '', education: '', phone: '',
};

export function emptyPartyForm(): PartyForm {
  return { person: { ...EMPTY_PERSON }, networkRole: '', confidential: null, guardian: { name: '', relation: '', phone: '' }, notes: '' };
}

export function personFormOf(p: PartyView['person']): PersonForm {
  return {
    fullName: p.fullName, alias: p.alias, nik: p.nik ?? '', birthPlace: p.birthPlace, birthDate: p.birthDate ?? '', sex: p.sex ?? '',
    nationality: p.nationality, address: p.address, religion: p.religion, occupation: p.occupation, education: p.education, phone: p.phone,
  };
}

export function partyFormOf(party: PartyView): PartyForm {
  return {
    person: personFormOf(party.person),
    networkRole: party.networkRole ?? '',
    confidential: party.confidentialFlag,
    guardian: { name: party.guardian?.name ?? '', relation: party.guardian?.relation ?? '', phone: party.guardian?.phone ?? '' },
    notes: party.notes,
  };
}

/** Text inputs into the identity the core takes: empty optional values are null. */
export function personInput(f: PersonForm): PersonInput {
  return {
    ...f,
    fullName: f.fullName.trim(),
    nik: f.nik.trim() === '' ? null : f.nik.trim(),
    birthDate: f.birthDate === '' ? null : f.birthDate,
    sex: f.sex === '' ? null : f.sex,
  };
}

/** The identity fields that changed. */
export function personPatch(before: PersonForm, after: PersonForm): PersonPatch {
  const a = personInput(before);
  const b = personInput(after);
  const patch: PersonPatch = {};
  for (const key of PERSON_FIELDS) if (a[key] !== b[key]) Object.assign(patch, { [key]: b[key] });
  return patch;
}

/** A guardian with nothing typed is no guardian. */
export function guardianInput(g: GuardianForm): PartyInput['guardian'] {
  const name = g.name.trim();
  const relation = g.relation.trim();
  const phone = g.phone.trim();
  return name === '' && relation === '' && phone === '' ? null : { name, relation, phone };
}

export type ChildPreview = { age: number; child: boolean };

/** Age on the first day of the offence, when both dates are known (the core's rule, for a preview). */
export function childPreview(birthDate: string, offenceStart: string | null): ChildPreview | null {
  const onDate = offenceStart?.slice(0, 10) ?? '';
  if (!isIsoDate(birthDate) || !isIsoDate(onDate)) return null;
  const age = ageOn(birthDate, onDate);
  return { age, child: age < CHILD_UNDER_AGE };
}

/** On for korban and pelapor (UU 21/2007 Pasal 44; the promise to reporters) and every child. */
export function defaultConfidential(role: PartyRole, child: boolean): boolean {
  return role === 'korban' || role === 'pelapor' || child;
}

/** What the checkbox shows: a child's is always on; otherwise the choice, or the default. */
export function shownConfidential(role: PartyRole, f: PartyForm, child: boolean): boolean {
  return child || (f.confidential ?? defaultConfidential(role, child));
}

export function partyInput(role: PartyRole, f: PartyForm): PartyInput {
  return {
    role,
    confidential: f.confidential,
    networkRole: role === 'tersangka' && f.networkRole !== '' ? f.networkRole : null,
    guardian: guardianInput(f.guardian),
    notes: f.notes.trim(),
  };
}

/** The role's fields that changed. */
export function partyPatch(role: PartyRole, before: PartyForm, after: PartyForm): PartyPatch {
  const a = partyInput(role, before);
  const b = partyInput(role, after);
  const patch: PartyPatch = {};
  if (a.confidential !== b.confidential) patch.confidential = b.confidential;
  if (a.networkRole !== b.networkRole) patch.networkRole = b.networkRole;
  if (JSON.stringify(a.guardian) !== JSON.stringify(b.guardian)) patch.guardian = b.guardian;
  if (a.notes !== b.notes) patch.notes = b.notes;
  return patch;
}

export function sameForm(a: PartyForm, b: PartyForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The NIK as the core compares it: without spaces, dots and hyphens. */
export function nikKey(nik: string): string {
  return nik.replace(/[\s.-]/g, '');
}

// People in roles in a case. A person is stored once and matched by NIK; the role in a case carries
// what is true in that case: confidentiality, a tersangka's part in the network, a child's guardian.
// Child status is never typed: it is the age on the first day of the offence.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { datePart } from '../../shared/domain/fields';
import {
  PARTY_ROLES,
  PartyFields,
  PersonFields,
  type Party,
  type PartyInput,
  type PartyPatch,
  type PartyRole,
  type Person,
  type PersonFields as PersonValues,
  type PersonInput,
  type PersonPatch,
} from '../../shared/domain/person';
import type { StoredFinding } from '../../shared/domain/case';
import { ageOn } from '../../shared/rules/age';
import { checkNik } from '../../shared/rules/nik';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { acceptFindings, mergePatch, parseFields, rejectFuture, unitToday } from './record-input';

type PersonRow = {
  id: string; full_name: string; alias: string; nik: string | null; birth_place: string; birth_date: string | null;
  sex: 'L' | 'P' | null; nationality: string; address: string; religion: string; occupation: string; education: string;
  phone: string; warnings: string; created_at: string; updated_at: string;
};
type PartyRow = {
  id: string; perkara_id: string; person_id: string; role: PartyRole; confidential: number; network_role: Party['networkRole'];
  guardian: string | null; notes: string; created_at: string; updated_at: string;
};

const personOf = (r: PersonRow): Person => ({
  id: r.id, fullName: r.full_name, alias: r.alias, nik: r.nik, birthPlace: r.birth_place, birthDate: r.birth_date, sex: r.sex,
  nationality: r.nationality, address: r.address, religion: r.religion, occupation: r.occupation, education: r.education,
  phone: r.phone, warnings: JSON.parse(r.warnings), createdAt: r.created_at, updatedAt: r.updated_at,
});

/** The identity fields of a person, as a form or an exchange file holds them. */
export function identityOf(p: Person): PersonValues {
  return {
    fullName: p.fullName, alias: p.alias, nik: p.nik, birthPlace: p.birthPlace, birthDate: p.birthDate, sex: p.sex,
    nationality: p.nationality, address: p.address, religion: p.religion, occupation: p.occupation, education: p.education, phone: p.phone,
  };
}

export const partyLabel = (role: string, name: unknown): string => `${role} ${typeof name === 'string' ? name : ''}`.trim();

/** Age on the first day of the offence, when both dates are known. */
function ageAtOffence(db: ReadableDb, perkaraId: string, birthDate: string | null): number | null {
  const start = get<{ offence_start: string | null }>(db, sql`SELECT offence_start FROM perkara WHERE id = ${perkaraId}`)?.offence_start;
  return birthDate && start ? ageOn(birthDate, datePart(start)) : null;
}

function toParty(db: ReadableDb, r: PartyRow): Party {
  const row = get<PersonRow>(db, sql`SELECT * FROM person WHERE id = ${r.person_id}`);
  if (!row) throw new AppError('DB_DAMAGED', { detail: `party ${r.id} names no person` });
  const person = personOf(row);
  const age = ageAtOffence(db, r.perkara_id, person.birthDate);
  const child = age === null ? null : age < 18;
  return {
    id: r.id, perkaraId: r.perkara_id, role: r.role, person,
    confidential: r.confidential === 1 || child === true,
    confidentialFlag: r.confidential === 1,
    ageAtOffence: age, child, networkRole: r.network_role,
    guardian: r.guardian ? JSON.parse(r.guardian) : null,
    notes: r.notes, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function getParty(db: ReadableDb, id: string): Party {
  const r = get<PartyRow>(db, sql`SELECT * FROM party WHERE id = ${id}`);
  if (!r) throw new AppError('NOT_FOUND', { record: 'party', id });
  return toParty(db, r);
}

/** The people of a case: by role (tersangka first, as the dossier lists them), then as added. */
export function listParties(db: ReadableDb, perkaraId: string): Party[] {
  const order = `CASE role ${PARTY_ROLES.map((r, i) => `WHEN '${r}' THEN ${i}`).join(' ')} END`;
  return all<PartyRow>(db, { text: `SELECT * FROM party WHERE perkara_id = ? ORDER BY ${order}, rowid`, params: [perkaraId] }).map((r) =>
    toParty(db, r),
  );
}

export function findPersonByNik(db: ReadableDb, nik: string): Person | null {
  const r = get<PersonRow>(db, sql`SELECT * FROM person WHERE nik = ${nik.replace(/[\s.-]/g, '')}`);
  return r ? personOf(r) : null;
}

function checkedPerson(session: WriteSession, p: PersonValues, record: string, selfId: string | null) {
  const warnings = p.nik === null ? [] : acceptFindings(checkNik(p.nik, p.birthDate, p.sex), record);
  rejectFuture({ birthDate: p.birthDate }, unitToday(session).today, record);
  if (p.nik) {
    const other = get<{ id: string; full_name: string }>(session.db, sql`SELECT id, full_name FROM person WHERE nik = ${p.nik}`);
    if (other && other.id !== selfId) throw new AppError('INVALID_FIELD', { record, field: 'nik', rule: 'NIK_KNOWN', name: other.full_name });
  }
  return warnings;
}

/** A new person, or an existing one by id, in a role in a case. */
export function addParty(session: WriteSession, perkaraId: string, input: PartyInput, person: PersonInput | { personId: string }): Party {
  requireRole(session, 'editCases');
  if (!get(session.db, sql`SELECT 1 FROM perkara WHERE id = ${perkaraId}`)) throw new AppError('NOT_FOUND', { record: 'perkara', id: perkaraId });
  const name = 'personId' in person ? '' : person.fullName;
  const p = parseFields(PartyFields, input, partyLabel(String(input?.role ?? ''), name));
  const now = session.clock().toISOString();
  let personId: string;
  let newPerson: { values: PersonValues; warnings: StoredFinding[] } | null = null;
  let known: { full_name: string; birth_date: string | null } | undefined;
  if ('personId' in person) {
    known = get<{ full_name: string; birth_date: string | null }>(session.db, sql`SELECT full_name, birth_date FROM person WHERE id = ${person.personId}`);
    if (!known) throw new AppError('NOT_FOUND', { record: 'person', id: person.personId });
    personId = person.personId;
  } else {
    const record = partyLabel(p.role, person.fullName);
    const values = parseFields(PersonFields, person, record);
    newPerson = { values, warnings: checkedPerson(session, values, record, null) };
    personId = randomUUID();
  }
  const birthDate = newPerson ? newPerson.values.birthDate : (known?.birth_date ?? null);
  const record = partyLabel(p.role, newPerson?.values.fullName ?? known?.full_name);
  const flag = confidentialFlag(p.role, p.confidential, ageAtOffence(session.db, perkaraId, birthDate), record);
  checkPartyFields(p.role, p.networkRole, record);
  if (get(session.db, sql`SELECT 1 FROM party WHERE perkara_id = ${perkaraId} AND person_id = ${personId} AND role = ${p.role}`)) {
    throw new AppError('INVALID_FIELD', { record, field: 'role', rule: 'PARTY_EXISTS' });
  }
  const id = randomUUID();
  transaction(session.db, () => {
    if (newPerson) {
      const v = newPerson.values;
      run(session.db, sql`INSERT INTO person (id, full_name, alias, nik, birth_place, birth_date, sex, nationality, address, religion,
                            occupation, education, phone, warnings, created_at, updated_at)
                          VALUES (${personId}, ${v.fullName}, ${v.alias}, ${v.nik}, ${v.birthPlace}, ${v.birthDate}, ${v.sex}, ${v.nationality},
                            ${v.address}, ${v.religion}, ${v.occupation}, ${v.education}, ${v.phone}, ${JSON.stringify(newPerson.warnings)}, ${now}, ${now})`);
      audit(session, { action: 'person.create', entityId: personId, perkaraId });
    }
    run(session.db, sql`INSERT INTO party (id, perkara_id, person_id, role, confidential, network_role, guardian, notes, created_at, updated_at)
                        VALUES (${id}, ${perkaraId}, ${personId}, ${p.role}, ${flag ? 1 : 0}, ${p.networkRole},
                          ${p.guardian ? JSON.stringify(p.guardian) : null}, ${p.notes}, ${now}, ${now})`);
    audit(session, { action: 'party.create', entityId: id, perkaraId });
  });
  return getParty(session.db, id);
}

/**
 * Confidentiality is on by default for korban, pelapor and every child (UU 21/2007 Pasal 44; UU
 * 11/2012 Pasal 19), and settable for anyone else. A child's cannot be switched off.
 */
function confidentialFlag(role: PartyRole, requested: boolean | null, age: number | null, record: string): boolean {
  const child = age !== null && age < 18;
  if (requested === false && child) throw new AppError('INVALID_FIELD', { record, field: 'confidential', rule: 'CHILD_CONFIDENTIAL' });
  return requested ?? (role === 'korban' || role === 'pelapor' || child);
}

function checkPartyFields(role: PartyRole, networkRole: string | null, record: string): void {
  if (networkRole !== null && role !== 'tersangka') throw new AppError('INVALID_FIELD', { record, field: 'networkRole', rule: 'ONLY_TERSANGKA' });
}

export function updateParty(session: WriteSession, id: string, patch: PartyPatch): Party {
  requireRole(session, 'editCases');
  const current = getParty(session.db, id);
  const record = partyLabel(current.role, current.person.fullName);
  const input: PartyInput = { role: current.role, confidential: current.confidentialFlag, networkRole: current.networkRole, guardian: current.guardian, notes: current.notes };
  const merged = parseFields(PartyFields, mergePatch(input, patch, ['confidential', 'networkRole', 'guardian', 'notes'], record), record);
  const next = { ...merged, confidential: merged.confidential ?? current.confidentialFlag };
  if (next.confidential === false && current.child) throw new AppError('INVALID_FIELD', { record, field: 'confidential', rule: 'CHILD_CONFIDENTIAL' });
  checkPartyFields(current.role, next.networkRole, record);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE party SET confidential = ${next.confidential ? 1 : 0}, network_role = ${next.networkRole},
                          guardian = ${next.guardian ? JSON.stringify(next.guardian) : null}, notes = ${next.notes},
                          updated_at = ${session.clock().toISOString()} WHERE id = ${id}`);
    audit(session, { action: 'party.update', entityId: id, perkaraId: current.perkaraId });
  });
  return getParty(session.db, id);
}

/** Changes a person's identity, everywhere they appear. `perkaraId`: the case it was changed from. */
export function updatePerson(session: WriteSession, personId: string, patch: PersonPatch, perkaraId: string | null): Person {
  requireRole(session, 'editCases');
  const row = get<PersonRow>(session.db, sql`SELECT * FROM person WHERE id = ${personId}`);
  if (!row) throw new AppError('NOT_FOUND', { record: 'person', id: personId });
  const current = personOf(row);
  const record = current.fullName;
  const v = parseFields(PersonFields, mergePatch(identityOf(current), patch, Object.keys(PersonFields.shape), record), record);
  const warnings = checkedPerson(session, v, record, personId);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE person SET full_name = ${v.fullName}, alias = ${v.alias}, nik = ${v.nik}, birth_place = ${v.birthPlace},
                          birth_date = ${v.birthDate}, sex = ${v.sex}, nationality = ${v.nationality}, address = ${v.address},
                          religion = ${v.religion}, occupation = ${v.occupation}, education = ${v.education}, phone = ${v.phone},
                          warnings = ${JSON.stringify(warnings)}, updated_at = ${session.clock().toISOString()} WHERE id = ${personId}`);
    audit(session, { action: 'person.update', entityId: personId, perkaraId });
    // A child is confidential in every case where the new birth date makes them one.
    for (const p of all<PartyRow>(session.db, sql`SELECT * FROM party WHERE person_id = ${personId} AND confidential = 0`)) {
      if (!toParty(session.db, p).child) continue;
      run(session.db, sql`UPDATE party SET confidential = 1, updated_at = ${session.clock().toISOString()} WHERE id = ${p.id}`);
      audit(session, { action: 'party.update', entityId: p.id, perkaraId: p.perkara_id });
    }
  });
  return personOf(get<PersonRow>(session.db, sql`SELECT * FROM person WHERE id = ${personId}`) ?? row);
}

/**
 * Takes a person out of a case. Refused while documents, arrests or detentions name them: those are
 * records of what was done, removed first on purpose. A person left in no case is deleted.
 */
export function removeParty(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const party = getParty(session.db, id);
  const record = partyLabel(party.role, party.person.fullName);
  for (const table of ['document_party', 'arrest', 'detention'] as const) {
    const used = get<{ n: number }>(session.db, { text: `SELECT count(*) AS n FROM ${table} WHERE party_id = ?`, params: [id] })?.n ?? 0;
    if (used > 0) throw new AppError('IN_USE', { record, by: table, count: used });
  }
  const seized = get<{ n: number }>(session.db, sql`SELECT count(*) AS n FROM evidence WHERE seized_from_party = ${id}`)?.n ?? 0;
  if (seized > 0) throw new AppError('IN_USE', { record, by: 'evidence', count: seized });
  transaction(session.db, () => deletePartyRows(session, party));
}

/** Deletes a party (and its person, if in no other case), auditing each; the caller holds the transaction. */
export function deletePartyRows(session: WriteSession, party: Pick<Party, 'id' | 'perkaraId' | 'person'>): void {
  run(session.db, sql`DELETE FROM party WHERE id = ${party.id}`);
  audit(session, { action: 'party.delete', entityId: party.id, perkaraId: party.perkaraId });
  if (!get(session.db, sql`SELECT 1 FROM party WHERE person_id = ${party.person.id}`)) {
    run(session.db, sql`DELETE FROM person WHERE id = ${party.person.id}`);
    audit(session, { action: 'person.delete', entityId: party.person.id, perkaraId: party.perkaraId });
  }
}

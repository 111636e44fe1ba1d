// Penangkapan and penahanan of a tersangka. The periods come from the rule set the case records
// (a child's from the children's set), checked by the pure rules in src/shared/rules/detention.ts.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { ArrestFields, DETENTION_PATCHABLE, DetentionFields, type Arrest, type ArrestInput, type ArrestPatch, type Detention, type DetentionInput, type DetentionPatch } from '../../shared/domain/detention';
import { DETENTION_KINDS } from '../../shared/domain/detention';
import { localDate } from '../../shared/rules/dates';
import { checkDetention, periodEnd } from '../../shared/rules/detention';
import { ruleSetFor, type RuleSet } from '../../shared/rules/rulesets';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { getPerkara } from './cases';
import { findRuleSet } from './catalog';
import { getParty, partyLabel } from './parties';
import { acceptFindings, mergePatch, parseFields, rejectFuture, unitToday } from './record-input';
import type { Party } from '../../shared/domain/person';

type ArrestRow = { id: string; party_id: string; warrant_number: string; warrant_date: string | null; at: string; place: string; ended_at: string | null; created_at: string; updated_at: string };
type DetentionRow = {
  id: string; party_id: string; kind: Detention['kind']; rules: string; start_date: string; days: number; end_date: string;
  warrant_number: string; warrant_date: string | null; place: string; ended_on: string | null; created_at: string; updated_at: string;
};

const arrestOf = (r: ArrestRow): Arrest => ({
  id: r.id, partyId: r.party_id, warrantNumber: r.warrant_number, warrantDate: r.warrant_date, at: r.at, place: r.place,
  endedAt: r.ended_at, createdAt: r.created_at, updatedAt: r.updated_at,
});
const detentionOf = (r: DetentionRow): Detention => ({
  id: r.id, partyId: r.party_id, kind: r.kind, rules: r.rules, startDate: r.start_date, days: r.days, endDate: r.end_date,
  warrantNumber: r.warrant_number, warrantDate: r.warrant_date, place: r.place, endedOn: r.ended_on, createdAt: r.created_at, updatedAt: r.updated_at,
});

const KIND_ORDER = `CASE kind ${DETENTION_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

export function listArrests(db: ReadableDb, partyId: string): Arrest[] {
  return all<ArrestRow>(db, sql`SELECT * FROM arrest WHERE party_id = ${partyId} ORDER BY at, rowid`).map(arrestOf);
}

export function listDetentions(db: ReadableDb, partyId: string): Detention[] {
  return all<DetentionRow>(db, { text: `SELECT * FROM detention WHERE party_id = ? ORDER BY ${KIND_ORDER}`, params: [partyId] }).map(detentionOf);
}

function suspect(session: WriteSession, partyId: string): { party: Party; record: string } {
  const party = getParty(session.db, partyId);
  const record = partyLabel(party.role, party.person.fullName);
  if (party.role !== 'tersangka') throw new AppError('INVALID_FIELD', { record, field: 'role', rule: 'ONLY_TERSANGKA' });
  return { party, record };
}

/** The rule set for this tersangka: the children's set for a child, else the case's. */
export function rulesFor(db: ReadableDb, party: Party): RuleSet {
  const perkara = getPerkara(db, party.perkaraId);
  const date = perkara.lpDate ?? perkara.createdAt.slice(0, 10);
  const ref = party.child ? (perkara.childRules ?? ruleSetFor(date, true)) : (perkara.adultRules ?? ruleSetFor(date, false));
  const rules = findRuleSet(db, ref);
  if (!rules) throw new AppError('DB_DAMAGED', { detail: `rule set ${ref} is missing` });
  return rules;
}

function checkArrestTimes(session: WriteSession, a: { at: string; endedAt: string | null; warrantDate: string | null }, record: string): void {
  const { today, zone } = unitToday(session);
  rejectFuture({ at: localDate(new Date(a.at), zone), endedAt: a.endedAt && localDate(new Date(a.endedAt), zone), warrantDate: a.warrantDate }, today, record);
  if (a.endedAt && a.endedAt < a.at) throw new AppError('INVALID_FIELD', { record, field: 'endedAt', rule: 'END_BEFORE_START' });
}

export function addArrest(session: WriteSession, partyId: string, input: ArrestInput): Arrest {
  requireRole(session, 'editCases');
  const { party, record } = suspect(session, partyId);
  const a = parseFields(ArrestFields, input, record);
  checkArrestTimes(session, a, record);
  const id = randomUUID();
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`INSERT INTO arrest (id, party_id, warrant_number, warrant_date, at, place, ended_at, created_at, updated_at)
                        VALUES (${id}, ${partyId}, ${a.warrantNumber}, ${a.warrantDate}, ${a.at}, ${a.place}, ${a.endedAt}, ${now}, ${now})`);
    audit(session, { action: 'arrest.create', entityId: id, perkaraId: party.perkaraId });
  });
  return arrestOf(get<ArrestRow>(session.db, sql`SELECT * FROM arrest WHERE id = ${id}`) as ArrestRow);
}

export function updateArrest(session: WriteSession, id: string, patch: ArrestPatch): Arrest {
  requireRole(session, 'editCases');
  const row = get<ArrestRow>(session.db, sql`SELECT * FROM arrest WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', { record: 'arrest', id });
  const { party, record } = suspect(session, row.party_id);
  const current = arrestOf(row);
  const input: ArrestInput = { warrantNumber: current.warrantNumber, warrantDate: current.warrantDate, at: current.at, place: current.place, endedAt: current.endedAt };
  const a = parseFields(ArrestFields, mergePatch(input, patch, Object.keys(ArrestFields.shape), record), record);
  checkArrestTimes(session, a, record);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE arrest SET warrant_number = ${a.warrantNumber}, warrant_date = ${a.warrantDate}, at = ${a.at}, place = ${a.place},
                          ended_at = ${a.endedAt}, updated_at = ${session.clock().toISOString()} WHERE id = ${id}`);
    audit(session, { action: 'arrest.update', entityId: id, perkaraId: party.perkaraId });
  });
  return arrestOf(get<ArrestRow>(session.db, sql`SELECT * FROM arrest WHERE id = ${id}`) as ArrestRow);
}

export function removeArrest(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const row = get<ArrestRow>(session.db, sql`SELECT * FROM arrest WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', { record: 'arrest', id });
  const { party } = suspect(session, row.party_id);
  transaction(session.db, () => {
    run(session.db, sql`DELETE FROM arrest WHERE id = ${id}`);
    audit(session, { action: 'arrest.delete', entityId: id, perkaraId: party.perkaraId });
  });
}

/** A detention period or an extension, checked against the rule set and the periods before it. */
export function addDetention(session: WriteSession, partyId: string, input: DetentionInput): Detention {
  requireRole(session, 'editCases');
  const { party, record } = suspect(session, partyId);
  const d = parseFields(DetentionFields, input, record);
  const rules = rulesFor(session.db, party);
  const period = rules.detention.find((p) => p.kind === d.kind);
  const days = d.days ?? period?.days ?? 0;
  const previous = listDetentions(session.db, partyId).map((p) => ({ kind: p.kind, start: p.startDate, days: p.days }));
  const threatYears = getPerkara(session.db, party.perkaraId).threatYears;
  const warnings = acceptFindings(
    checkDetention(rules, previous, { kind: d.kind, start: d.startDate, days }, { ageOnOffence: party.ageAtOffence, threatYears }),
    record,
  );
  rejectFuture({ warrantDate: d.warrantDate, endedOn: d.endedOn }, unitToday(session).today, record);
  const endDate = periodEnd(d.startDate, days);
  if (d.endedOn && (d.endedOn < d.startDate || d.endedOn > endDate)) throw new AppError('INVALID_FIELD', { record, field: 'endedOn', rule: 'DETENTION_END_OUTSIDE' });
  const id = randomUUID();
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`INSERT INTO detention (id, party_id, kind, rules, start_date, days, end_date, warrant_number, warrant_date, place,
                          ended_on, warnings, created_at, updated_at)
                        VALUES (${id}, ${partyId}, ${d.kind}, ${`${rules.id}@${rules.version}`}, ${d.startDate}, ${days}, ${endDate},
                          ${d.warrantNumber}, ${d.warrantDate}, ${d.place}, ${d.endedOn}, ${JSON.stringify(warnings)}, ${now}, ${now})`);
    audit(session, { action: 'detention.create', entityId: id, perkaraId: party.perkaraId });
  });
  return detentionOf(get<DetentionRow>(session.db, sql`SELECT * FROM detention WHERE id = ${id}`) as DetentionRow);
}

/** Warrant details, the place, or an early end (penangguhan, release); the period itself stays. */
export function updateDetention(session: WriteSession, id: string, patch: DetentionPatch): Detention {
  requireRole(session, 'editCases');
  const row = get<DetentionRow>(session.db, sql`SELECT * FROM detention WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', { record: 'detention', id });
  const { party, record } = suspect(session, row.party_id);
  const current = detentionOf(row);
  const changes = mergePatch({ kind: current.kind, startDate: current.startDate, days: current.days, warrantNumber: current.warrantNumber, warrantDate: current.warrantDate, place: current.place, endedOn: current.endedOn }, patch, DETENTION_PATCHABLE, record);
  const d = { ...current, ...parseFields(DetentionFields, changes, record), days: current.days };
  rejectFuture({ warrantDate: d.warrantDate, endedOn: d.endedOn }, unitToday(session).today, record);
  if (d.endedOn && (d.endedOn < d.startDate || d.endedOn > d.endDate)) throw new AppError('INVALID_FIELD', { record, field: 'endedOn', rule: 'DETENTION_END_OUTSIDE' });
  transaction(session.db, () => {
    run(session.db, sql`UPDATE detention SET warrant_number = ${d.warrantNumber}, warrant_date = ${d.warrantDate}, place = ${d.place},
                          ended_on = ${d.endedOn}, updated_at = ${session.clock().toISOString()} WHERE id = ${id}`);
    audit(session, { action: 'detention.update', entityId: id, perkaraId: party.perkaraId });
  });
  return detentionOf(get<DetentionRow>(session.db, sql`SELECT * FROM detention WHERE id = ${id}`) as DetentionRow);
}

/** Removes a period entered by mistake; only the last one, since each extension follows the one before. */
export function removeDetention(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const row = get<DetentionRow>(session.db, sql`SELECT * FROM detention WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', { record: 'detention', id });
  const { party, record } = suspect(session, row.party_id);
  if (listDetentions(session.db, row.party_id).at(-1)?.id !== id) throw new AppError('INVALID_FIELD', { record, field: 'kind', rule: 'DETENTION_NOT_LAST' });
  transaction(session.db, () => {
    run(session.db, sql`DELETE FROM detention WHERE id = ${id}`);
    audit(session, { action: 'detention.delete', entityId: id, perkaraId: party.perkaraId });
  });
}

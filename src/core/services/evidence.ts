// Barang bukti and their chain of custody. Items are numbered within their case; custody events are
// only ever added (the database refuses to change or delete one), and an item's status and holder
// are read from its events, never typed.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import {
  CustodyFields,
  EvidenceFields,
  STATUS_OF_PURPOSE,
  type CustodyEvent,
  type CustodyInput,
  type Evidence,
  type EvidenceInput,
  type EvidencePatch,
} from '../../shared/domain/evidence';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { mergePatch, parseFields, rejectFuture, unitToday } from './record-input';
import { localDate } from '../../shared/rules/dates';

type EvidenceRow = {
  id: string; perkara_id: string; number: number; description: string; category: Evidence['category']; amount: number | null;
  seized_from: string; seized_from_party: string | null; seized_place: string; seized_at: string | null; seizure_document: string | null;
  permission_document: string | null; seal_number: string; storage: string; disposition: Evidence['disposition']; disposition_note: string;
  created_at: string; updated_at: string;
};
type CustodyRow = {
  id: string; evidence_id: string; seq: number; released_by: string; received_by: string; at: string; purpose: CustodyEvent['purpose'];
  location: string; seal_intact: number | null; note: string; corrects: string | null; created_at: string;
};

const eventOf = (r: CustodyRow, correctedBy: string | null): CustodyEvent => ({
  id: r.id, evidenceId: r.evidence_id, seq: r.seq, releasedBy: r.released_by, receivedBy: r.received_by, at: r.at, purpose: r.purpose,
  location: r.location, sealIntact: r.seal_intact === null ? null : r.seal_intact === 1, note: r.note, corrects: r.corrects,
  createdAt: r.created_at, correctedBy,
});

/** An item's events in the order recorded, each marked with the event that corrects it, if any. */
export function listCustody(db: ReadableDb, evidenceId: string): CustodyEvent[] {
  const rows = all<CustodyRow>(db, sql`SELECT * FROM custody_event WHERE evidence_id = ${evidenceId} ORDER BY seq`);
  const correctedBy = new Map(rows.filter((r) => r.corrects).map((r) => [r.corrects, r.id]));
  return rows.map((r) => eventOf(r, correctedBy.get(r.id) ?? null));
}

/** Status and holder from the events that stand (not corrected), the latest by time. */
function derived(events: CustodyEvent[]): Pick<Evidence, 'status' | 'holder'> {
  const standing = events.filter((e) => e.correctedBy === null).sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  const last = standing.at(-1);
  return last ? { status: STATUS_OF_PURPOSE[last.purpose], holder: last.receivedBy } : { status: 'belum_diterima', holder: '' };
}

function toEvidence(db: ReadableDb, r: EvidenceRow): Evidence {
  return {
    id: r.id, perkaraId: r.perkara_id, number: r.number, description: r.description, category: r.category, amount: r.amount,
    seizedFrom: r.seized_from, seizedFromParty: r.seized_from_party, seizedPlace: r.seized_place, seizedAt: r.seized_at,
    seizureDocument: r.seizure_document, permissionDocument: r.permission_document, sealNumber: r.seal_number, storage: r.storage,
    disposition: r.disposition, dispositionNote: r.disposition_note, createdAt: r.created_at, updatedAt: r.updated_at,
    ...derived(listCustody(db, r.id)),
  };
}

export function listEvidence(db: ReadableDb, perkaraId: string): Evidence[] {
  return all<EvidenceRow>(db, sql`SELECT * FROM evidence WHERE perkara_id = ${perkaraId} ORDER BY number`).map((r) => toEvidence(db, r));
}

export function getEvidence(db: ReadableDb, id: string): Evidence {
  const r = get<EvidenceRow>(db, sql`SELECT * FROM evidence WHERE id = ${id}`);
  if (!r) throw new AppError('NOT_FOUND', { record: 'barang bukti', id });
  return toEvidence(db, r);
}

/** An item by its number within a case, as people cite it ("BB 3"). */
export function findEvidence(db: ReadableDb, perkaraId: string, number: number): Evidence | null {
  const r = get<EvidenceRow>(db, sql`SELECT * FROM evidence WHERE perkara_id = ${perkaraId} AND number = ${number}`);
  return r ? toEvidence(db, r) : null;
}

export const evidenceLabel = (number: number | null, description: unknown): string =>
  `barang bukti ${number ?? ''} ${typeof description === 'string' ? description.slice(0, 60) : ''}`.replace(/\s+/g, ' ').trim();

type EvidenceValues = ReturnType<typeof EvidenceFields.parse>;

function checkEvidence(session: WriteSession, perkaraId: string, e: EvidenceValues, record: string): void {
  const { today, zone } = unitToday(session);
  rejectFuture({ seizedAt: e.seizedAt && localDate(new Date(e.seizedAt), zone) }, today, record);
  if (e.amount !== null && e.category !== 'uang') throw new AppError('INVALID_FIELD', { record, field: 'amount', rule: 'ONLY_MONEY' });
  if (e.seizedFromParty) {
    const p = get<{ perkara_id: string }>(session.db, sql`SELECT perkara_id FROM party WHERE id = ${e.seizedFromParty}`);
    if (p?.perkara_id !== perkaraId) throw new AppError('INVALID_FIELD', { record, field: 'seizedFromParty', rule: 'PARTY_NOT_IN_CASE', value: e.seizedFromParty });
  }
  for (const field of ['seizureDocument', 'permissionDocument'] as const) {
    const id = e[field];
    if (!id) continue;
    const d = get<{ perkara_id: string }>(session.db, sql`SELECT perkara_id FROM document WHERE id = ${id}`);
    if (d?.perkara_id !== perkaraId) throw new AppError('INVALID_FIELD', { record, field, rule: 'DOCUMENT_NOT_IN_CASE', value: id });
  }
}

export function addEvidence(session: WriteSession, perkaraId: string, input: EvidenceInput): Evidence {
  requireRole(session, 'editCases');
  if (!get(session.db, sql`SELECT 1 FROM perkara WHERE id = ${perkaraId}`)) throw new AppError('NOT_FOUND', { record: 'perkara', id: perkaraId });
  const record = evidenceLabel(null, input?.description);
  const e = parseFields(EvidenceFields, input, record);
  checkEvidence(session, perkaraId, e, record);
  const id = randomUUID();
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    const number = (get<{ n: number | null }>(session.db, sql`SELECT max(number) AS n FROM evidence WHERE perkara_id = ${perkaraId}`)?.n ?? 0) + 1;
    run(session.db, sql`INSERT INTO evidence (id, perkara_id, number, description, category, amount, seized_from, seized_from_party, seized_place,
                          seized_at, seizure_document, permission_document, seal_number, storage, disposition, disposition_note, created_at, updated_at)
                        VALUES (${id}, ${perkaraId}, ${number}, ${e.description}, ${e.category}, ${e.amount}, ${e.seizedFrom}, ${e.seizedFromParty},
                          ${e.seizedPlace}, ${e.seizedAt}, ${e.seizureDocument}, ${e.permissionDocument}, ${e.sealNumber}, ${e.storage},
                          ${e.disposition}, ${e.dispositionNote}, ${now}, ${now})`);
    audit(session, { action: 'evidence.create', entityId: id, perkaraId });
  });
  return getEvidence(session.db, id);
}

export function updateEvidence(session: WriteSession, id: string, patch: EvidencePatch): Evidence {
  requireRole(session, 'editCases');
  const current = getEvidence(session.db, id);
  const record = evidenceLabel(current.number, current.description);
  const input: EvidenceInput = {
    description: current.description, category: current.category, amount: current.amount, seizedFrom: current.seizedFrom,
    seizedFromParty: current.seizedFromParty, seizedPlace: current.seizedPlace, seizedAt: current.seizedAt, seizureDocument: current.seizureDocument,
    permissionDocument: current.permissionDocument, sealNumber: current.sealNumber, storage: current.storage, disposition: current.disposition,
    dispositionNote: current.dispositionNote,
  };
  const e = parseFields(EvidenceFields, mergePatch(input, patch, Object.keys(EvidenceFields.shape), record), record);
  checkEvidence(session, current.perkaraId, e, record);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE evidence SET description = ${e.description}, category = ${e.category}, amount = ${e.amount}, seized_from = ${e.seizedFrom},
                          seized_from_party = ${e.seizedFromParty}, seized_place = ${e.seizedPlace}, seized_at = ${e.seizedAt},
                          seizure_document = ${e.seizureDocument}, permission_document = ${e.permissionDocument}, seal_number = ${e.sealNumber},
                          storage = ${e.storage}, disposition = ${e.disposition}, disposition_note = ${e.dispositionNote},
                          updated_at = ${session.clock().toISOString()} WHERE id = ${id}`);
    audit(session, { action: 'evidence.update', entityId: id, perkaraId: current.perkaraId });
  });
  return getEvidence(session.db, id);
}

/** Removes an item entered by mistake: only before it has custody events or attachments. */
export function removeEvidence(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const current = getEvidence(session.db, id);
  const record = evidenceLabel(current.number, current.description);
  for (const table of ['custody_event', 'attachment'] as const) {
    const used = get<{ n: number }>(session.db, { text: `SELECT count(*) AS n FROM ${table} WHERE evidence_id = ?`, params: [id] })?.n ?? 0;
    if (used > 0) throw new AppError('IN_USE', { record, by: table, count: used });
  }
  transaction(session.db, () => {
    run(session.db, sql`DELETE FROM evidence WHERE id = ${id}`);
    audit(session, { action: 'evidence.delete', entityId: id, perkaraId: current.perkaraId });
  });
}

/** Records a handover. A correction is a new event naming the one it corrects. */
export function addCustodyEvent(session: WriteSession, evidenceId: string, input: CustodyInput): CustodyEvent {
  requireRole(session, 'editCases');
  const item = getEvidence(session.db, evidenceId);
  const record = evidenceLabel(item.number, item.description);
  const c = parseFields(CustodyFields, input, record);
  const { today, zone } = unitToday(session);
  rejectFuture({ at: localDate(new Date(c.at), zone) }, today, record);
  if (c.corrects) {
    const target = get<{ evidence_id: string; seq: number }>(session.db, sql`SELECT evidence_id, seq FROM custody_event WHERE id = ${c.corrects}`);
    if (target?.evidence_id !== evidenceId) throw new AppError('INVALID_FIELD', { record, field: 'corrects', rule: 'EVENT_NOT_OF_ITEM', value: c.corrects });
    // People know events by their number within the item (#2), not by id.
    if (get(session.db, sql`SELECT 1 FROM custody_event WHERE corrects = ${c.corrects}`)) {
      throw new AppError('INVALID_FIELD', { record, field: 'corrects', rule: 'EVENT_ALREADY_CORRECTED', value: `#${target.seq}` });
    }
  }
  const id = randomUUID();
  transaction(session.db, () => {
    const seq = (get<{ n: number | null }>(session.db, sql`SELECT max(seq) AS n FROM custody_event WHERE evidence_id = ${evidenceId}`)?.n ?? 0) + 1;
    run(session.db, sql`INSERT INTO custody_event (id, evidence_id, seq, released_by, received_by, at, purpose, location, seal_intact, note, corrects, created_at)
                        VALUES (${id}, ${evidenceId}, ${seq}, ${c.releasedBy}, ${c.receivedBy}, ${c.at}, ${c.purpose}, ${c.location},
                          ${c.sealIntact === null ? null : c.sealIntact ? 1 : 0}, ${c.note}, ${c.corrects}, ${session.clock().toISOString()})`);
    audit(session, { action: 'custody.create', entityId: id, perkaraId: item.perkaraId });
  });
  const event = listCustody(session.db, evidenceId).find((e) => e.id === id);
  if (!event) throw new AppError('INTERNAL', { detail: 'custody event not saved' });
  return event;
}

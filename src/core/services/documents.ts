// Documents of the investigation: type, number, date, signatory, summary, and the people in the case
// each concerns. A BAP korban must name a korban of the same case.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { DOCUMENT_PARTY_ROLES, DOCUMENT_TYPES, DocumentFields, type CaseDocument, type DocumentInput, type DocumentPatch } from '../../shared/domain/document';
import type { PartyRole } from '../../shared/domain/person';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { mergePatch, parseFields, rejectFuture, unitToday } from './record-input';

type DocumentRow = { id: string; perkara_id: string; type: CaseDocument['type']; number: string; date: string | null; signatory: string; summary: string; created_at: string; updated_at: string };

function toDocument(db: ReadableDb, r: DocumentRow): CaseDocument {
  const parties = all<{ party_id: string }>(db, sql`SELECT dp.party_id FROM document_party dp JOIN party p ON p.id = dp.party_id
                                                     WHERE dp.document_id = ${r.id} ORDER BY p.rowid`).map((x) => x.party_id);
  return { id: r.id, perkaraId: r.perkara_id, type: r.type, number: r.number, date: r.date, signatory: r.signatory, summary: r.summary, parties, createdAt: r.created_at, updatedAt: r.updated_at };
}

const documentLabel = (type: unknown, number: unknown): string => `dokumen ${String(type ?? '')} ${String(number ?? '')}`.trim();

/** The documents of a case in the dossier's order: by type in procedural order, then by date. */
export function listDocuments(db: ReadableDb, perkaraId: string): CaseDocument[] {
  const order = `CASE type ${DOCUMENT_TYPES.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} END`;
  return all<DocumentRow>(db, {
    text: `SELECT * FROM document WHERE perkara_id = ? ORDER BY ${order}, date IS NULL, date, rowid`,
    params: [perkaraId],
  }).map((r) => toDocument(db, r));
}

export function getDocument(db: ReadableDb, id: string): CaseDocument {
  const r = get<DocumentRow>(db, sql`SELECT * FROM document WHERE id = ${id}`);
  if (!r) throw new AppError('NOT_FOUND', { record: 'document', id });
  return toDocument(db, r);
}

function checkDocument(session: WriteSession, perkaraId: string, d: { type: CaseDocument['type']; date: string | null; parties: string[] }, record: string): void {
  rejectFuture({ date: d.date }, unitToday(session).today, record);
  if (new Set(d.parties).size !== d.parties.length) throw new AppError('INVALID_FIELD', { record, field: 'parties', rule: 'DUPLICATE_VALUE' });
  const roles = DOCUMENT_PARTY_ROLES[d.type];
  for (const partyId of d.parties) {
    const p = get<{ perkara_id: string; role: PartyRole }>(session.db, sql`SELECT perkara_id, role FROM party WHERE id = ${partyId}`);
    if (!p || p.perkara_id !== perkaraId) throw new AppError('INVALID_FIELD', { record, field: 'parties', rule: 'PARTY_NOT_IN_CASE', value: partyId });
    if (roles && !roles.includes(p.role)) throw new AppError('INVALID_FIELD', { record, field: 'parties', rule: 'DOCUMENT_WRONG_ROLE', expected: roles[0] ?? '', found: p.role });
  }
}

function writeParties(session: WriteSession, documentId: string, parties: string[]): void {
  run(session.db, sql`DELETE FROM document_party WHERE document_id = ${documentId}`);
  for (const partyId of parties) run(session.db, sql`INSERT INTO document_party (document_id, party_id) VALUES (${documentId}, ${partyId})`);
}

export function addDocument(session: WriteSession, perkaraId: string, input: DocumentInput): CaseDocument {
  requireRole(session, 'editCases');
  if (!get(session.db, sql`SELECT 1 FROM perkara WHERE id = ${perkaraId}`)) throw new AppError('NOT_FOUND', { record: 'perkara', id: perkaraId });
  const record = documentLabel(input?.type, input?.number);
  const d = parseFields(DocumentFields, input, record);
  checkDocument(session, perkaraId, d, record);
  const id = randomUUID();
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`INSERT INTO document (id, perkara_id, type, number, date, signatory, summary, created_at, updated_at)
                        VALUES (${id}, ${perkaraId}, ${d.type}, ${d.number}, ${d.date}, ${d.signatory}, ${d.summary}, ${now}, ${now})`);
    writeParties(session, id, d.parties);
    audit(session, { action: 'document.create', entityId: id, perkaraId });
  });
  return getDocument(session.db, id);
}

export function updateDocument(session: WriteSession, id: string, patch: DocumentPatch): CaseDocument {
  requireRole(session, 'editCases');
  const current = getDocument(session.db, id);
  const record = documentLabel(current.type, current.number);
  const input: DocumentInput = { type: current.type, number: current.number, date: current.date, signatory: current.signatory, summary: current.summary, parties: current.parties };
  const d = parseFields(DocumentFields, mergePatch(input, patch, Object.keys(DocumentFields.shape), record), record);
  checkDocument(session, current.perkaraId, d, record);
  transaction(session.db, () => {
    run(session.db, sql`UPDATE document SET type = ${d.type}, number = ${d.number}, date = ${d.date}, signatory = ${d.signatory},
                          summary = ${d.summary}, updated_at = ${session.clock().toISOString()} WHERE id = ${id}`);
    writeParties(session, id, d.parties);
    audit(session, { action: 'document.update', entityId: id, perkaraId: current.perkaraId });
  });
  return getDocument(session.db, id);
}

export function removeDocument(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const current = getDocument(session.db, id);
  // Its scans, and the barang bukti whose seizure it documents, would be left pointing at nothing.
  const record = documentLabel(current.type, current.number);
  const attachments = get<{ n: number }>(session.db, sql`SELECT count(*) AS n FROM attachment WHERE document_id = ${id}`)?.n ?? 0;
  if (attachments > 0) throw new AppError('IN_USE', { record, by: 'attachment', count: attachments });
  const items = get<{ n: number }>(session.db, sql`SELECT count(*) AS n FROM evidence WHERE seizure_document = ${id} OR permission_document = ${id}`)?.n ?? 0;
  if (items > 0) throw new AppError('IN_USE', { record, by: 'evidence', count: items });
  transaction(session.db, () => deleteDocumentRows(session, current));
}

export function deleteDocumentRows(session: WriteSession, d: Pick<CaseDocument, 'id' | 'perkaraId'>): void {
  run(session.db, sql`DELETE FROM document_party WHERE document_id = ${d.id}`);
  run(session.db, sql`DELETE FROM document WHERE id = ${d.id}`);
  audit(session, { action: 'document.delete', entityId: d.id, perkaraId: d.perkaraId });
}

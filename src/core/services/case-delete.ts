// Deleting a whole case: every record in it goes, each with its own audit row, in one transaction.
// The people are deleted too unless another case still names them.
import { audit } from '../audit/append';
import { AppError } from '../../shared/errors';
import { all, get, run, sql, transaction } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { getPerkara } from './cases';
import { deleteDocumentRows, listDocuments } from './documents';
import { deletePartyRows, listParties } from './parties';

export function deletePerkara(session: WriteSession, id: string): void {
  requireRole(session, 'editCases');
  const perkara = getPerkara(session.db, id);
  // Barang bukti and their custody are a record of what the police held: a case that has any is
  // not deleted (its items can be removed only before their first handover).
  const items = get<{ n: number }>(session.db, sql`SELECT count(*) AS n FROM evidence WHERE perkara_id = ${id}`)?.n ?? 0;
  if (items > 0) throw new AppError('IN_USE', { record: `perkara ${perkara.lpNumber}`, by: 'evidence', count: items });
  const attachments = get<{ n: number }>(session.db, sql`SELECT count(*) AS n FROM attachment WHERE perkara_id = ${id}`)?.n ?? 0;
  if (attachments > 0) throw new AppError('IN_USE', { record: `perkara ${perkara.lpNumber}`, by: 'attachment', count: attachments });
  // A dossier that left the station stays on record with the case it was made from.
  const exports = get<{ n: number }>(session.db, sql`SELECT count(*) AS n FROM dossier_export WHERE perkara_id = ${id}`)?.n ?? 0;
  if (exports > 0) throw new AppError('IN_USE', { record: `perkara ${perkara.lpNumber}`, by: 'dossier_export', count: exports });
  transaction(session.db, () => {
    for (const d of listDocuments(session.db, id)) deleteDocumentRows(session, d);
    for (const party of listParties(session.db, id)) {
      for (const table of ['arrest', 'detention'] as const) {
        const rows = all<{ id: string }>(session.db, { text: `SELECT id FROM ${table} WHERE party_id = ? ORDER BY rowid DESC`, params: [party.id] });
        for (const r of rows) {
          run(session.db, { text: `DELETE FROM ${table} WHERE id = ?`, params: [r.id] });
          audit(session, { action: `${table}.delete`, entityId: r.id, perkaraId: id });
        }
      }
      deletePartyRows(session, party);
    }
    for (const stage of all<{ id: string }>(session.db, sql`SELECT id FROM perkara_stage WHERE perkara_id = ${id} ORDER BY rowid`)) {
      run(session.db, sql`DELETE FROM perkara_stage WHERE id = ${stage.id}`);
      audit(session, { action: 'perkara_stage.delete', entityId: stage.id, perkaraId: id });
    }
    run(session.db, sql`DELETE FROM perkara WHERE id = ${perkara.id}`);
    audit(session, { action: 'perkara.delete', entityId: id, perkaraId: id });
  });
}

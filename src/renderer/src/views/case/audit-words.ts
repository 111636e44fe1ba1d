// An audit row's action ('party.create') as the key of its words in the resources, so the history
// reads "Menambah orang ke perkara" rather than a code. An action this version has no words for
// (a newer Berkas wrote it) is shown as its code, never dropped.
import { recordsId } from '../../i18n/records.id';

export type AuditActionKey = keyof typeof recordsId.records.audit;

const isKey = (key: string): key is AuditActionKey => Object.hasOwn(recordsId.records.audit, key);

export function auditActionKey(action: string): AuditActionKey | null {
  const key = action.replace(/\./g, '_');
  return isKey(key) ? key : null;
}

/** Rows newest first: the chain's sequence is the order things happened. */
export function newestFirst<R extends { seq: number }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => b.seq - a.seq);
}

// How `audit verify` words what it found, in Bahasa Indonesia and English.
import type { AuditFinding } from '../domain/audit';
import type { Lang } from './error-messages';

export function formatFinding(f: AuditFinding, lang: Lang): string {
  const id = lang === 'id';
  switch (f.kind) {
    case 'row_changed':
      return id ? `Baris audit ${f.seq} telah diubah: hash-nya tidak cocok dengan isinya.` : `Audit row ${f.seq} was changed: its hash does not match its content.`;
    case 'chain_broken':
      return id ? `Rantai audit putus di baris ${f.seq}: ada baris yang hilang, disisipkan atau ditulis ulang.` : `The audit chain breaks at row ${f.seq}: a row was removed, inserted or rewritten.`;
    case 'bad_signature':
      return id ? `Tanda tangan baris audit ${f.seq} tidak sah.` : `The signature of audit row ${f.seq} is not valid.`;
    case 'key_not_valid':
      return id
        ? `Baris audit ${f.seq} ditandatangani dengan kunci ${f.keyId} yang bukan milik penanda tangan pada saat itu.`
        : `Audit row ${f.seq} is signed with key ${f.keyId}, which was not the signer's key at that time.`;
    case 'role_not_allowed':
      return id
        ? `Baris audit ${f.seq}: peran ${f.role} tidak berwenang melakukan ${f.action} pada saat itu.`
        : `Audit row ${f.seq}: the role ${f.role} was not allowed to do ${f.action} at that time.`;
    case 'unknown_action':
      return id ? `Baris audit ${f.seq} mencatat tindakan tak dikenal "${f.action}".` : `Audit row ${f.seq} records an unknown action "${f.action}".`;
    case 'bad_genesis':
      return id ? `Rantai audit tidak diawali dengan pembuatan berkas kasus (baris ${f.seq}).` : `The audit chain does not start with the creation of the case file (row ${f.seq}).`;
    case 'record_changed':
      return id
        ? `Data ${f.entity} ${f.entityId} diubah di luar Berkas: tidak sama dengan baris audit terakhirnya (${f.seq}).`
        : `Record ${f.entity} ${f.entityId} was changed outside Berkas: it differs from its last audit row (${f.seq}).`;
    case 'record_unaudited':
      return id ? `Data ${f.entity} ${f.entityId} tidak tercatat di rantai audit.` : `Record ${f.entity} ${f.entityId} has no audit row.`;
    case 'record_deleted':
      return id
        ? `Data ${f.entity} ${f.entityId} dihapus di luar Berkas (baris audit terakhirnya ${f.seq}).`
        : `Record ${f.entity} ${f.entityId} was deleted outside Berkas (its last audit row is ${f.seq}).`;
    case 'anchor_missing':
      return id
        ? `Jangkar ${f.anchor} tidak ada di rantai audit: baris dipotong dari ujungnya, atau jangkar dari berkas kasus lain.`
        : `The anchor ${f.anchor} is not in the audit chain: rows were cut off its end, or the anchor is from another case file.`;
  }
}

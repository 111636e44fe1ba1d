// `rekey`: a new data key for the whole case file, for when a removed user may have kept a copy of
// keys.json (their old slot still opens the old data key). Every slot gets the new key sealed to its
// public key, so nobody's passphrase is needed; then case.db is re-encrypted.
import { audit } from '../audit/append';
import { randomKey, zero } from '../store/crypto';
import { get, rekeyConnection, sql, transaction } from '../store/db';
import { sealDataKey } from '../store/keys';
import type { WriteSession } from '../store/session';
import { replaceKeysFile } from '../store/slots';
import { requireRole } from './access';

export function rekey(session: WriteSession): void {
  requireRole(session, 'manageUsers');
  const newDek = randomKey();
  const current = session.keys;
  // 1. Each slot holds the old data key and the new one: a crash from here until step 3 leaves a
  //    case file that opens with whichever key case.db is in (store/open.ts finishes the job).
  replaceKeysFile(session, {
    ...current,
    slots: current.slots.map((s) => ({ ...s, dataKeys: [...s.dataKeys.slice(0, 1), sealDataKey(s, newDek)] })),
  });
  // 2. Re-encrypt every page.
  rekeyConnection(session.db, newDek);
  transaction(session.db, () => audit(session, { action: 'keys.rekey', entityId: caseFileId(session) }));
  // 3. Only the new data key is left.
  replaceKeysFile(session, { ...session.keys, slots: session.keys.slots.map((s) => ({ ...s, dataKeys: s.dataKeys.slice(1) })) });
  zero(session.dek);
  session.dek = newDek;
}

function caseFileId(session: WriteSession): string {
  return get<{ value: string }>(session.db, sql`SELECT value FROM meta WHERE key = 'case_file_id'`)?.value ?? '';
}

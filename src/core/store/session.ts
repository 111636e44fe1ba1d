// What an unlocked case file is, for the rest of the core: the folder, the keyed connection (a
// reader or a writer), the acting user, and the key material, which stays in Buffers zeroed on close.
import type { Role } from '../../shared/domain/user';
import type { UserId } from '../../shared/domain/ids';
import type { ReadableDb, WritableDb } from './db';
import type { KeysFile } from './keys';

export type SessionUser = { id: UserId; login: string; displayName: string; role: Role };

export type Credentials =
  | { kind: 'passphrase'; login: string; passphrase: Uint8Array }
  | { kind: 'recovery'; recoveryKey: Uint8Array };

type SessionBase = {
  dir: string;
  /** null when the case file was opened with the recovery key. */
  user: SessionUser | null;
  dek: Buffer;
  /** The Ed25519 seed this session signs audit rows with (the recovery key's own in a recovery session). */
  signingSeed: Buffer;
  /** user_keys.id of that seed's public key. */
  keyId: number;
  slotId: string;
  /** keys.json as last read or written by this session. */
  keys: KeysFile;
  clock: () => Date;
};

export type ReadSession = SessionBase & { mode: 'read'; db: ReadableDb };
export type WriteSession = SessionBase & { mode: 'write'; db: WritableDb };
export type Session = ReadSession | WriteSession;

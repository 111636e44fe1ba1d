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
  /** The acting user's Ed25519 seed; all zeros for a recovery-key session. */
  signingSeed: Buffer;
  slotId: string;
  /** keys.json as last read or written by this session. */
  keys: KeysFile;
  clock: () => Date;
};

export type ReadSession = SessionBase & { mode: 'read'; db: ReadableDb };
export type WriteSession = SessionBase & { mode: 'write'; db: WritableDb };
export type Session = ReadSession | WriteSession;

// How a command unlocks the case file: as a user with a passphrase, or with the recovery key.
import { AppError } from '../shared/errors';
import { parseRecoveryKey } from '../core/store/recovery-key';
import type { Credentials } from '../core/store/session';
import { actingLogin, currentPassphrase, recoveryKeyText, type Io } from './io';

export async function userCredentials(io: Io, opts: { user?: string; 'passphrase-file'?: string }): Promise<Credentials> {
  const login = actingLogin(io, opts.user);
  const passphrase = await currentPassphrase(io, opts['passphrase-file']);
  return { kind: 'passphrase', login, passphrase };
}

export function recoveryCredentials(io: Io, file: string | undefined): Credentials | null {
  const text = recoveryKeyText(io, file);
  if (text === null) return null;
  const key = parseRecoveryKey(text);
  if (!key) throw new AppError('WRONG_RECOVERY_KEY');
  return { kind: 'recovery', recoveryKey: key };
}

export function forget(credentials: Credentials): void {
  if (credentials.kind === 'passphrase') credentials.passphrase.fill(0);
  else credentials.recoveryKey.fill(0);
}

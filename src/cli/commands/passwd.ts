import { changeOwnPassphrase, resetPassphraseWithRecoveryKey } from '../../core/services/users';
import { openCaseFile, using } from '../../core/store/open';
import { AppError } from '../../shared/errors';
import { forget, recoveryCredentials, userCredentials } from '../credentials';
import { actingLogin, newPassphrase, t, type Io } from '../io';

export type PasswdOptions = { user?: string; 'passphrase-file'?: string; 'recovery-key-file'?: string };

export async function passwdCommand(io: Io, dir: string, opts: PasswdOptions): Promise<void> {
  const recovery = recoveryCredentials(io, opts['recovery-key-file']);
  const credentials = recovery ?? (await userCredentials(io, opts));
  try {
    await using(openCaseFile(dir, credentials, 'write'), async (session) => {
      const login = recovery ? actingLogin(io, opts.user) : (session.user?.login ?? '');
      if (!login) throw new AppError('NO_USER');
      const passphrase = await newPassphrase(io);
      try {
        if (recovery) await resetPassphraseWithRecoveryKey(session, login, passphrase);
        else await changeOwnPassphrase(session, passphrase);
      } finally {
        passphrase.fill(0);
      }
      io.out(t(io, `Frasa sandi ${login} diganti.`, `The passphrase of ${login} was changed.`));
    });
  } finally {
    forget(credentials);
  }
}

import { requireRole } from '../../core/services/access';
import { addUser, removeUser } from '../../core/services/users';
import { openCaseFile, using } from '../../core/store/open';
import { forget, userCredentials } from '../credentials';
import { newPassphrase, t, type Io } from '../io';

export type UserAddOptions = { user?: string; 'passphrase-file'?: string; role?: string; name?: string };

export async function userAddCommand(io: Io, dir: string, login: string, opts: UserAddOptions): Promise<void> {
  const credentials = await userCredentials(io, opts);
  try {
    await using(openCaseFile(dir, credentials, 'write'), async (session) => {
      // Refuse a role that may not add users before asking for the new user's passphrase.
      requireRole(session, 'manageUsers');
      const passphrase = await newPassphrase(io);
      try {
        const user = await addUser(session, { login, displayName: opts.name, role: opts.role ?? '', passphrase });
        io.out(t(io, `Pengguna ditambahkan: ${user.login} (${user.role}), ${user.displayName}`, `User added: ${user.login} (${user.role}), ${user.displayName}`));
      } finally {
        passphrase.fill(0);
      }
    });
  } finally {
    forget(credentials);
  }
}

export async function userRemoveCommand(io: Io, dir: string, login: string, opts: { user?: string; 'passphrase-file'?: string }): Promise<void> {
  const credentials = await userCredentials(io, opts);
  try {
    const removed = await using(openCaseFile(dir, credentials, 'write'), (session) => removeUser(session, login));
    io.out(t(io, `Pengguna dihapus: ${removed.login}. Jalankan "berkas rekey" bila ia mungkin menyimpan salinan berkas kasus.`, `User removed: ${removed.login}. Run "berkas rekey" if they may have kept a copy of the case file.`));
  } finally {
    forget(credentials);
  }
}

import { basename } from 'node:path';
import { createCaseFile } from '../../core/store/create';
import { newCaseDirPath } from '../../core/store/paths';
import { actingLogin, newPassphrase, t, type Io } from '../io';

export type InitOptions = { user?: string; name?: string; title?: string };

export async function initCommand(io: Io, dir: string, opts: InitOptions): Promise<void> {
  const login = actingLogin(io, opts.user);
  const title = opts.title ?? basename(newCaseDirPath(dir)).replace(/\.berkas$/, '');
  const passphrase = await newPassphrase(io, 'BERKAS_PASSPHRASE');
  try {
    const created = await createCaseFile({ dir, title, login, displayName: opts.name, passphrase });
    io.out(t(io, `Berkas kasus dibuat: ${created.dir}`, `Case file created: ${created.dir}`));
    io.out(t(io, `Pengguna pertama: ${login} (atasan)`, `First user: ${login} (atasan)`));
    io.out();
    io.out(t(io, `KUNCI PEMULIHAN: ${created.recoveryKey}`, `RECOVERY KEY: ${created.recoveryKey}`));
    io.out();
    io.out(
      t(
        io,
        'Kunci pemulihan hanya ditampilkan sekali. Tulis atau cetak, simpan di tempat terkunci: kunci ini membuka berkas kasus bila frasa sandi terlupa.',
        'The recovery key is shown only this once. Write it down or print it and keep it locked away: it opens the case file if a passphrase is forgotten.',
      ),
    );
  } finally {
    passphrase.fill(0);
  }
}

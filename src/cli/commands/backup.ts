import { writeBackup } from '../../core/backup/backup';
import { restoreBackup } from '../../core/backup/restore';
import { openCaseFile, using } from '../../core/store/open';
import { forget, recoveryCredentials, userCredentials } from '../credentials';
import { t, type Io } from '../io';

type Common = { user?: string; 'passphrase-file'?: string };

export async function backupCommand(io: Io, dir: string, file: string, opts: Common): Promise<void> {
  const credentials = await userCredentials(io, opts);
  try {
    const result = await using(openCaseFile(dir, credentials, 'read'), (s) => writeBackup(s, file));
    io.out(t(io, `Cadangan ditulis: ${result.file} (${result.bytes} bita)`, `Backup written: ${result.file} (${result.bytes} bytes)`));
  } finally {
    forget(credentials);
  }
}

export async function restoreCommand(io: Io, file: string, dir: string, opts: Common & { 'recovery-key-file'?: string }): Promise<void> {
  const credentials = recoveryCredentials(io, opts['recovery-key-file']) ?? (await userCredentials(io, opts));
  try {
    const result = await restoreBackup(file, dir, credentials);
    io.out(t(io, `Berkas kasus dipulihkan: ${result.dir}`, `Case file restored: ${result.dir}`));
  } finally {
    forget(credentials);
  }
}

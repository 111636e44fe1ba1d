import { rekey } from '../../core/services/rekey';
import { openCaseFile, using } from '../../core/store/open';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';

export async function rekeyCommand(io: Io, dir: string, opts: { user?: string; 'passphrase-file'?: string }): Promise<void> {
  const credentials = await userCredentials(io, opts);
  try {
    await using(openCaseFile(dir, credentials, 'write'), rekey);
    io.out(
      t(
        io,
        'Kunci data diganti: case.db dienkripsi ulang, salinan lama keys.json tidak lagi membukanya.',
        'New data key: case.db was re-encrypted, and old copies of keys.json no longer open it.',
      ),
    );
  } finally {
    forget(credentials);
  }
}

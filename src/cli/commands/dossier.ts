// `berkas dossier` (the berkas perkara as PDF, docs/dossier-format.md) and `berkas demo`.
import { AppError } from '../../shared/errors';
import { createDemo, DEMO_LOGIN } from '../../core/dossier/demo';
import { exportDossier } from '../../core/dossier/export';
import { findPerkara } from '../../core/services/cases';
import { openCaseFile, using } from '../../core/store/open';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';
import { exportTime } from './exchange';

export type DossierOptions = { user?: string; 'passphrase-file'?: string; case?: string; out?: string; now?: string };

const STEP_WORDS = { photos: ['Menyiapkan foto', 'Preparing photos'], pages: ['Menyusun halaman', 'Laying out pages'] } as const;

/** Progress on a terminal only; in a script or a log it would be noise. */
function progressPrinter(io: Io): { onProgress?: (step: string, done: number, total: number) => void; end: () => void } {
  if (!process.stderr.isTTY) return { end: () => undefined };
  let shown = false;
  return {
    onProgress: (step, done, total) => {
      const words = STEP_WORDS[step as keyof typeof STEP_WORDS];
      if (!words || total === 0) return;
      shown = true;
      process.stderr.write(`\r${t(io, words[0], words[1])} ${done}/${total}   `);
    },
    end: () => {
      if (shown) process.stderr.write('\n');
    },
  };
}

export async function dossierCommand(io: Io, dir: string, opts: DossierOptions): Promise<void> {
  if (!opts.case) throw new AppError('INVALID_INPUT', { detail: t(io, 'sebutkan perkaranya: --case LP-ATAU-ID', 'name the case: --case LP-OR-ID') });
  if (!opts.out) throw new AppError('INVALID_INPUT', { detail: t(io, 'sebutkan file PDF-nya: --out FILE.pdf', 'name the PDF file: --out FILE.pdf') });
  const now = exportTime(io, opts.now);
  const wanted = opts.case;
  const out = opts.out;
  const credentials = await userCredentials(io, opts);
  const progress = progressPrinter(io);
  try {
    const done = await using(openCaseFile(dir, credentials, 'write'), (s) => {
      const perkara = findPerkara(s.db, wanted);
      if (!perkara) throw new AppError('NOT_FOUND', { record: wanted });
      return exportDossier(s, perkara.id, out, { now, onProgress: progress.onProgress });
    });
    progress.end();
    io.out(t(io, `Berkas perkara: ${done.file}`, `Dossier: ${done.file}`));
    io.out(t(io, `Nomor ekspor ${done.exportNumber}, ${done.pages} halaman, ${done.bytes} byte`, `Export number ${done.exportNumber}, ${done.pages} pages, ${done.bytes} bytes`));
    io.out(`SHA-256 ${done.sha256}`);
  } catch (e) {
    progress.end();
    throw e;
  } finally {
    forget(credentials);
  }
}

/** The demo's passphrase unless BERKAS_PASSPHRASE gives one: the data is invented, the lock is not. */
const DEMO_PASSPHRASE = 'demo-berkas-fiktif';

export async function demoCommand(io: Io, dir: string, opts: { now?: string }): Promise<void> {
  const now = exportTime(io, opts.now);
  const given = io.env.BERKAS_PASSPHRASE;
  const passphrase = Buffer.from(given && given !== '' ? given : DEMO_PASSPHRASE, 'utf8');
  const progress = progressPrinter(io);
  try {
    const demo = await createDemo(dir, passphrase, { now, onProgress: progress.onProgress });
    progress.end();
    io.out(t(io, 'Demo dibuat (semua data fiktif):', 'Demo created (all data is invented):'));
    io.out(t(io, `  Berkas kasus     ${demo.caseDir}`, `  Case file        ${demo.caseDir}`));
    io.out(t(io, `  Pengguna         ${DEMO_LOGIN}`, `  User             ${DEMO_LOGIN}`));
    io.out(t(io, `  Frasa sandi      ${given ? '(dari BERKAS_PASSPHRASE)' : DEMO_PASSPHRASE}`, `  Passphrase       ${given ? '(from BERKAS_PASSPHRASE)' : DEMO_PASSPHRASE}`));
    io.out(t(io, `  Kunci pemulihan  ${demo.recoveryKey}`, `  Recovery key     ${demo.recoveryKey}`));
    io.out(t(io, `  Perkara          ${demo.lpNumber}`, `  Case             ${demo.lpNumber}`));
    io.out(t(io, `  Foto sumber      ${demo.photos.length} file di ${demo.photos[0] ? demo.photos[0].replace(/[/\\][^/\\]+$/, '') : ''}`, `  Source photos    ${demo.photos.length} files in ${demo.photos[0] ? demo.photos[0].replace(/[/\\][^/\\]+$/, '') : ''}`));
    io.out(t(io, `  Berkas perkara   ${demo.dossier.file}`, `  Dossier          ${demo.dossier.file}`));
    io.out(t(io, `                   ${demo.dossier.pages} halaman, SHA-256 ${demo.dossier.sha256}`, `                   ${demo.dossier.pages} pages, SHA-256 ${demo.dossier.sha256}`));
  } catch (e) {
    progress.end();
    throw e;
  } finally {
    passphrase.fill(0);
  }
}

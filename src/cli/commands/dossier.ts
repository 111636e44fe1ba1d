// `berkas dossier` (the berkas perkara as PDF, docs/dossier-format.md) and `berkas demo`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsError } from '../../core/store/fsio';
import { createDemo, DEMO_LOGIN } from '../../core/dossier/demo';
import { exportDossier } from '../../core/dossier/export';
import { DOSSIER_PROFILES, type DossierProfile } from '../../shared/domain/dossier';
import { verifyDossier } from '../../core/dossier/verify';
import { findPerkara } from '../../core/services/cases';
import { openCaseFile, using } from '../../core/store/open';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';
import { exportTime } from './exchange';

export type DossierOptions = { user?: string; 'passphrase-file'?: string; case?: string; out?: string; now?: string; profile?: string; package?: string };

const STEP_WORDS = {
  photos: ['Menyiapkan foto', 'Preparing photos'],
  pages: ['Menyusun halaman', 'Laying out pages'],
  attachments: ['Menyalin lampiran', 'Copying attachments'],
} as const;

function profileOf(io: Io, value: string | undefined): DossierProfile {
  const found = DOSSIER_PROFILES.find((p) => p === (value ?? 'full'));
  if (!found) throw new AppError('INVALID_INPUT', { detail: t(io, `--profile harus full atau deidentified (bukan "${value}")`, `--profile takes full or deidentified (got "${value}")`) });
  return found;
}

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
  if (!opts.out && !opts.package) {
    throw new AppError('INVALID_INPUT', { detail: t(io, 'sebutkan file PDF-nya (--out FILE.pdf) atau folder paketnya (--package FOLDER)', 'name the PDF file (--out FILE.pdf) or the package folder (--package FOLDER)') });
  }
  const now = exportTime(io, opts.now);
  const profile = profileOf(io, opts.profile);
  const wanted = opts.case;
  const credentials = await userCredentials(io, opts);
  const progress = progressPrinter(io);
  try {
    const done = await using(openCaseFile(dir, credentials, 'write'), (s) => {
      const perkara = findPerkara(s.db, wanted);
      if (!perkara) throw new AppError('NOT_FOUND', { record: wanted });
      return exportDossier(s, perkara.id, { out: opts.out, packageDir: opts.package, profile, now, onProgress: progress.onProgress });
    });
    progress.end();
    io.out(t(io, `Berkas perkara: ${done.file}`, `Dossier: ${done.file}`));
    if (done.packageDir) io.out(t(io, `Paket: ${done.packageDir} (${done.attachments} lampiran, manifest.json, SHA256SUMS)`, `Package: ${done.packageDir} (${done.attachments} attachments, manifest.json, SHA256SUMS)`));
    else io.out(t(io, `Daftar SHA-256: ${done.sums}`, `SHA-256 list: ${done.sums}`));
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
    io.out(t(io, `  Tanpa identitas  ${demo.deidentified.file}`, `  De-identified    ${demo.deidentified.file}`));
    io.out(t(io, `  Paket            ${demo.package.packageDir ?? ''} (${demo.package.attachments} lampiran)`, `  Package          ${demo.package.packageDir ?? ''} (${demo.package.attachments} attachments)`));
    io.out(t(io, `  Periksa: berkas verify ${demo.dossier.file}`, `  Check:  berkas verify ${demo.dossier.file}`));
  } catch (e) {
    progress.end();
    throw e;
  } finally {
    passphrase.fill(0);
  }
}

const DETAIL_WORDS = {
  changed: ['berubah', 'changed'],
  missing: ['tidak ada', 'missing'],
  unexpected: ['bukan bagian dari ekspor ini', 'not part of this export'],
  unreadable: ['tidak dapat dibaca', 'unreadable'],
} as const;

/**
 * `berkas verify FILE.pdf [--package FOLDER]`. Returns the exit code: 0 the seal and every hash hold,
 * 1 something differs (each named), 2 (thrown) a file with no Berkas seal at all.
 */
export async function verifyCommand(io: Io, file: string, opts: { package?: string }): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw fsError(e, file);
  }
  const result = await verifyDossier(bytes, { packageDir: opts.package, pdfName: basename(file) });
  if (result.kind === 'not-sealed') {
    throw new AppError('INVALID_INPUT', { detail: t(io, `${file} tidak membawa segel Berkas: bukan berkas perkara yang diekspor Berkas`, `${file} carries no Berkas seal: it is not a dossier exported by Berkas`) });
  }
  const m = result.manifest;
  if (m) {
    io.out(t(io, `Nomor ekspor ${m.exportNumber} (${m.profile}), perkara ${m.case.lpNumber}`, `Export number ${m.exportNumber} (${m.profile}), case ${m.case.lpNumber}`));
    io.out(t(io, `Diekspor ${m.exportedAt} oleh ${m.exporter.name} (${m.exporter.login}), Berkas ${m.berkas}`, `Exported ${m.exportedAt} by ${m.exporter.name} (${m.exporter.login}), Berkas ${m.berkas}`));
  }
  io.out(`SHA-256 ${result.sha256}`);
  for (const p of result.problems) io.out(`${t(io, 'BERBEDA', 'DIFFERS')}  ${p.what}: ${t(io, DETAIL_WORDS[p.detail][0], DETAIL_WORDS[p.detail][1])}`);
  if (result.ok) {
    const what = opts.package ? t(io, 'Segel PDF dan setiap berkas paket utuh.', 'The PDF seal and every file of the package hold.') : t(io, 'Segel utuh: file ini byte demi byte sama dengan yang diekspor.', 'The seal holds: this file is byte for byte the one exported.');
    io.out(what);
    return 0;
  }
  io.out(t(io, 'Tidak sama dengan yang diekspor.', 'Not as exported.'));
  return 1;
}

// What the export screen decides without the core: the names it suggests for a case's PDF and
// package, whether a typed path is a full one, and the step a progress event reports.
import { DossierProgress, type DossierProfileName } from '../../../../shared/ipc/dossier';
import { lpCaseCode } from '../../../../shared/rules/lp';

/** The case's code as the dossier stamps it (LP-B-417-XI-2025), or a plain word for an unreadable LP. */
function caseCode(lpNumber: string): string {
  return lpCaseCode(lpNumber) ?? 'perkara';
}

const profileSuffix = (profile: DossierProfileName): string => (profile === 'deidentified' ? '-tanpa-identitas' : '');

/** The name the save dialog suggests: berkas-perkara-LP-B-417-XI-2025-tanpa-identitas.pdf. */
export function defaultPdfName(lpNumber: string, profile: DossierProfileName): string {
  return `berkas-perkara-${caseCode(lpNumber)}${profileSuffix(profile)}.pdf`;
}

/** The folder name the path field suggests for a package. */
export function defaultPackageName(lpNumber: string, profile: DossierProfileName): string {
  return `paket-berkas-perkara-${caseCode(lpNumber)}${profileSuffix(profile)}`;
}

/** A full path on Linux or Windows (/home/…, C:\…, \\server\share\…); the core checks it again. */
export function isFullPath(path: string): boolean {
  const p = path.trim();
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** A path as typed or pasted: surrounding quotes (as a file manager copies them) and spaces removed. */
export function cleanPath(text: string): string {
  return text.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
}

/** The step and counts of a dossier:export progress event, or null for anything else. */
export function dossierStep(progress: unknown): DossierProgress | null {
  const parsed = DossierProgress.safeParse(progress);
  return parsed.success ? parsed.data : null;
}

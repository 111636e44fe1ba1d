// The channels of the berkas perkara (the sealed PDF dossier, docs/dossier-format.md): export one
// case in a profile, to a single PDF or to a package folder, with progress and cancel, and, in
// Electron only, show what an export wrote in the file manager. Part of the one contract
// (contract.ts spreads them in).
//
// Progress events of dossier:export carry the step as well as the counts ({ step, done, total },
// DossierProgress below): the transports pass a progress object through as it is, and the page
// checks it against DossierProgress before it shows the step in words.
import { z } from 'zod';
import { DOSSIER_PROFILES, DOSSIER_STEPS } from '../domain/dossier';

const Id = z.uuid();
const Path = z.string().trim().min(1).max(4096);

/** Who the dossier is for: `full` for the public prosecutor, `deidentified` for anyone else. */
export const DossierProfileName = z.enum(DOSSIER_PROFILES);
export type DossierProfileName = z.infer<typeof DossierProfileName>;

export const DossierProgress = z.strictObject({ step: z.enum(DOSSIER_STEPS), done: z.number().min(0), total: z.number().min(0) });
export type DossierProgress = z.infer<typeof DossierProgress>;

/**
 * Where the export goes: one PDF file (SHA256SUMS is written beside it), or a package, a new or
 * empty folder that receives the PDF, the attachments the profile shows, manifest.json and
 * SHA256SUMS. The path must be absolute; the core also refuses one inside the case folder.
 */
export const DossierDestination = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('file'), path: Path }),
  z.strictObject({ kind: z.literal('package'), path: Path }),
]);
export type DossierDestination = z.infer<typeof DossierDestination>;

/** What the screen shows of a finished export. */
export const DossierExportView = z.strictObject({
  id: z.string(),
  /** The PDF. */
  file: z.string(),
  /** The package folder, or null for a single PDF. */
  packageDir: z.string().nullable(),
  /** SHA256SUMS, beside the PDF. */
  sums: z.string(),
  number: z.number().int(),
  /** e.g. LP-B-417-XI-2025/E-2 */
  exportNumber: z.string(),
  profile: DossierProfileName,
  sha256: z.string(),
  bytes: z.number().int(),
  pages: z.number().int(),
  /** Attachments copied into the package. */
  attachments: z.number().int(),
});
export type DossierExportView = z.infer<typeof DossierExportView>;

/** An export as the station recorded it: the case's list of what it has issued. */
export const RecordedExportView = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  exportNumber: z.string(),
  profile: DossierProfileName,
  exportedAt: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  pages: z.number().int(),
  createdAt: z.string(),
});
export type RecordedExportView = z.infer<typeof RecordedExportView>;

export const DOSSIER_CHANNELS = {
  // The case's exports, newest first; open to every role, as the case's history is.
  'dossier:list': { input: z.strictObject({ perkaraId: Id }), output: z.array(RecordedExportView) },
  // Reports DossierProgress; cancelled by the call's signal or by dossier:cancel with the same
  // ticket, it leaves no file and no export row. Refused for a pembaca (FORBIDDEN).
  'dossier:export': {
    input: z.strictObject({ perkaraId: Id, profile: DossierProfileName, destination: DossierDestination, ticket: Id.optional() }),
    output: DossierExportView,
    progress: true,
  },
  'dossier:cancel': { input: z.strictObject({ ticket: Id }), output: z.strictObject({ cancelled: z.boolean() }) },
  // Electron's main process opens the file manager at a path one of this window's exports wrote,
  // and no other; the core (and so the preview server) answers { shown: false }, and the page shows
  // the path to copy instead.
  'dossier:showInFolder': { input: z.strictObject({ path: Path }), output: z.strictObject({ shown: z.boolean() }) },
} as const;

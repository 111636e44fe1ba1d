// The export manifest (docs/dossier-format.md "The manifest"): what was exported, by whom, when, from
// which state of the case file, and the SHA-256 of every attachment that goes with it. Embedded in
// the PDF as `manifest.json` (under the seal) and written beside it in a package, byte for byte the
// same. Canonical JSON with sorted keys, so equal content gives equal bytes.
import { z } from 'zod';
import { canonicalJson } from '../audit/canonical';
import { appVersion } from '../store/create';
import { DOSSIER_PROFILES } from '../../shared/domain/dossier';
import type { DossierData } from './gather';

export const MANIFEST_NAME = 'manifest.json';
/** The checksum list written beside a dossier and in a package, as `sha256sum -c` reads it. */
export const SUMS_NAME = 'SHA256SUMS';
export const MANIFEST_FORMAT = 'berkas-dossier-manifest';

/** A package path: lampiran/<owner>/<file>, never leaving the package folder. */
const PackagePath = z.string().regex(/^lampiran\/[^/\\]+\/[^/\\]+$/).refine((p) => !p.split('/').some((s) => s === '.' || s === '..'));

export const ManifestAttachment = z.strictObject({
  /** Where the file sits in a package, e.g. "lampiran/BB-1/foto.jpg". */
  path: PackagePath,
  name: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** What it belongs to: "BB-1" for barang bukti 1, "dokumen-4" for the fourth document. */
  of: z.string(),
});
export type ManifestAttachment = z.infer<typeof ManifestAttachment>;

export const Manifest = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  exportNumber: z.string(),
  profile: z.enum(DOSSIER_PROFILES),
  case: z.strictObject({ lpNumber: z.string(), caseCode: z.string(), title: z.string() }),
  exporter: z.strictObject({ login: z.string(), name: z.string() }),
  exportedAt: z.string(),
  berkas: z.string(),
  /** The case's last audit row before this export: the state of the records shown. */
  auditHead: z.strictObject({ seq: z.number().int(), hash: z.string() }),
  attachments: z.array(ManifestAttachment),
  /** Attachments of the case left out of this profile (a de-identified export), by count only. */
  withheld: z.number().int().min(0),
});
export type Manifest = z.infer<typeof Manifest>;

/** A name safe as one path segment, unique within its folder. */
function segment(name: string, taken: Set<string>): string {
  const safe = [...name].map((ch) => (/[/\\:*?"<>|]/.test(ch) || (ch.codePointAt(0) ?? 0) < 0x20 ? '_' : ch)).join('');
  const base = safe.replace(/^\.+/, '_') || 'lampiran';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const dot = base.lastIndexOf('.');
    candidate = dot > 0 ? `${base.slice(0, dot)} (${n})${base.slice(dot)}` : `${base} (${n})`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The attachments a package of this export holds (those the profile shows), with their paths. */
export function manifestAttachments(data: DossierData): { entry: ManifestAttachment; id: string }[] {
  const out: { entry: ManifestAttachment; id: string }[] = [];
  const add = (of: string, attachments: DossierData['evidence'][number]['attachments']): void => {
    const taken = new Set<string>();
    for (const a of attachments) {
      if (a.withheld) continue;
      out.push({ id: a.id, entry: { path: `lampiran/${of}/${segment(a.name, taken)}`, name: a.name, size: a.size, sha256: a.sha256, of } });
    }
  };
  data.documents.forEach((d, i) => add(`dokumen-${i + 1}`, d.attachments));
  for (const e of data.evidence) add(`BB-${e.number}`, e.attachments);
  return out;
}

export function buildManifest(data: DossierData, facts: { exportNumber: string; exportedAt: Date; caseCode: string; exporter: { login: string; name: string } }): Manifest {
  const all = [...data.documents.flatMap((d) => d.attachments), ...data.evidence.flatMap((e) => e.attachments)];
  return Manifest.parse({
    format: MANIFEST_FORMAT,
    version: 1,
    exportNumber: facts.exportNumber,
    profile: data.profile,
    case: { lpNumber: data.perkara.lpNumber, caseCode: facts.caseCode, title: data.perkara.title },
    exporter: facts.exporter,
    exportedAt: facts.exportedAt.toISOString(),
    berkas: appVersion(),
    auditHead: data.auditHead,
    attachments: manifestAttachments(data).map((a) => a.entry),
    withheld: all.filter((a) => a.withheld).length,
  } satisfies Manifest);
}

export function manifestBytes(m: Manifest): Uint8Array {
  return new TextEncoder().encode(`${canonicalJson(m)}\n`);
}

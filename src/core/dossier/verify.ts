// `berkas verify`: is this the file the station issued, and is its package whole? The seal is found
// by scanning bytes (seal.ts), so a damaged cross-reference table still gives "changed", not "not a
// dossier". Only a file whose seal holds is parsed, to read the manifest inside it; the package's
// files are then checked against that manifest. Verification needs no case file and no passphrase.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { Manifest, MANIFEST_NAME, SUMS_NAME } from './manifest';
import { checkSeal } from './seal';

export type Problem = { what: string; detail: 'changed' | 'missing' | 'unexpected' | 'unreadable' };

export type Verification =
  | { kind: 'not-sealed' }
  | { kind: 'checked'; ok: boolean; problems: Problem[]; manifest: Manifest | null; sha256: string };

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes of the PDF's embedded file named `name`, or null. */
async function embeddedFile(pdf: Uint8Array, name: string): Promise<Uint8Array | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = tree?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return null;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const key = list.lookup(i);
    const text = key instanceof PDFHexString || key instanceof PDFString ? key.decodeText() : '';
    if (text !== name) continue;
    const stream = list.lookup(i + 1, PDFDict).lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  }
  return null;
}

function parseManifest(bytes: Uint8Array | null): Manifest | null {
  if (!bytes) return null;
  try {
    const parsed = Manifest.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every file below `dir`, as package paths ("lampiran/BB-1/foto.jpg"). */
function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Checks a package folder against the manifest: each attachment there and unchanged, nothing else. */
function checkPackage(dir: string, pdfName: string | null, manifest: Manifest, embedded: Uint8Array | null): Problem[] {
  const problems: Problem[] = [];
  const manifestPath = join(dir, MANIFEST_NAME);
  if (!existsSync(manifestPath)) problems.push({ what: MANIFEST_NAME, detail: 'missing' });
  else if (embedded && Buffer.compare(readFileSync(manifestPath), Buffer.from(embedded)) !== 0) problems.push({ what: MANIFEST_NAME, detail: 'changed' });
  const expected = new Set([MANIFEST_NAME, SUMS_NAME, ...(pdfName ? [pdfName] : [])]);
  for (const a of manifest.attachments) {
    expected.add(a.path);
    const path = join(dir, ...a.path.split('/'));
    if (!existsSync(path)) problems.push({ what: a.path, detail: 'missing' });
    else if (sha256Of(readFileSync(path)) !== a.sha256) problems.push({ what: a.path, detail: 'changed' });
  }
  for (const f of filesBelow(dir)) if (!expected.has(f) && !f.endsWith('.pdf')) problems.push({ what: f, detail: 'unexpected' });
  return problems;
}

export async function verifyDossier(pdf: Uint8Array, options: { packageDir?: string; pdfName?: string } = {}): Promise<Verification> {
  const seal = checkSeal(pdf);
  if (seal.kind === 'none') return { kind: 'not-sealed' };
  const problems: Problem[] = [];
  let embedded: Uint8Array | null = null;
  let manifest: Manifest | null = null;
  if (seal.kind === 'changed') problems.push({ what: 'PDF', detail: 'changed' });
  else {
    try {
      embedded = await embeddedFile(pdf, MANIFEST_NAME);
    } catch {
      embedded = null;
    }
    manifest = parseManifest(embedded);
    if (!manifest) problems.push({ what: MANIFEST_NAME, detail: 'unreadable' });
  }
  if (options.packageDir) {
    // A changed PDF cannot vouch for its manifest; the package's own copy still says which attachment differs.
    const fallback = manifest ?? parseManifest(existsSync(join(options.packageDir, MANIFEST_NAME)) ? readFileSync(join(options.packageDir, MANIFEST_NAME)) : null);
    if (fallback) problems.push(...checkPackage(options.packageDir, options.pdfName ?? null, fallback, embedded));
    else problems.push({ what: MANIFEST_NAME, detail: 'missing' });
  }
  return { kind: 'checked', ok: problems.length === 0, problems, manifest, sha256: sha256Of(pdf) };
}

// The dossier's seal (DESIGN.md §5, docs/dossier-format.md "The seal"). Like the ByteRange of a PDF
// signature: a fixed-width placeholder sits in an uncompressed stream object, the SHA-256 of every
// other byte of the file is computed, and its hex is written into the placeholder (same length, no
// offset moves). Any changed byte, outside the placeholder or in it, makes the two disagree.
//
// The seal stream reads, in ASCII:
//   %BERKAS-SEAL-1 <64 hex digits> %BERKAS-SEAL-1
// The marker stands on both sides so that one changed byte in a marker still leaves the seal found
// (and the file reported as changed, not as "no seal"). pdf-lib never packs streams into object
// streams and never compresses a raw stream it is given, so the marker stays findable by scanning
// bytes: a damaged xref or trailer does not hide it.
import { createHash } from 'node:crypto';
import { PDFName, type PDFDocument } from 'pdf-lib';

const MARKER = '%BERKAS-SEAL-1';
const HEX_LENGTH = 64;
const PLACEHOLDER = '0'.repeat(HEX_LENGTH);
const BODY = `${MARKER} ${PLACEHOLDER} ${MARKER}\n`;

/** Adds the seal stream, its placeholder still zeros, referenced from the catalog. Call last before save. */
export function addSealPlaceholder(doc: PDFDocument): void {
  const stream = doc.context.stream(new TextEncoder().encode(BODY), { Type: 'BerkasSeal', Version: 1 });
  doc.catalog.set(PDFName.of('BerkasSeal'), doc.context.register(stream));
}

/** Digest of every byte of `bytes` but the 64 at `at`. */
function digestWithout(bytes: Uint8Array, at: number): string {
  return createHash('sha256').update(bytes.subarray(0, at)).update(bytes.subarray(at + HEX_LENGTH)).digest('hex');
}

function indexOf(bytes: Uint8Array, text: string, from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, from, 'latin1');
}

/** Writes the digest into the placeholder of a saved file, in place. */
export function applySeal(bytes: Uint8Array): void {
  const first = indexOf(bytes, `${MARKER} ${PLACEHOLDER} ${MARKER}`);
  if (first < 0 || indexOf(bytes, MARKER, first + BODY.length) >= 0) throw new Error('the seal placeholder is missing or not unique');
  const at = first + MARKER.length + 1;
  const hex = digestWithout(bytes, at);
  bytes.set(new TextEncoder().encode(hex), at);
}

export type SealCheck =
  | { kind: 'none' }
  | { kind: 'intact'; digest: string }
  | { kind: 'changed'; recorded: string; computed: string };

/**
 * Finds the seal by scanning the bytes and checks it. 'none': no marker anywhere (not a sealed Berkas
 * dossier); 'changed': a seal, but the file is not the one sealed.
 */
export function checkSeal(bytes: Uint8Array): SealCheck {
  const first = indexOf(bytes, MARKER);
  if (first < 0) return { kind: 'none' };
  const at = first + MARKER.length + 1;
  const closing = indexOf(bytes, MARKER, first + 1);
  const recorded = Buffer.from(bytes.subarray(at, at + HEX_LENGTH)).toString('latin1');
  // One marker alone (the other altered), or a third (something added that claims to be a seal):
  // a seal, but not the file that was sealed.
  if (closing !== at + HEX_LENGTH + 1 || indexOf(bytes, MARKER, closing + 1) >= 0) return { kind: 'changed', recorded, computed: '' };
  const computed = digestWithout(bytes, at);
  return recorded === computed ? { kind: 'intact', digest: computed } : { kind: 'changed', recorded, computed };
}

// Photos for the dossier. A JPEG is embedded as it was taken, minus its metadata: the APPn and COM
// segments (EXIF with GPS and the camera's serial, XMP, comments) are cut out of the bytes without
// re-encoding, and its EXIF orientation is applied with the drawing matrix (pdf-lib ignores it).
// Other formats (PNG screenshots, WebP) are converted by sharp to a JPEG, which writes no metadata
// and applies the orientation itself. An image nothing can decode (HEIC: sharp's prebuilt binaries
// lack the codec) gets a placeholder naming it, never a blank.

export type PreparedImage = {
  jpeg: Uint8Array;
  /** Stored size in pixels. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 to apply when drawing (1 after a conversion). */
  orientation: number;
};

const SOI = 0xd8;
const SOS = 0xda;
const EOI = 0xd9;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP14 = 0xee;
const COM = 0xfe;

/** Markers that carry no length: RST0–7, SOI, EOI, TEM. */
const standalone = (m: number): boolean => (m >= 0xd0 && m <= 0xd9) || m === 0x01;

/**
 * Walks a JPEG's segments up to the image data. Returns null when it is not a well-formed JPEG, so
 * the caller converts it with sharp instead.
 */
function segments(bytes: Uint8Array): { marker: number; start: number; end: number }[] | null {
  const at = (i: number): number => bytes[i] ?? 0;
  if (bytes.length < 4 || at(0) !== 0xff || at(1) !== SOI) return null;
  const out: { marker: number; start: number; end: number }[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (at(i) !== 0xff) return null;
    const marker = at(i + 1);
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (standalone(marker)) {
      if (marker === EOI) return null;
      out.push({ marker, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    const length = (at(i + 2) << 8) | at(i + 3);
    if (length < 2 || i + 2 + length > bytes.length) return null;
    out.push({ marker, start: i, end: i + 2 + length });
    // From the start of scan to the end the file is entropy-coded data (and further scans): kept whole.
    if (marker === SOS) return out.concat({ marker: -1, start: i + 2 + length, end: bytes.length });
    i += 2 + length;
  }
  return null;
}

/** The EXIF orientation tag (0x0112) of an APP1 segment's payload, or 1. */
function exifOrientation(bytes: Uint8Array, start: number, end: number): number {
  const at = (i: number): number => bytes[i] ?? 0;
  const p = start + 4; // after FF E1 and the length
  if (end - p < 14 || String.fromCharCode(...bytes.subarray(p, p + 4)) !== 'Exif') return 1;
  const tiff = p + 6;
  const little = at(tiff) === 0x49;
  const u16 = (i: number): number => (little ? at(i) | (at(i + 1) << 8) : (at(i) << 8) | at(i + 1));
  const u32 = (i: number): number => (little ? u16(i) + u16(i + 2) * 65536 : u16(i) * 65536 + u16(i + 2));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const v = u16(entry + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

/** Size from the first SOFn segment (baseline, progressive, …), or null. */
function frameSize(bytes: Uint8Array, segs: { marker: number; start: number }[]): { width: number; height: number } | null {
  for (const s of segs) {
    const m = s.marker;
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      const at = (i: number): number => bytes[s.start + i] ?? 0;
      const height = (at(5) << 8) | at(6);
      const width = (at(7) << 8) | at(8);
      return width > 0 && height > 0 ? { width, height } : null;
    }
  }
  return null;
}

/**
 * A JPEG without its metadata segments. APP0 (JFIF: density only) and APP14 (Adobe: how the colour
 * channels are coded, without which CMYK images print inverted) are kept; every other APPn and COM
 * goes.
 */
export function stripJpeg(bytes: Uint8Array): PreparedImage | null {
  const segs = segments(bytes);
  if (!segs) return null;
  const size = frameSize(bytes, segs);
  if (!size) return null;
  let orientation = 1;
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  for (const s of segs) {
    const isApp = s.marker >= APP0 && s.marker <= 0xef;
    if (s.marker === APP1 && orientation === 1) orientation = exifOrientation(bytes, s.start, s.end);
    if ((isApp && s.marker !== APP0 && s.marker !== APP14) || s.marker === COM) continue;
    parts.push(bytes.subarray(s.start, s.end));
  }
  return { jpeg: Buffer.concat(parts), ...size, orientation };
}

/** Any image for the dossier, or null when it cannot be decoded. */
export async function prepareImage(bytes: Uint8Array, mediaType: string): Promise<PreparedImage | null> {
  if (mediaType === 'image/jpeg') {
    const stripped = stripJpeg(bytes);
    if (stripped) return stripped;
  }
  try {
    // Loaded only when a photo needs converting: libvips costs tens of megabytes of memory, and a
    // dossier of JPEGs never needs it.
    const { default: sharp } = await import('sharp');
    const { data, info } = await sharp(bytes, { failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: new Uint8Array(data), width: info.width, height: info.height, orientation: 1 };
  } catch {
    return null;
  }
}

/** Whether the orientation turns the image a quarter (so its upright width is its stored height). */
export const quarterTurn = (orientation: number): boolean => orientation >= 5;

/**
 * The drawing matrix [a b c d e f] that puts the stored image upright into the box (x, y, w, h),
 * for each EXIF orientation: the image's unit square (u right, v up) maps to the box.
 */
export function orientationMatrix(orientation: number, x: number, y: number, w: number, h: number): [number, number, number, number, number, number] {
  switch (orientation) {
    case 2: return [-w, 0, 0, h, x + w, y];
    case 3: return [-w, 0, 0, -h, x + w, y + h];
    case 4: return [w, 0, 0, -h, x, y + h];
    case 5: return [0, -h, -w, 0, x + w, y + h];
    case 6: return [0, -h, w, 0, x, y + h];
    case 7: return [0, h, w, 0, x, y];
    case 8: return [0, h, -w, 0, x + w, y];
    default: return [w, 0, 0, h, x, y];
  }
}

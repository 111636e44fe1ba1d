// Thumbnails of image attachments, made with sharp (libvips). Written without any metadata: sharp
// strips EXIF (GPS position, camera serial), XMP and IPTC unless asked to keep them, and a
// thumbnail must not carry where a victim was photographed.

export const THUMBNAIL_EDGE = 320;

/**
 * A JPEG that fits in 320×320, turned upright by the EXIF orientation; null when sharp cannot
 * decode the input. That includes HEIC from phones: sharp's prebuilt binaries decode HEIF only
 * with AV1 (AVIF), not HEVC, so an iPhone photo gets no thumbnail rather than an error.
 */
export async function makeThumbnail(input: Buffer): Promise<Buffer | null> {
  try {
    // Loaded on first use: libvips costs tens of megabytes, and many sessions never attach an image.
    const { default: sharp } = await import('sharp');
    return await sharp(input)
      .rotate()
      .resize({ width: THUMBNAIL_EDGE, height: THUMBNAIL_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
  } catch {
    // Unsupported or damaged image: the attachment itself is still stored and verifiable.
    return null;
  }
}

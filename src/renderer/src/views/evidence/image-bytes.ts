// Decrypted image bytes, as the core sends them (base64 with their media type), turned into a Blob
// for an object URL: the picture lives in this page's memory only, never in a file or a cache.
import { PREVIEW_MEDIA_TYPES } from '../../../../shared/ipc/evidence';

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function imageBlob(image: { mediaType: string; data: string }): Blob {
  return new Blob([bytesOf(image.data)], { type: image.mediaType });
}

/** Whether the screen can show this attachment as an image. */
export function canPreview(mediaType: string): boolean {
  return (PREVIEW_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

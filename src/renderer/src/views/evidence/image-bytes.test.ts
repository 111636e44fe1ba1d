import { describe, expect, it } from 'vitest';
import { bytesOf, canPreview, imageBlob } from './image-bytes';

describe('decrypted image bytes', () => {
  it('turns base64 back into the same bytes', async () => {
    const original = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 250]);
    const base64 = btoa(String.fromCharCode(...original));
    expect(bytesOf(base64)).toEqual(original);
    const blob = imageBlob({ mediaType: 'image/jpeg', data: base64 });
    expect(blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(original);
  });

  it('previews only what Chromium decodes', () => {
    expect(canPreview('image/png')).toBe(true);
    expect(canPreview('image/heic')).toBe(false);
    expect(canPreview('application/pdf')).toBe(false);
  });
});

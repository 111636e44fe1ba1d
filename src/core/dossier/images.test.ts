import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { orientationMatrix, prepareImage, stripJpeg } from './images';

const withExif = (orientation: number): Promise<Buffer> =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Samsung', Model: 'SM-A145F' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '1/1 15/1 0/1' } })
    .withMetadata({ orientation })
    .toBuffer();

/** Where the matrix sends a corner of the image's unit square. */
const apply = (m: number[], u: number, v: number): [number, number] => [(m[0] ?? 0) * u + (m[2] ?? 0) * v + (m[4] ?? 0), (m[1] ?? 0) * u + (m[3] ?? 0) * v + (m[5] ?? 0)];

describe('photos for the dossier', () => {
  it('cuts the EXIF out of a JPEG without re-encoding it, keeping its orientation to apply', async () => {
    const original = await withExif(6);
    expect(original.toString('latin1')).toContain('Samsung');
    const stripped = stripJpeg(original);
    expect(stripped).not.toBeNull();
    const bytes = Buffer.from(stripped?.jpeg ?? []);
    expect(bytes.toString('latin1')).not.toContain('Samsung');
    expect(bytes.toString('latin1')).not.toContain('Exif');
    expect(stripped).toMatchObject({ width: 40, height: 30, orientation: 6 });
    // Still a JPEG that decodes to the same pixels' size, with no metadata left.
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([40, 30, undefined]);
  });

  it('converts other formats with sharp, upright and without metadata, and gives up on garbage', async () => {
    const png = await sharp({ create: { width: 10, height: 20, channels: 4, background: '#0000' } }).png().toBuffer();
    const image = await prepareImage(png, 'image/png');
    expect(image).toMatchObject({ width: 10, height: 20, orientation: 1 });
    expect(await prepareImage(Buffer.from('not an image'), 'image/heic')).toBeNull();
    // A JPEG whose segments do not parse goes to sharp, which refuses it too.
    expect(await prepareImage(Buffer.from([0xff, 0xd8, 0x00, 0x01]), 'image/jpeg')).toBeNull();
  });

  it('puts each EXIF orientation upright in its box', () => {
    // Box at (100, 200), 30 wide and 40 tall. The stored image's top-left corner is (0, 1).
    const topLeftGoesTo: Record<number, [number, number]> = {
      1: [100, 240], // stays top-left
      2: [130, 240], // mirrored: top-right
      3: [130, 200], // turned half: bottom-right
      4: [100, 200], // flipped: bottom-left
      5: [100, 240], // transposed: top-left
      6: [130, 240], // turned a quarter clockwise: top-right
      7: [130, 200], // transverse: bottom-right
      8: [100, 200], // turned a quarter anticlockwise: bottom-left
    };
    for (const [o, corner] of Object.entries(topLeftGoesTo)) {
      const m = orientationMatrix(Number(o), 100, 200, 30, 40);
      expect(apply(m, 0, 1), `orientation ${o}`).toEqual(corner);
      // Every corner lands on a corner of the box.
      for (const [u, v] of [[0, 0], [1, 0], [1, 1]] as const) {
        const [x, y] = apply(m, u, v);
        expect([100, 130]).toContain(x);
        expect([200, 240]).toContain(y);
      }
    }
  });
});

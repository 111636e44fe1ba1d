import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors';
import { loadFonts } from './fonts';
import { checkCoverage, cleanText, makeFace, textWidth, wrapText, type Face } from './text';

let serif: Face;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = loadFonts();
  serif = makeFace(fonts.serif, await doc.embedFont(fonts.serif.bytes, { subset: true }));
});

describe('dossier text', () => {
  it('wraps at word boundaries within the width, breaking only a word longer than a line', () => {
    const text = 'Anak korban dikenalkan kepada tamu melalui akun aplikasi MiChat. ' + 'a'.repeat(30) + 'b'.repeat(200) + ' selesai';
    for (const width of [80, 150, 400]) {
      const lines = wrapText(serif, text, 10, width);
      for (const line of lines) expect(textWidth(serif, line, 10)).toBeLessThanOrEqual(width + 1e-6);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
    expect(wrapText(serif, 'satu\n\ndua', 10, 200)).toEqual(['satu', '', 'dua']);
  });

  it('measures a line as pdf-lib does', () => {
    const line = 'Berita Acara Pemeriksaan Saksi Nomor BAP/PPA/0410/X/2026';
    expect(textWidth(serif, line, 10.5)).toBeCloseTo(serif.pdf.widthOfTextAtSize(line, 10.5), 6);
  });

  it('prints Indonesian and Latin Extended names, and names the field of a character it cannot', () => {
    const name = cleanText('Sītī Nur\u0301aini Ñoño Łukasz Çelik\u200b\tS.Pd.');
    expect(() => checkCoverage(name, serif, 'korban 1: nama')).not.toThrow();
    expect(name).toBe('Sītī Nuŕaini Ñoño Łukasz Çelik    S.Pd.');
    try {
      checkCoverage('Wang 王', serif, 'saksi 2: nama');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.params).toEqual({ field: 'saksi 2: nama', char: '王', codePoint: 'U+738B' });
    }
  });
});
